// Auth.js (next-auth v5) configuration: e-mail + password, and a generic OpenID Connect
// provider when configured. Sessions are JWTs that carry only the user id; rights are
// loaded from the database on every request (see @trendweb/services loadViewer).
import type { PrismaClient } from "@trendweb/db/node";
import { isAppError, normaliseEmail, verifyCredentials } from "@trendweb/services";
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authEnv } from "./env.ts";
import { childLogger } from "@trendweb/logger";
import { linkOidcAccount } from "./link-oidc-account.ts";
import { LockedOutSignin } from "./sign-in-errors.ts";

const log = childLogger("auth");

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const ZPasswordSignIn = z.object({ email: z.string().min(1), password: z.string().min(1) });

function clientIp(request: Request): string | null {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip");
}

export function createAuthConfig(db: PrismaClient): NextAuthConfig {
  const env = authEnv();
  const providers: NextAuthConfig["providers"] = [
    Credentials({
      id: "credentials",
      name: "E-mailadres en wachtwoord",
      credentials: { email: { label: "E-mailadres", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
      async authorize(input, request) {
        const parsed = ZPasswordSignIn.safeParse(input);
        if (!parsed.success) return null;
        try {
          const result = await verifyCredentials(db, { ...parsed.data, ip: clientIp(request) });
          return result.ok ? { id: result.userId, email: normaliseEmail(parsed.data.email) } : null;
        } catch (error) {
          if (isAppError(error) && error.code === "RATE_LIMITED") throw new LockedOutSignin();
          throw error;
        }
      },
    }),
  ];
  if (env.AUTH_OIDC_ISSUER) {
    providers.push({
      id: "oidc",
      name: env.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: env.AUTH_OIDC_ISSUER,
      clientId: env.AUTH_OIDC_CLIENT_ID,
      clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
    });
  }

  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/inloggen", error: "/inloggen" },
    // Auth.js logs to the console with stack traces; a wrong password is no error of ours
    // (it is in the audit log already), so log that quietly and the rest as structured errors.
    logger: {
      error(error) {
        if (error.name === "CredentialsSignin") log.info({ reason: "credentials" }, "sign-in refused");
        else log.error({ err: error }, "auth error");
      },
      warn(code) {
        log.warn({ code }, "auth warning");
      },
      debug() {},
    },
    providers,
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== "oidc") return true;
        const userId = await linkOidcAccount(db, account, profile);
        if (!userId) return "/inloggen?fout=niet-uitgenodigd";
        user.id = userId;
        return true;
      },
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
