// Cross-site WebSocket hijacking guard: a browser always sends the page's Origin with the
// upgrade, and only the web app's own origins may open a socket. Clients that are not
// browsers (benchmarks, server tools) send no Origin; they still need a collab token.
import type { Extension, onUpgradePayload } from "@hocuspocus/server";
import { childLogger } from "@trendweb/logger";

const log = childLogger("collab");

export class OriginCheck implements Extension {
  extensionName = "origin-check";
  priority = 2000;
  private readonly allowed: Set<string>;

  constructor(allowedOrigins: readonly string[]) {
    this.allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  }

  async onUpgrade({ request, socket }: onUpgradePayload): Promise<void> {
    const origin = request.headers.origin;
    if (origin === undefined || this.allowed.has(origin)) return;
    log.warn({ origin }, "WebSocket upgrade from a foreign origin refused");
    socket.once("finish", () => socket.destroy());
    socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    // Rejecting with nothing tells Hocuspocus "handled": no upgrade, no error.
    throw null;
  }
}
