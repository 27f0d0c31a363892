import type { Extension, onRequestPayload } from "@hocuspocus/server";

/** GET /health for docker-compose and load balancers. */
export const healthEndpoint: Extension = {
  async onRequest({ request, response }: onRequestPayload) {
    if (request.url !== "/health") return;
    response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    response.end(JSON.stringify({ status: "ok" }));
    // Hocuspocus' convention: rejecting with nothing means "handled, send no default reply".
    throw null;
  },
};
