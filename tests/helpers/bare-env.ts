import os from "node:os";

/**
 * An environment as a new terminal has it, PATH and HOME, plus `extra`: a command run with
 * it sees none of jest's or npm's variables. NODE_ENV stays unset (Next's types declare it
 * always set, hence the cast; under NODE_ENV=production npm ci would leave out the dev
 * dependencies).
 */
export function bareEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME ?? os.homedir(), ...extra };
  return env as NodeJS.ProcessEnv;
}
