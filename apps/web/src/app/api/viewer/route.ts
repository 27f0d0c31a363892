import { db } from "@trendweb/db";
import { canGlobally, countUnreadNotifications } from "@trendweb/services";
import { getViewer } from "@/lib/access/viewer";

export const dynamic = "force-dynamic";

/** Who is signed in, for the header's account menu: reading it in the browser keeps every
 * public page static (the layout itself never touches the session). */
export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  const body =
    viewer.kind === "user"
      ? {
          signedIn: true,
          name: viewer.name ?? viewer.email,
          workspaces: viewer.memberships.map(({ gemeenteSlug, gemeenteName }) => ({ slug: gemeenteSlug, name: gemeenteName })),
          unreadNotifications: await countUnreadNotifications({ db, viewer }),
          /** May correct the core text: the menu links to /redactie. */
          redactie: canGlobally(viewer, "core.correct"),
        }
      : { signedIn: false };
  return Response.json(body, { headers: { "cache-control": "private, no-store" } });
}
