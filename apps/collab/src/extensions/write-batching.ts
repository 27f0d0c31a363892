// Fewer system calls per edit. Every frame the server sends goes to the kernel as its own
// write: the acknowledgement to the sender, the update to each other editor, the durability
// answer. Under load that is most of the server's time (a CPU profile with 300 documents ×
// 3 editors: 39 % in writev, docs/benchmarks.md). Here each client socket is corked at its
// first write in a turn of the event loop and uncorked once that turn's I/O is handled
// (setImmediate), so everything a turn sends to one socket leaves in one writev. A frame
// waits at most for the rest of the turn it was sent in; nothing is reordered.
import type { Duplex } from "node:stream";
import type { Extension, onUpgradePayload } from "@hocuspocus/server";

const corked = new Set<Duplex>();
let flushScheduled = false;

function flush(): void {
  flushScheduled = false;
  for (const socket of corked) socket.uncork();
  corked.clear();
}

/** From now on, writes to `socket` in one turn of the event loop are sent together at its end. */
export function batchWrites(socket: Duplex): void {
  const write = socket.write as (...args: unknown[]) => boolean;
  socket.write = function batchedWrite(this: Duplex, ...args: unknown[]): boolean {
    if (!corked.has(socket) && !socket.destroyed) {
      socket.cork();
      corked.add(socket);
      if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flush);
      }
    }
    return write.apply(this, args);
  } as Duplex["write"];
  socket.once("close", () => corked.delete(socket));
}

export class WriteBatching implements Extension {
  extensionName = "write-batching";
  // After the origin check (which refuses before anything is written), before the upgrade.
  priority = 1000;

  async onUpgrade({ socket }: onUpgradePayload): Promise<void> {
    batchWrites(socket);
  }
}
