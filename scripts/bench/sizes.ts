/**
 * A bench's sizes (how many claims, rounds…) from the environment: each a positive whole number,
 * else the bench's default. A value that is not one stops the bench with its name, rather than
 * measuring NaN claims.
 */
import { z } from "zod";

const size = z.coerce.number().int().positive();

/** `defaults` names the environment variables (BENCH_CLAIMS…) and their defaults. */
export function benchSizes<Name extends string>(defaults: Record<Name, number>): Record<Name, number> {
  const sizes = { ...defaults };
  for (const name of Object.keys(defaults) as Name[]) {
    const raw = process.env[name];
    if (raw === undefined || raw === "") continue;
    const parsed = size.safeParse(raw);
    if (!parsed.success) throw new Error(`${name} must be a positive whole number, not "${raw}"`);
    sizes[name] = parsed.data;
  }
  return sizes;
}
