import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** Awaits `promise`, expecting it to reject with an AppError of `code`; returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code, (error as AppError).message).toBe(code);
  return error as AppError;
}
