// Resolving a workspace for a caller: the gemeente must exist (404), the caller must be
// signed in (401) and hold a role that grants the capability there (403).
import type { GemeenteRole, PrismaClient } from "@trendweb/db/node";
import { AppError } from "../app-error.ts";
import { ALL_POWERFUL, GLOBAL_CAPABILITIES, rolesGrant, type TCapability, type TGlobalCapability } from "./capabilities.ts";
import type { TViewer } from "./viewer.ts";

export interface TWorkspace {
  id: string;
  slug: string;
  name: string;
  cbsCode: string;
  /** The caller's roles here (empty for an ADMIN without membership). */
  roles: GemeenteRole[];
}

export function can(viewer: TViewer, gemeenteSlug: string, capability: TCapability): boolean {
  if (viewer.kind !== "user") return false;
  if (viewer.globalRole && ALL_POWERFUL.includes(viewer.globalRole)) return true;
  const membership = viewer.memberships.find((entry) => entry.gemeenteSlug === gemeenteSlug);
  return membership ? rolesGrant(membership.roles, capability) : false;
}

/** Returns the workspace when `viewer` may use `capability` in it; throws AppError otherwise. */
export async function assertCan(
  db: PrismaClient,
  viewer: TViewer,
  gemeenteSlug: string,
  capability: TCapability,
): Promise<TWorkspace> {
  const gemeente = await db.gemeente.findUnique({ where: { slug: gemeenteSlug } });
  if (!gemeente) throw new AppError("NOT_FOUND", "Deze gemeente bestaat niet. Kies een gemeente uit de lijst op de startpagina.");
  if (viewer.kind !== "user") throw new AppError("UNAUTHENTICATED", "Log in om deze werkruimte te openen.");
  if (!can(viewer, gemeenteSlug, capability)) {
    const member = viewer.memberships.some((entry) => entry.gemeenteSlug === gemeenteSlug);
    throw new AppError(
      "FORBIDDEN",
      member
        ? `Uw rol in de werkruimte van ${gemeente.name} geeft geen toegang tot dit onderdeel. Vraag de beheerder van uw gemeente om een andere rol.`
        : `U bent geen lid van de werkruimte van ${gemeente.name}. Vraag de beheerder van die gemeente om een uitnodiging.`,
    );
  }
  const roles = viewer.memberships.find((entry) => entry.gemeenteSlug === gemeenteSlug)?.roles ?? [];
  return { id: gemeente.id, slug: gemeente.slug, name: gemeente.name, cbsCode: gemeente.cbsCode, roles };
}

/** Whether `viewer` holds a right that belongs to no gemeente (see GLOBAL_CAPABILITIES). */
export function canGlobally(viewer: TViewer, capability: TGlobalCapability): boolean {
  if (viewer.kind !== "user" || !viewer.globalRole) return false;
  if (ALL_POWERFUL.includes(viewer.globalRole)) return true;
  const allowed: readonly string[] = GLOBAL_CAPABILITIES[capability];
  return allowed.includes(viewer.globalRole);
}

/** Throws 401 for anonymous callers and 403 for those without the global right. */
export function assertCanGlobally(viewer: TViewer, capability: TGlobalCapability): Extract<TViewer, { kind: "user" }> {
  if (viewer.kind !== "user") throw new AppError("UNAUTHENTICATED", "Log in om dit te doen.");
  if (!canGlobally(viewer, capability)) {
    throw new AppError("FORBIDDEN", "Alleen de redactie van Trendbureau Overijssel kan de kerntekst corrigeren.");
  }
  return viewer;
}
