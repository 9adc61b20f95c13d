// npm run drift:report — runs the quote drift check (lib/drift/compare.ts) over the configured
// database: every claim with two or more live appearances, each outlet's words against the
// earliest outlet's. Prints counts by kind and an example of each; read-only.
// With --quote it also compares each appearance with the claim's recorded quote (the ledger's
// words against the outlet's), a check of the comparison on real text where few claims have two
// outlets.
import { parseArgs } from "node:util";
import { closeDb, prisma } from "../lib/db";
import { compareQuotes, earliestFirst, type DriftKind } from "../lib/drift/compare";

const { values } = parseArgs({ options: { quote: { type: "boolean", default: false } } });

type Tally = {
  pairs: number;
  drifted: number;
  harmless: number;
  other: number;
  kinds: Map<DriftKind, number>;
};
const tally = (): Tally => ({ pairs: 0, drifted: 0, harmless: 0, other: 0, kinds: new Map() });
const examples = new Map<string, string>();

function count(t: Tally, label: string, base: string, quoted: string) {
  const c = compareQuotes(base, quoted);
  t.pairs++;
  if (c.findings.length) t.drifted++;
  else if (c.otherWording) t.other++;
  else t.harmless++;
  for (const f of c.findings) {
    t.kinds.set(f.kind, (t.kinds.get(f.kind) ?? 0) + 1);
    const key = `${label}:${f.kind}`;
    if (!examples.has(key))
      examples.set(
        key,
        `    ${f.kind}: −[${f.base.join(" | ")}] +[${f.quoted.join(" | ")}]\n      earliest: ${base.slice(0, 160)}\n      compared: ${quoted.slice(0, 160)}`,
      );
  }
}

function print(label: string, t: Tally) {
  console.log(
    `${label}: ${t.pairs} pairs compared; ${t.drifted} with a substantive drift, ${t.other} with other wording only, ${t.harmless} identical or harmless`,
  );
  for (const [kind, n] of t.kinds) console.log(`  ${kind}: ${n}`);
  for (const [key, text] of examples) if (key.startsWith(`${label}:`)) console.log(text);
}

try {
  const claims = await prisma.claim.findMany({
    where: { deletedAt: null },
    select: {
      quote: true,
      appearances: {
        where: { deletedAt: null },
        select: { exact: true, createdAt: true, article: { select: { publishedAt: true } } },
      },
    },
  });
  const multi = claims.filter((c) => c.appearances.length >= 2);
  console.log(`drift:report: ${claims.length} claims, ${multi.length} with two or more appearances`);
  const outlets = tally();
  for (const c of multi) {
    const [base, ...rest] = earliestFirst(c.appearances);
    for (const a of rest) count(outlets, "outlets", base!.exact, a.exact);
  }
  print("outlets", outlets);
  if (values.quote) {
    const quote = tally();
    for (const c of claims) for (const a of c.appearances) count(quote, "quote", c.quote, a.exact);
    print("quote", quote);
  }
} catch (error) {
  console.error("drift:report failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
