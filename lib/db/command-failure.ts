/**
 * What a command-line tool (export, backup, restore) prints when it fails: the error's message,
 * and, when the database has no tables yet (PostgreSQL's 42P01 or Prisma's P2021, "… does not exist": a
 * fresh clone's embedded PGlite before `npm start`, or a new PostgreSQL database), what to run.
 */
export function commandFailure(command: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const noTables =
    /\b42P01\b|\bP2021\b|relation "[^"]+" does not exist|The table `[^`]+` does not exist/u.test(message);
  return noTables
    ? `${command} failed: the database has no tables yet. Run \`npm run db:migrate\` (or \`npm start\` once, which migrates and seeds the demo newsroom) with the same DATABASE_URL, then try again.`
    : `${command} failed: ${message}`;
}
