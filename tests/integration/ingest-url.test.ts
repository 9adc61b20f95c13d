import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/service";
import { articleInputSchema } from "@/lib/articles/validation";
import { prisma } from "@/lib/db";
import { demoLexicon } from "@/lib/demo/lexicon";
import { env } from "@/lib/env";
import { extractCandidates } from "@/lib/ingest/extract";
import { fetchArticleForIngest, fetchArticlePage } from "@/lib/ingest/url/fetch-article";
import { FetchError, fetchPublic } from "@/lib/net/fetch-public";
import { normalizeArticleText } from "@/lib/text/normalize";
import { seededNewsroom, seedsDir } from "../helpers/app-db";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { FURNITURE_STATEMENTS, newsPageHtml, startNewsSite, type NewsSite } from "../helpers/news-site";

/**
 * Issue 18, part 5: an article taken from its URL. The fetcher refuses what could reach the
 * server's own network (loopback, private, link-local — also behind a redirect), other schemes,
 * oversize and endless answers; the page's furniture never yields statements, and the statements
 * found from the URL are those found by pasting the same article.
 */
let site: NewsSite;
const LOCAL = ["127.0.0.1"];

beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(async () => site?.stop());

async function expectReason(promise: Promise<unknown>, reason: string): Promise<void> {
  const error = await expectAppError(promise, "VALIDATION");
  expect(error.reason).toBe(reason);
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the fetch should have been refused").toBeInstanceOf(FetchError);
  return (error as FetchError).problem;
}

describe("fetching a page on someone's behalf (lib/net/fetch-public.ts)", () => {
  it("refuses loopback, private and link-local addresses unless the host is allow-listed", async () => {
    site.page("/ok", newsPageHtml({ title: "Bài", paragraphs: ["Nội dung bài báo thử nghiệm đủ dài."] }));
    expect(await problemOf(fetchPublic(site.url("/ok")))).toBe("private_address");
    expect(await problemOf(fetchPublic("http://localhost:9/x"))).toBe("private_address");
    expect(await problemOf(fetchPublic("http://[::1]:9/x"))).toBe("private_address");
    expect(await problemOf(fetchPublic("http://10.0.0.7/x"))).toBe("private_address");
    expect(await problemOf(fetchPublic("http://192.168.1.1/x"))).toBe("private_address");
    // The cloud metadata service.
    expect(await problemOf(fetchPublic("http://169.254.169.254/latest/meta-data/"))).toBe("private_address");
    expect(await problemOf(fetchPublic("http://[::ffff:127.0.0.1]:9/x"))).toBe("private_address");
    const ok = await fetchPublic(site.url("/ok"), { allowedHosts: LOCAL });
    expect(ok.status).toBe(200);
  });

  it("refuses other schemes and credentials", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)", "gopher://x/"])
      expect(await problemOf(fetchPublic(url, { allowedHosts: LOCAL }))).toBe("scheme");
    expect(await problemOf(fetchPublic(`http://u:p@127.0.0.1:1/x`, { allowedHosts: LOCAL }))).toBe(
      "credentials",
    );
  });

  it("checks every redirect again: an allowed host cannot send the fetcher to a private one", async () => {
    const via = (to: string, status = 302) =>
      site.url(`/redirect?status=${status}&to=${encodeURIComponent(to)}`);
    // 127.0.0.1 is allowed; [::1], localhost, 10.x and the metadata service are not.
    expect(await problemOf(fetchPublic(via("http://[::1]:9/x"), { allowedHosts: LOCAL }))).toBe(
      "private_address",
    );
    expect(await problemOf(fetchPublic(via("http://localhost:9/x", 301), { allowedHosts: LOCAL }))).toBe(
      "private_address",
    );
    expect(await problemOf(fetchPublic(via("http://169.254.169.254/", 307), { allowedHosts: LOCAL }))).toBe(
      "private_address",
    );
    expect(await problemOf(fetchPublic(via("file:///etc/passwd"), { allowedHosts: LOCAL }))).toBe("scheme");
    // A relative redirect to an allowed page is followed, and the chain is reported.
    const followed = await fetchPublic(via("/ok", 308), { allowedHosts: LOCAL });
    expect(followed.url).toBe(site.url("/ok"));
    expect(followed.chain).toHaveLength(2);
    expect(await problemOf(fetchPublic(site.url("/loop"), { allowedHosts: LOCAL }))).toBe(
      "too_many_redirects",
    );
  });

  it("bounds size and time: announced or not, a page past the limit is refused, a silent one times out", async () => {
    const limits = { maxBytes: 1_000_000, timeoutMs: 1500 };
    expect(await problemOf(fetchPublic(site.url("/announced-huge"), { allowedHosts: LOCAL, limits }))).toBe(
      "too_large",
    );
    expect(await problemOf(fetchPublic(site.url("/endless"), { allowedHosts: LOCAL, limits }))).toBe(
      "too_large",
    );
    const started = Date.now();
    expect(await problemOf(fetchPublic(site.url("/never"), { allowedHosts: LOCAL, limits }))).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await problemOf(fetchPublic(site.url("/missing"), { allowedHosts: LOCAL }))).toBe("http_status");
  });
});

/** The seed articles' paragraphs (never committed: read from ../shared/seeds). */
function seedArticles(): { name: string; text: string }[] {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith(".txt"));
  expect(files.length, `seed articles in ${seedsDir}`).toBeGreaterThan(0);
  return files.map((f) => ({
    name: f,
    text: normalizeArticleText(readFileSync(path.join(seedsDir, f), "utf8")),
  }));
}

const statementsOf = (text: string) =>
  extractCandidates(text, { speakers: demoLexicon, articleDate: "2025-12-22" })
    .candidates.map((c) => `${c.speaker.resolved?.name ?? c.speaker.text} | ${c.quote.text}`)
    .sort();

describe("reading the article out of a page", () => {
  it("finds from the URL the statements found by pasting the text, and none from the page's furniture", async () => {
    for (const [i, seed] of seedArticles().entries()) {
      const paragraphs = seed.text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      site.page(`/seed-${i}`, newsPageHtml({ title: `Bài ${i}`, paragraphs, publishedAt: "2025-12-22" }));
      const page = await fetchArticlePage(site.url(`/seed-${i}`), { allowedHosts: LOCAL });
      const pasted = statementsOf(paragraphs.join("\n\n"));
      expect(pasted.length, seed.name).toBeGreaterThan(0);
      expect(statementsOf(page.text), seed.name).toEqual(pasted);
      for (const furniture of [...FURNITURE_STATEMENTS, "Quảng cáo", "không được chạy", "Giấy phép"])
        expect(page.text, `${seed.name}: ${furniture}`).not.toContain(furniture);
      expect(page.publishedAt).toBe("2025-12-22");
      expect(page.siteName).toBe("Báo Thử");
      expect(page.canonicalUrl).toBe("https://bao-thu.example/bai-viet-123.html");
    }
  });

  it("decodes an undeclared legacy Vietnamese page (windows-1258) to the same NFC text", async () => {
    const paragraph = "Thủ tướng cho biết: “Tăng trưởng năm nay đạt trên 8%, cao nhất khu vực”.";
    const html = newsPageHtml({ title: "Bài cũ", paragraphs: [paragraph], charsetMeta: false });
    // windows-1258 writes tones as combining marks: encode the NFD form byte by byte.
    const table = new Map<string, number>();
    const decoder = new TextDecoder("windows-1258");
    for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
    // A letter with a tone is written as its toneless letter (â, ơ, ư… exist precomposed) plus the
    // tone as a combining mark.
    const encode = (ch: string): number[] => {
      const direct = table.get(ch);
      if (direct !== undefined) return [direct];
      const [base = "", ...marks] = [...ch.normalize("NFD")];
      // Compose the base with at most one of its marks (the circumflex of ậ, not its dot below).
      for (const [i, mark] of [...marks.entries(), [-1, ""] as const]) {
        const head = table.get((base + mark).normalize("NFC"));
        const tail = marks.filter((_, j) => j !== i).map((m) => table.get(m));
        if (head !== undefined && tail.every((t) => t !== undefined)) return [head, ...(tail as number[])];
      }
      throw new Error(`not in windows-1258: ${ch}`);
    };
    const bytes = Buffer.from([...html].flatMap(encode));
    site.page("/legacy", "", { contentType: "text/html", bytes });
    const page = await fetchArticlePage(site.url("/legacy"), { allowedHosts: LOCAL });
    expect(page.charset).toBe("windows-1258");
    expect(page.text).toBe(paragraph);
  });

  it("refuses a page that is not a web page, with a stable reason", async () => {
    site.page("/doc.pdf", "%PDF-1.7", { contentType: "application/pdf" });
    await expectReason(fetchArticlePage(site.url("/doc.pdf"), { allowedHosts: LOCAL }), "no_article_text");
    await expectReason(
      fetchArticlePage(site.url("/never"), { allowedHosts: LOCAL, limits: { timeoutMs: 800 } }),
      "page_unreachable",
    );
    await expectReason(fetchArticlePage("http://169.254.169.254/"), "private_address");
  });
});

describe.each(testDatabaseKinds())("an article stored from its URL on $name", (kind) => {
  const newsroom = seededNewsroom(kind);

  it("keeps an archived copy with the article, audited; the copy serves one article only", async () => {
    const outlet = await prisma.outlet.findFirstOrThrow({ where: { deletedAt: null } });
    await prisma.outlet.update({ where: { id: outlet.id }, data: { url: "https://bao-thu.example/" } });
    const paragraphs = [
      "Phát biểu tại hội nghị, Bộ trưởng Nguyễn Văn Thử cho biết: “Ngân sách năm nay thu vượt dự toán 10%”.",
      "Theo ông, các bộ ngành cần tiếp tục cắt giảm thủ tục hành chính trong năm tới.",
    ];
    site.page(
      "/stored",
      newsPageHtml({ title: "Ngân sách thu vượt dự toán", paragraphs, publishedAt: "2025-12-21" }),
    );

    await expectAppError(fetchArticleForIngest(newsroom.actors.reviewer, site.url("/stored")), "FORBIDDEN");
    // Without the allow-list the test site is a loopback address: refused.
    await expectReason(fetchArticleForIngest(newsroom.actors.owner, site.url("/stored")), "private_address");
    const saved = env.INGEST_ALLOWED_HOSTS;
    env.INGEST_ALLOWED_HOSTS = LOCAL;
    try {
      const preview = await fetchArticleForIngest(newsroom.actors.owner, site.url("/stored"));
      expect(preview.title).toBe("Ngân sách thu vượt dự toán");
      expect(preview.publishedAt).toBe("2025-12-21");
      expect(preview.outlet?.id).toBe(outlet.id);
      expect(preview.url).toBe("https://bao-thu.example/bai-viet-123.html");
      expect(preview.text).toBe(paragraphs.join("\n\n"));

      const article = await createArticle(
        newsroom.actors.owner,
        articleInputSchema.parse({
          outletId: outlet.id,
          title: preview.title!,
          url: preview.url,
          publishedAt: preview.publishedAt!,
          language: "vi",
          text: preview.text,
          snapshotId: preview.snapshotId,
        }),
      );
      const snapshot = await prisma.articleSnapshot.findUniqueOrThrow({ where: { id: preview.snapshotId } });
      expect(snapshot.articleId).toBe(article.id);
      expect(snapshot.html).toContain("<article");
      expect(snapshot.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(snapshot.url).toBe(site.url("/stored"));
      const audit = await prisma.auditEvent.findFirst({
        where: { action: "article.fetch", entityId: preview.snapshotId },
      });
      expect(audit?.actorId).toBe(newsroom.actors.owner.id);

      // The same copy cannot be claimed by a second article; nothing of that article is written.
      const before = await prisma.article.count();
      await expectReason(
        createArticle(
          newsroom.actors.owner,
          articleInputSchema.parse({
            outletId: outlet.id,
            title: "Bản khác",
            text: `${preview.text} Thêm một câu.`,
            snapshotId: preview.snapshotId,
          }),
        ),
        "snapshot_unknown",
      );
      expect(await prisma.article.count()).toBe(before);
    } finally {
      env.INGEST_ALLOWED_HOSTS = saved;
    }
  });
});
