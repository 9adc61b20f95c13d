import type { ApiError } from "./api";

/**
 * next-auth's `signIn(…, { redirect: false })` answers a failure with the word the credentials
 * provider threw (lib/auth/authenticate.ts `signInErrorCode`): "wrong_credentials" or
 * "too_many_attempts:<minutes>". This turns it into our error shape, so the sign-in form says it
 * like every other form does. Anything else (next-auth's own "CredentialsSignin", a network
 * failure) reads as wrong credentials or as the server's fault — never the raw text.
 */
export function signInFailure(error: string | null | undefined, status: number): ApiError {
  const locked = /^too_many_attempts:(\d{1,4})$/.exec(error ?? "");
  if (locked) {
    return {
      code: "TOO_MANY_REQUESTS",
      reason: "too_many_attempts",
      message: "Too many failed sign-in attempts.",
      details: { retryInMinutes: Number(locked[1]) },
    };
  }
  if (error === "wrong_credentials" || error === "CredentialsSignin" || status === 401) {
    return { code: "UNAUTHENTICATED", reason: "wrong_credentials", message: "Wrong e-mail or password." };
  }
  return { code: status === 0 ? "NETWORK" : status >= 500 ? "INTERNAL" : "HTTP", message: "Sign-in failed." };
}
