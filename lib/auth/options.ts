import type { NextAuthOptions } from "next-auth";
import { encode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "../api/client-address";
import { authenticate, signInErrorCode } from "./authenticate";
import { getAuthSecret } from "./secret";
import { endSessionsOnSignOut, isSessionCurrent } from "./session";
import {
  epochSeconds,
  SESSION_IDLE_SECONDS,
  SESSION_REFRESH_SECONDS,
  tokenLifetimeSeconds,
} from "./session-policy";

/**
 * Where the options are used:
 * - "handler": the /api/auth/* route (sign-in, sign-out, and /api/auth/session, which re-issues
 *   the session cookie). Re-issuing checks the token first (limits + session generation, one
 *   read) and refuses a dead one: next-auth then clears the cookie and answers "no session",
 *   so a refresh can neither extend a session past its limits nor revive an ended one.
 * - "actor": getServerSession inside getActor (lib/auth/actor.ts), which does the same check
 *   itself with the one read it needs anyway (the user's role and name); the callbacks here
 *   only pass the token's claims through.
 */
export type AuthOptionsUse = "handler" | "actor";

/** Thrown by the jwt callback for a token that no longer signs anyone in. */
class SessionEnded extends Error {
  constructor() {
    super("Session ended");
    this.name = "SessionEnded";
  }
}

function isExpectedSessionEnd(error: unknown): boolean {
  const e = error as { name?: string; code?: string } | null;
  return e?.name === "SessionEnded" || e?.code === "ERR_JWT_EXPIRED";
}

function buildOptions(secret: string, use: AuthOptionsUse): NextAuthOptions {
  return {
    secret,
    // The cookie and the token live SESSION_IDLE_SECONDS from their last issue (idle limit);
    // updateAge is irrelevant to JWT sessions (next-auth re-issues on every session call).
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_REFRESH_SECONDS },
    jwt: {
      maxAge: SESSION_IDLE_SECONDS,
      // A token's `exp` never goes past the absolute limit, whatever refreshes happen.
      encode: (params) => {
        const authTime = typeof params.token?.auth_time === "number" ? params.token.auth_time : undefined;
        return encode({
          ...params,
          maxAge: Math.min(params.maxAge ?? SESSION_IDLE_SECONDS, tokenLifetimeSeconds(authTime)),
        });
      },
    },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "E-mail",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          const result = await authenticate(credentials, clientAddress(req?.headers));
          // next-auth hands a thrown message to the sign-in form as `error` (and to the page as ?error=…).
          if (!result.ok) throw new Error(signInErrorCode(result));
          const u = result.user;
          return { id: u.id, email: u.email, name: u.name, role: u.role, gen: u.sessionGeneration };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          // Sign-in: the claims every later request is checked against (lib/auth/session.ts).
          const u = user as typeof user & { role: string; gen: number };
          token.uid = u.id;
          token.role = u.role;
          token.gen = u.gen;
          token.auth_time = epochSeconds();
          return token;
        }
        if (use === "handler" && !(await isSessionCurrent(token))) throw new SessionEnded();
        return token;
      },
      session({ session, token }) {
        if (session.user) Object.assign(session.user, { id: token.uid, role: token.role });
        // getActor checks the raw claims; the browser's /api/auth/session answer does not carry them.
        if (use === "actor")
          Object.assign(session, {
            token: { uid: token.uid, gen: token.gen, auth_time: token.auth_time, iat: token.iat },
          });
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
    events: {
      // Ends the session everywhere, so a copy of the cookie dies with it (see endSessionsOnSignOut).
      async signOut({ token }) {
        await endSessionsOnSignOut(token);
      },
    },
    logger: {
      // An ended or expired session is a normal outcome (the cookie is cleared, the visitor is
      // signed out), not an error worth a stack trace in the server log.
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR" && isExpectedSessionEnd(metadata)) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
  };
}

const options = new Map<AuthOptionsUse, Promise<NextAuthOptions>>();

export function getAuthOptions(use: AuthOptionsUse = "handler"): Promise<NextAuthOptions> {
  let built = options.get(use);
  if (!built) {
    built = getAuthSecret()
      .then((secret) => buildOptions(secret, use))
      .catch((error: unknown) => {
        options.delete(use);
        throw error;
      });
    options.set(use, built);
  }
  return built;
}
