import type { z } from "zod";
import { getActor } from "../auth/actor";
import { AppError, isAppError, type FieldIssue, type FieldIssueKind } from "../errors";
import { idParams } from "../validation/common";
import { ID_PATTERN } from "../validation/ids";
import type { PublicChange } from "../edge/outbox";
import { settlePublicChange } from "../edge/outbox-worker";
import { isPendingAnswer } from "../pending/propose";
import { assertRole, type Action, type Actor } from "../permissions";

/**
 * Every mutating route handler is built with `mutationRoute`: same-origin check (CSRF),
 * actor resolved from the session and checked against the permission table, JSON body
 * parsed with zod (400 with per-field messages), then one service call, whose public cache
 * invalidation is done before answering. Expected errors
 * become their 4xx; anything else is logged and answered with a generic 500.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface MutationContext<I, P> {
  actor: Actor;
  input: I;
  params: P;
  request: Request;
}

/** Database errors with a known meaning (the caller's fault, or a busy database), as AppErrors; everything else stays unexpected. */
function fromDatabaseError(error: unknown): AppError | null {
  const e = error as { name?: string; code?: string };
  if (e?.name !== "PrismaClientKnownRequestError") return null;
  if (e.code === "P2002") return new AppError("CONFLICT", "This already exists.", undefined, "duplicate");
  if (e.code === "P2025") return new AppError("NOT_FOUND", "Not found.");
  if (e.code === "P2000")
    return new AppError("VALIDATION", "A value is too long.", undefined, "value_too_long");
  // The transaction never started (every connection busy past the wait limit) or ran past its
  // time limit and was rolled back: nothing was written, and the same request can be sent again.
  if (
    e.code === "P2028" &&
    /start a transaction|expired transaction|already closed|timeout/i.test(String((error as Error).message))
  ) {
    return new AppError(
      "BUSY",
      "The newsroom database is busy. Nothing was saved; please try again in a moment.",
    );
  }
  return null;
}

export function errorResponse(raw: unknown): Response {
  const error = fromDatabaseError(raw) ?? raw;
  if (isAppError(error)) {
    return Response.json(
      {
        error: {
          code: error.code,
          message: error.message,
          reason: error.reason,
          details: withFieldIssues(error),
        },
      },
      { status: error.status },
    );
  }
  console.error("Unexpected error in route handler:", error);
  return Response.json(
    {
      error: {
        code: "INTERNAL",
        message: "Something went wrong on our side. Nothing was saved; please try again.",
      },
    },
    { status: 500 },
  );
}

/**
 * A field error a service raised with a reason (`{ fields: { speakerId: ["Unknown speaker."] } }`,
 * reason "unknown_speaker") also says so per field in `details.issues`, like a schema error.
 */
function withFieldIssues(error: AppError): unknown {
  const details = error.details as { fields?: Record<string, string[]>; issues?: unknown } | null | undefined;
  if (!details || typeof details !== "object" || !details.fields || details.issues || !error.reason)
    return details ?? null;
  const reason = error.reason;
  const issues = Object.fromEntries(
    Object.keys(details.fields).map((field) => [field, [{ kind: reason } satisfies FieldIssue]]),
  );
  return { ...details, issues };
}

const ID_PATTERN_TEXT = String(ID_PATTERN);
const DAY_PATTERN_TEXT = String(/^\d{4}-\d{2}-\d{2}$/);

/** The value the person sent at an issue's path (undefined when the path does not exist). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Our stable name for what is wrong, from zod's issue (and, for "nothing given", the value sent). */
export function fieldIssueOf(issue: z.core.$ZodIssue, input?: unknown): FieldIssue {
  const sent = valueAt(input, issue.path);
  const nothing =
    input !== undefined &&
    (sent === undefined || sent === null || (typeof sent === "string" && sent.trim() === ""));
  const base = { code: issue.code };
  const kind = ((): FieldIssueKind => {
    switch (issue.code) {
      case "invalid_type":
        if (nothing) return "required";
        return issue.expected === "int" ? "not_whole_number" : "invalid_type";
      case "too_small":
        if (issue.origin === "string" && Number(issue.minimum) <= 1) return "required";
        if (issue.origin === "array" && Number(issue.minimum) <= 1) return "required";
        return issue.origin === "string" || issue.origin === "array" ? "too_short" : "too_small";
      case "too_big":
        return issue.origin === "string" || issue.origin === "array" ? "too_long" : "too_big";
      case "invalid_format":
        if (nothing) return "required";
        if (issue.format === "email") return "invalid_email";
        if (issue.format === "url") return "invalid_url";
        if (issue.format === "datetime" || issue.format === "date") return "invalid_date";
        if (issue.format === "regex" && issue.pattern === ID_PATTERN_TEXT) return "malformed_id";
        if (issue.format === "regex" && issue.pattern === DAY_PATTERN_TEXT) return "invalid_date";
        return "invalid";
      case "invalid_value":
        return nothing ? "required" : "invalid_choice";
      case "unrecognized_keys":
        return "unknown_key";
      case "custom": {
        const declared = (issue.params as { kind?: unknown } | undefined)?.kind;
        return typeof declared === "string" ? (declared as FieldIssueKind) : "invalid";
      }
      default:
        return "invalid";
    }
  })();
  const bounds: Pick<FieldIssue, "minimum" | "maximum"> = {};
  if (issue.code === "too_small" && typeof issue.minimum === "number") bounds.minimum = issue.minimum;
  if (issue.code === "too_big" && typeof issue.maximum === "number") bounds.maximum = issue.maximum;
  return { kind, ...base, ...bounds };
}

/**
 * A 400 for input that does not match its schema. `details.fields` keeps zod's English messages per
 * field (API clients and tests read them); `details.issues` says the same per field in stable,
 * machine-readable kinds, which the dashboard turns into words in the user's language.
 */
export function validationError(error: z.ZodError, what = "Input", input?: unknown): AppError {
  const fields: Record<string, string[]> = {};
  const issues: Record<string, FieldIssue[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    fields[key] = [...(fields[key] ?? []), issue.message];
    issues[key] = [...(issues[key] ?? []), fieldIssueOf(issue, input)];
  }
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  return new AppError("VALIDATION", `${what} is invalid. ${where}${first?.message ?? ""}`.trim(), {
    fields,
    issues,
  });
}

/** Refuses cross-site requests: browsers always send Origin on POST/PUT/PATCH/DELETE. */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) throw new AppError("FORBIDDEN", "Cross-site request refused (missing Origin).");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN", "Cross-site request refused (bad Origin).");
  }
  if (originHost !== host) throw new AppError("FORBIDDEN", "Cross-site request refused.");
}

export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError("VALIDATION", "Send the request body as JSON (Content-Type: application/json).");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES)
    throw new AppError("PAYLOAD_TOO_LARGE", "Request body is too large (at most 2 MB).");
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES)
    throw new AppError("PAYLOAD_TOO_LARGE", "Request body is too large (at most 2 MB).");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("VALIDATION", "Request body is not valid JSON.", undefined, "bad_json");
  }
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** Route params (e.g. `[id]`) checked by their schema: a malformed one is a page that does not exist. */
async function parseParams<P extends z.ZodType>(
  schema: P | undefined,
  context: RouteContext | undefined,
): Promise<z.output<P>> {
  const raw = context?.params ? await context.params : {};
  if (!schema) return raw as z.output<P>;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("NOT_FOUND", "Not found.");
  return parsed.data;
}

export function mutationRoute<I extends z.ZodType, P extends z.ZodType, R>(config: {
  /** The permission table's action; a function of the input when it depends on it (workflow transitions). */
  action: Action | ((input: z.output<I>) => Action);
  input: I;
  params?: P;
  status?: number;
  run: (ctx: MutationContext<z.output<I>, z.output<P>>) => Promise<R>;
  after?: (result: R) => void | Promise<void>;
}) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(request);
      const actor = await getActor();
      // Anonymous callers are refused before anything is read; a static action is checked at once.
      if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in to do this.");
      if (typeof config.action === "string") assertRole(actor, config.action);
      const params = await parseParams(config.params, context);
      const body = await readJsonBody(request);
      const parsed = config.input.safeParse(body);
      if (!parsed.success) throw validationError(parsed.error, "Input", body);
      if (typeof config.action === "function") assertRole(actor, config.action(parsed.data));
      const result = await config.run({ actor, input: parsed.data, params, request });
      // Every cached copy of what changed is expired before the change is answered (the outbox
      // keeps retrying whatever part of that failed).
      if (result && typeof result === "object" && "outboxId" in result)
        await settlePublicChange(result as Partial<PublicChange>);
      await config.after?.(result);
      // A change that waits for a reviewer was accepted, not done (lib/pending/).
      return Response.json(result ?? { ok: true }, {
        status: isPendingAnswer(result) ? 202 : (config.status ?? 200),
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * A mutation of the one record a route's `[id]` names (`/api/claims/[id]/annotations`,
 * `/api/links/[id]`): `mutationRoute` with `idParams`, calling its service as
 * `run(actor, id, input)`, so the route says only what differs (action, input, service, status).
 */
export function idMutationRoute<I extends z.ZodType, R>(config: {
  action: Action | ((input: z.output<I>) => Action);
  input: I;
  status?: number;
  run: (actor: Actor, id: string, input: z.output<I>) => Promise<R>;
}) {
  const { run, ...rest } = config;
  return mutationRoute({
    ...rest,
    params: idParams,
    run: ({ actor, input, params }) => run(actor, params.id, input),
  });
}

/**
 * Every staff read (GET) route handler is built with `queryRoute`: actor from the session checked
 * against the permission table, route params and query string parsed with zod (a malformed id is
 * a 404, a bad query a 400 with per-field messages), one read; `null` from it is a 404 with the
 * given message. Staff data is never stored by a shared cache.
 */
export function queryRoute<Q extends z.ZodType, P extends z.ZodType, R>(config: {
  action: Action;
  query?: Q;
  params?: P;
  notFound?: string;
  run: (ctx: {
    actor: Actor;
    query: z.output<Q>;
    params: z.output<P>;
    request: Request;
  }) => Promise<R | null>;
}) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    try {
      const actor = await getActor();
      assertRole(actor, config.action);
      const params = await parseParams(config.params, context);
      let query = {} as z.output<Q>;
      if (config.query) {
        const raw = Object.fromEntries(new URL(request.url).searchParams);
        const parsed = config.query.safeParse(raw);
        if (!parsed.success) throw validationError(parsed.error, "Query", raw);
        query = parsed.data;
      }
      const result = await config.run({ actor, query, params, request });
      if (result === null) throw new AppError("NOT_FOUND", config.notFound ?? "Not found.");
      return Response.json(result, { headers: { "Cache-Control": "private, no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
