import { expect, test } from "@playwright/test";
import { claims } from "../../prisma/seed/data";
import { expectNoSeriousA11yViolations } from "./support/a11y";

const published = claims.filter((c) => c.status === "APPROVED");
const unpublished = claims.filter((c) => !["APPROVED", "RETRACTED"].includes(c.status));

test("a reader follows a related claim, the speaker timeline and finds a quote without diacritics", async ({
  page,
}) => {
  await page.goto("/claims/ushakov-no-trilateral-format-being-built");
  const related = page.locator("section", {
    has: page.getByRole("heading", { name: "Phát ngôn liên quan" }),
  });
  await related
    .getByRole("link", { name: /ba bên/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/claims\/zelensky-/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ba bên");

  await page
    .getByRole("navigation", { name: "Đường dẫn" })
    .getByRole("link", { name: "Volodymyr Zelensky" })
    .click();
  await expect(page).toHaveURL(/\/speakers\/volodymyr-zelensky$/);
  await expect(page.getByRole("heading", { level: 1, name: "Volodymyr Zelensky" })).toBeVisible();
  await expect(page.getByText("Mâu thuẫn với").or(page.getByText("Bị mâu thuẫn bởi")).first()).toBeVisible();
  // Filter the timeline by topic (a link to that view's own cached page).
  const all = await page.locator("ol > li").count();
  await page
    .getByRole("navigation", { name: "Lọc theo chủ đề" })
    .getByRole("link", { name: /Đàm phán ba bên/ })
    .click();
  await expect(page).toHaveURL(/\/speakers\/volodymyr-zelensky\/topic\/[a-z0-9-]+$/);
  await expect(page.getByRole("link", { name: /Đàm phán ba bên/ })).toHaveAttribute("aria-current", "page");
  const filtered = await page.locator("ol > li").count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);

  await page.getByRole("link", { name: "Tìm kiếm" }).click();
  await page.getByLabel("Từ khóa (có thể gõ không dấu)").fill("khong co bat ky dinh dang nao");
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect(page.getByRole("heading", { name: /1 kết quả/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /không có bất kỳ định dạng nào/ })).toBeVisible();

  // Tone-mark placement and đ do not matter either.
  await page.goto(`/search?q=${encodeURIComponent("hoà bình DAM PHAN")}`);
  const hoa = Number((await page.getByRole("heading", { name: /kết quả/ }).textContent())?.match(/\d+/)?.[0]);
  await page.goto(`/search?q=${encodeURIComponent("hòa bình đàm phán")}`);
  expect(
    Number((await page.getByRole("heading", { name: /kết quả/ }).textContent())?.match(/\d+/)?.[0]),
  ).toBe(hoa);
  expect(hoa).toBeGreaterThan(0);
});

test("unpublished claims are 404 everywhere and never listed", async ({ page, request }) => {
  for (const c of unpublished) {
    expect((await page.goto(`/claims/${c.key}`))?.status(), c.key).toBe(404);
    expect((await request.get(`/api/v1/claims/${c.key}`)).status(), c.key).toBe(404);
  }
  const api = (await (await request.get("/api/v1/claims?limit=100")).json()) as {
    data: { slug: string; status: string }[];
  };
  const slugs = new Set(api.data.map((c) => c.slug));
  for (const c of unpublished) expect(slugs.has(c.key), c.key).toBe(false);
  await page.goto(`/search?q=${encodeURIComponent(unpublished[0]!.quote.split(" ").slice(0, 4).join(" "))}`);
  await expect(page.locator(`a[href="/claims/${unpublished[0]!.key}"]`)).toHaveCount(0);
});

test("the claim page carries valid Claim / ClaimReview JSON-LD, OpenGraph and a canonical URL", async ({
  page,
}) => {
  await page.goto("/claims/zelensky-will-not-recognise-donbass-as-russian");
  const raw = await page.locator('script[type="application/ld+json"]').textContent();
  const ld = JSON.parse(raw!) as Record<string, unknown>;
  expect(ld["@context"]).toBe("https://schema.org");
  // The seed says which form this claim takes: an unrated claim is a schema.org Claim (a rated one
  // is checked below), so both forms are checked on every run.
  const seed = claims.find((c) => c.key === "zelensky-will-not-recognise-donbass-as-russian");
  expect(seed && "rating" in seed && seed.rating, "this page's claim is unrated in the seed").toBeFalsy();
  expect(ld["@type"]).toBe("Claim");
  expect(ld.text).toContain("Donbass");
  expect((ld.author as { name: string }).name).toBe("Volodymyr Zelensky");
  expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect((ld.appearance as unknown[]).length).toBeGreaterThan(0);
  expect((ld.firstAppearance as { "@type": string })["@type"]).toBe("NewsArticle");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/claims\/zelensky-will-not-recognise-donbass-as-russian$/,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Zelensky/);

  const rated = claims.find((c) => c.status === "APPROVED" && "rating" in c && c.rating);
  expect(rated, "the seed has an approved, rated claim").toBeTruthy();
  await page.goto(`/claims/${rated!.key}`);
  const review = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  ) as Record<string, unknown>;
  expect(review["@type"]).toBe("ClaimReview");
  expect(review.claimReviewed).toBeTruthy();
  expect((review.reviewRating as Record<string, unknown>)["@type"]).toBe("Rating");
  expect(review.itemReviewed).toBeTruthy();
  expect((review.reviewRating as { alternateName: string }).alternateName).toBeTruthy();
});

test("the feeds are well-formed and list only approved claims", async ({ page, request }) => {
  for (const [path, root] of [
    ["/feed.xml", "feed"],
    ["/rss.xml", "rss"],
  ] as const) {
    const res = await request.get(path);
    expect(res.ok()).toBeTruthy();
    expect(res.headers()["content-type"]).toContain("xml");
    const xml = await res.text();
    await page.goto("/about");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      const links = [...doc.querySelectorAll("entry > link, item > link")].map(
        (l) => l.getAttribute("href") ?? l.textContent ?? "",
      );
      return { root: doc.documentElement.nodeName, error: error?.textContent ?? null, links };
    }, xml);
    expect(parsed.error, path).toBeNull();
    expect(parsed.root).toBe(root);
    expect(parsed.links.length).toBeGreaterThan(0);
    for (const c of [...unpublished, ...claims.filter((x) => x.status === "RETRACTED")]) {
      expect(
        parsed.links.some((l) => l.endsWith(`/claims/${c.key}`)),
        `${path} lists ${c.key}`,
      ).toBe(false);
    }
    // Every entry is an approved claim: a seed one, or one another spec published on this server
    // (checked against the public API, which answers only for public claims).
    for (const l of parsed.links) {
      const slug = /\/claims\/([a-z0-9-]+)$/.exec(l)?.[1];
      expect(slug, `${path} entry link ${l}`).toBeTruthy();
      if (published.some((c) => c.key === slug)) continue;
      const res = await request.get(`/api/v1/claims/${slug}`);
      expect(res.status(), `${path} lists ${slug}`).toBe(200);
      expect(((await res.json()) as { data: { status: string } }).data.status, `${path} lists ${slug}`).toBe(
        "APPROVED",
      );
    }
  }
  const json = (await (await request.get("/feed.json")).json()) as {
    version: string;
    items: { _claimledger: { status: string } }[];
  };
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  expect(json.items.every((i) => i._claimledger.status === "APPROVED")).toBe(true);
});

test("the public API paginates with a cursor, allows CORS and rejects bad queries with 400", async ({
  request,
}) => {
  const first = await request.get("/api/v1/claims?limit=5", { headers: { origin: "https://example.org" } });
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  // The same answer for every reader (shared caches keep it): no per-client counters in it.
  expect(first.headers()["x-ratelimit-remaining"]).toBeUndefined();
  expect(first.headers()["cache-control"]).toMatch(/public.*s-maxage=\d+/);
  expect(first.headers()["surrogate-key"]).toContain("claims-list");
  const page1 = (await first.json()) as { data: { slug: string }[]; nextCursor: string | null };
  expect(page1.data).toHaveLength(5);
  const page2 = (await (await request.get(`/api/v1/claims?limit=5&cursor=${page1.nextCursor}`)).json()) as {
    data: { slug: string }[];
  };
  expect(page2.data).toHaveLength(5);
  expect(page2.data.some((c) => page1.data.some((d) => d.slug === c.slug))).toBe(false);
  const preflight = await request.fetch("/api/v1/claims", { method: "OPTIONS" });
  expect(preflight.status()).toBe(204);
  for (const bad of ["limit=0", "limit=abc", "cursor=%%%", "status=DRAFT", "since=yesterday", "unknown=1"]) {
    const res = await request.get(`/api/v1/claims?${bad}`);
    expect(res.status(), bad).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(5);
  }
  const detail = (await (
    await request.get("/api/v1/claims/ushakov-no-trilateral-format-being-built")
  ).json()) as { data: { appearances: { chain: unknown[] }[]; corroboration: number } };
  expect(detail.data.appearances[0]!.chain.length).toBeGreaterThan(0);
  expect(detail.data.corroboration).toBeGreaterThanOrEqual(1);
});

test("every public page has no serious accessibility violations", async ({ page }) => {
  // A dozen pages, each loaded and analysed by axe: over a minute on a busy machine. The search
  // page's topic and empty states and the other 404s are checked in public-reader.spec.ts.
  test.slow();
  for (const path of [
    "/claims",
    "/claims/page/2",
    "/claims/ushakov-no-trilateral-format-being-built",
    "/speakers",
    "/speakers/yuri-ushakov",
    "/topics",
    "/topics/trilateral-talks",
    "/search",
    "/search?q=donbass",
    "/about",
    "/claims/does-not-exist",
    "/does-not-exist",
    "/signin",
  ]) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  }
});

test("responses carry security headers and session cookies are HttpOnly and SameSite", async ({
  request,
}) => {
  for (const path of [
    "/claims",
    "/claims/ushakov-no-trilateral-format-being-built",
    "/api/v1/claims?limit=1",
    "/signin",
  ]) {
    const h = (await request.get(path)).headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["x-frame-options"], path).toBe("DENY");
  }
  const csrf = await request.get("/api/auth/csrf");
  const cookie = csrf.headers()["set-cookie"] ?? "";
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  // No open redirect through the sign-in callback URL.
  const signin = await request.get("/api/auth/signin?callbackUrl=https%3A%2F%2Fevil.example%2Fsteal", {
    maxRedirects: 0,
  });
  expect(signin.headers().location ?? "").not.toContain("evil.example");
});

test("a paraphrase is printed as reported speech, never inside quotation marks as if verbatim", async ({
  page,
}) => {
  // Seed: INDIRECT, "đây là cuộc gặp “rất hiệu quả”" — the inner quotation marks are the speaker's own words.
  const seed = claims.find((c) => c.key === "rubio-very-productive-meeting");
  expect(
    seed && seed.kind === "INDIRECT" && seed.status === "APPROVED",
    "the seed has this approved paraphrase",
  ).toBe(true);
  await page.goto("/claims/rubio-very-productive-meeting");
  const h1 = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  expect(h1).toBe(seed!.quote.normalize("NFC"));
  expect(h1.startsWith("“")).toBe(false);
  await expect(page.getByTestId("claim-kind-note")).toContainText("không phải nguyên văn");
  // A direct quote keeps its quotation marks.
  await page.goto("/claims/zelensky-will-not-recognise-donbass-as-russian");
  expect((await page.getByRole("heading", { level: 1 }).textContent())!.trim()).toMatch(/^“.*”$/s);
  await expect(page.getByTestId("claim-kind-note")).toHaveCount(0);
});
