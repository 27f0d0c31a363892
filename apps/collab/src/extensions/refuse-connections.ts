import type { Extension } from "@hocuspocus/server";

/** Until collaboration tokens exist (issue 5), no one may open a document: fail closed. */
export const refuseConnections: Extension = {
  async onAuthenticate() {
    throw new Error("Samenwerken is nog niet beschikbaar.");
  },
};
