import net from "node:net";

/**
 * What stops a server from listening on `port` (and `host`, all interfaces when absent), as
 * the one line a person reads, or null when it is free. `npm start` asks before its set-up
 * and build, so a taken port is said at once rather than after a minute of building.
 */
export function portProblem(port: number, host?: string): Promise<string | null> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => resolve(listenProblem(error, port, host)));
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
}

/** The one line for an error of `listen` on `port`; the error's own message for unexpected ones. */
export function listenProblem(error: NodeJS.ErrnoException, port: number, host?: string): string {
  const where = host ? `${host}:${port}` : `port ${port}`;
  const other = port === 65535 ? 3001 : port + 1;
  if (error.code === "EADDRINUSE") return `${where} is already in use (another server, or an earlier npm start): choose another port with PORT=${other} npm start`;
  if (error.code === "EACCES") return `${where}: not allowed to listen there (ports under 1024 need root): choose another port with PORT=${other} npm start`;
  if (error.code === "EADDRNOTAVAIL") return `HOST=${host}: no interface of this machine has that address: leave HOST unset, or give one of its addresses`;
  return `${where}: ${error.message}`;
}

/** PORT as a number, or the one line that says why it is not one. */
export function parsePort(value: string | undefined): number | string {
  if (value === undefined || value === "") return 3000;
  const port = Number(value);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : `PORT=${value}: not a port number (0 to 65535)`;
}
