// npm run export -- --format json|csv   — every claim with speaker, quote, dates, status,
// topics, appearances (outlet, article, span, chain) and links, from the configured database.
// Streamed: claims are read a page at a time and each page is written before the next is read
// (waiting for stdout to drain), so memory stays flat however many claims there are.
import { once } from "node:events";
import { parseArgs } from "node:util";
import { z } from "zod";
import { claimsCsvChunks, claimsJsonChunks, exportClaimBatches } from "../lib/claims/export";
import { closeDb, prisma } from "../lib/db";
import { commandFailure } from "../lib/db/command-failure";

const argsSchema = z.object({ format: z.enum(["json", "csv"]).default("json") });

// `npm run export | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

let format: "json" | "csv";
try {
  const { values } = parseArgs({ options: { format: { type: "string" } }, allowPositionals: false });
  format = argsSchema.parse(values).format;
} catch {
  console.error("Usage: npm run export -- --format json|csv");
  process.exit(2);
}

try {
  const pages = exportClaimBatches(prisma);
  for await (const text of format === "json" ? claimsJsonChunks(pages) : claimsCsvChunks(pages)) {
    if (!process.stdout.write(text)) await once(process.stdout, "drain");
  }
} catch (error) {
  console.error(commandFailure("export", error));
  process.exitCode = 1;
} finally {
  await closeDb();
}
