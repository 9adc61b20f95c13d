// npm run bench:seed -- --claims N [--database URL] [--seed S] — (re)creates a local PostgreSQL
// database (--database, else BENCH_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/bench_1m),
// applies the project's migrations and fills it with a synthetic archive of N claims
// (scripts/bench/archive.ts: speakers, topics, articles, appearances, chains, links, audit chain).
// Prints the time of each step and the total. The database is dropped first: never point it at data.
import { z } from "zod";
import { seedArchive } from "./bench/archive";
import { runBench } from "./bench/report";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/bench_1m";

const Args = z.object({
  claims: z.coerce.number().int().min(1000).max(20_000_000),
  database: z.url({ protocol: /^postgres(ql)?$/ }),
  seed: z.coerce.number().int().min(0).default(42),
});

function parseArgs(argv: string[]) {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) throw new Error(`unexpected argument ${argv[i]}`);
    raw[m[1]!] = m[2] ?? argv[++i] ?? "";
  }
  const parsed = Args.safeParse({
    claims: raw.claims ?? "1000000",
    database: raw.database ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_URL,
    seed: raw.seed,
  });
  if (!parsed.success)
    throw new Error(
      `usage: npm run bench:seed -- --claims N [--database postgres://…/name] [--seed S]\n${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}

runBench("bench:seed", async () => {
  const args = parseArgs(process.argv.slice(2));
  const where = new URL(args.database);
  console.log(`bench:seed: ${args.claims} claims into ${where.host}${where.pathname} (recreated)`);
  const info = await seedArchive(args.database, { claims: args.claims, seed: args.seed });
  console.log(`bench:seed: ${info.claims} claims in ${info.seconds} s`);
  return 0;
});
