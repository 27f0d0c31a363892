// Hocuspocus answers every applied update at once with an acknowledgement (SyncStatus), which
// the provider counts down in `unsyncedChanges`. Held here until the update is committed to
// PostgreSQL, the acknowledgement means "stored", and it leaves in the same socket write as
// the durability answers of that commit: one write system call per edit instead of two
// (docs/benchmarks.md, "Samenwerken").
import type { Socket } from "node:net";
import { OutgoingMessage, type Connection } from "@hocuspocus/server";
import type { DocumentLog } from "../persistence/document-log.ts";

/** Routes `connection`'s update acknowledgements through `documentLog`'s commits. */
export function acknowledgeWhenCommitted(connection: Connection, documentLog: DocumentLog): void {
  const acknowledgement = new OutgoingMessage(connection.messageAddress).writeSyncStatus(true).toUint8Array();
  const send = connection.send.bind(connection);
  // One function per connection, not per acknowledgement: a replay holds thousands at once.
  const acknowledge = () => {
    sendInOneWrite(connection);
    send(acknowledgement);
  };
  connection.send = (message: Uint8Array) => {
    if (documentLog.hasUncommitted && sameBytes(message, acknowledgement)) documentLog.afterCommit(acknowledge);
    else send(message);
  };
}

/**
 * Everything sent to `connection`'s socket from now until the current tick's microtasks are
 * done goes out in one write: the acknowledgements and answers one commit releases.
 */
export function sendInOneWrite(connection: Connection): void {
  const socket = socketOf(connection);
  if (!socket || corked.has(socket)) return;
  corked.add(socket);
  socket.cork();
  process.nextTick(() => {
    corked.delete(socket);
    socket.uncork();
  });
}

const corked = new WeakSet<Socket>();

/**
 * The TCP socket under a connection: Hocuspocus 4 hands each connection the `ws` WebSocket,
 * whose socket is `_socket` (versions pinned in the lock file). Anything else: no batching.
 */
function socketOf(connection: Connection): Socket | undefined {
  const socket = (connection.webSocket as unknown as { _socket?: Socket })._socket;
  return typeof socket?.cork === "function" ? socket : undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let index = 0; index < a.byteLength; index++) if (a[index] !== b[index]) return false;
  return true;
}
