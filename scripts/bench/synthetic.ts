import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { claimSearchText } from "../../lib/search/search-text";

/**
 * Synthetic, Vietnamese-like claims for benchmarks: quotes built from a newsroom vocabulary
 * (with diacritics, tone marks and đ), a Zipf-like word frequency, spread over speakers,
 * topics, statuses and dates. Deterministic for a given seed.
 */
export const VOCABULARY = [
  "đàm phán",
  "ba bên",
  "hòa bình",
  "hoà bình",
  "lãnh thổ",
  "an ninh",
  "bảo đảm",
  "Donbass",
  "Zaporizhzhia",
  "tái thiết",
  "bầu cử",
  "trao đổi tù binh",
  "kế hoạch",
  "20 điểm",
  "Tổng thống",
  "ngoại trưởng",
  "đặc phái viên",
  "thỏa thuận",
  "thoả thuận",
  "ngừng bắn",
  "xung đột",
  "Điện Kremlin",
  "Nhà Trắng",
  "Ukraine",
  "Nga",
  "Mỹ",
  "châu Âu",
  "Miami",
  "Moskva",
  "Kyiv",
  "nhượng bộ",
  "chủ quyền",
  "khu kinh tế tự do",
  "tuyên bố",
  "xác nhận",
  "bác bỏ",
  "nhấn mạnh",
  "cho biết",
  "tiến triển",
  "lập trường",
  "hạt nhân",
  "tài chính",
  "phái đoàn",
  "cố vấn",
  "văn kiện",
  "đối tác",
  "phục hồi",
  "thịnh vượng",
  "lâu dài",
  "công bằng",
  "bền vững",
  "giảm leo thang",
  "đổ máu",
  "nhà máy điện",
  "sáp nhập",
  "Crimea",
  "Luhansk",
  "Kherson",
  "Donetsk",
  "thủ phủ",
  "chiến trường",
  "quân đội",
  "tình báo",
  "không",
  "có",
  "sẽ",
  "đã",
  "các",
  "cuộc",
  "của",
  "với",
  "và",
  "về",
  "trong",
  "được",
  "những",
  "một",
  "rằng",
  "là",
  "này",
  "đó",
];

// Vietnamese-like syllables: initial + rhyme + tone (about 8,000 distinct), so that, as in real
// text, most words are rare and a search for a phrase is selective.
const INITIALS = [
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gi",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "nh",
  "p",
  "ph",
  "qu",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
];
const RHYMES = [
  "a",
  "ai",
  "am",
  "an",
  "ang",
  "anh",
  "ao",
  "at",
  "ay",
  "e",
  "em",
  "en",
  "eo",
  "i",
  "ia",
  "im",
  "in",
  "inh",
  "it",
  "o",
  "oa",
  "oai",
  "oan",
  "oang",
  "oi",
  "om",
  "on",
  "ong",
  "ô",
  "ôi",
  "ôm",
  "ôn",
  "ông",
  "ơ",
  "ơi",
  "ơn",
  "u",
  "ua",
  "ui",
  "um",
  "un",
  "ung",
  "uy",
  "uyên",
  "ư",
  "ưa",
  "ươi",
  "ương",
  "ưu",
  "iêu",
  "iên",
  "uôn",
  "uông",
  "ac",
  "ich",
];
const TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];

function buildSyllable(i: number): string {
  const initial = INITIALS[i % INITIALS.length]!;
  const rhyme = RHYMES[Math.floor(i / INITIALS.length) % RHYMES.length]!;
  const tone = TONES[Math.floor(i / (INITIALS.length * RHYMES.length)) % TONES.length]!;
  const v = rhyme.search(/[aeiouyôơưê]/);
  return `${initial}${rhyme.slice(0, v + 1)}${tone}${rhyme.slice(v + 1)}`.normalize("NFC");
}
export const SYLLABLE_COUNT = INITIALS.length * RHYMES.length * TONES.length;
// Built once: the generators ask for tens of millions of words.
const SYLLABLES = Array.from({ length: SYLLABLE_COUNT }, (_, i) => buildSyllable(i));
export const syllable = (i: number): string => SYLLABLES[i % SYLLABLE_COUNT]!;

/** Search queries for the bench: phrases taken from the generated text, typed without diacritics. */
export function benchQueries(seed = 7, count = 50): string[] {
  const random = rng(seed);
  const queries: string[] = [
    "dam phan ba ben",
    "hoa binh lau dai",
    "lanh tho donbass",
    "zaporizhzhia",
    "trao doi tu binh",
  ];
  while (queries.length < count) {
    const a = syllable(Math.floor(SYLLABLE_COUNT * random() ** 1.5));
    const b = syllable(Math.floor(SYLLABLE_COUNT * random() ** 1.5));
    queries.push(`${a} ${b}`.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d"));
  }
  return queries;
}

/** A small deterministic generator of numbers in [0, 1) (linear congruential): same seed, same data. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A word of synthetic text: 15% newsroom vocabulary, the rest syllables with a skewed (Zipf-like) frequency. */
export function wordPicker(random: () => number): () => string {
  return () =>
    random() < 0.15
      ? VOCABULARY[Math.floor(VOCABULARY.length * random() ** 2)]!
      : syllable(Math.floor(SYLLABLE_COUNT * random() ** 1.5));
}

export interface SyntheticOptions {
  count: number;
  batch?: number;
  seed?: number;
  onProgress?: (done: number) => void;
}

/** Inserts `count` claims (plus the speakers/topics/user they need) with UNNEST batches. */
export async function insertSyntheticClaims(db: PrismaClient, opts: SyntheticOptions): Promise<void> {
  const random = rng(opts.seed ?? 42);
  const pick = wordPicker(random);
  const user = await db.user.upsert({
    where: { email: "bench@claimledger.test" },
    create: { email: "bench@claimledger.test", name: "Bench", role: "EDITOR", passwordHash: "!" },
    update: {},
  });
  const speakers = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      db.speaker.upsert({
        where: { slug: `bench-speaker-${i}` },
        create: {
          slug: `bench-speaker-${i}`,
          kind: "PERSON",
          name: `Người phát ngôn ${i} Nguyễn Văn Đức`,
          variants: [`Speaker ${i}`],
        },
        update: {},
        select: { id: true, name: true, variants: true },
      }),
    ),
  );
  const topics = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      db.topic.upsert({
        where: { slug: `bench-topic-${i}` },
        create: { slug: `bench-topic-${i}`, nameVi: `Chủ đề ${i}`, nameEn: `Topic ${i}` },
        update: {},
        select: { id: true },
      }),
    ),
  );
  const statuses = [
    "APPROVED",
    "APPROVED",
    "APPROVED",
    "APPROVED",
    "APPROVED",
    "APPROVED",
    "IN_REVIEW",
    "DRAFT",
    "CHANGES_REQUESTED",
    "RETRACTED",
  ];
  const batch = opts.batch ?? 5000;
  const prefix = randomBytes(3).toString("hex");
  // Published claims have a source, as approval requires (lib/checklists/service.ts): one bench
  // article that every published synthetic claim cites.
  const outlet = await db.outlet.upsert({
    where: { slug: "bench-outlet" },
    create: { slug: "bench-outlet", name: "Báo đo hiệu năng" },
    update: {},
    select: { id: true },
  });
  const articleText = "Bài báo dùng để đo hiệu năng: các phát ngôn tổng hợp trích dẫn bài này.";
  // As lib/articles/service.ts contentHash (sha256 of the normalised text).
  const contentHash = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
  const article = await db.article.upsert({
    where: { contentHash: contentHash(articleText) },
    create: {
      slug: "bench-article",
      outletId: outlet.id,
      title: "Bài đo hiệu năng",
      text: articleText,
      contentHash: contentHash(articleText),
    },
    update: {},
    select: { id: true },
  });
  for (let done = 0; done < opts.count; done += batch) {
    const n = Math.min(batch, opts.count - done);
    const cols = {
      id: [] as string[],
      slug: [] as string[],
      speakerId: [] as string[],
      quote: [] as string[],
      searchText: [] as string[],
      status: [] as string[],
      saidAt: [] as string[],
      topicId: [] as string[],
    };
    for (let i = 0; i < n; i++) {
      const k = done + i;
      const speaker = speakers[Math.floor(random() * speakers.length)]!;
      const words = Array.from({ length: 10 + Math.floor(random() * 12) }, pick);
      const quote = words.join(" ");
      const id = `bench${prefix}${k.toString(36).padStart(8, "0")}`;
      cols.id.push(id);
      cols.slug.push(`bench-${prefix}-${k}`);
      cols.speakerId.push(speaker.id);
      cols.quote.push(quote);
      cols.searchText.push(claimSearchText({ quote, translation: null }, speaker));
      cols.status.push(statuses[Math.floor(random() * statuses.length)]!);
      cols.saidAt.push(
        new Date(
          Date.UTC(2022 + Math.floor(random() * 4), Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
        ).toISOString(),
      );
      cols.topicId.push(topics[Math.floor(random() * topics.length)]!.id);
    }
    await db.$executeRawUnsafe(
      `INSERT INTO "Claim" (id, slug, "speakerId", quote, kind, "saidAt", "saidAtPrecision", status, verification, "searchText", "publishedAt", version, "createdById", "updatedById", "createdAt", "updatedAt", language)
       SELECT id, slug, sp, q, 'DIRECT'::"ClaimKind", sa::timestamp, 'DAY'::"DatePrecision", st::"EditorialStatus", 'UNVERIFIED'::"VerificationStatus", stx,
              CASE WHEN st IN ('APPROVED','RETRACTED') THEN sa::timestamp END, 1, $8, $8, now(), now(), 'vi'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(id, slug, sp, q, sa, st, stx)`,
      cols.id,
      cols.slug,
      cols.speakerId,
      cols.quote,
      cols.saidAt,
      cols.status,
      cols.searchText,
      user.id,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "ClaimTopic" ("claimId", "topicId") SELECT * FROM unnest($1::text[], $2::text[])`,
      cols.id,
      cols.topicId,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "Appearance" (id, "claimId", "articleId", exact)
       SELECT 'ap' || id, id, $3, 'Bài báo dùng để đo hiệu năng'
       FROM unnest($1::text[], $2::text[]) AS t(id, st) WHERE st IN ('APPROVED','RETRACTED')`,
      cols.id,
      cols.status,
      article.id,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "AttributionNode" (id, "appearanceId", position, kind, label, "outletId")
       SELECT 'an' || id, 'ap' || id, 0, 'OUTLET'::"ChainNodeKind", 'Báo đo hiệu năng', $3
       FROM unnest($1::text[], $2::text[]) AS t(id, st) WHERE st IN ('APPROVED','RETRACTED')`,
      cols.id,
      cols.status,
      outlet.id,
    );
    opts.onProgress?.(done + n);
  }
  await db.$executeRawUnsafe(`ANALYZE "Claim"`);
  await db.$executeRawUnsafe(`ANALYZE "ClaimTopic"`);
}
