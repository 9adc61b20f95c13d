import { prisma } from "../db";

/**
 * Sign-in throttling, per account and per client address. After FREE_FAILURES failures in a
 * row the key is locked, for a time that doubles with each further failure (1, 2, 4 … 15 min).
 * Unknown e-mail addresses are counted like real ones, so locking reveals nothing.
 */
export const FREE_FAILURES = 5;
const BASE_LOCK_MS = 60_000;
const MAX_LOCK_MS = 15 * 60_000;
// A client address tolerates more failures: several people may share one newsroom NAT.
const CLIENT_FREE_FAILURES = 20;
// Failures older than this (and no longer locking) are forgotten.
const FORGET_AFTER_MS = 15 * 60_000;

export function accountKey(email: string): string {
  return `acct:${email.trim().toLowerCase()}`;
}

export function clientKey(address: string): string {
  return `ip:${address}`;
}

export function lockDurationMs(failures: number, free = FREE_FAILURES): number {
  if (failures < free) return 0;
  return Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (failures - free));
}

/** The latest moment any of the keys is locked until, or null when none is locked. */
export async function lockedUntil(keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await prisma.loginThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  const staleBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  await prisma.loginThrottle.deleteMany({
    where: {
      key: { in: keys },
      updatedAt: { lt: staleBefore },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
  });
  for (const key of keys) {
    const free = key.startsWith("ip:") ? CLIENT_FREE_FAILURES : FREE_FAILURES;
    // Atomic increment so concurrent failures are all counted.
    const row = await prisma.loginThrottle.upsert({
      where: { key },
      create: { key, failures: 1 },
      update: { failures: { increment: 1 } },
      select: { failures: true },
    });
    const lockMs = lockDurationMs(row.failures, free);
    if (lockMs > 0)
      await prisma.loginThrottle.update({
        where: { key },
        data: { lockedUntil: new Date(now.getTime() + lockMs) },
      });
  }
}

export async function recordSuccess(keys: string[]): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
