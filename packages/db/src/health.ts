import type { PrismaClient } from "./generated/prisma/client.ts";

export type TDatabaseHealth =
  | { status: "ok"; latencyMs: number }
  | { status: "unavailable"; reason: string };

/** Pings the database; never throws, so a health endpoint can always answer. */
export async function checkDatabase(client: PrismaClient): Promise<TDatabaseHealth> {
  const started = performance.now();
  try {
    await client.$queryRaw`SELECT 1`;
    return { status: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "unavailable", reason: describeConnectionError(error) };
  }
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: "de databaseserver weigert de verbinding (draait hij?)",
  DatabaseNotReachable: "de databaseserver weigert de verbinding (draait hij?)",
  ENOTFOUND: "de databaseserver is niet gevonden (klopt de hostnaam?)",
  EAI_AGAIN: "de databaseserver is niet gevonden (klopt de hostnaam?)",
  "28P01": "inloggen bij de database is mislukt (klopt gebruiker/wachtwoord?)",
  "28000": "inloggen bij de database is mislukt (klopt gebruiker/wachtwoord?)",
  AuthenticationFailed: "inloggen bij de database is mislukt (klopt gebruiker/wachtwoord?)",
  "3D000": "de database bestaat niet",
  DatabaseDoesNotExist: "de database bestaat niet",
  ETIMEDOUT: "de databaseserver reageert niet (time-out)",
  SocketTimeout: "de databaseserver reageert niet (time-out)",
};

/** A short, credential-free reason for a failed connection, from a pg error (code) or a
 * Prisma driver-adapter error (meta.driverAdapterError.cause.kind). */
export function describeConnectionError(error: unknown): string {
  const candidate = error as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { kind?: string } } };
  };
  const key = candidate.meta?.driverAdapterError?.cause?.kind ?? candidate.code ?? "";
  return REASONS[key] ?? "de database is niet bereikbaar";
}
