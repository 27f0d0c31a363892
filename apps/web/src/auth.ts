import { createAuthConfig } from "@trendweb/auth";
import { db } from "@trendweb/db";
import NextAuth from "next-auth";

export const { handlers, auth, signIn, signOut } = NextAuth(() => createAuthConfig(db));
