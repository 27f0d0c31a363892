import { Server } from "@hocuspocus/server";
import { healthEndpoint } from "./extensions/health-endpoint.ts";
import { refuseConnections } from "./extensions/refuse-connections.ts";

export function createCollabServer(options: { port: number; address: string }): Server {
  return new Server({
    name: "trendweb-collab",
    port: options.port,
    address: options.address,
    quiet: true,
    extensions: [healthEndpoint, refuseConnections],
  });
}
