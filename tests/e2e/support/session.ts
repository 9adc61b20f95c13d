import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
  request as playwrightRequest,
} from "@playwright/test";

export const DEMO_PASSWORD = "claimledger-demo";
export const users = {
  owner: "editor@claimledger.test", // created every seed claim
  editor: "editor2@claimledger.test",
  reviewer: "reviewer@claimledger.test",
  admin: "admin@claimledger.test",
} as const;

/** The server the current test runs against: its project's (PGlite or PostgreSQL), else the default. */
export function baseURL(): string {
  try {
    const fromProject = test.info().project.use.baseURL;
    if (fromProject) return fromProject;
  } catch {
    // Outside a test or hook (e.g. at module load): the default server.
  }
  return `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
}

/** An API client signed in through next-auth's own CSRF + credentials callback. */
export async function apiAs(email: string | null, base = baseURL()): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  if (!email) return ctx;
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(res.ok(), `sign-in of ${email}`).toBeTruthy();
  const session = (await (await ctx.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
  return ctx;
}

/**
 * The dashboard is Vietnamese by default; these tests find controls by their English names, so
 * the browser context picks English the way a person would (the switcher's `locale` cookie).
 */
export async function chooseEnglish(context: BrowserContext): Promise<void> {
  await context.addCookies([{ name: "locale", value: "en", url: baseURL() }]);
}

/** Signs in through the real sign-in page, as a person would. */
export async function signInThroughUi(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await chooseEnglish(page.context());
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

export async function newSignedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL() });
  await chooseEnglish(context);
  const page = await context.newPage();
  await signInThroughUi(page, email);
  return page;
}

/** API sessions of these demo people, opened before the spec's tests and closed after them. */
export function apiSessionsFor<K extends keyof typeof users>(...names: K[]): Record<K, APIRequestContext> {
  const sessions = {} as Record<K, APIRequestContext>;
  test.beforeAll(async () => {
    for (const name of names) sessions[name] = await apiAs(users[name]);
  });
  test.afterAll(async () => {
    for (const name of names) await sessions[name]?.dispose();
  });
  return sessions;
}

/**
 * Opens a dashboard page and waits until React has run on it: its live stream (opened by an
 * effect after hydration, for the header's bell) has answered. "Network idle" never comes on
 * these pages, since that stream stays open.
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  const streamOpened = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/live");
  await page.goto(path);
  await streamOpened;
}
