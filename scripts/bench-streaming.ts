// npm run bench:streaming -- --database postgres://…   — time and peak RSS of sitemap generation,
// export (JSON, CSV), backup, restore (into a scratch database on the same server) and the round
// trip on an existing PostgreSQL database (read only), against the 300 MB ceiling of issue 17.
// Exit 0 when every step succeeded under the ceiling, 1 on a miss, 2 when it could not measure.
import { parseArgs } from "node:util";
import { z } from "zod";
import { BenchReport, runBench } from "./bench/report";
import { fmt } from "./bench/stats";
import { measureStreaming, reportStreaming, STREAMING_RSS_CEILING_MB } from "./bench/streaming";

const argsSchema = z.object({ database: z.string().regex(/^postgres(ql)?:\/\//, "a postgres:// URL") });

runBench("bench:streaming", async () => {
  const parsed = argsSchema.safeParse(
    parseArgs({ options: { database: { type: "string" } }, allowPositionals: false }).values,
  );
  if (!parsed.success) {
    console.error("Usage: npm run bench:streaming -- --database postgres://user@127.0.0.1:5432/db");
    return 2;
  }
  const url = parsed.data.database;
  const report = new BenchReport("bench:streaming");
  console.log(
    `bench:streaming on ${new URL(url).pathname.slice(1)} (ceiling ${STREAMING_RSS_CEILING_MB} MB per step)`,
  );
  const rows = await measureStreaming(url);
  console.log(`  ${"step".padEnd(36)} ${"seconds".padStart(9)} ${"peak MB".padStart(9)}  detail`);
  for (const r of rows)
    console.log(
      `  ${r.step.padEnd(36)} ${fmt(r.seconds, 1).padStart(9)} ${fmt(r.peakRssMb, 0).padStart(9)}  ${r.detail}`,
    );
  reportStreaming(report, rows);
  return report.finish();
});
