// E-mail + password sign-in with rate limiting and temporary lockout. Every attempt is
// recorded; successes, failures and lockouts go to the audit log.
import type { PrismaClient } from "@trendweb/db/node";
import { AppError } from "../app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { spendVerificationTime, verifyPassword } from "./password.ts";
import {
  FAILURE_WINDOW_MINUTES,
  LOCKOUT_MINUTES,
  MAX_FAILURES_PER_EMAIL,
  MAX_FAILURES_PER_IP,
} from "./sign-in-policy.ts";

export interface TCredentials {
  email: string;
  password: string;
  ip?: string | null;
}

export type TSignInResult = { ok: true; userId: string } | { ok: false };

const minutesAgo = (minutes: number, now: Date) => new Date(now.getTime() - minutes * 60_000);

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function verifyCredentials(db: PrismaClient, credentials: TCredentials, now = new Date()): Promise<TSignInResult> {
  const email = normaliseEmail(credentials.email);
  const ip = credentials.ip ?? null;
  await assertNotLocked(db, email, ip, now);

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, credentials.password) : false;
  if (!user?.passwordHash) await spendVerificationTime(credentials.password);

  await db.signInAttempt.create({ data: { email, ip, succeeded: valid, at: now } });
  if (valid && user) {
    await recordAudit(db, { action: "sign-in.succeeded", actorId: user.id, subject: email, details: { ip } });
    return { ok: true, userId: user.id };
  }

  await recordAudit(db, { action: "sign-in.failed", actorId: user?.id ?? null, subject: email, details: { ip } });
  if ((await recentFailures(db, { email }, now)) === MAX_FAILURES_PER_EMAIL) {
    await recordAudit(db, {
      action: "sign-in.locked",
      actorId: user?.id ?? null,
      subject: email,
      details: { ip, minutes: LOCKOUT_MINUTES },
    });
  }
  return { ok: false };
}

async function assertNotLocked(db: PrismaClient, email: string, ip: string | null, now: Date): Promise<void> {
  const lockedEmail = (await recentFailures(db, { email }, now)) >= MAX_FAILURES_PER_EMAIL;
  const lockedIp = ip !== null && (await recentFailures(db, { ip }, now)) >= MAX_FAILURES_PER_IP;
  if (lockedEmail || lockedIp) {
    throw new AppError(
      "RATE_LIMITED",
      `Te veel mislukte inlogpogingen. Wacht ${LOCKOUT_MINUTES} minuten en probeer het dan opnieuw, of vraag de beheerder van uw gemeente om hulp.`,
    );
  }
}

/** Failures since the last success, within the window (a success resets the count). */
async function recentFailures(db: PrismaClient, who: { email: string } | { ip: string }, now: Date): Promise<number> {
  const windowStart = minutesAgo(Math.max(FAILURE_WINDOW_MINUTES, LOCKOUT_MINUTES), now);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { ...who, succeeded: true, at: { gte: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  return db.signInAttempt.count({
    where: { ...who, succeeded: false, at: { gte: lastSuccess?.at ?? windowStart, lte: now } },
  });
}
