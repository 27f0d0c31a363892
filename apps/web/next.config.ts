import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Internal packages export TypeScript source (see ARCHITECTURE.md).
  transpilePackages: [
    "@trendweb/auth",
    "@trendweb/config",
    "@trendweb/content",
    "@trendweb/db",
    "@trendweb/logger",
    "@trendweb/services",
  ],
  // Node-only libraries stay outside the bundle.
  serverExternalPackages: ["pino", "pg", "@prisma/adapter-pg", "@node-rs/argon2", "nodemailer"],
  // forbidden() / unauthorized() answer 403/401 with their own pages.
  experimental: { authInterrupts: true },
  // A self-contained server for the Docker image (its Dockerfile sets this); `npm start`
  // uses `next start`, which does not work with standalone output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  outputFileTracingRoot: new URL("../../", import.meta.url).pathname,
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
