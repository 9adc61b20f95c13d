/**
 * The one error type the app shows to users. Anything else that escapes a handler is
 * logged and answered with a generic 500 message (never the raw error).
 */
export type AppErrorCode =
  | "VALIDATION" // 400: input does not match the schema
  | "UNAUTHENTICATED" // 401: sign in first
  | "FORBIDDEN" // 403: role or ownership rule says no
  | "NOT_FOUND" // 404
  | "CONFLICT" // 409: stale version (someone else saved first) or duplicate
  | "INVALID_STATE" // 409: the workflow does not allow this from the current state
  | "TOO_MANY_REQUESTS" // 429
  | "PAYLOAD_TOO_LARGE" // 413
  | "BUSY"; // 503: the database could not take the change now; nothing was written, retry

const statusByCode: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  BUSY: 503,
};

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
    this.status = statusByCode[code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
