import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { apiAs, users } from "./support/session";
import { publishClaim } from "./support/sources";

/**
 * Distribution: the embed card other sites frame, oEmbed for claim pages, and the share card
 * images. Demo claims: a DIRECT and an INDIRECT approved one, a retracted and a draft one.
 */
const DIRECT = "zelensky-donbass-very-important-to-me";
const INDIRECT = "ushakov-no-trilateral-format-being-built";
const RETRACTED = "dmitriev-talks-constructive-will-continue";
const DRAFT = "umerov-future-development-programme";

type Oembed = Record<string, unknown> & { html: string; width: number; height: number };

/** The public origin the server prints in its links (SITE_URL), read from a claim page's discovery link. */
async function siteOrigin(
  request: APIRequestContext,
  slug = DIRECT,
): Promise<{ origin: string; href: string }> {
  const html = await (await request.get(`/claims/${slug}`)).text();
  const tag = /<link[^>]*type="application\/json\+oembed"[^>]*>/.exec(html)?.[0];
  expect(tag, "the claim page has an oEmbed discovery link").toBeDefined();
  const href = /href="([^"]+)"/.exec(tag!)![1]!.replaceAll("&amp;", "&");
  const pageUrl = new URL(href).searchParams.get("url")!;
  return { origin: new URL(pageUrl).origin, href };
}

const oembedPath = (query: Record<string, string>) => `/api/oembed?${new URLSearchParams(query)}`;

async function errorOf(res: APIResponse): Promise<{ code: string; message: string }> {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

test("the embed card shows the claim with no chrome, no script, no cookie, no request elsewhere, and is axe-clean", async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const res = await page.goto(`/embed/claims/${DIRECT}`);
  expect(res?.status()).toBe(200);
  const h = res!.headers();
  expect(h["content-type"]).toContain("text/html");
  expect(h["set-cookie"]).toBeUndefined();
  expect(h["cache-control"]).toMatch(/public.*s-maxage=\d+/);
  expect(h["surrogate-key"]?.split(" ")).toContain(`claim:${DIRECT}`);

  // A DIRECT claim's words in quotation marks, the speaker, the date, the verdicts and a link back.
  await expect(page.locator("blockquote")).toHaveText(/^“Donbass .*”$/);
  await expect(page.getByText("Volodymyr Zelensky", { exact: false }).first()).toBeVisible();
  await expect(page.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByText(/^Lời trích: /)).toBeVisible();
  await expect(page.getByText(/^(Đánh giá: |Không chấm đúng\/sai)/)).toBeVisible();
  const back = page.getByRole("link", { name: /Xem bài kiểm chứng đầy đủ.*\(mở trong thẻ mới\)/ });
  await expect(back).toHaveAttribute("target", "_blank");
  await expect(back).toHaveAttribute("href", new RegExp(`/claims/${DIRECT}$`));

  // No site chrome, no script of any kind, nothing fetched from anywhere but this site.
  expect(await page.getByTestId("public-nav").count()).toBe(0);
  expect(await page.locator("header, footer, nav, script").count()).toBe(0);
  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) expect(new URL(url).origin, url).toBe(new URL(baseURL!).origin);
  expect(await page.context().cookies()).toEqual([]);
  await expectNoSeriousA11yViolations(page);

  // A paraphrase is not put in quotation marks, and says what it is.
  await page.goto(`/embed/claims/${INDIRECT}`);
  await expect(page.locator("blockquote")).not.toHaveText(/^“/);
  await expect(page.getByText(/không phải nguyên văn/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a retracted, unpublished or unknown claim has a small 'not available' card (404), framable too", async ({
  page,
  request,
}) => {
  for (const slug of [RETRACTED, DRAFT, "does-not-exist", "Bad_Slug"]) {
    const res = await request.get(`/embed/claims/${slug}`);
    expect(res.status(), slug).toBe(404);
    const body = await res.text();
    expect(body, slug).toContain("Không có phát ngôn này");
    expect(body, slug).not.toMatch(/<script/i);
    expect(res.headers()["content-security-policy"], slug).toContain("frame-ancestors *");
    expect(res.headers()["set-cookie"], slug).toBeUndefined();
  }
  await page.goto(`/embed/claims/${RETRACTED}`);
  await expect(page.getByText("Phát ngôn này không tồn tại hoặc không còn được công bố.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("only the embed may be framed: another site frames the card, while the claim page refuses to be framed", async ({
  page,
  request,
  baseURL,
}) => {
  const embed = (await request.get(`/embed/claims/${DIRECT}`)).headers();
  expect(embed["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed["content-security-policy"]).not.toContain("frame-ancestors 'none'");
  expect(embed["x-frame-options"]).toBeUndefined();
  const { origin } = await siteOrigin(request);
  const oembed = oembedPath({ url: `${origin}/claims/${DIRECT}` });
  for (const path of [
    `/claims/${DIRECT}`,
    "/claims",
    oembed,
    `/claims/${DIRECT}/opengraph-image`,
    "/signin",
  ]) {
    const h = (await request.get(path)).headers();
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["content-security-policy"], path).toMatch(/frame-ancestors 'none'/);
  }

  // In a browser: a page of another site (a server of its own, on another port) frames both.
  const partner = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!DOCTYPE html><html lang="en"><title>Partner</title><body>
      <iframe name="embed" title="embed" src="${baseURL}/embed/claims/${DIRECT}" width="560" height="340"></iframe>
      <iframe name="claim" title="claim" src="${baseURL}/claims/${DIRECT}" width="560" height="340"></iframe>
    </body></html>`);
  });
  await new Promise<void>((resolve) => partner.listen(0, "127.0.0.1", resolve));
  try {
    const claimUrl = `${baseURL}/claims/${DIRECT}`;
    const claimRefused = page.waitForEvent("requestfailed", (r) => r.url() === claimUrl);
    await page.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/`);
    await expect(page.frameLocator("iframe[name=embed]").locator("blockquote")).toContainText("Donbass");
    // The claim page arrives, and the browser refuses to show it in the frame (its headers say so).
    expect((await claimRefused).failure()?.errorText).toBe("net::ERR_BLOCKED_BY_RESPONSE");
    expect(await page.frameLocator("iframe[name=claim]").getByText("Donbass").count()).toBe(0);
    expect(page.frame({ name: "claim" })?.url()).not.toBe(claimUrl);
  } finally {
    partner.close();
  }
});

test("oEmbed: discovered from the claim page, answers the oEmbed 1.0 rich fields, honours maxwidth/maxheight, is public and keyed by the claim", async ({
  request,
  page,
}) => {
  const { origin, href } = await siteOrigin(request);
  const pageUrl = `${origin}/claims/${DIRECT}`;
  // The discovery link names this very answer.
  expect(new URL(href).pathname).toBe("/api/oembed");
  expect(new URL(href).searchParams.get("format")).toBe("json");
  await page.goto(`/claims/${DIRECT}`);
  await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
    "title",
    /^Volodymyr Zelensky: “Donbass/,
  );

  const res = await request.get(oembedPath({ url: pageUrl, format: "json" }));
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  expect(res.headers()["cache-control"]).toMatch(/public.*s-maxage=\d+/);
  expect(res.headers()["surrogate-key"]?.split(" ")).toEqual([`claim:${DIRECT}`, "public"]);
  expect(res.headers()["set-cookie"]).toBeUndefined();
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await res.json()) as Oembed;
  // oEmbed 1.0 section 2.3.4: type and version always; rich needs html, width and height.
  expect(body).toMatchObject({
    type: "rich",
    version: "1.0",
    title: expect.stringMatching(/^Volodymyr Zelensky: “Donbass/),
    author_name: "Volodymyr Zelensky",
    author_url: `${origin}/speakers/volodymyr-zelensky`,
    provider_name: "ClaimLedger",
    provider_url: `${origin}/`,
  });
  expect(Number.isInteger(body.width) && body.width > 0).toBe(true);
  expect(Number.isInteger(body.height) && body.height > 0).toBe(true);
  expect(Number.isInteger(body.cache_age) && (body.cache_age as number) > 0).toBe(true);
  expect(body.html).toMatch(
    new RegExp(
      `^<iframe src="${origin}/embed/claims/${DIRECT}" width="${body.width}" height="${body.height}" title="[^"]+"[^>]*></iframe>$`,
    ),
  );
  // No format given: JSON. A trailing slash or a query on the page URL: the same claim.
  for (const url of [pageUrl, `${pageUrl}/`, `${pageUrl}?utm_source=x`]) {
    const again = await request.get(oembedPath({ url }));
    expect(again.status(), url).toBe(200);
    expect(((await again.json()) as Oembed).html).toBe(body.html);
  }

  const small = (await (
    await request.get(oembedPath({ url: pageUrl, maxwidth: "300", maxheight: "200" }))
  ).json()) as Oembed;
  expect(small.width).toBeLessThanOrEqual(300);
  expect(small.height).toBeLessThanOrEqual(200);
  expect(small.html).toContain(`width="${small.width}" height="${small.height}"`);
  const large = (await (
    await request.get(oembedPath({ url: pageUrl, maxwidth: "5000", maxheight: "5000" }))
  ).json()) as Oembed;
  expect([large.width, large.height]).toEqual([body.width, body.height]);
});

test("oEmbed refuses what it cannot answer: 501 for XML, 404 for anything but a published claim page of this site, 400 for bad parameters", async ({
  request,
}) => {
  const { origin } = await siteOrigin(request);
  const xml = await request.get(oembedPath({ url: `${origin}/claims/${DIRECT}`, format: "xml" }));
  expect(xml.status()).toBe(501);

  for (const url of [
    `https://elsewhere.example/claims/${DIRECT}`,
    `${origin}/speakers/volodymyr-zelensky`,
    `${origin}/claims`,
    `${origin}/embed/claims/${DIRECT}`,
    `${origin}/claims/${RETRACTED}`,
    `${origin}/claims/${DRAFT}`,
    `${origin}/claims/does-not-exist`,
  ]) {
    const res = await request.get(oembedPath({ url }));
    expect(res.status(), url).toBe(404);
    expect((await errorOf(res)).code, url).toBe("NOT_FOUND");
  }

  for (const [query, field] of [
    [{}, "url"],
    [{ url: "" }, "url"],
    [{ url: `/claims/${DIRECT}` }, "url"],
    [{ url: `${origin}/claims/${DIRECT}`, format: "yaml" }, "format"],
    [{ url: `${origin}/claims/${DIRECT}`, maxwidth: "wide" }, "maxwidth"],
    [{ url: `${origin}/claims/${DIRECT}`, maxheight: "-5" }, "maxheight"],
  ] as [Record<string, string>, string][]) {
    const res = await request.get(oembedPath(query));
    expect(res.status(), JSON.stringify(query)).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION");
    expect(error.message, JSON.stringify(query)).toContain(`${field}:`);
    expect(res.headers()["cache-control"]).toBe("no-store");
  }
});

test("the claim page offers its embed code: copied to the clipboard, or selected where the clipboard is refused", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL! });
  await page.goto(`/claims/${DIRECT}`);
  const section = page.getByTestId("embed-code");
  await expect(section.getByRole("heading", { name: "Nhúng phát ngôn này" })).toBeVisible();
  const field = section.getByRole("textbox", { name: "Mã nhúng (HTML)" });
  await expect(field).toHaveAttribute("readonly", "");
  const code = await field.inputValue();
  expect(code).toMatch(new RegExp(`^<iframe src="[^"]+/embed/claims/${DIRECT}" `));
  const button = section.getByRole("button", { name: "Sao chép mã nhúng" });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(section.getByRole("status")).toHaveText("Đã sao chép");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expectNoSeriousA11yViolations(page);

  // No clipboard permission: the code is selected for the reader to copy, and they are told so.
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, "writeText", {
      value: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")),
    });
  });
  await page.reload();
  await expect(button).toBeEnabled();
  await button.click();
  await expect(section.getByRole("status")).toContainText("đoạn mã đã được chọn sẵn");
  await expect(field).toBeFocused();
  expect(
    await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length]),
  ).toEqual([0, code.length, code.length]);

  // A retracted claim cannot be embedded: no code, no discovery link.
  await page.goto(`/claims/${RETRACTED}`);
  expect(await page.getByTestId("embed-code").count()).toBe(0);
  expect(await page.locator('link[type="application/json+oembed"]').count()).toBe(0);
});

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test("share cards: the claim page's og:image and twitter:image are 1200×630 PNGs, public and keyed by the claim", async ({
  request,
  page,
  baseURL,
}) => {
  for (const slug of [DIRECT, RETRACTED]) {
    await page.goto(`/claims/${slug}`);
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    const twitter = await page.locator('meta[name="twitter:image"]').getAttribute("content");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", /ClaimLedger/);
    for (const url of [og, twitter]) {
      expect(url, slug).toBeTruthy();
      const { pathname, search } = new URL(url!);
      expect(pathname, slug).toMatch(new RegExp(`^/claims/${slug}/(opengraph|twitter)-image`));
      const res = await request.get(`${baseURL}${pathname}${search}`);
      expect(res.status(), url!).toBe(200);
      expect(res.headers()["content-type"]).toBe("image/png");
      expect(res.headers()["cache-control"]).toMatch(/public.*s-maxage=\d+/);
      expect(res.headers()["surrogate-key"]?.split(" ")).toContain(`claim:${slug}`);
      expect(res.headers()["set-cookie"]).toBeUndefined();
      expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
    }
  }
  expect((await request.get("/claims/does-not-exist/opengraph-image")).status()).toBe(404);
});

let editor: APIRequestContext;
let reviewer: APIRequestContext;
test.beforeAll(async () => {
  editor = await apiAs(users.owner);
  reviewer = await apiAs(users.reviewer);
});
test.afterAll(async () => {
  for (const c of [editor, reviewer]) await c?.dispose();
});

test("retracting a claim stops its oEmbed answer and its embed card at once", async ({ request }) => {
  const { speakers } = (await (await editor.get("/api/speakers")).json()) as {
    speakers: { id: string; name: string }[];
  };
  const speakerId = speakers.find((s) => s.name === "Dmitry Peskov")?.id ?? speakers[0]!.id;
  const created = await editor.post("/api/claims", {
    data: {
      speakerId,
      quote: `Điện Kremlin sẵn sàng đối thoại (kiểm thử nhúng ${Date.now()})`,
      kind: "DIRECT",
      saidAt: "2025-12-22",
    },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const approved = await publishClaim<{ id: string; slug: string; version: number }>(
    editor,
    reviewer,
    (await created.json()) as { id: string; version: number },
  );
  const { origin } = await siteOrigin(request, approved.slug);
  const oembed = oembedPath({ url: `${origin}/claims/${approved.slug}` });
  const embed = `/embed/claims/${approved.slug}`;
  // Answered twice: the second answer comes from the claim's cached data.
  for (let i = 0; i < 2; i++) {
    expect((await request.get(oembed)).status()).toBe(200);
    expect((await request.get(embed)).status()).toBe(200);
  }
  const retracted = await reviewer.post(`/api/claims/${approved.id}/transitions`, {
    data: { transition: "retract", version: approved.version, reason: "Kiểm thử rút lại bản nhúng." },
  });
  expect(retracted.ok(), await retracted.text()).toBeTruthy();
  const after = await request.get(oembed);
  expect(after.status()).toBe(404);
  // Still keyed by the claim: the approval that would bring it back purges this 404 too.
  expect(after.headers()["surrogate-key"]?.split(" ")).toContain(`claim:${approved.slug}`);
  expect((await request.get(embed)).status()).toBe(404);
});
