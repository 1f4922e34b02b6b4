import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { bareEnv } from "../helpers/bare-env";

/**
 * Issue 18: a taken PORT gives one line saying so and how to choose another, at once:
 * before the set-up and the build, which would otherwise run for a minute first.
 */
const ROOT = path.join(__dirname, "..", "..");

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "start.ts")], {
    cwd: ROOT,
    env: bareEnv(env),
    encoding: "utf8",
    timeout: 60_000,
  });
}

it("stops with one line naming the taken port and how to choose another", async () => {
  const taken = net.createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  const port = (taken.address() as net.AddressInfo).port;
  try {
    const result = start({ PORT: String(port), HOST: "127.0.0.1" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      `127.0.0.1:${port} is already in use (another server, or an earlier npm start): choose another port with PORT=${port + 1} npm start`,
    ]);
    // Nothing else ran: no database set-up, no build.
    expect(result.stdout).not.toMatch(/database:|Next\.js/);
  } finally {
    await new Promise((resolve) => taken.close(resolve));
  }
});

it("refuses a PORT that is not a port number, naming it", () => {
  const result = start({ PORT: "80a" });
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toBe("PORT=80a: not a port number (0 to 65535)");
});
