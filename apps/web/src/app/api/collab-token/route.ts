import { mintCollabToken } from "@trendweb/auth/collab-token";
import { authEnv } from "@trendweb/auth/env";
import { getViewer } from "@/lib/access/viewer";

export const dynamic = "force-dynamic";

/**
 * A short-lived token for the collaboration server (docs/collaboration-protocol.md). It
 * only says who the caller is; the collaboration server decides per document.
 */
export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  if (viewer.kind !== "user") {
    return Response.json(
      { error: "Log in om samen te schrijven." },
      { status: 401, headers: { "cache-control": "no-store" } },
    );
  }
  const token = await mintCollabToken(authEnv().AUTH_SECRET, viewer.userId);
  return Response.json(token, { headers: { "cache-control": "no-store" } });
}
