import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiAs, users } from "./support/session";

/**
 * Every mutating entry point, fed generated bad input as an admin (so input validation, not
 * authorisation, is what answers): wrong types, missing and unknown fields, 1 MB strings, lone
 * surrogates, NFD text, SQL/JSON injection strings, deep nesting, bad dates, huge numbers,
 * unknown enum values. Every answer must be a 4xx with a message, never a 5xx, and a digest of
 * every table must be identical before and after. Each generated object carries an unknown key,
 * which every schema rejects, so no generated input can be valid by chance.
 */
const CASES = Number(process.env.FUZZ_CASES ?? 1000);

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("\uD800", "a\uDC00b", "\uDBFF\uDFFF\uD800", "đàm phán".normalize("NFD"), "Robert'); DROP TABLE \"Claim\";--", "' OR 1=1 --", '{"$ne":null}', "</script><script>alert(1)</script>", "javascript:alert(1)", "\u0000\u0001\u001f", "2025-02-30", "9999-12-31", "-1", "NaN"),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308, -0, 2 ** 31, -1),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("DRAFT", "APPROVED", "HACKED", "approve", "submit", "ADMIN", "PERSON", "CONTRADICTS", "INTERNAL", "PUBLIC"),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString())),
);

const fields = ["speakerId", "quote", "kind", "saidAt", "version", "transition", "reason", "verification", "evidenceUrl", "fromVersion", "email", "name", "role", "password", "disabled", "articleId", "start", "end", "exact", "chain", "type", "toClaimId", "fromClaimId", "body", "visibility", "anchor", "resolved", "mode", "content", "appearance", "topics", "variants", "text", "outletId", "currentPassword", "newPassword"];

const deep = (depth: number): unknown => (depth === 0 ? "x" : { a: deep(depth - 1) });

/** A bad body: any JSON value, or an object of plausible fields with a guaranteed unknown key. */
const badBody = fc.oneof(
  { weight: 1, arbitrary: fc.jsonValue() },
  { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...fields), fc.oneof(nasty, fc.array(nasty, { maxLength: 3 }), fc.dictionary(fc.string(), nasty, { maxKeys: 3 })), { maxKeys: 8 }).map((o) => ({ ...o, __fuzz: true })) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 3000 }).map((d) => ({ ...(deep(d) as object), __fuzz: true })) },
);

let admin: APIRequestContext;
let ids: { claim: string; annotation: string; user: string; speaker: string; appearance: string; link: string };

async function digest() {
  const res = await admin.get("/api/admin/integrity");
  expect(res.ok()).toBeTruthy();
  return (await res.json()) as { tables: Record<string, { rows: number; md5: string | null }> };
}

test.describe.configure({ mode: "serial" });
test.setTimeout(600_000);

test.beforeAll(async () => {
  admin = await apiAs(users.admin);
  const list = (await (await admin.get("/api/claims?q=donbass")).json()) as { claims: { id: string }[] };
  const { speakers } = (await (await admin.get("/api/speakers")).json()) as { speakers: { id: string }[] };
  ids = { claim: list.claims[0]!.id, annotation: list.claims[0]!.id, user: speakers[0]!.id, speaker: speakers[0]!.id, appearance: list.claims[0]!.id, link: list.claims[0]!.id };
});
test.afterAll(async () => admin?.dispose());

type Endpoint = { family: string; method: "POST" | "PUT" | "PATCH" | "DELETE"; url: () => string };
const endpoints: Endpoint[] = [
  { family: "claims", method: "POST", url: () => "/api/claims" },
  { family: "claims", method: "PATCH", url: () => `/api/claims/${ids.claim}` },
  { family: "claims", method: "DELETE", url: () => `/api/claims/${ids.claim}` },
  { family: "claims", method: "POST", url: () => `/api/claims/${ids.claim}/transitions` },
  { family: "claims", method: "PUT", url: () => `/api/claims/${ids.claim}/verification` },
  { family: "claims", method: "POST", url: () => `/api/claims/${ids.claim}/restore` },
  { family: "claims", method: "POST", url: () => `/api/claims/${ids.claim}/undelete` },
  { family: "sources, links, annotations", method: "POST", url: () => `/api/claims/${ids.claim}/appearances` },
  { family: "sources, links, annotations", method: "POST", url: () => `/api/claims/${ids.claim}/annotations` },
  { family: "sources, links, annotations", method: "DELETE", url: () => `/api/appearances/${ids.appearance}` },
  { family: "sources, links, annotations", method: "POST", url: () => "/api/links" },
  { family: "sources, links, annotations", method: "DELETE", url: () => `/api/links/${ids.link}` },
  { family: "sources, links, annotations", method: "POST", url: () => `/api/annotations/${ids.annotation}/resolve` },
  { family: "sources, links, annotations", method: "POST", url: () => `/api/pending-changes/${ids.link}/decision` },
  { family: "sources, links, annotations", method: "POST", url: () => `/api/pending-changes/${ids.link}/withdraw` },
  { family: "speakers and topics", method: "POST", url: () => "/api/speakers" },
  { family: "speakers and topics", method: "PATCH", url: () => `/api/speakers/${ids.speaker}` },
  { family: "speakers and topics", method: "POST", url: () => "/api/speakers/merge" },
  { family: "speakers and topics", method: "POST", url: () => "/api/topics" },
  { family: "outlets, articles, ingestion", method: "POST", url: () => "/api/outlets" },
  { family: "outlets, articles, ingestion", method: "POST", url: () => "/api/articles" },
  { family: "outlets, articles, ingestion", method: "POST", url: () => "/api/ingest/accept" },
  { family: "accounts", method: "POST", url: () => "/api/admin/users" },
  { family: "accounts", method: "PATCH", url: () => `/api/admin/users/${ids.user}` },
  { family: "accounts", method: "POST", url: () => "/api/account/password" },
];

const families = [...new Set(endpoints.map((e) => e.family))];

test(`${CASES} bad inputs per entry point family (${families.length} families, ${endpoints.length} entry points): only 4xx answers, and the database is unchanged`, async () => {
  const before = await digest();
  const outcomes: Record<string, Record<number, number>> = {};
  let sent = 0;
  for (const family of families) {
    const members = endpoints.filter((e) => e.family === family);
    const samples = fc.sample(badBody, { numRuns: CASES, seed: 42 + sent });
    // A few 1 MB strings too (cheap to send, costly to mishandle).
    samples.splice(0, 3, { quote: "ạ".repeat(1_000_000), __fuzz: 1 }, { body: "x".repeat(1_000_000) }, "y".repeat(1_000_000));
    for (let i = 0; i < samples.length; i += 25) {
      const batch = samples.slice(i, i + 25).map((body, j) => ({ body, e: members[(i + j) % members.length]! }));
      const statuses = await Promise.all(
        batch.map(async ({ body, e }) => {
          const key = `${e.method} ${e.url().replace(/[a-z0-9]{20,}/g, "[id]")}`;
          const res = await admin.fetch(e.url(), { method: e.method, data: JSON.stringify(body), headers: { "content-type": "application/json" } });
          const status = res.status();
          if (status >= 500 || status < 400) throw new Error(`${key} answered ${status} to ${JSON.stringify(body).slice(0, 300)}: ${(await res.text()).slice(0, 300)}`);
          const payload = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          if (!payload?.error?.message) throw new Error(`${key} answered ${status} without a message`);
          return { key, status };
        }),
      );
      for (const { key, status } of statuses) {
        outcomes[key] ??= {};
        outcomes[key]![status] = (outcomes[key]![status] ?? 0) + 1;
      }
      sent += batch.length;
    }
  }
  // Raw bodies that are not JSON at all.
  for (const raw of ["{", "[1,2", "\u0000", "null", '{"a":1}'.repeat(1000), "\uFEFF{}"]) {
    const res = await admin.fetch("/api/claims", { method: "POST", data: raw, headers: { "content-type": "application/json" } });
    expect(res.status(), raw.slice(0, 20)).toBeGreaterThanOrEqual(400);
    expect(res.status(), raw.slice(0, 20)).toBeLessThan(500);
  }
  const after = await digest();
  console.log(`[fuzz] ${sent} bad inputs, ${CASES} per family over ${families.length} families / ${Object.keys(outcomes).length} entry points:`, JSON.stringify(outcomes));
  expect(after).toEqual(before);
});

/**
 * Crafted dates on the public read endpoints (anonymous, no admin): PostgreSQL refuses dates that
 * JavaScript accepts (year 0, 2025-02-30 rolled over to March, ±275760), so each must be refused
 * before the query (API: 400 with a message) or ignored (search page: shown as without the filter),
 * never a 500.
 */
test("crafted dates on public endpoints: the API answers 400 with a message, the search page ignores them, never a 500", async ({ request, page }) => {
  const maxYear = new Date().getUTCFullYear() + 2;
  const cursor = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
  const apiCases = [
    "since=0000-01-01T00:00:00Z",
    "since=0001-01-01T00:00:00Z",
    "since=1899-12-31T23:59:59Z",
    "since=9999-12-31T23:59:59Z",
    `since=${maxYear + 1}-01-01T00:00:00Z`,
    "since=2025-02-30T00:00:00Z",
    `since=${encodeURIComponent("+275760-09-13T00:00:00.000Z")}`,
    `cursor=${cursor({ p: "+275760-09-13T00:00:00.000Z", s: "x" })}`,
    `cursor=${cursor({ p: "-271821-04-20T00:00:00.000Z", s: "x" })}`,
    `cursor=${cursor({ p: "0000-01-01T00:00:00.000Z", s: "x" })}`,
    `cursor=${cursor({ p: "9999-12-31T23:59:59.999Z", s: "x" })}`,
    `cursor=${cursor({ p: "2025-02-30T00:00:00.000Z", s: "x" })}`,
    `cursor=${cursor({ p: "Invalid Date", s: "x" })}`,
    `cursor=${cursor({ p: "1", s: "x" })}`,
    `cursor=${cursor({ p: 8.64e15, s: "x" })}`,
    `cursor=${cursor({ p: "2025-12-21T10:00:00.000Z", s: "' OR 1=1 --" })}`,
    `cursor=${cursor("null")}`,
  ];
  for (const query of apiCases) {
    const res = await request.get(`/api/v1/claims?${query}`);
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    expect(res.status(), `${query}: ${JSON.stringify(body)}`).toBe(400);
    expect(body?.error?.code, query).toBe("VALIDATION");
    expect(body?.error?.message, query).toMatch(/since|cursor/);
  }
  const boundsMessage = ((await (await request.get("/api/v1/claims?since=0000-01-01T00:00:00Z")).json()) as { error: { message: string } }).error.message;
  expect(boundsMessage).toContain(`between 1900 and ${maxYear}`);
  // Dates within bounds, and a cursor the API issued, still work.
  expect((await request.get("/api/v1/claims?since=1900-01-01T00:00:00Z&limit=2")).status()).toBe(200);
  const first = (await (await request.get("/api/v1/claims?limit=2")).json()) as { nextCursor: string | null };
  expect(first.nextCursor).not.toBeNull();
  expect((await request.get(`/api/v1/claims?limit=2&cursor=${first.nextCursor}`)).status()).toBe(200);

  const crafted = ["0000-01-01", "0001-01-01", "1899-12-31", "9999-12-31", `${maxYear + 1}-01-01`, "2025-02-30", "2025-04-31", "+275760-09-13", "2025-13-01"];
  for (const day of crafted) {
    for (const query of [`from=${encodeURIComponent(day)}`, `to=${encodeURIComponent(day)}`, `q=dam+phan&from=${encodeURIComponent(day)}&to=${encodeURIComponent(day)}`]) {
      const res = await request.get(`/search?${query}`);
      expect(res.status(), `/search?${query}`).toBe(200);
      expect(await res.text(), `/search?${query}`).toContain("Tìm kiếm phát ngôn");
    }
  }
  // The filter is dropped: the same results as without it, and no link carries it on.
  await page.goto("/search?q=dam+phan");
  const plain = await page.getByRole("heading", { name: /kết quả/ }).textContent();
  expect(Number(plain?.match(/\d+/)?.[0])).toBeGreaterThan(0);
  const res = await page.goto("/search?q=dam+phan&from=0000-01-01&to=2025-02-30");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: /kết quả/ })).toHaveText(plain!);
  expect(await page.locator('a[href*="0000-01-01"], a[href*="2025-02-30"]').count()).toBe(0);
});
