// Hocuspocus' acknowledgement as a provider receives it, for the tests' and the benchmark's
// clients (the browser has its own reader: apps/web/src/components/editor/durability-messages.ts).
import { MessageType } from "@hocuspocus/provider";

/** The start of an incoming provider message: its document name, then its type and fields. */
interface TIncomingMessage {
  readVarString(): string;
  readVarUint(): number;
}

/** True for a SyncStatus that acknowledges an update or sync step 2 (ours: once committed). */
export function isAcknowledgement(message: TIncomingMessage): boolean {
  message.readVarString();
  return message.readVarUint() === MessageType.SyncStatus && message.readVarUint() === 1;
}
