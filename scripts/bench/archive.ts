/**
 * A synthetic national archive for the scale benches (`npm run bench:seed`, `npm run bench:scale`):
 * N claims with Vietnamese-like quotes (the vocabulary of ./synthetic.ts), ~N/50 speakers and 500
 * topics with a skewed (Zipf-like) share of the claims (a head of state quoted tens of thousands of
 * times, a long tail quoted once), N/10 articles from 60 outlets, ~3 appearances per claim with an
 * attribution chain, links between claims, and a year of audit history.
 *
 * Speed comes from doing the work where it is cheapest: the text (which must be folded exactly as
 * lib/search/search-text.ts folds it, so diacritic-insensitive search works) is made in Node and
 * sent in batches of arrays (`INSERT … SELECT FROM unnest(…)`); everything derived from claims
 * (appearances, chains, links) is made inside PostgreSQL with one set-based statement each.
 * During the load the secondary indexes of the filled tables are dropped and then recreated from
 * their own definitions (pg_get_indexdef, so exactly as the migrations made them), and the loading
 * session runs with `session_replication_role = replica` (no per-row foreign-key or trigger work:
 * the generator writes consistent rows, and fills what the triggers would: the search vector, the
 * claim's dates beside its topics, the audit chain). The database is then VACUUM ANALYZEd, as a
 * long-lived archive would be.
 *
 * The audit history is a real hash chain: every event is hashed with lib/audit/chain.ts in time
 * order (seq 1, 2, …), so `npm run audit:verify` accepts it. Its events are synthetic (a
 * creation and a decision per claim), not the output of the services.
 */

import { createHash } from "node:crypto";
import pg from "pg";
import { eventHash, GENESIS_HASH } from "../../lib/audit/chain";
import { migrateDatabase } from "../../lib/db/schema-engine";
import { claimSearchText, searchableWords, speakerSearchText } from "../../lib/search/search-text";
import { foldText } from "../../lib/text/normalize";
import { PreconditionMissing } from "./report";
import { rng, VOCABULARY, wordPicker } from "./synthetic";

/** Recorded in AppSetting when the load finished: an archive without it is incomplete. */
export const ARCHIVE_SETTING = "bench.archive";

export interface ArchiveInfo {
  claims: number;
  seed: number;
  seconds: number;
  finishedAt: string;
}

const BATCH = 20_000;
const OUTLETS = 60;
const TOPICS = 500;
const DAY = 86_400_000;
// The archive's year: claims were entered from START to START + 1 year.
const START = Date.UTC(2025, 0, 1);
const YEAR = 365 * DAY;

const pad = (prefix: string, n: number, width = 9) => `${prefix}${String(n).padStart(width, "0")}`;
export const claimId = (i: number) => pad("bcl", i);
const speakerId = (i: number) => pad("bsp", i);
const topicId = (i: number) => pad("btp", i);
const articleId = (i: number) => pad("bar", i);
const outletId = (i: number) => pad("bou", i);
const USERS = [
  { id: "busadmin0001", email: "bench-admin@claimledger.test", name: "Quản trị Đo", role: "ADMIN" },
  { id: "buseditor001", email: "bench-editor1@claimledger.test", name: "Biên tập Một", role: "EDITOR" },
  { id: "buseditor002", email: "bench-editor2@claimledger.test", name: "Biên tập Hai", role: "EDITOR" },
  { id: "buseditor003", email: "bench-editor3@claimledger.test", name: "Biên tập Ba", role: "EDITOR" },
  { id: "busreview001", email: "bench-reviewer1@claimledger.test", name: "Kiểm duyệt Một", role: "REVIEWER" },
  { id: "busreview002", email: "bench-reviewer2@claimledger.test", name: "Kiểm duyệt Hai", role: "REVIEWER" },
] as const;
const EDITORS = USERS.filter((u) => u.role === "EDITOR").map((u) => u.id);
const REVIEWERS = USERS.filter((u) => u.role === "REVIEWER").map((u) => u.id);

// Status mix of a working newsroom: most of the archive published, a live queue on top.
const STATUS_MIX: [string, number][] = [
  ["APPROVED", 0.72],
  ["RETRACTED", 0.02],
  ["IN_REVIEW", 0.08],
  ["DRAFT", 0.1],
  ["CHANGES_REQUESTED", 0.04],
  ["REJECTED", 0.04],
];
const VERIFIED_MIX: [string, number][] = [
  ["VERIFIED_PRIMARY", 0.4],
  ["VERIFIED_SECONDARY", 0.3],
  ["UNVERIFIED", 0.12],
  ["MISQUOTED", 0.06],
  ["MISATTRIBUTED", 0.04],
  ["UNVERIFIABLE", 0.08],
];
const RATINGS = ["TRUE", "MOSTLY_TRUE", "HALF_TRUE", "MOSTLY_FALSE", "FALSE", "MISLEADING", "UNPROVEN"];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Hồng"];
const ROLES = ["Bộ trưởng", "Thứ trưởng", "Người phát ngôn", "Đại sứ", "Chủ tịch", "Giám đốc", "Chuyên gia"];

function choose<T>(mix: [T, number][], r: number): T {
  let acc = 0;
  for (const [value, share] of mix) {
    acc += share;
    if (r < acc) return value;
  }
  return mix[mix.length - 1]![0];
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
const slugOf = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
const iso = (ms: number) => new Date(ms).toISOString();

/** The server's maintenance database next to `url` (to create or drop the archive's database). */
function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new PreconditionMissing(`bad database name "${name}" in ${url}`);
  return name;
}

function assertLocal(url: string): void {
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(new URL(url).hostname))
    throw new PreconditionMissing(
      `the archive generator only (re)creates databases on a local server: ${url}`,
    );
}

/** The archive recorded in the database at `url`, or null (no such database, or an unfinished load). */
export async function readArchiveInfo(url: string): Promise<ArchiveInfo | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    const { rows } = await client.query<{ value: string }>(`SELECT value FROM "AppSetting" WHERE key = $1`, [
      ARCHIVE_SETTING,
    ]);
    return rows[0] ? (JSON.parse(rows[0].value) as ArchiveInfo) : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

type Log = (line: string) => void;

/** Drops and recreates the database at `url`, migrates it and fills it with `claims` claims. */
export async function seedArchive(
  url: string,
  { claims, seed = 42, log = console.log }: { claims: number; seed?: number; log?: Log },
): Promise<ArchiveInfo> {
  assertLocal(url);
  const started = performance.now();
  const step = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await fn();
    log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return out;
  };
  const name = databaseName(url);
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  await step("migrate (the project's migrations)", () => migrateDatabase({ kind: "postgres", url }));
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(`SET session_replication_role = replica`);
    await db.query(`SET maintenance_work_mem = '512MB'`);
    await db.query(`SET synchronous_commit = off`);
    const tables = [
      "Claim",
      "ClaimTopic",
      "Appearance",
      "AttributionNode",
      "ClaimLink",
      "AuditEvent",
      "Article",
      "Speaker",
    ];
    const { rows: indexes } = await db.query<{ name: string; def: string }>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
      [tables],
    );
    for (const ix of indexes) await db.query(`DROP INDEX ${ix.name}`);
    log(`  dropped ${indexes.length} secondary indexes for the load (recreated from their definitions)`);

    const random = rng(seed);
    const pick = wordPicker(random);
    const speakers = Math.max(50, Math.round(claims / 50));
    const articles = Math.max(200, Math.round(claims / 10));

    await step("users, outlets, topics", async () => {
      for (const u of USERS)
        await db.query(
          `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4::"Role", '!', now())`,
          [u.id, u.email, u.name, u.role],
        );
      const outletNames = Array.from(
        { length: OUTLETS },
        (_, i) => `Báo ${capitalise(pick())} ${capitalise(pick())} ${i + 1}`,
      );
      await db.query(
        `INSERT INTO "Outlet" (id, slug, name, "updatedAt")
         SELECT id, slug, name, now() FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, slug, name)`,
        [outletNames.map((_, i) => outletId(i)), outletNames.map((n) => slugOf(n)), outletNames],
      );
      const topicNames = Array.from({ length: TOPICS }, (_, i) => {
        const a = VOCABULARY[i % VOCABULARY.length]!;
        const b = VOCABULARY[(i * 7 + Math.floor(i / VOCABULARY.length) + 1) % VOCABULARY.length]!;
        return `${capitalise(a)} và ${b} ${i + 1}`;
      });
      await db.query(
        `INSERT INTO "Topic" (id, slug, "nameVi", "nameEn", "updatedAt")
         SELECT id, slug, vi, en, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, slug, vi, en)`,
        [
          topicNames.map((_, i) => topicId(i)),
          topicNames.map((n) => slugOf(n)),
          topicNames,
          topicNames.map((_, i) => `Topic ${i + 1}`),
        ],
      );
    });

    const speakerNames: { name: string; variants: string[] }[] = [];
    await step(`${speakers} speakers`, async () => {
      for (let done = 0; done < speakers; done += BATCH) {
        const n = Math.min(BATCH, speakers - done);
        const rows = Array.from({ length: n }, (_, k) => {
          const i = done + k;
          const given = capitalise(pick());
          const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]} ${given}`;
          const variants = [foldText(name).replace(/\b\w/g, (c) => c.toUpperCase())];
          speakerNames.push({ name, variants });
          return {
            id: speakerId(i),
            slug: `${slugOf(name)}-${i}`,
            name,
            variants,
            role: ROLES[i % ROLES.length]!,
          };
        });
        await db.query(
          `INSERT INTO "Speaker" (id, slug, kind, name, variants, affiliation, country, "searchText", "updatedAt")
           SELECT id, slug, 'PERSON', name, ARRAY[variant], aff, 'VN', st, now()
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
               AS t(id, slug, name, variant, aff, st)`,
          [
            rows.map((r) => r.id),
            rows.map((r) => r.slug),
            rows.map((r) => r.name),
            rows.map((r) => r.variants[0]!),
            rows.map((r) => r.role),
            rows.map((r) => speakerSearchText(r)),
          ],
        );
      }
    });

    // The next batch is generated while the database writes the previous one (two cores).
    let writing: Promise<unknown> = Promise.resolve();
    await step(`${articles} articles`, async () => {
      for (let done = 0; done < articles; done += BATCH) {
        const n = Math.min(BATCH, articles - done);
        const ids: string[] = [];
        const slugs: string[] = [];
        const outlets: string[] = [];
        const titles: string[] = [];
        const texts: string[] = [];
        const hashes: string[] = [];
        const published: string[] = [];
        for (let k = 0; k < n; k++) {
          const i = done + k;
          const title = capitalise(Array.from({ length: 8 }, pick).join(" "));
          const text = `${title}. ${capitalise(Array.from({ length: 60 }, pick).join(" "))}. (Bài số ${i + 1})`;
          ids.push(articleId(i));
          slugs.push(`bai-${i + 1}`);
          outlets.push(outletId(i % OUTLETS));
          titles.push(title);
          texts.push(text);
          hashes.push(createHash("sha256").update(text, "utf8").digest("hex"));
          published.push(iso(START - 10 * DAY + Math.floor((i / articles) * YEAR)));
        }
        await writing;
        writing = db.query(
          `INSERT INTO "Article" (id, slug, "outletId", title, text, "contentHash", "publishedAt", "updatedAt")
           SELECT id, slug, o, ti, tx, h, p::timestamp, now()
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
               AS t(id, slug, o, ti, tx, h, p)`,
          [ids, slugs, outlets, titles, texts, hashes, published],
        );
      }
      await writing;
    });

    const speakerFolded = speakerNames.map((sp) => speakerSearchText(sp).trim());
    const foldCache = new Map<string, string>();
    const foldWord = (w: string) => {
      let f = foldCache.get(w);
      if (f === undefined) {
        f = searchableWords(w).trim();
        foldCache.set(w, f);
      }
      return f;
    };

    // Per claim, what the audit history needs after the claims are written.
    const statusOf = new Uint8Array(claims);
    const createdAtOf = new Float64Array(claims);
    const decidedAtOf = new Float64Array(claims);
    const creatorOf = new Uint8Array(claims);
    const statusNames = STATUS_MIX.map(([s]) => s);

    await step(`${claims} claims (+ topics)`, async () => {
      for (let done = 0; done < claims; done += BATCH) {
        const n = Math.min(BATCH, claims - done);
        const c = {
          id: [] as string[],
          slug: [] as string[],
          speaker: [] as string[],
          role: [] as (string | null)[],
          quote: [] as string[],
          kind: [] as string[],
          saidAt: [] as string[],
          status: [] as string[],
          verification: [] as string[],
          rating: [] as (string | null)[],
          searchText: [] as string[],
          publishedAt: [] as (string | null)[],
          retractedAt: [] as (string | null)[],
          retractionReason: [] as (string | null)[],
          createdBy: [] as string[],
          reviewer: [] as (string | null)[],
          dueAt: [] as (string | null)[],
          deadlineAt: [] as (string | null)[],
          createdAt: [] as string[],
          updatedAt: [] as string[],
        };
        const ctClaim: string[] = [];
        const ctTopic: string[] = [];
        for (let k = 0; k < n; k++) {
          const i = done + k;
          const s = Math.floor(speakers * random() ** 3);
          const words = Array.from({ length: 10 + Math.floor(random() * 12) }, pick);
          const quote = capitalise(words.join(" "));
          const folded = words.map(foldWord).join(" ");
          const status = choose(STATUS_MIX, random());
          const published = status === "APPROVED" || status === "RETRACTED";
          const created = START + Math.floor(random() * YEAR);
          const said = Math.floor((created - Math.floor(random() * 10) * DAY) / DAY) * DAY;
          const decided = created + DAY + Math.floor(random() * 3 * DAY);
          const updated = status === "DRAFT" ? created : decided;
          const creator = Math.floor(random() * EDITORS.length);
          statusOf[i] = statusNames.indexOf(status);
          createdAtOf[i] = created;
          decidedAtOf[i] = decided;
          creatorOf[i] = creator;
          c.id.push(claimId(i));
          c.slug.push(
            `${folded
              .split(" ")
              .slice(0, 6)
              .join("-")
              .replace(/[^a-z0-9-]+/g, "")}-${i.toString(36)}`,
          );
          c.speaker.push(speakerId(s));
          c.role.push(random() < 0.5 ? ROLES[s % ROLES.length]! : null);
          c.quote.push(quote);
          c.kind.push(random() < 0.6 ? "DIRECT" : random() < 0.75 ? "INDIRECT" : "REPORTED");
          c.saidAt.push(iso(said));
          c.status.push(status);
          c.verification.push(published ? choose(VERIFIED_MIX, random()) : "UNVERIFIED");
          c.rating.push(published && random() < 0.5 ? RATINGS[Math.floor(random() * RATINGS.length)]! : null);
          const searchText = ` ${folded} ${speakerFolded[s]} `;
          // Folding word by word is folding the whole text (words are separated by spaces):
          // checked against lib/search/search-text.ts on the first claims of every batch.
          if (k < 3 && searchText !== claimSearchText({ quote, translation: null }, speakerNames[s]!))
            throw new Error(`claim ${i}: search text differs from claimSearchText`);
          c.searchText.push(searchText);
          c.publishedAt.push(published ? iso(decided) : null);
          c.retractedAt.push(status === "RETRACTED" ? iso(decided + 30 * DAY) : null);
          c.retractionReason.push(status === "RETRACTED" ? "Nguồn gốc phát ngôn không được xác nhận." : null);
          c.createdBy.push(EDITORS[creator]!);
          c.reviewer.push(
            status === "IN_REVIEW" && random() < 0.5
              ? REVIEWERS[Math.floor(random() * REVIEWERS.length)]!
              : null,
          );
          c.dueAt.push(!published && random() < 0.3 ? iso(created + 7 * DAY) : null);
          c.deadlineAt.push(random() < 0.02 ? iso(said + 100 * DAY) : null);
          c.createdAt.push(iso(created));
          c.updatedAt.push(iso(updated));
          // One topic for every claim, a second for half of them; big topics hold most claims.
          const t1 = Math.floor(TOPICS * random() ** 2);
          ctClaim.push(claimId(i));
          ctTopic.push(topicId(t1));
          if (random() < 0.5) {
            const t2 = (t1 + 1 + Math.floor(random() * (TOPICS - 1))) % TOPICS;
            ctClaim.push(claimId(i));
            ctTopic.push(topicId(t2));
          }
        }
        await writing;
        writing = db.query(
          `INSERT INTO "Claim" (id, slug, "speakerId", "roleHeld", quote, kind, "saidAt", status, verification, rating,
                                "searchText", "searchVector", "publishedAt", "retractedAt", "retractionReason",
                                "createdById", "updatedById", "assignedEditorId", "assignedReviewerId", "dueAt",
                                "deadlineAt", "deadlinePhrase", "createdAt", "updatedAt")
           SELECT id, slug, sp, ro, q, k::"ClaimKind", sa::timestamp, st::"EditorialStatus", ve::"VerificationStatus",
                  ra::"Rating", stx, to_tsvector('simple'::regconfig, stx), pa::timestamp, rta::timestamp, rr,
                  cb, cb, cb, rv, du::timestamp, dl::timestamp, CASE WHEN dl IS NOT NULL THEN 'trong 100 ngày' END,
                  ca::timestamp, ua::timestamp
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                         $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
                         $16::text[], $17::text[], $18::text[], $19::text[], $20::text[])
               AS t(id, slug, sp, ro, q, k, sa, st, ve, ra, stx, pa, rta, rr, cb, rv, du, dl, ca, ua)`,
          [
            c.id,
            c.slug,
            c.speaker,
            c.role,
            c.quote,
            c.kind,
            c.saidAt,
            c.status,
            c.verification,
            c.rating,
            c.searchText,
            c.publishedAt,
            c.retractedAt,
            c.retractionReason,
            c.createdBy,
            c.reviewer,
            c.dueAt,
            c.deadlineAt,
            c.createdAt,
            c.updatedAt,
          ],
        );
        // Queued on the same session: runs right after the claims.
        writing = Promise.all([
          writing,
          db.query(
            // With the claim's dates beside it, as the triggers of migration claim_topic_claim_dates keep them.
            `INSERT INTO "ClaimTopic" ("claimId", "topicId", "claimSaidAt", "claimUpdatedAt", "claimCreatedAt", "claimDeletedAt")
             SELECT c.id, t."topicId", c."saidAt", c."updatedAt", c."createdAt", c."deletedAt"
               FROM unnest($1::text[], $2::text[]) AS t("claimId", "topicId") JOIN "Claim" c ON c.id = t."claimId"`,
            [ctClaim, ctTopic],
          ),
        ]);
        if ((done / BATCH) % 10 === 9) log(`    ${done + n} claims`);
      }
      await writing;
    });

    // Derived rows, set-based inside the database. The claim's number is substr(id, 4).
    await step("appearances (1–5 per claim)", () =>
      db.query(
        `INSERT INTO "Appearance" (id, "claimId", "articleId", exact, "createdAt")
         SELECT 'bap' || lpad((n * 8 + g)::text, 11, '0'), c.id,
                'bar' || lpad(((n * 7919 + g * 104729) % $1)::text, 9, '0'), left(c.quote, 160), c."createdAt"
           FROM (SELECT id, quote, "createdAt", substr(id, 4)::bigint AS n FROM "Claim") c,
                generate_series(1, 1 + ((c.n * 2654435761) % 5)::int) g`,
        [articles],
      ),
    );
    await step("attribution chains", async () => {
      await db.query(
        `INSERT INTO "AttributionNode" (id, "appearanceId", position, kind, label, "outletId")
         SELECT 'bn0' || substr(a.id, 4), a.id, 0, 'OUTLET', o.name, o.id
           FROM "Appearance" a JOIN "Article" ar ON ar.id = a."articleId" JOIN "Outlet" o ON o.id = ar."outletId"`,
      );
      // One source in seven is unnamed ("nguồn tin giấu tên"), one in seven a named agency.
      await db.query(
        `INSERT INTO "AttributionNode" (id, "appearanceId", position, kind, label)
         SELECT 'bn1' || substr(a.id, 4), a.id, 1,
                CASE WHEN substr(a.id, 4)::bigint % 7 = 0 THEN 'UNNAMED_SOURCE' ELSE 'ORGANISATION' END::"ChainNodeKind",
                CASE WHEN substr(a.id, 4)::bigint % 7 = 0 THEN 'nguồn tin giấu tên' ELSE 'Thông tấn xã' END
           FROM "Appearance" a WHERE substr(a.id, 4)::bigint % 7 IN (0, 3)`,
      );
    });
    await step("links (one claim in twenty)", () =>
      db.query(
        `INSERT INTO "ClaimLink" (id, "fromClaimId", "toClaimId", type, "createdById", "createdAt")
         SELECT 'bln' || substr(c.id, 4), c.id, 'bcl' || lpad((c.n - 1 - (c.n * 31) % 997)::text, 9, '0'),
                (ARRAY['CONTRADICTS','SUPPORTS','SAME_STATEMENT','RESPONDS_TO','UPDATES'])[1 + (c.n / 20) % 5]::"LinkType",
                c."createdById", c."updatedAt"
           FROM (SELECT id, "createdById", "updatedAt", substr(id, 4)::bigint AS n FROM "Claim") c
          WHERE c.n % 20 = 0 AND c.n >= 1000`,
      ),
    );

    const events = await step("audit history (hash chain computed in time order)", async () => {
      // A creation per claim and, past draft, the decision (the submissions in between are left
      // out: they would add a million rows and nothing a bench reads).
      type Ev = { at: number; claim: number; action: number };
      const ACTIONS = [
        "claim.create",
        "claim.submit",
        "claim.approve",
        "claim.reject",
        "claim.request_changes",
      ];
      const list: Ev[] = [];
      for (let i = 0; i < claims; i++) {
        const status = statusNames[statusOf[i]!]!;
        list.push({ at: createdAtOf[i]!, claim: i, action: 0 });
        if (status === "DRAFT") continue;
        const decision =
          status === "APPROVED" || status === "RETRACTED"
            ? 2
            : status === "REJECTED"
              ? 3
              : status === "CHANGES_REQUESTED"
                ? 4
                : -1;
        if (decision >= 0) list.push({ at: decidedAtOf[i]!, claim: i, action: decision });
      }
      list.sort((a, b) => a.at - b.at || a.claim - b.claim || a.action - b.action);
      let prevHash = GENESIS_HASH;
      const afterStatus = ["DRAFT", "IN_REVIEW", "APPROVED", "REJECTED", "CHANGES_REQUESTED"];
      for (let done = 0; done < list.length; done += BATCH) {
        const slice = list.slice(done, done + BATCH);
        const cols = {
          id: [] as string[],
          actor: [] as string[],
          action: [] as string[],
          entity: [] as string[],
          before: [] as (string | null)[],
          after: [] as string[],
          at: [] as string[],
          prev: [] as string[],
          hash: [] as string[],
        };
        slice.forEach((e, k) => {
          const id = String(done + k + 1);
          const actorId =
            e.action <= 1
              ? EDITORS[creatorOf[e.claim]!]!
              : REVIEWERS[(e.claim + e.action) % REVIEWERS.length]!;
          const before = e.action === 0 ? null : { status: e.action === 1 ? "DRAFT" : "IN_REVIEW" };
          const after = { status: afterStatus[e.action]! };
          const action = ACTIONS[e.action]!;
          const entityId = claimId(e.claim);
          const at = iso(e.at);
          // canonicalEvent (lib/audit/chain.ts) written out for this one shape, keys in code point
          // order: ten times faster than the general form, and checked against it below.
          const canonical = `{"action":"${action}","actorId":"${actorId}","after":{"status":"${after.status}"},"before":${
            before ? `{"status":"${before.status}"}` : "null"
          },"createdAt":"${at}","entityId":"${entityId}","entityType":"Claim","id":"${id}","prevHash":"${prevHash}","seq":"${id}","v":1}`;
          const hash = createHash("sha256").update(canonical, "utf8").digest("hex");
          if (k < 3) {
            const content = {
              id,
              seq: id,
              prevHash,
              createdAt: new Date(e.at),
              actorId,
              action: ACTIONS[e.action]!,
              entityType: "Claim",
              entityId: claimId(e.claim),
              before,
              after,
            };
            if (eventHash(content) !== hash)
              throw new Error(`audit event ${id}: canonical form differs from lib/audit/chain.ts`);
          }
          cols.id.push(id);
          cols.actor.push(actorId);
          cols.action.push(action);
          cols.entity.push(entityId);
          cols.before.push(before ? JSON.stringify(before) : null);
          cols.after.push(JSON.stringify(after));
          cols.at.push(at);
          cols.prev.push(prevHash);
          cols.hash.push(hash);
          prevHash = hash;
        });
        await writing;
        writing = db.query(
          `INSERT INTO "AuditEvent" (id, "actorId", action, "entityType", "entityId", before, after, "createdAt", seq, "prevHash", hash)
           SELECT id::bigint, ac, a, 'Claim', e, b::jsonb, af::jsonb, at::timestamp, id::bigint, p, h
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
               AS t(id, ac, a, e, b, af, at, p, h)`,
          [
            cols.id,
            cols.actor,
            cols.action,
            cols.entity,
            cols.before,
            cols.after,
            cols.at,
            cols.prev,
            cols.hash,
          ],
        );
      }
      await writing;
      await db.query(`SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), $1)`, [
        Math.max(1, list.length),
      ]);
      return list.length;
    });
    log(`    ${events} audit events`);

    await step(`recreate ${indexes.length} indexes`, async () => {
      // Two sessions (two cores): the trigram index alone takes as long as the others together.
      const second = new pg.Client({ connectionString: url });
      await second.connect();
      try {
        await second.query(`SET maintenance_work_mem = '512MB'`);
        const queue = [...indexes].sort(
          (a, b) => Number(/USING gin/.test(b.def)) - Number(/USING gin/.test(a.def)),
        );
        const worker = async (client: pg.Client) => {
          for (let ix = queue.shift(); ix; ix = queue.shift()) await client.query(ix.def);
        };
        await Promise.all([worker(db), worker(second)]);
      } finally {
        await second.end();
      }
    });
    await step("vacuum analyze", () => db.query(`VACUUM (ANALYZE)`));
    const info: ArchiveInfo = {
      claims,
      seed,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      finishedAt: new Date().toISOString(),
    };
    await db.query(`INSERT INTO "AppSetting" (key, value) VALUES ($1, $2)`, [
      ARCHIVE_SETTING,
      JSON.stringify(info),
    ]);
    return info;
  } finally {
    await db.end();
  }
}
