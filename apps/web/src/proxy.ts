// Routes a signed-in person's request for a publication page to the cached rendering when the
// version is OPENBAAR (the same for everyone), and otherwise to the per-request page that
// applies the access rules; anonymous requests never get here (next.config.ts sends them to
// the cached rendering, which is rendered as an anonymous visitor). The decision is in
// lib/publications/publication-route.ts; access itself is never decided here.
import { NextResponse, type NextRequest } from "next/server";
import { knownPublicationVisibility } from "@/lib/publications/known-visibility";
import { choosePublicationRoute, hasSessionCookie } from "@/lib/publications/publication-route";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const signedIn = hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name));
  const route = await choosePublicationRoute(request.nextUrl.pathname, { signedIn }, knownPublicationVisibility);
  if (route.kind === "not-found") return new NextResponse("Deze pagina bestaat niet.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (route.kind === "dynamic") return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = route.path;
  return NextResponse.rewrite(url);
}

// Literal, as Next.js reads it at build time: SESSION_COOKIES (publication-route.ts).
export const config = {
  matcher: [
    { source: "/g/:gemeente/publicaties/:versie(\\d+|laatste)", has: [{ type: "cookie", key: "authjs.session-token" }] },
    { source: "/g/:gemeente/publicaties/:versie(\\d+|laatste)", has: [{ type: "cookie", key: "authjs.session-token.0" }] },
    { source: "/g/:gemeente/publicaties/:versie(\\d+|laatste)", has: [{ type: "cookie", key: "__Secure-authjs.session-token" }] },
    { source: "/g/:gemeente/publicaties/:versie(\\d+|laatste)", has: [{ type: "cookie", key: "__Secure-authjs.session-token.0" }] },
    "/g/:gemeente/publicaties/:versie/openbaar",
  ],
};
