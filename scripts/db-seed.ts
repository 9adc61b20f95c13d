// npm run db:seed — create the demo newsroom (idempotent: running it twice adds nothing).
import path from "node:path";
import { closeDb, prisma } from "../lib/db";
import { seedDemoNewsroom } from "../lib/demo/seed";
import { env } from "../lib/env";

const articlesDir = path.resolve(env.SEED_ARTICLES_DIR);
try {
  const r = await seedDemoNewsroom(prisma, articlesDir);
  console.log(
    `db:seed: ${r.claimsCreated} claims created, ${r.claimsExisting} already present, ${r.linksCreated} links created; ` +
      `${r.articlesWithText} articles with text from ${articlesDir}` +
      (r.articlesWithoutText ? `, ${r.articlesWithoutText} without (seed files not found)` : ""),
  );
} catch (error) {
  console.error("db:seed failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
