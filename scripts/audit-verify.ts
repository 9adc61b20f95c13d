// npm run audit:verify — checks the audit log's hash chain (lib/audit/chain.ts) on the configured
// database (PGlite or PostgreSQL), streaming it in seq order. Exit 0: prints the number of events
// and the head (its seq, id and hash; compare it with a head published earlier, e.g.
// GET /api/v1/audit/head, to see that nothing was cut off the end). Exit 1: names the first event
// whose content, link or place in the chain does not match, and what.
import { closeDb, prisma } from "../lib/db";
import { verifyAuditChain } from "../lib/audit/verify";

try {
  const verdict = await verifyAuditChain(prisma);
  if (verdict.ok) {
    const head = verdict.head;
    console.log(
      head
        ? `audit:verify: OK, ${verdict.count} events; head seq ${head.seq} (id ${head.id}, ${head.createdAt.toISOString()}) hash ${head.hash}`
        : "audit:verify: OK, the audit log is empty.",
    );
  } else {
    const b = verdict.broken;
    console.error(
      `audit:verify: BROKEN at event id ${b.id}${b.seq ? ` (seq ${b.seq})` : ""}: ${b.problem}. ` +
        `${verdict.count} events before it verified.`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  console.error("audit:verify failed:", error instanceof Error ? error.message : error);
  process.exitCode = 2;
} finally {
  await closeDb();
}
