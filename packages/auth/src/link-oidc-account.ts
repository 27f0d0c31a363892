// OpenID Connect sign-in is for people who already have an account (made by accepting an
// invitation): the verified e-mail address from the identity provider must match one.
import type { PrismaClient } from "@trendweb/db/node";
import { normaliseEmail, recordAudit } from "@trendweb/services";
import type { Account, Profile } from "next-auth";

export async function linkOidcAccount(db: PrismaClient, account: Account, profile: Profile | undefined): Promise<string | null> {
  const existing = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
    select: { userId: true },
  });
  if (existing) {
    await recordAudit(db, { action: "sign-in.succeeded", actorId: existing.userId, details: { provider: "oidc" } });
    return existing.userId;
  }

  const email = typeof profile?.email === "string" ? normaliseEmail(profile.email) : null;
  if (!email || profile?.email_verified === false) return null;
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return null;
  await db.account.create({
    data: { userId: user.id, type: account.type, provider: account.provider, providerAccountId: account.providerAccountId },
  });
  await recordAudit(db, { action: "sign-in.succeeded", actorId: user.id, subject: email, details: { provider: "oidc", linked: true } });
  return user.id;
}
