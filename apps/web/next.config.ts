import type { NextConfig } from "next";
import { CACHED_SEGMENT, SESSION_COOKIES } from "./src/lib/publications/publication-route";

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
  async rewrites() {
    return {
      // An anonymous visitor's publication page is the cached rendering, which is rendered as
      // an anonymous visitor (signed-in requests: proxy.ts). Before the proxy-free routing.
      beforeFiles: [
        {
          source: "/g/:gemeente([a-z0-9-]{1,64})/publicaties/:versie(\\d{1,9}|laatste)",
          missing: SESSION_COOKIES.map((key) => ({ type: "cookie" as const, key })),
          destination: `/g/:gemeente/publicaties/:versie/${CACHED_SEGMENT}`,
        },
      ],
      // A publication as JSON lives at its own address plus `.json` (3.json, laatste.json); the
      // [versie] page segment cannot carry a suffix, so the route handler sits one level down.
      afterFiles: [{ source: "/g/:gemeente/publicaties/:versie(\\d+|laatste).json", destination: "/g/:gemeente/publicaties/:versie/json" }],
      fallback: [],
    };
  },
  typedRoutes: false,
};

export default nextConfig;
