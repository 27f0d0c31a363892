// Routes publication pages to their cached rendering when the page is the same for everyone
// who may read it (OPENBAAR versions; `laatste` for anonymous visitors), and otherwise to the
// per-request page that applies the access rules. The decision is in
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

export const config = {
  matcher: ["/g/:gemeente/publicaties/:versie(\\d+|laatste)", "/g/:gemeente/publicaties/:versie/openbaar"],
};
