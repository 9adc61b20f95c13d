"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { type ApiError, type ApiResult, callApi } from "./api";
import { describeApiError, type ErrorTranslator, type FieldSpecs } from "./describe-error";

type Method = "POST" | "PUT" | "PATCH" | "DELETE";

/** The failure of the last call, in the user's words, with the server's details for screens that need them (the conflict panel). */
export interface MutationError {
  code: string;
  reason: ApiError["reason"];
  status: number;
  /** One sentence for the whole form, in the dashboard's language. */
  message: string;
  details: NonNullable<ApiError["details"]> | null;
}

/**
 * The one owner of a client mutation's pending and error state (the house style: nobody writes
 * busy/error pairs by hand). `run` calls a route handler through `callApi`; `perform` wraps any
 * other request that answers an `ApiResult` (sign-in). Errors come back translated: `error.message`
 * for the form, `fieldErrors[field]` ("Label: what is wrong") next to each field named in `fields`.
 */
export function useApiMutation(options: { fields?: FieldSpecs } = {}) {
  // Dynamic keys (reasons, issue kinds) are checked with `has` and by the catalogue unit test.
  const t = useTranslations("errors2") as unknown as ErrorTranslator;
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ status: number; error: ApiError } | null>(null);
  // A check the browser makes before sending (two password fields differ), already in words.
  const [localFailure, setLocalFailure] = useState<{
    message: string;
    fields: Record<string, string>;
  } | null>(null);

  async function perform<T>(request: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    setPending(true);
    setFailure(null);
    setLocalFailure(null);
    try {
      const result = await request();
      if (!result.ok) setFailure({ status: result.status, error: result.error });
      return result;
    } finally {
      setPending(false);
    }
  }

  const run = <T>(method: Method, url: string, body: unknown = {}) =>
    perform(() => callApi<T>(method, url, body));

  const described = failure
    ? describeApiError(failure.error, t, { fields: options.fields, serverWords: locale === "en" })
    : localFailure;
  const error: MutationError | null = failure
    ? {
        code: failure.error.code,
        reason: failure.error.reason,
        status: failure.status,
        message: described?.message ?? "",
        details: failure.error.details ?? null,
      }
    : localFailure
      ? { code: "VALIDATION", reason: undefined, status: 0, message: localFailure.message, details: null }
      : null;

  return {
    run,
    perform,
    pending,
    error,
    fieldErrors: described?.fields ?? ({} as Record<string, string>),
    /** Shows a failure found before sending (already translated): a form message and per-field messages. */
    fail: (message: string, fields: Record<string, string> = {}) => {
      setFailure(null);
      setLocalFailure({ message, fields });
    },
    /** Forget the last failure (the person dismissed it, or the form was reset). */
    reset: () => {
      setFailure(null);
      setLocalFailure(null);
    },
  };
}

export type ApiMutation = ReturnType<typeof useApiMutation>;
