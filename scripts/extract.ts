// npm run extract -- --file <article.txt> [--date YYYY-MM-DD] [--outlet NAME]
// Prints suggested attributed statements as JSON, without touching the database. The speaker
// lexicon is the demo newsroom's (prisma/seed/data.ts). Any Unicode normalisation form gives
// the same result: the text is normalised to NFC first, and offsets are code points into it.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { extractCandidates } from "../lib/ingest/extract";
import { demoLexicon } from "../lib/demo/lexicon";

const usage = "Usage: npm run extract -- --file <article.txt> [--date YYYY-MM-DD] [--outlet NAME]";
const argsSchema = z.object({
  file: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "--date must be YYYY-MM-DD" })
    .optional(),
  outlet: z.string().min(1).max(200).optional(),
});

let args: z.infer<typeof argsSchema>;
try {
  const { values } = parseArgs({
    options: { file: { type: "string" }, date: { type: "string" }, outlet: { type: "string" } },
    allowPositionals: false,
  });
  args = argsSchema.parse(values);
} catch (error) {
  console.error(
    error instanceof z.ZodError ? `${error.issues.map((i) => i.message).join("; ")}\n${usage}` : usage,
  );
  process.exit(2);
}

let input: string;
try {
  input = readFileSync(args.file, "utf8");
} catch {
  console.error(`Cannot read ${args.file}.`);
  process.exit(2);
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { candidates } = extractCandidates(input, {
  articleDate: args.date,
  outlet: args.outlet,
  speakers: demoLexicon,
});
process.stdout.write(
  `${JSON.stringify({ file: args.file, count: candidates.length, candidates }, null, 2)}\n`,
);
