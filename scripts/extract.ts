// npm run extract -- --file <article.txt> [--date YYYY-MM-DD] [--outlet NAME]
// npm run extract -- --url <https://…> [--date YYYY-MM-DD] [--outlet NAME]
// Prints suggested attributed statements as JSON, without touching the database. With --url the
// page is fetched under the same rules as the dashboard (public addresses only, unless the host is
// in INGEST_ALLOWED_HOSTS; size and time limits; redirects re-checked) and only its main text is
// read (lib/ingest/url/); its date and outlet fill --date and --outlet when they are not given. No
// speaker lexicon is used unless --lexicon FILE gives one (a JSON list of {key, name, variants, kind}):
// speakers are found from the text itself, and linked to stored ones only when a lexicon is given. Any Unicode normalisation form gives
// the same result: the text is normalised to NFC first, and offsets are code points into it.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { isAppError } from "../lib/errors";
import { extractCandidates } from "../lib/ingest/extract";
import { fetchArticlePage } from "../lib/ingest/url/fetch-article";

const usage =
  "Usage: npm run extract -- (--file <article.txt> | --url <https://…>) [--date YYYY-MM-DD] [--outlet NAME] [--lexicon FILE]";
const argsSchema = z.object({
  file: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "--date must be YYYY-MM-DD" })
    .optional(),
  outlet: z.string().min(1).max(200).optional(),
  lexicon: z.string().min(1).optional(),
});
const lexiconSchema = z.array(
  z.object({
    key: z.string().min(1),
    name: z.string().min(1),
    variants: z.array(z.string()).default([]),
    kind: z.enum(["PERSON", "ORGANISATION", "UNNAMED_SOURCE"]).default("PERSON"),
  }),
);

let args: z.infer<typeof argsSchema>;
try {
  const { values } = parseArgs({
    options: {
      file: { type: "string" },
      url: { type: "string" },
      date: { type: "string" },
      outlet: { type: "string" },
      lexicon: { type: "string" },
    },
    allowPositionals: false,
  });
  args = argsSchema.parse(values);
  if (Boolean(args.file) === Boolean(args.url)) throw new Error("one of --file or --url");
} catch (error) {
  console.error(
    error instanceof z.ZodError ? `${error.issues.map((i) => i.message).join("; ")}\n${usage}` : usage,
  );
  process.exit(2);
}

let input: string;
let page: Awaited<ReturnType<typeof fetchArticlePage>> | null = null;
if (args.url) {
  try {
    page = await fetchArticlePage(args.url);
  } catch (error) {
    console.error(
      `Cannot take an article from ${args.url}: ${isAppError(error) ? error.message : String(error)}`,
    );
    process.exit(2);
  }
  input = page.text;
} else {
  try {
    input = readFileSync(args.file!, "utf8");
  } catch {
    console.error(`Cannot read ${args.file}.`);
    process.exit(2);
  }
}

let speakers: z.infer<typeof lexiconSchema> = [];
if (args.lexicon) {
  try {
    speakers = lexiconSchema.parse(JSON.parse(readFileSync(args.lexicon, "utf8")));
  } catch (error) {
    console.error(
      `Cannot read the lexicon ${args.lexicon}: ${error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") : String((error as Error).message)}`,
    );
    process.exit(2);
  }
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { candidates } = extractCandidates(input, {
  articleDate: args.date ?? page?.publishedAt ?? undefined,
  outlet: args.outlet ?? page?.siteName ?? undefined,
  speakers,
});
const source = page
  ? {
      url: page.canonicalUrl ?? page.url,
      title: page.title,
      publishedAt: page.publishedAt,
      outlet: page.siteName,
      contentHash: page.contentHash,
    }
  : { file: args.file };
process.stdout.write(`${JSON.stringify({ ...source, count: candidates.length, candidates }, null, 2)}\n`);
