import type { AppErrorReason, FieldIssue } from "../errors";

/**
 * Browser-side JSON calls to our route handlers, with the server's error shape (lib/api/route.ts):
 * `message` is English for API clients; `reason` and `details.issues` are the machine-readable
 * part the dashboard words in the user's language (lib/client/describe-error.ts).
 */
export interface ApiError {
  code: string;
  message: string;
  reason?: AppErrorReason;
  details?: {
    fields?: Record<string, string[]>;
    issues?: Record<string, FieldIssue[]>;
    current?: unknown;
    currentVersion?: number | null;
    [k: string]: unknown;
  } | null;
}

/** The server answered 202: the change waits for a reviewer (lib/pending/) and is not public yet. */
export function waitsForReviewer(data: unknown): boolean {
  return typeof data === "object" && data !== null && "pendingChange" in data;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiError };

/**
 * One call to a route handler: a JSON body for a change, none for a read (GET, its input in the
 * URL). `signal` cancels a read made stale by newer input; the caller checks `signal.aborted`.
 */
export async function callApi<T>(
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers:
        method === "GET"
          ? { Accept: "application/json" }
          : { "Content-Type": "application/json", Accept: "application/json" },
      body: method === "GET" ? undefined : JSON.stringify(body ?? {}),
      credentials: "same-origin",
      signal,
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: {
        code: "NETWORK",
        message: "The server could not be reached. Check your connection; nothing was saved.",
      },
    };
  }
  const payload = (await response.json().catch(() => null)) as { error?: ApiError } | T | null;
  if (response.ok) return { ok: true, data: payload as T };
  const error = (payload as { error?: ApiError } | null)?.error ?? {
    code: "HTTP",
    message: `Request failed (${response.status}).`,
  };
  return { ok: false, status: response.status, error };
}
