/**
 * GET a page on someone's behalf (an article URL typed by an editor), under the same rules as
 * webhooks (lib/net/public-address.ts): http(s) only, every address public unless its host is on
 * an explicit allow-list, the socket connects only to the address that was checked (DNS
 * rebinding), and every redirect is a new URL checked the same way before it is followed. The
 * answer is bounded in size and in total time (not only idle time), so a slow or endless page
 * cannot hold a server.
 */
import http from "node:http";
import https from "node:https";
import { assertPublicUrl, PublicAddressError, publicLookup, type AddressPolicy } from "./public-address";

export interface FetchLimits {
  /** Largest body read, in bytes; a larger answer is refused (not truncated). */
  maxBytes: number;
  /** Whole exchange, redirects included. */
  timeoutMs: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { maxBytes: 5_000_000, timeoutMs: 15_000, maxRedirects: 5 };

export type FetchProblem =
  | PublicAddressError["problem"]
  | "too_large"
  | "timeout"
  | "too_many_redirects"
  | "http_status"
  | "network";

export class FetchError extends Error {
  constructor(
    readonly problem: FetchProblem,
    message: string,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

export interface FetchedBody {
  /** The address that answered, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  body: Buffer;
  /** Every address visited, the first included. */
  chain: string[];
}

/** Hosts (names or IP literals, lower case) that may be private: tests, an intranet CMS. */
export function policyFor(url: URL, allowedHosts: readonly string[]): AddressPolicy {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return { allowPrivate: allowedHosts.includes(host) };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function getOnce(
  url: URL,
  policy: AddressPolicy,
  limits: FetchLimits,
  signal: AbortSignal,
  headers: Record<string, string>,
): Promise<{ status: number; location: string | null; contentType: string | null; body: Buffer }> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "GET",
        headers: { "User-Agent": "ClaimLedger-Ingest/1", Accept: "text/html,*/*;q=0.5", ...headers },
        agent: false,
        lookup: publicLookup(policy) as unknown as http.RequestOptions["lookup"],
        signal,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location ?? null;
        const contentType = response.headers["content-type"] ?? null;
        if (REDIRECTS.has(status)) {
          response.resume();
          resolve({ status, location, contentType, body: Buffer.alloc(0) });
          return;
        }
        const declared = Number(response.headers["content-length"] ?? NaN);
        if (Number.isFinite(declared) && declared > limits.maxBytes) {
          response.destroy();
          reject(tooLarge(limits));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            response.destroy();
            reject(tooLarge(limits));
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => resolve({ status, location, contentType, body: Buffer.concat(chunks) }));
        response.on("error", (error) => reject(asFetchError(error, limits)));
      },
    );
    request.on("error", (error) => reject(asFetchError(error, limits)));
    request.end();
  });
}

const tooLarge = (limits: FetchLimits) =>
  new FetchError("too_large", `The page is larger than ${Math.round(limits.maxBytes / 1_000_000)} MB.`);

function asFetchError(error: unknown, limits: FetchLimits): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof PublicAddressError) return new FetchError(error.problem, error.message);
  const e = error as NodeJS.ErrnoException;
  if (e?.name === "AbortError" || e?.code === "ABORT_ERR")
    return new FetchError("timeout", `The page did not answer within ${limits.timeoutMs / 1000} s.`);
  if (e?.code === "EPUBLICADDRESS") return new FetchError("private_address", e.message);
  return new FetchError("network", `The page could not be fetched (${e?.code ?? e?.message ?? "error"}).`);
}

/** Fetches `raw`, following at most `maxRedirects` redirects, each re-checked. Throws FetchError. */
export async function fetchPublic(
  raw: string,
  options: {
    allowedHosts?: readonly string[];
    limits?: Partial<FetchLimits>;
    headers?: Record<string, string>;
  } = {},
): Promise<FetchedBody> {
  const limits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
  const allowed = (options.allowedHosts ?? []).map((h) => h.toLowerCase());
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const chain: string[] = [];
  try {
    let next = raw;
    for (let hop = 0; ; hop++) {
      let url: URL;
      try {
        url = new URL(next);
      } catch {
        throw new FetchError("invalid_url", "This is not a valid URL.");
      }
      const policy = policyFor(url, allowed);
      try {
        url = await assertPublicUrl(url.href, policy);
      } catch (error) {
        throw asFetchError(error, limits);
      }
      chain.push(url.href);
      const answer = await getOnce(url, policy, limits, controller.signal, options.headers ?? {}).catch(
        (error: unknown) => {
          throw asFetchError(error, limits);
        },
      );
      if (REDIRECTS.has(answer.status)) {
        if (!answer.location)
          throw new FetchError("http_status", `A redirect (${answer.status}) without an address.`);
        if (hop >= limits.maxRedirects)
          throw new FetchError("too_many_redirects", `More than ${limits.maxRedirects} redirects.`);
        next = new URL(answer.location, url).href;
        continue;
      }
      if (answer.status < 200 || answer.status >= 300)
        throw new FetchError("http_status", `The page answered ${answer.status}.`);
      return {
        url: url.href,
        status: answer.status,
        contentType: answer.contentType,
        body: answer.body,
        chain,
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
