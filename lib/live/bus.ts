import pg from "pg";
import { appListenSource, type ListenSource } from "../db";
import { LIVE_CHANNEL, type LiveMessage } from "./publish";

/**
 * The listening half of live updates: one LISTEN per app server process, fanned out to the
 * server-sent event streams open on it (app/api/live), by topic.
 *
 * No Redis pub/sub is needed for several app servers: every server LISTENs on the same PostgreSQL
 * database, and PostgreSQL delivers each committed NOTIFY to every listening session, whichever
 * server's transaction sent it. On PGlite (one process by construction) the app's own instance
 * delivers them.
 *
 * Events missed while the connection is down cannot be replayed (NOTIFY keeps nothing): after a
 * reconnection every subscriber gets a `resync` event, on which pages read their data again.
 */
export type LiveListener = (message: LiveMessage) => void;

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 10_000;

export class LiveBus {
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private started: Promise<void> | null = null;
  private stopped = false;
  private client: pg.Client | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelay = RETRY_MIN_MS;
  /** Resolves once the LISTEN is in place (for tests, and the first subscriber's stream). */
  ready: Promise<void> = Promise.resolve();

  constructor(readonly source: ListenSource) {}

  /** Starts listening (once). Never throws: a connection that fails is retried with backoff. */
  start(): Promise<void> {
    this.started ??= this.connect();
    this.ready = this.started;
    return this.started;
  }

  /** Calls `listener` for every event on any of `topics`; returns the unsubscribe function. */
  subscribe(topics: readonly string[], listener: LiveListener): () => void {
    void this.start();
    const unique = [...new Set(topics)];
    for (const topic of unique) {
      const set = this.listeners.get(topic) ?? new Set<LiveListener>();
      this.listeners.set(topic, set);
      set.add(listener);
    }
    return () => {
      for (const topic of unique) {
        const set = this.listeners.get(topic);
        set?.delete(listener);
        if (set?.size === 0) this.listeners.delete(topic);
      }
    };
  }

  /** How many subscriptions are open (tests check that a closed stream let go of its own). */
  get subscriberCount(): number {
    const all = new Set<LiveListener>();
    for (const set of this.listeners.values()) for (const l of set) all.add(l);
    return all.size;
  }

  /** Hands one NOTIFY payload to the subscribers of its topics (each at most once). */
  dispatch(payload: string | undefined): void {
    let message: LiveMessage;
    try {
      message = JSON.parse(payload ?? "") as LiveMessage;
    } catch {
      return;
    }
    if (!message || typeof message.type !== "string" || !Array.isArray(message.topics)) return;
    const told = new Set<LiveListener>();
    for (const topic of message.topics) {
      for (const listener of this.listeners.get(topic) ?? []) {
        if (told.has(listener)) continue;
        told.add(listener);
        try {
          listener(message);
        } catch (error) {
          console.warn(`live: a subscriber failed: ${(error as Error).message}`);
        }
      }
    }
  }

  private resync(): void {
    const topics = [...this.listeners.keys()];
    if (topics.length) this.dispatch(JSON.stringify({ type: "resync", topics }));
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    if (this.source.kind === "pglite") {
      this.unlisten = await this.source.client.listen(LIVE_CHANNEL, (payload) => this.dispatch(payload));
      return;
    }
    const client = new pg.Client({ connectionString: this.source.url });
    this.client = client;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost || this.stopped) return;
      lost = true;
      console.warn(`live: LISTEN connection lost (${error?.message ?? "closed"}); reconnecting`);
      client.removeAllListeners("notification");
      void client.end().catch(() => {});
      this.scheduleReconnect();
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (n) => {
      if (n.channel === LIVE_CHANNEL) this.dispatch(n.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      const reconnected = this.retryDelay !== RETRY_MIN_MS;
      this.retryDelay = RETRY_MIN_MS;
      if (reconnected) this.resync();
    } catch (error) {
      onLost(error as Error);
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
    this.retryTimer.unref();
  }

  /** Stops listening; subscribers hear nothing more. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.started?.catch(() => {});
    if (this.unlisten) await this.unlisten().catch(() => {});
    this.unlisten = null;
    const client = this.client;
    this.client = null;
    client?.removeAllListeners("notification");
    await client?.end().catch(() => {});
    this.listeners.clear();
  }
}

const BUS = Symbol.for("claimledger.liveBus");
const g = globalThis as unknown as Record<symbol, LiveBus | undefined>;

/**
 * This process's bus, on the app's database (cached on globalThis like the database itself, so a
 * dev-server reload does not open a second LISTEN). When the app was pointed at another database
 * (tests), the old bus is stopped and a new one listens there.
 */
export function liveBus(): LiveBus {
  const source = appListenSource();
  const current = g[BUS];
  if (current && sameSource(current.source, source)) return current;
  if (current) void current.stop();
  const bus = new LiveBus(source);
  g[BUS] = bus;
  void bus.start();
  return bus;
}

function sameSource(a: ListenSource, b: ListenSource): boolean {
  if (a.kind === "pglite" && b.kind === "pglite") return a.client === b.client;
  if (a.kind === "postgres" && b.kind === "postgres") return a.url === b.url;
  return false;
}
