import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createCollabServer } from "./create-collab-server.ts";

describe("collab server", () => {
  const server = createCollabServer({ port: 0, address: "127.0.0.1" });
  beforeAll(() => server.listen());
  afterAll(() => server.destroy());

  it("answers the health check", async () => {
    const response = await fetch(`http://127.0.0.1:${server.address.port}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("accepts a socket but authorizes no document yet (fails closed)", async () => {
    const { HocuspocusProvider, HocuspocusProviderWebsocket } = await import("@hocuspocus/provider");
    const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${server.address.port}`, WebSocketPolyfill: WebSocket });
    const denied = new Promise<string>((resolve) => {
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: "zwolle/lemma/a",
        token: "iets",
        onAuthenticationFailed: ({ reason }) => {
          provider.destroy();
          resolve(reason);
        },
      });
      provider.attach();
    });
    expect(await denied).toBeTruthy();
    socket.destroy();
  });
});
