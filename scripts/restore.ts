// npm run restore -- --file FILE [--admin-email E --admin-password P]
// Loads a backup into the configured database, which must be migrated (npm run db:migrate) and
// empty. Passwords are not in backups: give one admin a password here; they reset the others.
// The file is read line by line (gzip'd or not, version 2 or an older version 1 document) and
// loaded in one transaction: a damaged or truncated file loads nothing.
import { parseArgs } from "node:util";
import { z } from "zod";
import { archiveFileLines, restoreArchive } from "../lib/backup/archive";
import { hashPassword } from "../lib/auth/password";
import { closeDb, prisma } from "../lib/db";
import { commandFailure } from "../lib/db/command-failure";
import { emailField, passwordField } from "../lib/validation/common";

const usage = "Usage: npm run restore -- --file backup.json.gz [--admin-email E --admin-password P]";
const schema = z.object({
  file: z.string().min(1),
  "admin-email": emailField.optional(),
  "admin-password": passwordField.optional(),
});
let args: z.infer<typeof schema>;
try {
  const { values } = parseArgs({
    options: {
      file: { type: "string" },
      "admin-email": { type: "string" },
      "admin-password": { type: "string" },
    },
    allowPositionals: false,
  });
  args = schema.parse(values);
} catch (error) {
  console.error(
    error instanceof z.ZodError
      ? `${error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}\n${usage}`
      : usage,
  );
  process.exit(2);
}

try {
  const email = args["admin-email"];
  const password = args["admin-password"];
  const admin = email && password ? { email, passwordHash: await hashPassword(password) } : undefined;
  const counts = await restoreArchive(prisma, archiveFileLines(args.file), admin);
  console.log(
    `restore: loaded ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  if (admin) {
    console.log(`restore: ${admin.email} can sign in with the given password.`);
  } else {
    console.log(
      "restore: backups hold no passwords; run again on an empty database with --admin-email/--admin-password, or reset passwords.",
    );
  }
} catch (error) {
  console.error(commandFailure("restore", error));
  process.exitCode = 1;
} finally {
  await closeDb();
}
