/**
 * Crafted dates on public endpoints must be refused as bad input (API: 400) or ignored (search
 * page), never reach PostgreSQL, which refuses dates JavaScript accepts (year 0, 2025-02-30,
 * ±275760) and would turn them into a 500. The database is a stub here: a query that reaches it
 * is recorded, so a test can say "refused before any query".
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { craftedDays, cursor, maxYear } from "../helpers/crafted-dates";

const queries = vi.hoisted(() => [] as { sql: string; values: unknown[] }[]);
vi.mock("@/lib/db", () => ({
  prisma: {
    $queryRawUnsafe: vi.fn(async (sql: string, ...values: unknown[]) => {
      queries.push({ sql, values });
      return [];
    }),
    claim: { findMany: vi.fn(async () => []) },
  },
}));

const { AppError } = await import("@/lib/errors");
const { listClaimsForApi, decodeCursor, encodeCursor } = await import("@/lib/claims/public-api");
const { apiListSchema } = await import("@/lib/claims/validation");
const { searchSql } = await import("@/lib/search/public-search");
const { publicSearchSchema } = await import("@/lib/search/validation");
const { dayField, isDateInBounds, parseBoundedDay, parseBoundedInstant, boundedDateTimeField, dateMaxYear } =
  await import("@/lib/validation/common");

const list = (query: Record<string, string>) => listClaimsForApi(apiListSchema.parse(query));

beforeEach(() => {
  queries.length = 0;
});

describe("bounded date helpers (lib/validation/common.ts)", () => {
  it("bound years to 1900..current year + 2, the rule of dayField", () => {
    expect(dateMaxYear()).toBe(maxYear);
    expect(isDateInBounds(new Date("1900-01-01T00:00:00Z"))).toBe(true);
    expect(isDateInBounds(new Date(`${maxYear}-12-31T23:59:59.999Z`))).toBe(true);
    expect(isDateInBounds(new Date("1899-12-31T23:59:59.999Z"))).toBe(false);
    expect(isDateInBounds(new Date(`${maxYear + 1}-01-01T00:00:00Z`))).toBe(false);
    expect(isDateInBounds(new Date("0000-01-01T00:00:00Z"))).toBe(false);
    expect(isDateInBounds(new Date(8.64e15))).toBe(false);
    expect(isDateInBounds(new Date(-8.64e15))).toBe(false);
    expect(isDateInBounds(new Date(Number.NaN))).toBe(false);
  });

  it("parseBoundedDay: calendar days within bounds only", () => {
    expect(parseBoundedDay("2025-12-20")?.toISOString()).toBe("2025-12-20T00:00:00.000Z");
    expect(parseBoundedDay("2024-02-29")).not.toBeNull();
    for (const bad of [
      ...craftedDays,
      "2025-02-29",
      "2025-00-10",
      "2025-1-1",
      "2025-12-20T00:00:00Z",
      "",
      " 2025-12-20",
      20251220,
      null,
      ["2025-12-20"],
    ]) {
      expect(parseBoundedDay(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it("parseBoundedInstant: exactly toISOString's form, within bounds", () => {
    expect(parseBoundedInstant("2025-12-21T10:00:00.000Z")?.getTime()).toBe(Date.UTC(2025, 11, 21, 10));
    for (const bad of [
      "+275760-09-13T00:00:00.000Z",
      "-271821-04-20T00:00:00.000Z",
      "0000-01-01T00:00:00.000Z",
      "9999-12-31T23:59:59.999Z",
      "2025-02-30T00:00:00.000Z",
      "2025-12-21T24:00:00.000Z",
      "2025-12-21T10:00:00Z",
      "2025-12-21",
      "1",
      "Invalid Date",
      "",
      1766311200000,
      null,
      {},
    ]) {
      expect(parseBoundedInstant(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it("boundedDateTimeField: ISO 8601 with an offset, within bounds, with a helpful message", () => {
    const field = boundedDateTimeField("since");
    expect(field.parse("2025-12-20T00:00:00Z")).toBe("2025-12-20T00:00:00Z");
    expect(field.parse("2025-12-20T07:00:00+07:00")).toBe("2025-12-20T07:00:00+07:00");
    const range = field.safeParse("0000-01-01T00:00:00Z");
    expect(range.success).toBe(false);
    expect(range.error?.issues[0]?.message).toBe(`since must be between 1900 and ${maxYear}.`);
    expect(field.safeParse("yesterday").error?.issues[0]?.message).toMatch(
      /since must be an ISO 8601 date-time/,
    );
  });

  it("dayField keeps its behaviour", () => {
    expect(dayField.parse("2025-12-20").toISOString()).toBe("2025-12-20T00:00:00.000Z");
    expect(dayField.safeParse("2025-02-30").error?.issues[0]?.message).toBe("Date does not exist.");
    expect(dayField.safeParse("0000-01-01").error?.issues[0]?.message).toBe(
      `Date must be between 1900 and ${maxYear}.`,
    );
    expect(dayField.safeParse("1899-12-31").error?.issues[0]?.message).toBe(
      `Date must be between 1900 and ${maxYear}.`,
    );
    expect(dayField.safeParse(`${maxYear + 1}-01-01`).error?.issues[0]?.message).toBe(
      `Date must be between 1900 and ${maxYear}.`,
    );
  });
});

describe("GET /api/v1/claims: since", () => {
  it.each([
    "0000-01-01T00:00:00Z",
    "0001-01-01T00:00:00Z",
    "1899-12-31T23:59:59Z",
    "9999-12-31T23:59:59Z",
    `${maxYear + 1}-01-01T00:00:00Z`,
  ])("refuses %s with a message naming the bounds", (since) => {
    const parsed = apiListSchema.safeParse({ since });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["since"]);
    expect(parsed.error?.issues[0]?.message).toBe(`since must be between 1900 and ${maxYear}.`);
  });

  it("refuses dates that do not exist and non-dates", () => {
    for (const since of [
      "2025-02-30T00:00:00Z",
      "2025-12-20T24:00:00Z",
      "+275760-09-13T00:00:00.000Z",
      "yesterday",
      "2025-12-20",
    ]) {
      expect(apiListSchema.safeParse({ since }).success, since).toBe(false);
    }
  });

  it("accepts dates within bounds and passes them to the query", async () => {
    expect(apiListSchema.parse({ since: "1900-01-01T00:00:00Z" }).since).toBe("1900-01-01T00:00:00Z");
    await list({ since: "2025-12-20T07:00:00+07:00" });
    expect(queries).toHaveLength(1);
    expect(queries[0]!.values).toContain("2025-12-20T00:00:00.000Z");
  });
});

describe("GET /api/v1/claims: cursor", () => {
  const crafted: [string, string][] = [
    ["the latest JavaScript date", cursor({ p: "+275760-09-13T00:00:00.000Z", s: "x" })],
    ["the earliest JavaScript date", cursor({ p: "-271821-04-20T00:00:00.000Z", s: "x" })],
    ["year 0", cursor({ p: "0000-01-01T00:00:00.000Z", s: "x" })],
    ["year 9999", cursor({ p: "9999-12-31T23:59:59.999Z", s: "x" })],
    ["a day that does not exist", cursor({ p: "2025-02-30T00:00:00.000Z", s: "x" })],
    ["an invalid date", cursor({ p: "Invalid Date", s: "x" })],
    ["a number Date() reads as a year", cursor({ p: "1", s: "x" })],
    ["a timestamp number", cursor({ p: 1766311200000, s: "x" })],
    ["a slug that is not a slug", cursor({ p: "2025-12-21T10:00:00.000Z", s: "../Ä' OR 1=1 --" })],
    ["an empty slug", cursor({ p: "2025-12-21T10:00:00.000Z", s: "" })],
    ["JSON null", cursor("null")],
    ["an array", cursor(["2025-12-21T10:00:00.000Z", "x"])],
    ["not JSON", cursor("{p:")],
    ["not base64", "%%%"],
  ];

  it.each(crafted)("refuses %s with 400 VALIDATION before any query", async (_name, raw) => {
    const error = await list({ cursor: raw }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "VALIDATION", status: 400 });
    expect((error as Error).message).toMatch(/cursor/);
    expect(queries).toHaveLength(0);
  });

  it("decodeCursor reads back what encodeCursor writes", () => {
    const c = { p: "2025-12-21T10:00:00.000Z", s: "ushakov-no-trilateral-format-being-built" };
    expect(decodeCursor(encodeCursor(c))).toEqual({ publishedAt: new Date(c.p), slug: c.s });
    expect(() => decodeCursor(encodeCursor({ ...c, p: "+275760-09-13T00:00:00.000Z" }))).toThrow(AppError);
  });

  it("accepts a cursor it issued", async () => {
    await list({
      cursor: cursor({ p: "2025-12-21T10:00:00.000Z", s: "ushakov-no-trilateral-format-being-built" }),
    });
    expect(queries).toHaveLength(1);
    expect(queries[0]!.values).toEqual([
      "2025-12-21T10:00:00.000Z",
      "ushakov-no-trilateral-format-being-built",
    ]);
  });
});

describe("/search: from and to", () => {
  it.each([...craftedDays, `${maxYear + 1}-06-01`])(
    "ignores %s (the page shows as without the filter)",
    (day) => {
      const params = publicSearchSchema.parse({ q: "hoa binh", from: day, to: day });
      expect(params).toEqual({ q: "hoa binh", from: undefined, to: undefined, page: 1 });
      const { values } = searchSql(params);
      expect(values.join(" ")).not.toContain(day);
    },
  );

  it("keeps valid days", () => {
    const params = publicSearchSchema.parse({ from: "2025-12-01", to: "2025-12-31" });
    expect(params).toMatchObject({ from: "2025-12-01", to: "2025-12-31" });
    expect(searchSql(params).values).toEqual(["2025-12-01T00:00:00Z", "2025-12-31T23:59:59Z"]);
  });

  it("searchSql refuses an out-of-range date given directly (AppError, not a database error)", () => {
    for (const filter of [
      { from: "0000-01-01" },
      { to: "2025-02-30" },
      { publishedSince: new Date("0000-01-01T00:00:00Z") },
      { publishedSince: new Date(Number.NaN) },
      { cursor: { publishedAt: new Date(8.64e15), slug: "x" } },
      { cursor: { publishedAt: new Date("2025-12-21T10:00:00Z"), slug: "Ä" } },
    ]) {
      expect(() => searchSql(filter), JSON.stringify(filter)).toThrow(AppError);
    }
  });
});
