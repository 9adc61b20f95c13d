import { describe, expect, it } from "vitest";
import { claimJsonLd } from "@/lib/claims/json-ld";
import type { PublicAppearance } from "@/lib/claims/public-dto";
import { envVariableFrom } from "@/lib/env";
import { resolveLogoUrl, siteOrganisation } from "@/lib/site";
import vocabulary from "./reference/schema-org-vocabulary.json";
import { publicClaim } from "../helpers/public-claim";

/**
 * The claim page's JSON-LD against the schema.org vocabulary (an excerpt of release 29.3, checked
 * in with its source: tests/unit/reference/schema-org-vocabulary.json): every @type is a known
 * type and every property is one schema.org allows on that type, its own or inherited. schema-dts
 * checks the same at compile time; this checks what is actually emitted, spreads and casts included.
 */
type Vocabulary = Record<string, { subTypeOf: string | null; properties: string[] }>;
const { _source, ...types } = vocabulary as unknown as Vocabulary & { _source: unknown };

function allowedProperties(type: string): Set<string> {
  const out = new Set<string>();
  for (let t: string | null = type; t; t = types[t]?.subTypeOf ?? null) {
    for (const p of types[t]?.properties ?? []) out.add(p);
  }
  return out;
}

/** Every problem in a JSON-LD tree: unknown types, properties not allowed on their type, untyped objects. */
function schemaProblems(node: unknown, path = "$"): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => schemaProblems(n, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const type = record["@type"];
  if (typeof type !== "string") return [`${path}: an object without @type`];
  if (!(type in types)) return [`${path}: unknown type ${type}`];
  const allowed = allowedProperties(type);
  return Object.entries(record).flatMap(([key, value]) => {
    if (key === "@type" || (key === "@context" && path === "$")) return [];
    if (!allowed.has(key)) return [`${path}.${key}: not a property of ${type}`];
    return schemaProblems(value, `${path}.${key}`);
  });
}

const appearance: PublicAppearance = {
  outlet: { slug: "ttxvn", name: "TTXVN", url: "https://vnanet.vn" },
  article: {
    slug: "bai",
    title: "Nga: không có đàm phán ba bên",
    url: "https://vnanet.vn/bai",
    byline: "PV",
    publishedAt: "2025-12-21T08:00:00.000Z",
    language: "vi",
  },
  excerpt: { prefix: "", exact: "không có", suffix: "" },
  position: null,
  chain: [{ kind: "OUTLET", label: "TTXVN" }],
};
const site = {
  name: "Báo Ví Dụ",
  url: "https://claims.example.org",
  logoUrl: "https://claims.example.org/logo.png",
};
const speaker = {
  slug: "yuri-ushakov",
  name: "Yuri Ushakov",
  kind: "PERSON" as const,
  affiliation: "Điện Kremlin",
  country: "RU",
  roleHeld: "Trợ lý Tổng thống Nga",
};
const rated = publicClaim({
  speaker,
  appearances: [appearance],
  firstAppearance: appearance,
  rating: { value: 1, label: "Sai", labelEn: "False", explanation: "Đã có cuộc họp ba bên." },
});

describe("claim JSON-LD against schema.org", () => {
  it("a ClaimReview (rated claim, person speaker) uses only known types and allowed properties", () => {
    const data = claimJsonLd(rated, site.url, site);
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("ClaimReview");
    expect(schemaProblems(data)).toEqual([]);
  });

  it("a Claim (unrated; an organisation speaker, no dates) does too", () => {
    const data = claimJsonLd(
      publicClaim({
        speaker: { ...speaker, kind: "ORGANISATION", name: "Nhà Trắng", roleHeld: null },
        saidAt: null,
        appearances: [appearance],
        firstAppearance: appearance,
      }),
      site.url,
      site,
    );
    expect(data["@type"]).toBe("Claim");
    expect(schemaProblems(data)).toEqual([]);
  });

  it("the checker finds what schema.org does not allow (so the tests above can fail)", () => {
    expect(
      schemaProblems({
        "@type": "ClaimReview",
        reviewRating: { "@type": "Rating", ratingValue: 1, verdict: "x" },
        author: { "@type": "Newsroom", name: "x" },
        itemReviewed: { name: "untyped" },
        jobTitle: "editor",
      }),
    ).toEqual([
      "$.reviewRating.verdict: not a property of Rating",
      "$.author: unknown type Newsroom",
      "$.itemReviewed: an object without @type",
      "$.jobTitle: not a property of ClaimReview",
    ]);
    // Inherited properties are allowed: url (Thing) and publisher (CreativeWork) on a ClaimReview.
    expect(
      schemaProblems({ "@type": "ClaimReview", url: "u", publisher: { "@type": "Organization" } }),
    ).toEqual([]);
  });
});

describe("the publishing organisation comes from configuration", () => {
  it("is the review's author and publisher, with its logo, not a hard-coded name", () => {
    const data = claimJsonLd(rated, site.url, site) as unknown as Record<string, unknown>;
    const organisation = {
      "@type": "Organization",
      name: "Báo Ví Dụ",
      url: "https://claims.example.org",
      logo: { "@type": "ImageObject", url: "https://claims.example.org/logo.png" },
    };
    expect(data.author).toEqual(organisation);
    expect(data.publisher).toEqual(organisation);
    expect(JSON.stringify(data)).not.toContain("ClaimLedger");
  });

  it("SITE_NAME and SITE_LOGO_URL have working defaults and are validated", () => {
    expect(envVariableFrom("SITE_NAME", {})).toBe("ClaimLedger");
    expect(envVariableFrom("SITE_NAME", { SITE_NAME: "  Báo Ví Dụ " })).toBe("Báo Ví Dụ");
    expect(() => envVariableFrom("SITE_NAME", { SITE_NAME: "x".repeat(101) })).toThrow(/SITE_NAME/);
    expect(envVariableFrom("SITE_LOGO_URL", {})).toBe("/icon.svg");
    expect(envVariableFrom("SITE_LOGO_URL", { SITE_LOGO_URL: "https://cdn.example.org/l.png" })).toBe(
      "https://cdn.example.org/l.png",
    );
    expect(() => envVariableFrom("SITE_LOGO_URL", { SITE_LOGO_URL: "logo.png" })).toThrow(/SITE_LOGO_URL/);
    expect(() => envVariableFrom("SITE_LOGO_URL", { SITE_LOGO_URL: "javascript:alert(1)" })).toThrow();
    // A path is on this site: absolute against SITE_URL, as JSON-LD needs.
    expect(resolveLogoUrl("/icon.svg", "https://claims.example.org")).toBe(
      "https://claims.example.org/icon.svg",
    );
    expect(siteOrganisation().logoUrl).toMatch(/^https?:\/\/[^/]+\/icon\.svg$/);
  });
});
