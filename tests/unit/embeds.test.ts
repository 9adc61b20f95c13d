import { describe, expect, it } from "vitest";
import {
  claimSlugOfPageUrl,
  isFramablePath,
  isPublicPath,
  isStaffPath,
  surrogateKeysFor,
} from "@/lib/edge/public-paths.mjs";
import { embedCardHtml, embedNotAvailableHtml } from "@/lib/embed/card-html";
import {
  claimSlugForOembed,
  EMBED_HEIGHT,
  EMBED_WIDTH,
  embedSnippet,
  fitEmbedSize,
  oembedAnswer,
  oembedDiscoveryUrl,
} from "@/lib/embed/oembed";
import { oembedQuerySchema } from "@/lib/embed/validation";
import { publicPagePolicy } from "@/lib/security/csp-policy.mjs";
import { publicSummary } from "../helpers/public-claim";

const SITE = "https://claims.example.org";

describe("oEmbed: which claim a URL names", () => {
  it("accepts this site's claim pages, over http or https, with a trailing slash, a query or a fragment", () => {
    for (const url of [
      `${SITE}/claims/ushakov-no-trilateral`,
      "http://claims.example.org/claims/ushakov-no-trilateral",
      `${SITE}/claims/ushakov-no-trilateral/`,
      `${SITE}/claims/ushakov-no-trilateral?utm_source=x#sources`,
      "HTTPS://CLAIMS.EXAMPLE.ORG/claims/ushakov-no-trilateral",
    ])
      expect(claimSlugForOembed(url, SITE), url).toBe("ushakov-no-trilateral");
  });

  it("refuses other sites, other pages of this site and malformed slugs", () => {
    for (const url of [
      "https://evil.example.com/claims/ushakov-no-trilateral",
      "https://claims.example.org.evil.com/claims/x",
      "https://claims.example.org:8443/claims/x",
      `${SITE}/speakers/yuri-ushakov`,
      `${SITE}/claims`,
      `${SITE}/claims/page`,
      `${SITE}/claims/x/extra`,
      `${SITE}/embed/claims/x`,
      `${SITE}/claims/Bad%20Slug`,
      `${SITE}/claims/${"a".repeat(121)}`,
      "ftp://claims.example.org/claims/x",
      "not a url",
      "",
    ])
      expect(claimSlugForOembed(url, SITE), url).toBeNull();
  });
});

describe("oEmbed: size within the consumer's limits", () => {
  it("is the card's own size unless the consumer allows less, and never more than it allows", () => {
    expect(fitEmbedSize()).toEqual({ width: EMBED_WIDTH, height: EMBED_HEIGHT });
    expect(fitEmbedSize(10_000, 10_000)).toEqual({ width: EMBED_WIDTH, height: EMBED_HEIGHT });
    expect(fitEmbedSize(400)).toEqual({ width: 400, height: EMBED_HEIGHT });
    expect(fitEmbedSize(undefined, 200)).toEqual({ width: EMBED_WIDTH, height: 200 });
    expect(fitEmbedSize(320.9, 240.5)).toEqual({ width: 320, height: 240 });
    expect(fitEmbedSize(0.5, 1)).toEqual({ width: 1, height: 1 });
  });
});

describe("oEmbed: the query", () => {
  it("defaults to JSON and reads the sizes as whole pixels; other parameters are ignored", () => {
    expect(
      oembedQuerySchema.parse({ url: `${SITE}/claims/x`, maxwidth: "400", maxheight: "300", lang: "vi" }),
    ).toEqual({ url: `${SITE}/claims/x`, format: "json", maxwidth: 400, maxheight: 300 });
    expect(oembedQuerySchema.parse({ url: `${SITE}/claims/x`, format: "xml" }).format).toBe("xml");
  });

  it("refuses a missing or relative url, an unknown format and sizes that are not positive whole numbers", () => {
    const fails = (q: Record<string, string>) => {
      const r = oembedQuerySchema.safeParse(q);
      return r.success ? null : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(fails({})).toEqual(["url: is required: the address of a claim page"]);
    expect(fails({ url: "/claims/x" })).toEqual(["url: must be an absolute http(s) URL"]);
    expect(fails({ url: "javascript:alert(1)" })).toEqual(["url: must be an absolute http(s) URL"]);
    expect(fails({ url: `${SITE}/claims/x`, format: "yaml" })).toEqual(["format: must be json or xml"]);
    expect(fails({ url: `${SITE}/claims/x`, maxwidth: "abc" })).toEqual([
      "maxwidth: must be a whole number of pixels",
    ]);
    expect(fails({ url: `${SITE}/claims/x`, maxwidth: "0" })).toEqual(["maxwidth: must be at least 1"]);
    expect(fails({ url: `${SITE}/claims/x`, maxheight: "1.5" })).toEqual([
      "maxheight: must be a whole number of pixels",
    ]);
  });
});

describe("oEmbed: the answer and the embed code", () => {
  const claim = publicSummary({
    slug: "a-claim",
    speaker: { ...publicSummary().speaker, slug: "nguoi-noi", name: 'Người "nói" <b>' },
  });

  it("has the oEmbed 1.0 rich fields, and an iframe of the embed card with the same size", () => {
    const answer = oembedAnswer(claim, "Tiêu đề", "Khung", SITE, { width: 400, height: 300 });
    expect(answer).toMatchObject({
      type: "rich",
      version: "1.0",
      width: 400,
      height: 300,
      title: "Tiêu đề",
      author_name: 'Người "nói" <b>',
      author_url: `${SITE}/speakers/nguoi-noi`,
      provider_name: "ClaimLedger",
      provider_url: `${SITE}/`,
    });
    expect(answer.cache_age).toBeGreaterThan(0);
    expect(answer.html).toBe(
      `<iframe src="${SITE}/embed/claims/a-claim" width="400" height="300" title="Khung" style="border:0;max-width:100%" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    );
  });

  it("escapes the frame's title", () => {
    expect(embedSnippet(SITE, "a", 'x" onload="alert(1)<')).toContain(
      'title="x&quot; onload=&quot;alert(1)&lt;"',
    );
  });

  it("is discovered at an address that names the claim page", () => {
    const url = new URL(oembedDiscoveryUrl(SITE, "a-claim"));
    expect(url.pathname).toBe("/api/oembed");
    expect(url.searchParams.get("url")).toBe(`${SITE}/claims/a-claim`);
    expect(url.searchParams.get("format")).toBe("json");
  });
});

describe("the embed card", () => {
  it("puts only a DIRECT claim's words in quotation marks, and says what an indirect one is", () => {
    const direct = embedCardHtml(publicSummary({ kind: "DIRECT", quote: "Không có đàm phán" }), SITE);
    expect(direct).toContain("<p>“Không có đàm phán”</p>");
    const indirect = embedCardHtml(publicSummary({ kind: "INDIRECT", quote: "không có đàm phán" }), SITE);
    expect(indirect).toContain("<p>không có đàm phán</p>");
    expect(indirect).not.toContain("“");
    expect(indirect).toMatch(/không phải nguyên văn/);
  });

  it("shows the speaker, the date, the verification and the rating, and links back in a new tab", () => {
    const html = embedCardHtml(
      publicSummary({
        slug: "a-claim",
        verification: "VERIFIED_PRIMARY",
        rating: { value: 2, label: "phần lớn sai", labelEn: "mostly false", explanation: null },
      }),
      SITE,
    );
    expect(html).toContain("Người nói");
    expect(html).toContain('<time datetime="2025-12-20">20 tháng 12, 2025</time>');
    expect(html).toMatch(/Lời trích: Đã đối chiếu/);
    expect(html).toContain("Đánh giá: phần lớn sai (2/5)");
    expect(html).toContain(`<a href="${SITE}/claims/a-claim" target="_blank" rel="noopener">`);
    expect(html).toContain("(mở trong thẻ mới)");
  });

  it("runs no script and loads nothing: no script, no external stylesheet, font or image", () => {
    const html = embedCardHtml(publicSummary({ quote: "<script>alert(1)</script> & <img src=x>" }), SITE);
    expect(html).not.toMatch(/<script|<img|<link rel="stylesheet"|@import|url\(/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x&gt;");
    expect(embedNotAvailableHtml(SITE)).toContain("Không có phát ngôn này");
    expect(embedNotAvailableHtml(SITE)).not.toMatch(/<script/i);
  });
});

describe("embeds and oEmbed at the edge", () => {
  it("keys the embed and the oEmbed answer by the claim, so a change to it purges them", () => {
    expect(surrogateKeysFor("/embed/claims/ushakov-no-trilateral")).toEqual([
      "claim:ushakov-no-trilateral",
      "public",
    ]);
    const q = `?url=${encodeURIComponent(`${SITE}/claims/ushakov-no-trilateral`)}&format=json`;
    expect(surrogateKeysFor("/api/oembed", q)).toEqual(["claim:ushakov-no-trilateral", "public"]);
    // No claim named: a 404 no change will turn into an answer, purged with the lists anyway.
    expect(surrogateKeysFor("/api/oembed", "?url=https%3A%2F%2Fexample.com%2F")).toEqual([
      "claims-list",
      "public",
    ]);
    expect(surrogateKeysFor("/api/oembed")).toEqual(["claims-list", "public"]);
    expect(surrogateKeysFor("/embed/claims/Bad%20Slug")).toEqual(["claims-list", "public"]);
    // The share card images sit under the claim page's path (Next.js adds a hash to the name):
    // keyed by the claim too.
    for (const image of ["opengraph-image", "opengraph-image-11qojy", "twitter-image-11qojy"])
      expect(surrogateKeysFor(`/claims/ushakov-no-trilateral/${image}`), image).toEqual([
        "claim:ushakov-no-trilateral",
        "public",
      ]);
  });

  it("oEmbed is public; every other API but the read API stays staff", () => {
    expect(isPublicPath("/api/oembed")).toBe(true);
    expect(isStaffPath("/api/oembed")).toBe(false);
    expect(isStaffPath("/api/oembedx")).toBe(true);
    expect(isStaffPath("/api/oembed/x")).toBe(true);
    expect(claimSlugOfPageUrl(null)).toBeNull();
  });

  it("only embeds may be framed: their policy says frame-ancestors *, every other page 'none'", () => {
    expect(isFramablePath("/embed/claims/x")).toBe(true);
    for (const p of ["/claims/x", "/embed", "/api/oembed", "/dashboard"])
      expect(isFramablePath(p), p).toBe(false);
    expect(publicPagePolicy("<p></p>", { frameAncestors: "*" })).toContain("frame-ancestors *");
    expect(publicPagePolicy("<p></p>")).toContain("frame-ancestors 'none'");
  });
});
