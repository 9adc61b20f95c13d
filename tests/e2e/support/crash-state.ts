// Prints, as JSON, everything the crash test checks about the given claims, read straight from
// the database the environment names (DATABASE_URL or PGLITE_DATA_DIR). Run with tsx while no
// server holds the database: a PGlite folder has one owner at a time.
import { closeDb, prisma } from "@/lib/db";

interface Snapshot {
  venue?: string | null;
  topics?: string[];
}

async function main() {
  const ids = process.argv.slice(2);
  const claims = await prisma.claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      version: true,
      venue: true,
      topics: { select: { topic: { select: { slug: true } } } },
      revisions: { select: { version: true, snapshot: true }, orderBy: { version: "asc" } },
    },
  });
  const audits = await prisma.auditEvent.findMany({
    where: { entityType: "Claim", entityId: { in: ids } },
    select: { entityId: true, action: true, after: true },
    orderBy: { id: "asc" },
  });
  const out = claims.map((c) => ({
    id: c.id,
    version: c.version,
    venue: c.venue,
    topics: c.topics.map((t) => t.topic.slug).sort(),
    revisions: c.revisions.map((r) => ({
      version: r.version,
      venue: (r.snapshot as Snapshot).venue ?? null,
      topics: (r.snapshot as Snapshot).topics ?? [],
    })),
    audits: audits
      .filter((a) => a.entityId === c.id)
      .map((a) => ({ action: a.action, venue: (a.after as Snapshot | null)?.venue ?? null })),
  }));
  process.stdout.write(JSON.stringify(out));
}

main()
  .then(() => closeDb())
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
