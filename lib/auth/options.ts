import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "../api/client-address";
import { authenticate } from "./authenticate";
import { getAuthSecret } from "./secret";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

let options: Promise<NextAuthOptions> | undefined;

export function getAuthOptions(): Promise<NextAuthOptions> {
  options ??= getAuthSecret().then(
    (secret): NextAuthOptions => ({
      secret,
      session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
      jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
      pages: { signIn: "/signin", error: "/signin" },
      providers: [
        CredentialsProvider({
          name: "E-mail",
          credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
          async authorize(credentials, req) {
            const result = await authenticate(credentials, clientAddress(req?.headers));
            // next-auth passes a thrown message to the sign-in page as ?error=…
            if (!result.ok) throw new Error(result.error);
            const u = result.user;
            return { id: u.id, email: u.email, name: u.name, role: u.role, pwdAt: u.passwordChangedAt };
          },
        }),
      ],
      callbacks: {
        jwt({ token, user }) {
          if (user) {
            const u = user as typeof user & { role: string; pwdAt: number };
            token.uid = u.id;
            token.role = u.role;
            token.pwdAt = u.pwdAt;
          }
          return token;
        },
        session({ session, token }) {
          if (session.user) {
            Object.assign(session.user, { id: token.uid, role: token.role, pwdAt: token.pwdAt });
          }
          return session;
        },
        // Only same-site callback URLs: no open redirect through ?callbackUrl=.
        redirect({ url, baseUrl }) {
          if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
          try {
            if (new URL(url).origin === baseUrl) return url;
          } catch {
            // fall through
          }
          return `${baseUrl}/dashboard`;
        },
      },
    }),
  ).catch((error: unknown) => {
    options = undefined;
    throw error;
  });
  return options;
}
