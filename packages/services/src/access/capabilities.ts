// Who may do what in a gemeente's workspace. The one table of rights: services ask
// `can`/`assertCan`, never check roles themselves.
import type { GemeenteRole, GlobalRole } from "@trendweb/db/node";

export const CAPABILITIES = {
  /** The workspace dashboard: statuses, ratings, members (no draft text). */
  "workspace.view": ["AMBTENAAR", "GRIFFIER", "RAADSLID", "BEHEERDER"],
  /** Draft local sections, annotations and history. */
  "drafts.read": ["AMBTENAAR", "GRIFFIER"],
  "drafts.write": ["AMBTENAAR", "GRIFFIER"],
  "members.manage": ["BEHEERDER"],
  "publications.publish": ["GRIFFIER"],
  /** Council-only publications. */
  "publications.readCouncil": ["GRIFFIER", "RAADSLID"],
} as const satisfies Record<string, readonly GemeenteRole[]>;

export type TCapability = keyof typeof CAPABILITIES;

/** Global roles that hold every capability in every gemeente. */
export const ALL_POWERFUL: readonly GlobalRole[] = ["ADMIN"];

export function rolesGrant(roles: readonly GemeenteRole[], capability: TCapability): boolean {
  const allowed: readonly GemeenteRole[] = CAPABILITIES[capability];
  return roles.some((role) => allowed.includes(role));
}
