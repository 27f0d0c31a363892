// Everyone the access matrix tries: anonymous, every gemeente role in the gemeente under
// test (Zwolle) and in another one (Enschede), and the global roles.
import type { GemeenteRole, GlobalRole } from "@trendweb/db/node";

export type TPersona =
  | { key: "anoniem"; kind: "anonymous" }
  | { key: string; kind: "member"; gemeente: "zwolle" | "enschede"; role: GemeenteRole; email: string }
  | { key: string; kind: "global"; role: GlobalRole; email: string };

const GEMEENTE_ROLES: GemeenteRole[] = ["AMBTENAAR", "GRIFFIER", "RAADSLID", "BEHEERDER"];

export const PERSONAS: TPersona[] = [
  { key: "anoniem", kind: "anonymous" },
  ...(["zwolle", "enschede"] as const).flatMap((gemeente) =>
    GEMEENTE_ROLES.map((role) => ({
      key: `${role.toLowerCase()}@${gemeente}`,
      kind: "member" as const,
      gemeente,
      role,
      email: `matrix-${role.toLowerCase()}@${gemeente}.example`,
    })),
  ),
  { key: "redactie", kind: "global", role: "REDACTIE", email: "matrix-redactie@trendbureau.example" },
  { key: "admin", kind: "global", role: "ADMIN", email: "matrix-admin@trendweb.example" },
];

/** Holds `role` in Zwolle, the gemeente the matrix requests. */
export const zwolle = (persona: TPersona, ...roles: GemeenteRole[]) =>
  persona.kind === "member" && persona.gemeente === "zwolle" && roles.includes(persona.role);

export const isAdmin = (persona: TPersona) => persona.kind === "global" && persona.role === "ADMIN";
