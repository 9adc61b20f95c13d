import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { apiAs, baseURL, chooseEnglish, signInThroughUi, users } from "./support/session";

/**
 * The session cookie over HTTP: once its owner signs out (or an admin disables, re-enables or
 * re-roles the account, or the password changes), a copy of the cookie taken before must be
 * worth nothing on the staff API. Each test uses its own fresh account: signing out ends
 * every session of that user, and the demo accounts are shared with the other specs.
 */
const PASSWORD = "session-e2e-password";
let admin: APIRequestContext;
let counter = 0;

interface CreatedUser {
  id: string;
  email: string;
  version: number;
}

async function freshUser(): Promise<CreatedUser> {
  const res = await admin.post("/api/admin/users", {
    data: {
      email: `e2e-session${++counter}.${Date.now()}@claimledger.test`,
      name: "Phiên thử",
      role: "EDITOR",
      password: PASSWORD,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as CreatedUser;
}

async function signIn(email: string): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({
    baseURL: baseURL(),
    extraHTTPHeaders: { origin: baseURL() },
  });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: PASSWORD, json: "true" },
  });
  expect(res.ok(), `sign-in of ${email}`).toBeTruthy();
  expect((await ctx.get("/api/claims")).status()).toBe(200);
  return ctx;
}

/** Another client holding a copy of the cookies `from` holds now. */
async function copyOf(from: APIRequestContext): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: baseURL(),
    extraHTTPHeaders: { origin: baseURL() },
    storageState: await from.storageState(),
  });
}

async function signOut(ctx: APIRequestContext): Promise<void> {
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  expect(res.ok()).toBeTruthy();
}

async function patchUser(user: CreatedUser, data: Record<string, unknown>): Promise<CreatedUser> {
  const res = await admin.patch(`/api/admin/users/${user.id}`, { data: { ...data, version: user.version } });
  expect(res.status(), await res.text()).toBe(200);
  return { ...user, ...((await res.json()) as CreatedUser) };
}

async function expectSignedOut(ctx: APIRequestContext): Promise<void> {
  expect((await ctx.get("/api/claims")).status()).toBe(401);
  expect((await ctx.get("/api/speakers")).status()).toBe(401);
  const session = (await (await ctx.get("/api/auth/session")).json()) as { user?: unknown };
  expect(session.user).toBeUndefined();
  expect((await ctx.get("/api/claims")).status()).toBe(401);
}

test.beforeAll(async () => {
  admin = await apiAs(users.admin);
});
test.afterAll(async () => {
  await admin?.dispose();
});

test("a copied session cookie is dead after sign-out", async () => {
  const user = await freshUser();
  const owner = await signIn(user.email);
  const copy = await copyOf(owner);
  expect((await copy.get("/api/claims")).status()).toBe(200);
  await signOut(owner);
  await expectSignedOut(copy);
  const create = await copy.post("/api/speakers", { data: { name: "Không được tạo", kind: "PERSON" } });
  expect(create.status()).toBe(401);
  // Signing in again gives a working session.
  const again = await signIn(user.email);
  await Promise.all([owner.dispose(), copy.dispose(), again.dispose()]);
});

test("the Sign out button ends the session a copied cookie would reuse", async ({ browser }) => {
  const user = await freshUser();
  const context = await browser.newContext({ baseURL: baseURL() });
  await chooseEnglish(context);
  const page = await context.newPage();
  await signInThroughUi(page, user.email, PASSWORD);
  const copy = await playwrightRequest.newContext({
    baseURL: baseURL(),
    storageState: await context.storageState(),
  });
  expect((await copy.get("/api/claims")).status()).toBe(200);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expectSignedOut(copy);
  // The copied cookie in a browser: the dashboard sends it to the sign-in page.
  const thief = await browser.newContext({ baseURL: baseURL(), storageState: await copy.storageState() });
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/dashboard");
  await expect(thiefPage).toHaveURL(/\/signin/);
  await Promise.all([copy.dispose(), context.close(), thief.close()]);
});

test("a disabled then re-enabled user's old cookie stays dead", async () => {
  let user = await freshUser();
  const old = await signIn(user.email);
  user = await patchUser(user, { disabled: true });
  expect((await old.get("/api/claims")).status()).toBe(401);
  user = await patchUser(user, { disabled: false });
  await expectSignedOut(old);
  const again = await signIn(user.email);
  await Promise.all([old.dispose(), again.dispose()]);
});

test("a role change ends the user's sessions", async () => {
  const user = await freshUser();
  const old = await signIn(user.email);
  await patchUser(user, { role: "REVIEWER" });
  await expectSignedOut(old);
  await old.dispose();
});

test("a password change ends every session of the user", async () => {
  const user = await freshUser();
  const laptop = await signIn(user.email);
  const phone = await signIn(user.email);
  const res = await laptop.post("/api/account/password", {
    data: { currentPassword: PASSWORD, newPassword: "a-new-e2e-password" },
  });
  expect(res.status(), await res.text()).toBe(200);
  await expectSignedOut(laptop);
  await expectSignedOut(phone);
  await Promise.all([laptop.dispose(), phone.dispose()]);
});
