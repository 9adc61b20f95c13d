import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

// searchSql is pure; the module imports the database client, which must not open anything here.
vi.mock("@/lib/db", () => ({ prisma: {} }));

const { readableExcerpt } = await import("@/lib/claims/excerpt");
const { itemsHoldingAllTerms, nameHoldsAllTerms, nameSharesATerm } = await import("@/lib/search/name-match");
const { searchSql } = await import("@/lib/search/public-search");
const { searchTerms } = await import("@/lib/search/search-text");
const { siteUrlProblem } = await import("@/lib/feeds/site-origin");
const { LIST_PAGES, surrogateKeysFor, isPublicPath } = await import("@/lib/edge/public-paths.mjs");

type Excerpt = ReturnType<typeof readableExcerpt>;
/** Selectors as stored (32 code points of context each side, as lib/text/selectors.ts keeps them). */
const excerptCases: [
  title: string,
  selector: Parameters<typeof readableExcerpt>[0],
  expected: Partial<Excerpt>,
][] = [
  [
    "keeps a context that reaches the article's start or end whole, without an ellipsis",
    { prefix: "Ông nói: ", exact: "“Không”", suffix: " và rời đi." },
    { before: "Ông nói: ", after: " và rời đi.", cutBefore: false, cutAfter: false },
  ],
  [
    "stops at a paragraph break, which is not a cut",
    {
      prefix: "bài trước kết thúc ở đây.\nPeskov ",
      exact: "nói",
      suffix: " rằng điều đó là không thể.\nĐoạn s",
    },
    { before: "Peskov ", after: " rằng điều đó là không thể.", cutBefore: false, cutAfter: false },
  ],
  [
    "a context that starts on a word boundary loses nothing",
    { prefix: " Ushakov nói rằng đây là lúc mà", exact: "x", suffix: "" },
    { before: "Ushakov nói rằng đây là lúc mà" },
  ],
  [
    "one long word is dropped whole",
    { prefix: "a".repeat(32), exact: "x", suffix: "b".repeat(32) },
    { before: "", after: "", cutBefore: true, cutAfter: true },
  ],
];

describe("source excerpts for readers", () => {
  it("trims a context cut mid-word to whole words and marks the cut", () => {
    const x = readableExcerpt({
      prefix: "ng Nga Yuri Ushakov hôm nay nói ",
      exact: "không có đàm phán ba bên",
      suffix: ", theo hãng tin TASS đưa tin sán",
    });
    expect(x).toEqual({
      before: "Nga Yuri Ushakov hôm nay nói ",
      exact: "không có đàm phán ba bên",
      after: ", theo hãng tin TASS đưa tin",
      cutBefore: true,
      cutAfter: true,
    });
  });

  it.each(excerptCases)("%s", (_title, selector, expected) => {
    expect(readableExcerpt(selector)).toMatchObject(expected);
  });
});

describe("topic and speaker names in search", () => {
  it("a topic's name holds the query by the claim search's own rule (diacritics ignored, last word a prefix)", () => {
    const topic = ["Đàm phán ba bên", "Trilateral talks"];
    expect(nameHoldsAllTerms(topic, searchTerms("dam phan ba ben"))).toBe(true);
    expect(nameHoldsAllTerms(topic, searchTerms("ĐÀM PHÁN ba b"))).toBe(true);
    expect(nameHoldsAllTerms(topic, searchTerms("trilateral"))).toBe(true);
    expect(nameHoldsAllTerms(topic, searchTerms("dam phan my"))).toBe(false);
    expect(nameHoldsAllTerms(topic, searchTerms("da phan"))).toBe(false); // only the last word may be partial
    // One name holds every word: Vietnamese and English words are not mixed.
    expect(nameHoldsAllTerms(topic, searchTerms("dam talks"))).toBe(false);
    expect(nameHoldsAllTerms(topic, [])).toBe(false);
  });

  it("the word index of a catalog finds exactly the items whose names hold the terms", () => {
    const items = [
      { names: ["Đàm phán ba bên", "Trilateral talks"] },
      { names: ["Volodymyr Zelensky", "Zelenskyy"] },
      { names: ["Lãnh thổ / Donbass"] },
      { names: ["Bảo đảm an ninh", "Security guarantees"] },
      { names: ["Hòa bình lâu dài"] },
    ];
    const queries = [
      "dam phan",
      "ba b",
      "zelensk",
      "talks tri",
      "donbass",
      "an ninh",
      "hoa binh lau",
      "hoa",
      "x",
      "",
    ];
    for (const q of queries) {
      const terms = searchTerms(q);
      const expected = items.filter((i) => nameHoldsAllTerms(i.names, terms));
      expect(
        itemsHoldingAllTerms(items, (i) => i.names, terms),
        q,
      ).toEqual(expected);
    }
    // A name's words are never mixed with another name's: one name holds all the terms.
    expect(itemsHoldingAllTerms(items, (i) => i.names, searchTerms("dam talks"))).toEqual([]);
  });

  it("suggestions meet near spellings both ways", () => {
    expect(nameSharesATerm(["Lãnh thổ / Donbass"], searchTerms("donbas"))).toBe(true);
    expect(nameSharesATerm(["Volodymyr Zelensky"], searchTerms("zelenskyy noi gi"))).toBe(true);
    expect(nameSharesATerm(["Bảo đảm an ninh"], searchTerms("xyzzy"))).toBe(false);
  });

  it("claims of matching topics are added to the words' matches with two indexed lookups", () => {
    const { where, values } = searchSql({
      q: "dam phan ba ben",
      topicSlugs: ["trilateral-talks", "NOT A SLUG"],
    });
    expect(where).toContain(
      `c.id = ANY(ARRAY(SELECT w.id FROM "Claim" w WHERE w."searchVector" @@ to_tsquery('simple'::regconfig, $1) UNION SELECT ct."claimId"`,
    );
    expect(where).toContain("t.slug IN ($2)");
    expect(values).toEqual(["dam & phan & ba & ben:*", "trilateral-talks"]);
    // No topic matched: the statement is the plain indexed one the search bench measures.
    expect(searchSql({ q: "dam phan" }).where).toContain(
      `c."searchVector" @@ to_tsquery('simple'::regconfig, $1)`,
    );
    expect(searchSql({ q: "dam phan", topicSlugs: [] }).where).not.toContain("UNION");
  });
});

describe("SITE_URL for feeds and canonical links", () => {
  it("a production server without SITE_URL is told, with why the request's host is not used", () => {
    expect(siteUrlProblem({ NODE_ENV: "production" })).toMatch(
      /SITE_URL is not set.*localhost:3000.*cached and shared/s,
    );
    expect(siteUrlProblem({ NODE_ENV: "production", SITE_URL: " " })).not.toBeNull();
    expect(siteUrlProblem({ NODE_ENV: "production", SITE_URL: "https://claims.example.org" })).toBeNull();
    expect(siteUrlProblem({ NODE_ENV: "development" })).toBeNull();
  });
});

describe("public pages and their cache keys", () => {
  it("the topics index is a public list page, purged with the lists", () => {
    expect(isPublicPath("/topics")).toBe(true);
    expect(surrogateKeysFor("/topics")).toEqual(["claims-list", "public"]);
    expect(surrogateKeysFor("/topics/trilateral-talks")).toEqual(["topic:trilateral-talks", "public"]);
  });

  it("two speakers compared carry both speakers' keys; the page choosing the second, the list key", () => {
    const keysByPath: [path: string, keys: string[]][] = [
      ["/speakers/yuri-ushakov", ["speaker:yuri-ushakov", "public"]],
      [
        "/speakers/yuri-ushakov/compare/marco-rubio",
        ["speaker:yuri-ushakov", "speaker:marco-rubio", "public"],
      ],
      [
        "/speakers/marco-rubio/compare/yuri-ushakov",
        ["speaker:marco-rubio", "speaker:yuri-ushakov", "public"],
      ],
      // The chooser lists every speaker with a count: any change to a public claim may change it.
      ["/speakers/yuri-ushakov/compare", ["speaker:yuri-ushakov", "claims-list", "public"]],
      // The same speaker twice redirects to the speaker's page: one key. Not a slug: no key of it.
      ["/speakers/yuri-ushakov/compare/yuri-ushakov", ["speaker:yuri-ushakov", "public"]],
      ["/speakers/yuri-ushakov/compare/NOT_A_SLUG", ["speaker:yuri-ushakov", "public"]],
      // A topic view is not a comparison: the second slug there is a topic's, on the speaker's page.
      ["/speakers/yuri-ushakov/topic/trilateral-talks", ["speaker:yuri-ushakov", "public"]],
    ];
    for (const [path, keys] of keysByPath) expect(surrogateKeysFor(path), path).toEqual(keys);
  });

  it("the corrections log, its later pages and its feed carry the list key every correction or retraction purges", () => {
    for (const path of ["/corrections", "/corrections/page/2", "/corrections/feed.xml"]) {
      expect(isPublicPath(path), path).toBe(true);
      expect(surrogateKeysFor(path), path).toEqual(["claims-list", "public"]);
    }
    expect(LIST_PAGES).toEqual(expect.arrayContaining(["/corrections", "/corrections/feed.xml"]));
  });

  it("every index page of app/(public) is named in LIST_PAGES", () => {
    const root = path.resolve(import.meta.dirname, "../../app/(public)");
    const indexPages = readdirSync(root, { withFileTypes: true })
      .filter(
        (d) => d.isDirectory() && !d.name.startsWith("[") && existsSync(path.join(root, d.name, "page.tsx")),
      )
      .map((d) => `/${d.name}`);
    expect(indexPages).toContain("/topics");
    for (const p of indexPages) expect(LIST_PAGES, p).toContain(p);
  });

  it("every public page has its English version under /en, with the same cache keys", () => {
    const pagesUnder = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith("page.tsx") || f.endsWith("not-found.tsx"))
        .sort();
    const vietnamese = pagesUnder(path.resolve(import.meta.dirname, "../../app/(public)"));
    expect(vietnamese.length).toBeGreaterThan(10);
    expect(pagesUnder(path.resolve(import.meta.dirname, "../../app/(en)/en"))).toEqual(
      expect.arrayContaining(vietnamese),
    );
    for (const p of [
      "/claims",
      "/claims/ngung-ban-a1",
      "/speakers/yuri-ushakov",
      "/topics/x",
      "/search",
      "/",
    ])
      expect(surrogateKeysFor(`/en${p === "/" ? "" : p}`), p).toEqual(surrogateKeysFor(p));
    // Only the /en segment itself is a language: an English-looking slug is not.
    expect(surrogateKeysFor("/english")).toEqual(["claims-list", "public"]);
  });
});
