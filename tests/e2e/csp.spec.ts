import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInThroughUi, users } from "./support/session";

// The Content-Security-Policy: scripts run only with the response's nonce, which is fresh for
// every response — cached public pages included (scripts/serve.mjs swaps the build token).

const CLAIM = "/claims/ushakov-no-trilateral-format-being-built";
const PUBLIC_PAGES = ["/claims", CLAIM, "/speakers/yuri-ushakov", "/topics/trilateral-talks", "/search?q=dam+phan", "/about", "/claims/does-not-exist", "/signin"];
const DASHBOARD_PAGES = ["/dashboard", "/dashboard/claims/new", "/dashboard/speakers", "/dashboard/activity"];

function scriptNonce(policy: string): string {
  const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
  expect(scriptSrc, policy).toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc).toContain("'strict-dynamic'");
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc!)?.[1];
  expect(nonce, scriptSrc).toBeTruthy();
  return nonce!;
}

test("every page's scripts carry that response's own nonce, and the build token never leaves the server", async ({ request }) => {
  const token = readFileSync(".next/csp-nonce-token", "utf8").trim();
  const seen = new Set<string>();
  for (const path of [...PUBLIC_PAGES, CLAIM, "/about"]) {
    const res = await request.get(path);
    const policy = res.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    const nonce = scriptNonce(policy);
    expect(seen.has(nonce), `nonce reused on ${path}`).toBe(false);
    seen.add(nonce);
    const html = await res.text();
    expect(html).not.toContain(token);
    expect(policy).not.toContain(token);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes("application/ld+json"));
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    for (const [tag] of html.matchAll(/<link\b[^>]*as="script"[^>]*>/g)) expect(tag, path).toContain(`nonce="${nonce}"`);
    // Pages are cached by this server, not by shared caches that would repeat one nonce.
    expect(res.headers()["etag"], path).toBeUndefined();
    expect(res.headers()["cache-control"] ?? "", path).not.toMatch(/public|s-maxage/);
  }
  // Client navigations fetch RSC payloads, which name the nonce too: never the token.
  const rsc = await request.get(CLAIM, { headers: { RSC: "1" } });
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  const flight = await rsc.text();
  expect(flight).toContain("nonce");
  expect(flight).not.toContain(token);
  expect(rsc.headers()["content-security-policy"]).not.toContain(token);
  // The claim page really came from the page cache on its second request.
  expect((await request.get(CLAIM)).headers()["x-nextjs-cache"]).toBe("HIT");
});

async function visitWithoutViolations(page: Page, paths: string[]) {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
}

test("Chromium runs the app's own scripts without a single policy violation", async ({ page }) => {
  await visitWithoutViolations(page, PUBLIC_PAGES);
  // Hydrated: a client-side navigation through a link works.
  await page.goto(CLAIM);
  await page.getByRole("link", { name: /Yuri Ushakov|Ushakov/ }).first().click();
  await expect(page).toHaveURL(/\/speakers\//);
  await signInThroughUi(page, users.editor);
  await visitWithoutViolations(page, DASHBOARD_PAGES);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("Chromium refuses a script the page did not sign with its nonce", async ({ page }) => {
  await page.goto(CLAIM);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
    // An inline event handler, as a stored-XSS payload would carry it.
    const holder = document.createElement("div");
    holder.innerHTML = '<img src="/favicon-does-not-exist.png" onerror="window.__pwned = 1">';
    document.body.append(holder);
    await new Promise((r) => setTimeout(r, 500));
    return { pwned: (window as unknown as { __pwned?: number }).__pwned ?? null, violations };
  });
  expect(outcome.pwned).toBeNull();
  expect(outcome.violations.some((d) => d.startsWith("script-src"))).toBe(true);
});
