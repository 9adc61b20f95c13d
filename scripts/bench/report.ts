import os from "node:os";
import { fmt } from "./stats";

/**
 * How every bench states what it measured: each target is printed with PASS or FAIL, each
 * precondition (what the figures depend on: a database, a tool, a page answering 200 from the
 * cache) with ok or MISSING, and the exit code says which of the three the run came to:
 *   0  every precondition held and every target was met;
 *   1  a target was missed, or the bench itself failed;
 *   2  a precondition was absent: the figures were not measured, or not what the bench claims.
 * A figure that is not a finite number (nothing was measured) fails its target.
 */
export const EXIT_PASS = 0;
export const EXIT_FAIL = 1;
export const EXIT_NOT_MEASURED = 2;

/** Thrown when a bench cannot measure what it claims; `exitCodeOf` turns it into exit code 2. */
export class PreconditionMissing extends Error {
  override name = "PreconditionMissing";
}

export type Comparison = "<" | "<=" | ">=" | ">";

const holds = (value: number, op: Comparison, limit: number) =>
  op === "<" ? value < limit : op === "<=" ? value <= limit : op === ">=" ? value >= limit : value > limit;

export class BenchReport {
  private readonly missed: string[] = [];
  private readonly absent: string[] = [];

  constructor(readonly bench: string) {}

  /** A measured figure against its limit, e.g. `target("claim p99", 67.1, "<", 100, { unit: " ms" })`. */
  target(
    name: string,
    value: number,
    op: Comparison,
    limit: number,
    { unit = "", digits = 1 }: { unit?: string; digits?: number } = {},
  ): boolean {
    const pass = Number.isFinite(value) && holds(value, op, limit);
    console.log(
      `  ${pass ? "PASS   " : "FAIL   "} ${name}: ${fmt(value, digits)}${unit} (target ${op} ${fmt(limit, digits)}${unit})`,
    );
    if (!pass) this.missed.push(name);
    return pass;
  }

  /** A yes/no target, e.g. "every timed search statement is planned with an index". */
  check(name: string, pass: boolean, detail = ""): boolean {
    console.log(`  ${pass ? "PASS   " : "FAIL   "} ${name}${detail ? `: ${detail}` : ""}`);
    if (!pass) this.missed.push(name);
    return pass;
  }

  /**
   * Something the figures depend on. Recorded and printed; when absent the run ends with exit
   * code 2 whatever the targets said. Use `require` to stop at once instead.
   */
  precondition(name: string, ok: boolean, detail = ""): boolean {
    console.log(`  ${ok ? "ok     " : "MISSING"} ${name}${detail ? `: ${detail}` : ""}`);
    if (!ok) this.absent.push(name);
    return ok;
  }

  /** A precondition without which nothing after it may be reported: throws PreconditionMissing. */
  require(name: string, ok: boolean, detail = ""): void {
    if (!this.precondition(name, ok, detail))
      throw new PreconditionMissing(`${name}${detail ? `: ${detail}` : ""}`);
  }

  get exitCode(): number {
    return this.absent.length ? EXIT_NOT_MEASURED : this.missed.length ? EXIT_FAIL : EXIT_PASS;
  }

  /** Prints the machine's load (other work skews every timing) and the verdict line; returns the exit code. */
  finish(): number {
    console.log(
      `  machine: ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => fmt(l, 1))
        .join(" ")} (1, 5, 15 min)`,
    );
    if (this.absent.length) console.log(`${this.bench}: NOT MEASURED — missing: ${this.absent.join("; ")}`);
    else if (this.missed.length)
      console.log(`${this.bench}: FAIL — target missed: ${this.missed.join("; ")}`);
    else console.log(`${this.bench}: PASS — every target met`);
    return this.exitCode;
  }
}

/** The exit code for an error that ended a bench, after saying why on stderr. */
export function exitCodeOf(bench: string, error: unknown): number {
  if (error instanceof PreconditionMissing) {
    console.error(`${bench}: NOT MEASURED — ${error.message}`);
    return EXIT_NOT_MEASURED;
  }
  console.error(`${bench} failed:`, error);
  return EXIT_FAIL;
}

/**
 * Runs a bench's `main` (which resolves to its exit code) and exits with that code, or with the
 * code `exitCodeOf` gives its error, after `cleanUp` (pools, timers) and a `delayMs` grace.
 */
export function runBench(
  bench: string,
  main: () => Promise<number>,
  options: { cleanUp?: () => Promise<void>; delayMs?: number } = {},
): void {
  main()
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      process.exitCode = exitCodeOf(bench, error);
    })
    .finally(async () => {
      await options.cleanUp?.();
      setTimeout(() => process.exit(process.exitCode ?? 0), options.delayMs ?? 0);
    });
}
