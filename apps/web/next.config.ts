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
  // pdfkit reads its font metrics (AFM files) from its own folder at run time.
  serverExternalPackages: ["pino", "pg", "@prisma/adapter-pg", "@node-rs/argon2", "nodemailer", "pdfkit"],
  // The standalone output copies only traced files; make sure pdfkit's font data goes along.
  outputFileTracingIncludes: {
    "/g/[gemeente]/publicaties/[versie]/pdf": ["../../node_modules/pdfkit/js/data/**"],
  },
  experimental: {
    // forbidden() / unauthorized() answer 403/401 with their own pages.
    authInterrupts: true,
    // Pages regenerated at run time (lemma pages, cached publication pages) stay in this
    // process's memory: on disk they would outlive the process and be served by the next one,
    // perhaps on another database (tests, a restored backup) until they are regenerated.
    isrFlushToDisk: false,
  },
  // A self-contained server for the Docker image (its Dockerfile sets this); `npm start`
  // uses `next start`, which does not work with standalone output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  outputFileTracingRoot: new URL("../../", import.meta.url).pathname,
  poweredByHeader: false,
  // A publication as JSON lives at its own address plus `.json` (3.json, laatste.json); the
  // [versie] page segment cannot carry a suffix, so the route handler sits one level down.
  async rewrites() {
    return [{ source: "/g/:gemeente/publicaties/:versie(\\d+|laatste).json", destination: "/g/:gemeente/publicaties/:versie/json" }];
  },
  typedRoutes: false,
};

export default nextConfig;
