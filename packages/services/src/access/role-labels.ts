import type { GemeenteRole, GlobalRole } from "@trendweb/db/node";

export const GEMEENTE_ROLES = ["AMBTENAAR", "GRIFFIER", "RAADSLID", "BEHEERDER"] as const satisfies readonly GemeenteRole[];

export const ROLE_LABELS: Record<GemeenteRole | GlobalRole, string> = {
  AMBTENAAR: "ambtenaar",
  GRIFFIER: "griffier",
  RAADSLID: "raadslid",
  BEHEERDER: "beheerder",
  REDACTIE: "redactie Trendbureau",
  ADMIN: "beheerder platform",
};
