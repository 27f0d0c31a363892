// Read-only connections (drafts.read without drafts.write): Hocuspocus already refuses
// their document updates (sync step 2 and updates are answered "not applied"), but it
// applies and broadcasts their awareness (hocuspocus #613), so a reader would show up as
// an editor with a caret. Their awareness states are dropped here: emptied, not rejected,
// because rejecting would close the connection.
import type { beforeHandleAwarenessPayload, Extension } from "@hocuspocus/server";

export class ReadOnlyEnforcement implements Extension {
  extensionName = "read-only";
  priority = 900;

  async beforeHandleAwareness({ connection, states }: beforeHandleAwarenessPayload): Promise<void> {
    if (connection?.readOnly) states.clear();
  }
}
