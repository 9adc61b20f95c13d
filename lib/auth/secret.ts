import { randomBytes } from "node:crypto";
import { prisma } from "../db";
import { env } from "../env";

let cached: Promise<string> | undefined;

/**
 * NEXTAUTH_SECRET when configured; otherwise a random secret generated on first use and
 * stored in the database, so a fresh install needs no manual setup and several app servers
 * on one PostgreSQL agree on it.
 */
export function getAuthSecret(): Promise<string> {
  if (env.NEXTAUTH_SECRET) return Promise.resolve(env.NEXTAUTH_SECRET);
  cached ??= (async () => {
    const key = "auth.secret";
    await prisma.appSetting.createMany({
      data: [{ key, value: randomBytes(48).toString("base64url") }],
      skipDuplicates: true,
    });
    const row = await prisma.appSetting.findUniqueOrThrow({ where: { key } });
    return row.value;
  })().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
