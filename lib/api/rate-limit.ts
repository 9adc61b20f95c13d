import { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { env, envVariableFrom } from "../env";

/**
 * Per-client rate limit for the public read API: PUBLIC_API_RATE_LIMIT requests in a fixed
 * one-minute window per client address.
 *
 * With REDIS_URL the count lives in Redis, so every app server enforces one combined limit.
 * When Redis is unreachable each server falls back to counting in its own memory (the
 * "insurance" limiter): clients are still limited, per server, and no request fails because of
 * it. Without REDIS_URL the count is in memory only (one app server).
 */
export const RATE_LIMIT_KEY_PREFIX = "claimledger:rl:v1";
export const RATE_LIMIT_WINDOW_SECONDS = 60;
/** A Redis that answers slower than this counts as down for that request. */
const REDIS_COMMAND_TIMEOUT_MS = 500;

export interface RateLimitEnv {
  PUBLIC_API_RATE_LIMIT: number;
}

/** PUBLIC_API_RATE_LIMIT from an environment (validated by lib/env.ts); throws an error naming the variable when invalid. */
export function rateLimitEnvFrom(source: Record<string, string | undefined>): RateLimitEnv {
  return { PUBLIC_API_RATE_LIMIT: envVariableFrom("PUBLIC_API_RATE_LIMIT", source) };
}

export const PUBLIC_API_LIMIT_PER_MINUTE = env.PUBLIC_API_RATE_LIMIT;

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetSeconds: number;
}

export interface PublicRateLimiterOptions {
  /** redis://… shares the count between app servers; unset counts in this process only. */
  redisUrl?: string | undefined;
  /** Requests per client per minute. */
  limit: number;
  /** Prefix of the Redis keys (default claimledger:rl:v1). */
  keyPrefix?: string;
  /** Where warnings go (default console.warn). */
  log?: (message: string) => void;
}

export interface PublicRateLimiter {
  readonly limit: number;
  readonly store: "redis" | "memory";
  /** Counts one request by `client`; never rejects (an unexpected failure allows the request). */
  take(client: string): Promise<RateDecision>;
  /** Resolves true once the shared store is connected (at once without Redis), false after `timeoutMs`. */
  ready(timeoutMs?: number): Promise<boolean>;
  /** Closes the Redis connection, if any. */
  close(): Promise<void>;
}

function isRateLimiterRes(value: unknown): value is RateLimiterRes {
  return (
    value instanceof RateLimiterRes ||
    (typeof value === "object" &&
      value !== null &&
      !(value instanceof Error) &&
      typeof (value as RateLimiterRes).msBeforeNext === "number" &&
      typeof (value as RateLimiterRes).remainingPoints === "number")
  );
}

export function createPublicRateLimiter(options: PublicRateLimiterOptions): PublicRateLimiter {
  const { limit, redisUrl } = options;
  const keyPrefix = options.keyPrefix ?? RATE_LIMIT_KEY_PREFIX;
  const log = options.log ?? ((message: string) => console.warn(message));
  const points = { points: limit, duration: RATE_LIMIT_WINDOW_SECONDS, keyPrefix };

  let redis: Redis | null = null;
  let limiter: RateLimiterAbstract;
  if (redisUrl) {
    redis = new Redis(redisUrl, {
      // Fail at once while Redis is down (the insurance limiter answers) instead of queueing
      // commands and holding requests until it is back.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(200 * times, 2000),
    });
    // One line per outage, not one per reconnection attempt; an unhandled 'error' event would
    // crash the process.
    let down = false;
    redis.on("error", (error: Error) => {
      if (down) return;
      down = true;
      log(
        `public API rate limit: Redis unreachable (${error.message}); limiting per app server until it is back`,
      );
    });
    redis.on("ready", () => {
      if (down) log("public API rate limit: Redis reachable again; the limit is shared between app servers");
      down = false;
    });
    limiter = new RateLimiterRedis({
      storeClient: redis,
      ...points,
      rejectIfRedisNotReady: true,
      // A client over its limit is refused from memory for the rest of its window, without a
      // round trip to Redis per request.
      inMemoryBlockOnConsumed: limit + 1,
      insuranceLimiter: new RateLimiterMemory(points),
    });
  } else {
    limiter = new RateLimiterMemory(points);
  }

  let warned = false;
  const decision = (allowed: boolean, res: RateLimiterRes): RateDecision => ({
    allowed,
    limit,
    remaining: Math.max(0, Math.min(limit, res.remainingPoints)),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });

  return {
    limit,
    store: redis ? "redis" : "memory",
    async take(client) {
      try {
        return decision(true, await limiter.consume(client));
      } catch (outcome) {
        if (isRateLimiterRes(outcome)) return decision(false, outcome);
        if (!warned) {
          warned = true;
          log(
            `public API rate limit: unexpected failure, requests are let through while it lasts: ${outcome instanceof Error ? (outcome.stack ?? outcome.message) : String(outcome)}`,
          );
        }
        return { allowed: true, limit, remaining: limit, resetSeconds: RATE_LIMIT_WINDOW_SECONDS };
      }
    },
    async ready(timeoutMs = 5000) {
      const client = redis;
      if (!client) return true;
      if (client.status === "ready") return true;
      return new Promise<boolean>((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timer);
          client.off("ready", onReady);
          resolve(ok);
        };
        const onReady = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        client.on("ready", onReady);
      });
    },
    async close() {
      redis?.disconnect();
    },
  };
}

const SINGLETON = Symbol.for("claimledger.publicRateLimiter");

/**
 * This process's limiter, from PUBLIC_API_RATE_LIMIT and REDIS_URL, created on first use and
 * kept on globalThis so all of Next's bundles share one (and one Redis connection).
 */
function publicRateLimiter(): PublicRateLimiter {
  const g = globalThis as typeof globalThis & { [SINGLETON]?: PublicRateLimiter };
  let limiter = g[SINGLETON];
  if (!limiter) {
    try {
      limiter = createPublicRateLimiter({ redisUrl: env.REDIS_URL, limit: PUBLIC_API_LIMIT_PER_MINUTE });
    } catch (error) {
      console.error(
        "public API rate limit: could not set up the shared limiter; limiting per app server",
        error,
      );
      limiter = createPublicRateLimiter({ limit: PUBLIC_API_LIMIT_PER_MINUTE });
    }
    g[SINGLETON] = limiter;
  }
  return limiter;
}

let failed = false;

/** Counts one public API request by `client`. Never rejects: if the limiter cannot work, the request is allowed. */
export async function takeToken(client: string): Promise<RateDecision> {
  try {
    return await publicRateLimiter().take(client);
  } catch (error) {
    if (!failed) {
      failed = true;
      console.error("public API rate limit: unexpected failure; requests are let through", error);
    }
    return {
      allowed: true,
      limit: PUBLIC_API_LIMIT_PER_MINUTE,
      remaining: PUBLIC_API_LIMIT_PER_MINUTE,
      resetSeconds: RATE_LIMIT_WINDOW_SECONDS,
    };
  }
}

export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  return {
    "X-RateLimit-Limit": String(d.limit),
    "X-RateLimit-Remaining": String(d.remaining),
    "X-RateLimit-Reset": String(d.resetSeconds),
    ...(d.allowed ? {} : { "Retry-After": String(d.resetSeconds) }),
  };
}
