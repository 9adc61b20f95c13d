// The Content-Security-Policy. Public pages are the same bytes for every reader (a shared cache
// keeps them): their scripts are allowed by the hash of each inline script, with no nonce and
// no 'unsafe-inline'. Staff pages get a fresh nonce in every response and are never stored.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInThroughUi, users } from "./support/session";

const CLAIM = "/claims/ushakov-no-trilateral-format-being-built";
const PUBLIC_PAGES = [
  "/claims",
  CLAIM,
  "/speakers/yuri-ushakov",
  "/topics/trilateral-talks",
  "/search?q=dam+phan",
  "/about",
  "/claims/does-not-exist",
];
// Kept by the server's own page cache (the others render per request; the edge keeps those).
const CACHED_PAGES = new Set([
  CLAIM,
  "/speakers/yuri-ushakov",
  "/topics/trilateral-talks",
  "/about",
  "/claims/does-not-exist",
]);
const STAFF_PAGES = ["/signin"];
const DASHBOARD_PAGES = ["/dashboard", "/dashboard/claims/new", "/dashboard/speakers", "/dashboard/activity"];

function scriptSrcOf(policy: string): string {
  const scriptSrc = policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src"));
  expect(scriptSrc, policy).toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  return scriptSrc!;
}

function scriptNonce(policy: string): string {
  const scriptSrc = scriptSrcOf(policy);
  expect(scriptSrc).toContain("'strict-dynamic'");
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
  expect(nonce, scriptSrc).toBeTruthy();
  return nonce!;
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

test("public pages: one policy listing the hash of every inline script, the same bytes for every reader, no nonce, no token", async ({
  request,
  playwright,
}) => {
  const token = readFileSync(".next/csp-nonce-token", "utf8").trim();
  const other = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (const path of PUBLIC_PAGES) {
    const res = await request.get(path);
    const policy = res.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    const scriptSrc = scriptSrcOf(policy);
    expect(scriptSrc, path).not.toContain("nonce-");
    expect(scriptSrc, path).not.toContain("'strict-dynamic'"); // it would make browsers ignore 'self'
    const html = await res.text();
    expect(html).not.toContain(token);
    expect(html, path).not.toMatch(/<script\b[^>]*\snonce=/);
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      (m) => !/\ssrc=/.test(` ${m[1]}`),
    );
    expect(inline.length, path).toBeGreaterThan(0);
    for (const m of inline)
      expect(scriptSrc, `${path}: an inline script without its hash`).toContain(sha256(m[2]!));
    // Cacheable by a shared cache, and the same for a second reader (bytes and policy).
    expect(res.headers()["cache-control"], path).toMatch(/public/);
    expect(res.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
    expect(res.headers()["set-cookie"], path).toBeUndefined();
    const second = await other.get(path);
    const secondHtml = await second.text();
    if (CACHED_PAGES.has(path)) {
      expect(secondHtml, `${path} differs between two readers`).toBe(html);
      expect(second.headers()["content-security-policy"]).toBe(policy);
    } else {
      // Rendered again: React may cut its inline payload differently, and the policy follows the body.
      for (const m of secondHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (!/\ssrc=/.test(` ${m[1]}`))
          expect(second.headers()["content-security-policy"], path).toContain(sha256(m[2]!));
      }
    }
  }
  // Client navigations fetch RSC payloads: no nonce, no token there either.
  const rsc = await request.get(CLAIM, { headers: { RSC: "1" } });
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  const flight = await rsc.text();
  expect(flight).not.toContain(token);
  expect(flight).not.toMatch(/"nonce":"(?!\$undefined")[^"]/);
  // The claim page really came from the page cache on its second request.
  expect((await request.get(CLAIM)).headers()["x-nextjs-cache"]).toBe("HIT");
  await other.dispose();
});

test("staff pages: each response carries its own nonce on every script, is never stored, and the build token never leaves the server", async ({
  request,
}) => {
  const token = readFileSync(".next/csp-nonce-token", "utf8").trim();
  const seen = new Set<string>();
  for (const path of [...STAFF_PAGES, ...STAFF_PAGES]) {
    const res = await request.get(path);
    const policy = res.headers()["content-security-policy"] ?? "";
    const nonce = scriptNonce(policy);
    expect(seen.has(nonce), `nonce reused on ${path}`).toBe(false);
    seen.add(nonce);
    const html = await res.text();
    expect(html).not.toContain(token);
    expect(policy).not.toContain(token);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !tag.includes("application/ld+json"));
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    for (const [tag] of html.matchAll(/<link\b[^>]*as="script"[^>]*>/g))
      expect(tag, path).toContain(`nonce="${nonce}"`);
    expect(res.headers().etag, path).toBeUndefined();
    expect(res.headers()["cache-control"] ?? "", path).toContain("no-store");
  }
});

async function visitWithoutViolations(page: Page, paths: string[], staff = false) {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of paths) {
    if (staff) await gotoHydrated(page, path);
    else {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
  }
  expect(violations).toEqual([]);
}

test("Chromium runs the app's own scripts without a single policy violation", async ({ page }) => {
  await visitWithoutViolations(page, PUBLIC_PAGES);
  // Hydrated: a client-side navigation through a link works.
  await page.goto(CLAIM);
  await page
    .getByRole("link", { name: /Yuri Ushakov|Ushakov/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/speakers\//);
  await signInThroughUi(page, users.editor);
  await visitWithoutViolations(page, DASHBOARD_PAGES, true);
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
