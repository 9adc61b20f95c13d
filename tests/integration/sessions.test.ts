import { createRequire } from "node:module";
import { decode, encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { GET as staffClaimsGet } from "@/app/api/claims/route";
import { getActor } from "@/lib/auth/actor";
import { getAuthSecret } from "@/lib/auth/secret";
import { prisma } from "@/lib/db";
import { changeOwnPassword, createUser, updateUser } from "@/lib/users/service";
import { changePasswordSchema, createUserSchema } from "@/lib/users/validation";
import { testDatabaseKinds } from "../helpers/databases";
import { actorByEmail, openSeededAppDatabase } from "../helpers/app-db";

/**
 * Session lifetime, through the app's real code paths: next-auth's own handler (the app's
 * /api/auth route: CSRF, credentials callback, session refresh, sign-out) issues and clears the
 * cookies, and the staff API (GET /api/claims → getActor) decides whether a cookie still
 * signs someone in. Each "browser" below is a cookie jar; `copy()` is someone who copied the
 * session cookie out of it (a shared computer, a leaked HAR file, malware).
 *
 * Route handlers read the request through next/headers, which only works inside Next's
 * request scope; here it is replaced by the jar of whichever browser is making the request.
 * next-auth loads next/headers with require(), so that module object is patched too.
 */
const ORIGIN = "http://localhost:3000";
const scope = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Headers() }));
const fakeNextHeaders = vi.hoisted(() => ({
  headers: async () => scope.headers,
  cookies: async () => ({
    getAll: () => [...scope.cookies].map(([name, value]) => ({ name, value })),
    get: (name: string) => (scope.cookies.has(name) ? { name, value: scope.cookies.get(name)! } : undefined),
    has: (name: string) => scope.cookies.has(name),
  }),
  draftMode: async () => ({ isEnabled: false }),
}));
vi.mock("next/headers", () => fakeNextHeaders);
Object.assign(createRequire(import.meta.url)("next/headers") as object, fakeNextHeaders);

const SESSION_COOKIE = "next-auth.session-token";
const HOUR = 60 * 60 * 1000;
const PASSWORD = "session-test-password";

class Browser {
  constructor(readonly cookies = new Map<string, string>()) {}

  /** Someone else holding a copy of this browser's cookies. */
  copy(): Browser {
    return new Browser(new Map(this.cookies));
  }

  private enter(): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const headers: Record<string, string> = {
      host: "localhost:3000",
      "x-forwarded-proto": "http",
      origin: ORIGIN,
      ...(cookie ? { cookie } : {}),
    };
    scope.cookies = new Map(this.cookies);
    scope.headers = new Headers(headers);
    return headers;
  }

  private keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((s) => s.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = decodeURIComponent(pair.slice(eq + 1));
      const expires = attributes.find((a) => /^expires=/i.test(a));
      const removed =
        value === "" ||
        attributes.some((a) => /^max-age=0$/i.test(a)) ||
        (expires !== undefined && new Date(expires.slice(8)).getTime() <= Date.now());
      if (removed) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async auth(method: "GET" | "POST", action: string[], form?: Record<string, string>): Promise<Response> {
    const headers = this.enter();
    const init: { method: string; headers: Record<string, string>; body?: string } = { method, headers };
    if (form) {
      init.headers = { ...headers, "content-type": "application/x-www-form-urlencoded" };
      init.body = new URLSearchParams(form).toString();
    }
    const request = new NextRequest(`${ORIGIN}/api/auth/${action.join("/")}`, init);
    const handler = method === "GET" ? authGet : authPost;
    const response = await handler(request, { params: Promise.resolve({ nextauth: action }) });
    this.keep(response);
    return response;
  }

  async csrf(): Promise<string> {
    return ((await (await this.auth("GET", ["csrf"])).json()) as { csrfToken: string }).csrfToken;
  }

  async signIn(email: string, password = PASSWORD): Promise<void> {
    const csrfToken = await this.csrf();
    const response = await this.auth("POST", ["callback", "credentials"], {
      csrfToken,
      email,
      password,
      json: "true",
    });
    expect(response.status, `sign-in of ${email}`).toBe(200);
    expect(this.cookies.has(SESSION_COOKIE), `session cookie of ${email}`).toBe(true);
  }

  /** GET /api/auth/session: what the client library calls; it re-issues the cookie. */
  async session(): Promise<{ user?: { email?: string } }> {
    return (await (await this.auth("GET", ["session"])).json()) as { user?: { email?: string } };
  }

  async signOut(): Promise<void> {
    const csrfToken = await this.csrf();
    await this.auth("POST", ["signout"], { csrfToken, json: "true" });
    expect(this.cookies.has(SESSION_COOKIE)).toBe(false);
  }

  /** Status of a staff API read (GET /api/claims): 200 signed in, 401 not. */
  async staffApi(): Promise<number> {
    const headers = this.enter();
    return (await staffClaimsGet(new Request(`${ORIGIN}/api/claims`, { headers }))).status;
  }

  /** Who server components (dashboard pages) see. */
  async actorEmail(): Promise<string | null> {
    this.enter();
    return (await getActor())?.email ?? null;
  }
}

let counter = 0;
async function freshUser(role: "EDITOR" | "REVIEWER" | "ADMIN" = "EDITOR") {
  const admin = await actorByEmail("admin@claimledger.test");
  const input = createUserSchema.parse({
    email: `session${++counter}.${Date.now()}@claimledger.test`,
    name: `Phiên ${counter}`,
    role,
    password: PASSWORD,
  });
  return createUser(admin, input);
}

async function signedIn(role?: "EDITOR" | "REVIEWER" | "ADMIN") {
  const user = await freshUser(role);
  const browser = new Browser();
  await browser.signIn(user.email);
  expect(await browser.staffApi()).toBe(200);
  return { user, browser };
}

/** Runs `fn` with the clock at `at` (only Date is faked: timers and I/O run normally). */
function setClock(at: number): void {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(at);
}

describe.each(testDatabaseKinds())("session lifetime on $name", (kind) => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    process.env.AUTH_TRUST_HOST ??= "1";
    ({ close } = await openSeededAppDatabase(kind));
  });
  afterAll(async () => close?.());
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a copied cookie is dead once its owner signs out", async () => {
    const { user, browser } = await signedIn();
    const stolen = browser.copy();
    expect(await stolen.staffApi()).toBe(200);
    await browser.signOut();
    expect(await browser.staffApi()).toBe(401);
    expect(await stolen.staffApi()).toBe(401);
    expect(await stolen.actorEmail()).toBeNull();
    // The session endpoint does not hand the copy a fresh cookie either.
    expect((await stolen.session()).user).toBeUndefined();
    expect(await stolen.staffApi()).toBe(401);
    // Signing in again works.
    const again = new Browser();
    await again.signIn(user.email);
    expect(await again.actorEmail()).toBe(user.email);
  });

  it("a dead cookie cannot sign its user out of newer sessions", async () => {
    const { user, browser } = await signedIn();
    const stolen = browser.copy();
    await browser.signOut();
    const fresh = new Browser();
    await fresh.signIn(user.email);
    await stolen.signOut();
    expect(await fresh.staffApi()).toBe(200);
  });

  it("rejects a token signed in more than 12 hours ago, even one refreshed a moment ago", async () => {
    const { user, browser } = await signedIn();
    const secret = await getAuthSecret();
    const token = (await decode({ token: browser.cookies.get(SESSION_COOKIE)!, secret }))!;
    expect(token).not.toBeNull();
    const nowSeconds = Math.floor(Date.now() / 1000);
    // Everything as issued, except that the sign-in happened 13 hours ago; `encode` stamps a
    // fresh iat/exp, as a refresh through /api/auth/session does.
    const old = await encode({
      token: { ...token, auth_time: nowSeconds - 13 * 3600 },
      secret,
      maxAge: 60 * 60,
    });
    const replayed = new Browser(new Map([[SESSION_COOKIE, old]]));
    expect(await replayed.staffApi()).toBe(401);
    expect(await replayed.actorEmail()).toBeNull();
    expect((await replayed.session()).user).toBeUndefined();
    // The same claims with the real sign-in time are fine: it is the age that is refused.
    const current = await encode({ token, secret, maxAge: 60 * 60 });
    expect(await new Browser(new Map([[SESSION_COOKIE, current]])).actorEmail()).toBe(user.email);
  });

  it("ends a session 12 hours after sign-in however often it was refreshed", async () => {
    const start = Date.now();
    setClock(start);
    const { browser } = await signedIn();
    // Someone active all day: a refresh every 90 minutes, well inside the idle limit.
    for (let at = 1.5 * HOUR; at < 12 * HOUR; at += 1.5 * HOUR) {
      vi.setSystemTime(start + at);
      expect((await browser.session()).user, `refresh at +${at / HOUR} h`).toBeDefined();
      expect(await browser.staffApi(), `staff API at +${at / HOUR} h`).toBe(200);
    }
    vi.setSystemTime(start + 12 * HOUR + 10 * 60 * 1000);
    expect(await browser.staffApi()).toBe(401);
    expect((await browser.session()).user).toBeUndefined();
  });

  it("ends a session after 2 hours without a refresh, and a refresh keeps it alive", async () => {
    const start = Date.now();
    setClock(start);
    const { browser } = await signedIn();
    const idle = browser.copy();
    vi.setSystemTime(start + 1.5 * HOUR);
    expect((await browser.session()).user).toBeDefined(); // activity: the client refreshes
    vi.setSystemTime(start + 2 * HOUR + 5 * 60 * 1000);
    expect(await idle.staffApi()).toBe(401); // not refreshed since sign-in
    expect(await browser.staffApi()).toBe(200); // refreshed 35 minutes ago
    vi.setSystemTime(start + 3.5 * HOUR + 5 * 60 * 1000);
    expect(await browser.staffApi()).toBe(401);
  });

  it("a disabled and re-enabled user's old cookie stays dead", async () => {
    const admin = await actorByEmail("admin@claimledger.test");
    const { user, browser } = await signedIn();
    const disabled = await updateUser(admin, user.id, { disabled: true, version: user.version });
    expect(await browser.staffApi()).toBe(401);
    await updateUser(admin, user.id, { disabled: false, version: disabled.version });
    expect(await browser.staffApi()).toBe(401);
    expect(await browser.actorEmail()).toBeNull();
    expect((await browser.session()).user).toBeUndefined();
    const again = new Browser();
    await again.signIn(user.email);
    expect(await again.staffApi()).toBe(200);
  });

  it("a role change ends the user's sessions; a rename does not", async () => {
    const admin = await actorByEmail("admin@claimledger.test");
    const { user, browser } = await signedIn("EDITOR");
    const renamed = await updateUser(admin, user.id, { name: "Tên mới", version: user.version });
    expect(await browser.staffApi()).toBe(200);
    await updateUser(admin, user.id, { role: "REVIEWER", version: renamed.version });
    expect(await browser.staffApi()).toBe(401);
    expect(await browser.actorEmail()).toBeNull();
    const again = new Browser();
    await again.signIn(user.email);
    expect(await again.staffApi()).toBe(200);
  });

  it("a password change ends every session of the user", async () => {
    const { user, browser } = await signedIn();
    const phone = new Browser();
    await phone.signIn(user.email);
    await changeOwnPassword(
      await actorByEmail(user.email),
      changePasswordSchema.parse({ currentPassword: PASSWORD, newPassword: "another-session-password" }),
    );
    expect(await browser.staffApi()).toBe(401);
    expect(await phone.staffApi()).toBe(401);
    expect((await phone.session()).user).toBeUndefined();
    const again = new Browser();
    await again.signIn(user.email, "another-session-password");
    expect(await again.staffApi()).toBe(200);
  });

  it("a token's own expiry never passes the 12-hour limit", async () => {
    const start = Date.now();
    setClock(start);
    const { browser } = await signedIn();
    const secret = await getAuthSecret();
    const signedInAt = (await decode({ token: browser.cookies.get(SESSION_COOKIE)!, secret }))!
      .auth_time as number;
    for (let at = 1.5 * HOUR; at <= 10.5 * HOUR; at += 1.5 * HOUR) {
      vi.setSystemTime(start + at);
      expect((await browser.session()).user).toBeDefined();
    }
    const refreshed = (await decode({ token: browser.cookies.get(SESSION_COOKIE)!, secret }))!;
    expect(refreshed.auth_time).toBe(signedInAt);
    expect(refreshed.exp).toBe(signedInAt + 12 * 3600);
  });

  it("refuses tokens without the session claims (issued before session generations)", async () => {
    const user = await freshUser();
    const secret = await getAuthSecret();
    const legacy = await encode({
      token: { sub: user.id, uid: user.id, role: user.role, email: user.email },
      secret,
      maxAge: 60 * 60,
    });
    const browser = new Browser(new Map([[SESSION_COOKIE, legacy]]));
    expect(await browser.staffApi()).toBe(401);
    expect((await browser.session()).user).toBeUndefined();
  });

  it("sign-out and the admin changes that end sessions are in the audit log", async () => {
    const admin = await actorByEmail("admin@claimledger.test");
    const { user, browser } = await signedIn();
    await browser.signOut();
    const renamed = await updateUser(admin, user.id, { name: "Đổi tên", version: user.version });
    await updateUser(admin, user.id, { role: "REVIEWER", version: renamed.version });
    const events = await prisma.auditEvent.findMany({
      where: { entityId: user.id },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, after: true },
    });
    expect(
      events.map((e) => [
        e.action,
        e.actorId,
        (e.after as { sessionsEnded?: boolean } | null)?.sessionsEnded ?? false,
      ]),
    ).toEqual([
      ["user.create", admin.id, false],
      ["user.sign_out", user.id, true],
      ["user.update", admin.id, false],
      ["user.update", admin.id, true],
    ]);
  });

  it("other users' sessions are untouched", async () => {
    const a = await signedIn();
    const b = await signedIn();
    await a.browser.signOut();
    expect(await b.browser.staffApi()).toBe(200);
  });
});
