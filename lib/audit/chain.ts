/**
 * The audit log's hash chain. Each AuditEvent is sealed when its transaction commits (the
 * database trigger of migration 20261201081225_audit_hash_chain): seq = the previous event's seq
 * + 1, prevHash = the previous event's hash, hash = sha256 of the canonical JSON of
 * { v, seq, id, prevHash, createdAt, actorId, action, entityType, entityId, before, after }.
 * This module is the same definition in TypeScript: `npm run audit:verify` recomputes every hash
 * with it, so a row changed in place (or removed, or inserted out of turn) shows.
 */

import { createHash } from "node:crypto";

/** The prevHash of the first event. */
export const GENESIS_HASH = "0".repeat(64);

/** Format of the hashed record (a change to what is hashed would be v: 2). */
export const CHAIN_VERSION = 1;

/**
 * A number as PostgreSQL's numeric prints it: plain decimal digits, never an exponent
 * (1e21 → "1000000000000000000000", 1e-7 → "0.0000001"), -0 as "0".
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Not a JSON number: ${n}`);
  if (Object.is(n, -0) || n === 0) return "0";
  const text = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, head = "", tail = "", exp = "0"] = m;
  const digits = head + tail;
  const point = 1 + Number(exp); // position of the decimal point within digits
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Code point order (UTF-8 byte order, as PostgreSQL's COLLATE "C"), not UTF-16 code unit order. */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * Canonical JSON: no whitespace, object keys in code point order, strings escaped as
 * JSON.stringify escapes them, numbers as plain decimals. Undefined object members are left out
 * (as JSON leaves them out); Dates become their ISO string.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return plainNumber(value);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return value.toString();
    case "object": {
      if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(",")}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => byCodePoint(a, b));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
    }
    default:
      throw new Error(`Not JSON: ${typeof value}`);
  }
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** One audit event as stored (Json columns as read back: parsed JSON or null). */
export interface ChainedEventContent {
  id: bigint | string;
  seq: bigint | string;
  prevHash: string;
  createdAt: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** The exact text that is hashed for an event. */
export function canonicalEvent(e: ChainedEventContent): string {
  return canonicalJson({
    v: CHAIN_VERSION,
    seq: String(e.seq),
    id: String(e.id),
    prevHash: e.prevHash,
    createdAt: e.createdAt.toISOString(),
    actorId: e.actorId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
  });
}

export function eventHash(e: ChainedEventContent): string {
  return sha256Hex(canonicalEvent(e));
}

/** A stored event with its chain columns (null: not sealed, which only a rolled-in change shows). */
export interface StoredEvent extends Omit<ChainedEventContent, "seq" | "prevHash"> {
  seq: bigint | string | null;
  prevHash: string | null;
  hash: string | null;
}

export interface ChainBreak {
  id: string;
  seq: string | null;
  problem: string;
}

/**
 * Checks events handed over in seq order, one at a time (bounded memory: only the previous
 * event's seq and hash are kept). `check` returns the first break, or null; `head` the last
 * event seen.
 */
export class ChainWalker {
  private prevSeq = 0n;
  private prevHash = GENESIS_HASH;
  count = 0;
  head: { id: string; seq: string; hash: string; createdAt: Date } | null = null;

  check(e: StoredEvent): ChainBreak | null {
    const id = String(e.id);
    const seq = e.seq === null ? null : String(e.seq);
    const fail = (problem: string): ChainBreak => ({ id, seq, problem });
    if (seq === null || e.hash === null || e.prevHash === null) return fail("event is not sealed (no hash)");
    if (BigInt(seq) !== this.prevSeq + 1n)
      return fail(`sequence gap: expected seq ${this.prevSeq + 1n}, found ${seq} (an event is missing)`);
    if (e.prevHash !== this.prevHash)
      return fail(`prevHash ${e.prevHash} does not match the previous event's hash ${this.prevHash}`);
    const computed = eventHash({ ...e, seq, prevHash: e.prevHash });
    if (computed !== e.hash)
      return fail(`content does not match its hash: stored ${e.hash}, computed ${computed}`);
    this.prevSeq = BigInt(seq);
    this.prevHash = e.hash;
    this.count++;
    this.head = { id, seq, hash: e.hash, createdAt: e.createdAt };
    return null;
  }
}
