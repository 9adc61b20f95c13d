import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { apiAs, gotoHydrated, newSignedInPage, users } from "./support/session";
import { publishClaim } from "./support/sources";

/**
 * Stored XSS: script payloads written into every user-writable text the UI renders (quote,
 * translation, speaker names, annotation markdown, link notes, article text, URLs) are shown on
 * the dashboard and public pages in Chromium; no script may run (no dialog, no marker on
 * window), links must not keep javascript: URLs, and JSON-LD must stay one valid script.
 */
const P = {
  script: `<script>window.__xss=1;alert(1)</script>`,
  img: `<img src=x onerror="window.__xss=1;alert(2)">`,
  endScript: `</script><script>window.__xss=1;alert(3)</script>`,
  svg: `<svg onload="window.__xss=1;alert(4)">`,
};
const payload = `Tuyên bố ${P.script} ${P.img} ${P.endScript} ${P.svg} "quoted" & 'single'`;

async function ok<T>(res: APIResponse): Promise<T> {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

async function expectNoScript(page: Page, path: string, staff = false) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  if (staff) await gotoHydrated(page, path);
  else {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(dialogs, `dialog on ${path}`).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0),
    `script ran on ${path}`,
  ).toBe(0);
  const jsLinks = await page.locator('a[href^="javascript:" i]').count();
  expect(jsLinks, `javascript: link on ${path}`).toBe(0);
}

let owner: APIRequestContext;
let reviewer: APIRequestContext;

test.beforeAll(async () => {
  owner = await apiAs(users.owner);
  reviewer = await apiAs(users.reviewer);
});
test.afterAll(async () => {
  await owner?.dispose();
  await reviewer?.dispose();
});

test("payloads in every writable text never run, on dashboard and public pages", async ({ browser }) => {
  // javascript: URLs are refused at the door.
  expect(
    (await owner.post("/api/outlets", { data: { name: "Báo XSS", url: "javascript:alert(1)" } })).status(),
  ).toBe(400);

  const speaker = await ok<{ id: string; slug: string }>(
    await owner.post("/api/speakers", {
      data: { name: `Ông ${P.img} X`, kind: "PERSON", variants: [P.script], affiliation: P.svg },
    }),
  );
  const outlet = await ok<{ id: string }>(
    await owner.post("/api/outlets", { data: { name: `Báo ${P.script}` } }),
  );
  const article = await ok<{ id: string }>(
    await owner.post("/api/articles", {
      data: {
        outletId: outlet.id,
        title: `Bài ${P.endScript}`,
        url: "https://example.org/a",
        text: `Mở đầu. ${payload} Kết thúc bài báo.`,
      },
    }),
  );
  let claim = await ok<{ id: string; slug: string; version: number }>(
    await owner.post("/api/claims", {
      data: {
        speakerId: speaker.id,
        quote: payload,
        translation: P.endScript,
        kind: "DIRECT",
        saidAt: "2025-12-20",
        venue: P.img,
        topics: ["trilateral-talks"],
      },
    }),
  );
  await ok(
    await owner.post(`/api/claims/${claim.id}/appearances`, {
      data: {
        articleId: article.id,
        start: 0,
        end: 7,
        exact: "Mở đầu.",
        chain: [
          { kind: "OUTLET", label: P.script },
          { kind: "PERSON", label: P.img },
        ],
      },
    }),
  );
  const other = (await ok<{ claims: { id: string }[] }>(await owner.get("/api/claims?q=donbass"))).claims[0]!;
  // Reviewers link published claims directly (an editor's link would wait for review).
  await ok(
    await reviewer.post("/api/links", {
      data: { fromClaimId: claim.id, toClaimId: other.id, type: "SUPPORTS", note: payload },
    }),
  );
  await ok(
    await reviewer.post(`/api/claims/${claim.id}/annotations`, {
      data: { body: `**đậm** [bấm](javascript:alert(5)) ${payload}`, visibility: "PUBLIC" },
    }),
  );
  claim = await publishClaim(owner, reviewer, claim);

  // Public pages (a fresh reader).
  const reader = await browser.newPage();
  for (const path of [
    `/claims/${claim.slug}`,
    "/claims",
    `/speakers/${speaker.slug}`,
    "/topics/trilateral-talks",
    "/search?q=tuyen+bo+script",
    "/feed.json",
  ])
    await expectNoScript(reader, path);
  await reader.goto(`/claims/${claim.slug}`);
  const ld = await reader.locator('script[type="application/ld+json"]').allTextContents();
  expect(ld).toHaveLength(1);
  expect((JSON.parse(ld[0]!) as { text?: string; claimReviewed?: string }).text ?? "").toContain("</script>");
  await expect(reader.getByRole("heading", { level: 1 })).toContainText("<script>");

  // Dashboard pages (an editor).
  const editor = await newSignedInPage(browser, users.owner);
  for (const path of [
    `/dashboard/claims/${claim.id}`,
    `/dashboard/claims/${claim.id}/history`,
    "/dashboard",
    "/dashboard/speakers",
    "/dashboard/articles",
    "/dashboard/activity",
    `/dashboard/ingest/${article.id}`,
  ]) {
    await expectNoScript(editor, path, true);
  }
});
