import "server-only";
import { requestSnapshotRestore } from "@trendweb/auth/collab-restore";
import { authEnv } from "@trendweb/auth/env";
import type { TRestoreSection } from "@trendweb/services";
import { webEnv } from "@/env";

/** Restores a version in the live document: the collaboration server does it (docs/collaboration-protocol.md, "History"). */
export const restoreThroughCollab: TRestoreSection = (request) =>
  requestSnapshotRestore({ baseUrl: webEnv().COLLAB_INTERNAL_URL, authSecret: authEnv().AUTH_SECRET }, request);
