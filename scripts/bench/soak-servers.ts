import type { ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readSync } from "node:fs";

/**
 * What `npm run bench:soak` watches on one app server (a child process running
 * scripts/serve.ts): its RSS from /proc, its live memory on demand (the server answers SIGUSR2
 * with one JSON line on stdout, after a full collection when node runs with --expose-gc), and
 * what it logs, so warnings (an edge purge that failed, an outbox retry, Redis trouble) are
 * seen and counted in the report.
 */
export interface SoakServer {
  /** ":3400": how the report names it. */
  name: string;
  child: ChildProcess;
  rss(): number;
  /**
   * The server's memory after a full GC; null if it has exited or did not answer within 30 s
   * (a server thrashing near its heap limit), which the report then says instead of a figure.
   */
  liveMemory(): Promise<NodeJS.MemoryUsage | null>;
  /** When and how it exited, if it did (e.g. SIGABRT: V8 ran out of heap). */
  exited: { at: number; how: string } | null;
  /** Lines the server logged since it started (other than memory reports). */
  log: { lines: number; notable: Map<string, number> };
}

export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN; // the process is gone
  }
}

/** The ids of a process's children (Linux), e.g. the worker varnishd's manager forks. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Lines worth listing in the report: anything about purges, the outbox, Redis, or an error. */
const NOTABLE = /purge|outbox|redis|error|warn|fail|refused|timeout|ECONN|busy|503/i;
const ECHO_LIMIT = 40;

/** Splits a stream into lines. */
function onLines(stream: NodeJS.ReadableStream | null, each: (line: string) => void) {
  if (!stream) return;
  let buffer = "";
  stream.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      each(line);
    }
  });
}

/** The last `n` lines of a log file ("" if there is none). */
export function tailOf(file: string, n = 30): string {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-n).join("\n");
}

/** Calls `each` with every line appended to `file`, polling once a second until `until` resolves. */
function followFile(file: string, each: (line: string) => void, until: Promise<void>) {
  const fd = openSync(file, "r");
  const buf = Buffer.alloc(65536);
  let offset = 0;
  let pending = "";
  const poll = () => {
    for (
      let n = readSync(fd, buf, 0, buf.length, offset);
      n > 0;
      n = readSync(fd, buf, 0, buf.length, offset)
    ) {
      offset += n;
      pending += buf.subarray(0, n).toString();
    }
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    lines.forEach(each);
  };
  const timer = setInterval(poll, 1000);
  timer.unref();
  void until.then(() => {
    clearInterval(timer);
    poll();
    closeSync(fd);
  });
}

/**
 * Watches a server started with stdout piped, and stderr piped, inherited or written to
 * `logFile`. With `echo`, its other log lines are repeated on this process's stderr, prefixed
 * with its name (the first ECHO_LIMIT of them; all are counted).
 */
export function watchServer(
  child: ChildProcess,
  name: string,
  { echo, logFile }: { echo: boolean; logFile?: string },
): SoakServer {
  const waiters: ((m: NodeJS.MemoryUsage | null) => void)[] = [];
  const log = { lines: 0, notable: new Map<string, number>() };
  let echoed = 0;
  let warned = false;
  const other = (line: string) => {
    if (line.trim() === "") return;
    log.lines++;
    // Stack frames (JavaScript or native) belong to the message above them.
    if (NOTABLE.test(line) && !/^\s*(at |\d+: 0x)/.test(line)) {
      // Numbers (ids, attempts, times) vary; the message is what repeats.
      const key = line.replace(/\d+/g, "N").slice(0, 200);
      log.notable.set(key, (log.notable.get(key) ?? 0) + 1);
    }
    if (!echo) return;
    if (echoed < ECHO_LIMIT) process.stderr.write(`[app ${name}] ${line}\n`);
    else if (echoed === ECHO_LIMIT)
      process.stderr.write(`[app ${name}] … further lines are counted, not shown\n`);
    echoed++;
  };
  onLines(child.stdout, (line) => {
    if (line.startsWith('{"memory"')) {
      const report = JSON.parse(line) as { memory: NodeJS.MemoryUsage; collected?: boolean };
      if (report.collected === false && !warned) {
        warned = true;
        process.stderr.write(
          `soak: app server ${name} runs without --expose-gc: its "live heap" includes garbage\n`,
        );
      }
      waiters.shift()?.(report.memory);
      return;
    }
    // Only a cluster's servers echo stdout: the single-server soak never showed it.
    if (echo) other(line);
  });
  onLines(child.stderr, other);
  const exit = new Promise<void>((r) => (running(child) ? child.once("exit", () => r()) : r()));
  if (logFile) followFile(logFile, other, exit);
  const server: SoakServer = {
    name,
    child,
    rss: () => rssMb(child.pid!),
    liveMemory: () =>
      new Promise<NodeJS.MemoryUsage | null>((resolve) => {
        if (!running(child)) return resolve(null);
        const timer = setTimeout(() => {
          const i = waiters.indexOf(done);
          if (i >= 0) waiters.splice(i, 1);
          process.stderr.write(`soak: app server ${name} did not report its memory (SIGUSR2) within 30 s\n`);
          resolve(null);
        }, 30_000);
        const done = (m: NodeJS.MemoryUsage | null) => {
          clearTimeout(timer);
          resolve(m);
        };
        waiters.push(done);
        child.kill("SIGUSR2");
      }),
    exited: null,
    log,
  };
  void exit.then(() => {
    server.exited = { at: Date.now(), how: String(child.exitCode ?? child.signalCode) };
    for (const waiter of waiters.splice(0)) waiter(null);
  });
  return server;
}

function running(c: ChildProcess) {
  return c.exitCode === null && c.signalCode === null;
}

/** Stops children gracefully (SIGTERM), forcefully (SIGKILL) after `graceMs`. */
export async function stopChildren(children: ChildProcess[], graceMs = 8000): Promise<void> {
  const alive = children.filter(running);
  for (const c of alive) c.kill("SIGTERM");
  const timer = setTimeout(() => {
    for (const c of alive.filter(running)) c.kill("SIGKILL");
  }, graceMs);
  await Promise.all(
    alive.map((c) => new Promise<void>((r) => (running(c) ? c.once("exit", () => r()) : r()))),
  );
  clearTimeout(timer);
}

/** For process.on("exit"): nothing asynchronous runs any more, so only a signal can be sent. */
export function signalChildren(children: ChildProcess[]): void {
  for (const c of children.filter(running)) c.kill("SIGTERM");
}
