// Who may do what in a gemeente's workspace. The one table of rights: services ask
// `can`/`assertCan`, never check roles themselves.
import type { GemeenteRole, GlobalRole } from "@trendweb/db/node";

export const CAPABILITIES = {
  /** The workspace dashboard: statuses, ratings, members (no draft text). */
  "workspace.view": ["AMBTENAAR", "GRIFFIER", "RAADSLID", "BEHEERDER"],
  /** Draft local sections, annotations and history. */
  "drafts.read": ["AMBTENAAR", "GRIFFIER"],
  "drafts.write": ["AMBTENAAR", "GRIFFIER"],
  /** Resolve and reopen anyone's annotations (authors may always do so with their own). */
  "annotations.moderate": ["GRIFFIER"],
  "members.manage": ["BEHEERDER"],
  "publications.publish": ["GRIFFIER"],
  /** Council-only publications. */
  "publications.readCouncil": ["GRIFFIER", "RAADSLID"],
} as const satisfies Record<string, readonly GemeenteRole[]>;

export type TCapability = keyof typeof CAPABILITIES;

/** Global roles that hold every capability in every gemeente (and every global one). */
export const ALL_POWERFUL: readonly GlobalRole[] = ["ADMIN"];

/**
 * Rights that belong to no gemeente: the core Trendweb itself. A global role grants only
 * what is listed here; it gives no access to any workspace (REDACTIE never sees drafts).
 */
export const GLOBAL_CAPABILITIES = {
  /** Correct the core text (editorial corrections). */
  "core.correct": ["REDACTIE"],
  /** See every workspace's progress on /overzicht: status counts only, never content. */
  "progress.viewAll": ["REDACTIE"],
} as const satisfies Record<string, readonly GlobalRole[]>;

export type TGlobalCapability = keyof typeof GLOBAL_CAPABILITIES;

export function rolesGrant(roles: readonly GemeenteRole[], capability: TCapability): boolean {
  const allowed: readonly GemeenteRole[] = CAPABILITIES[capability];
  return roles.some((role) => allowed.includes(role));
}
