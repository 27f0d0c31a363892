import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Internal packages export TypeScript source (see ARCHITECTURE.md).
  transpilePackages: ["@trendweb/content", "@trendweb/config", "@trendweb/db", "@trendweb/logger"],
  // Node-only libraries stay outside the bundle.
  serverExternalPackages: ["pino", "pg", "@prisma/adapter-pg"],
  // A self-contained server for the Docker image (its Dockerfile sets this); `npm start`
  // uses `next start`, which does not work with standalone output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  outputFileTracingRoot: new URL("../../", import.meta.url).pathname,
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
