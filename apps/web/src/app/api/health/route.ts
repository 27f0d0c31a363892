import { checkDatabase, db } from "@trendweb/db";

export const dynamic = "force-dynamic";

/** Liveness and database status for load balancers, docker-compose and operators. */
export async function GET(): Promise<Response> {
  const database = await checkDatabase(db);
  const healthy = database.status === "ok";
  return Response.json(
    { status: healthy ? "ok" : "degraded", database },
    { status: healthy ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
