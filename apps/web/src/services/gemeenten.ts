import { db } from "@trendweb/db";

/** The gemeenten with a workspace, alphabetically. Public information. */
export function listGemeenten() {
  return db.gemeente.findMany({ select: { slug: true, name: true, cbsCode: true }, orderBy: { name: "asc" } });
}
