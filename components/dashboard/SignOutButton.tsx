"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { SESSION_REFRESH_SECONDS } from "@/lib/auth/session-policy";

// When this tab last asked for a fresh session token (ms); shared by every mount in the tab.
let lastRefresh = 0;

/**
 * Keeps the session of a dashboard tab that is in use: on navigation, a click, a key press or
 * coming back to the tab, at most every SESSION_REFRESH_SECONDS, /api/auth/session re-issues
 * the token (its idle limit starts again; its absolute limit does not move). A tab nobody uses
 * asks nothing and is signed out after the idle limit. When the answer is "no session" (signed
 * out elsewhere, disabled, role or password changed, limit reached) the tab goes to sign-in.
 */
function useSessionKeepAlive(): void {
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a navigation is activity: it re-runs the check on purpose.
  useEffect(() => {
    let active = true;
    async function refresh() {
      if (Date.now() - lastRefresh < SESSION_REFRESH_SECONDS * 1000) return;
      lastRefresh = Date.now();
      try {
        const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
        const session = (await response.json()) as { user?: unknown };
        if (active && response.ok && !session.user) {
          const back = `${window.location.pathname}${window.location.search}`;
          window.location.assign(`/signin?reason=expired&callbackUrl=${encodeURIComponent(back)}`);
        }
      } catch {
        lastRefresh = 0; // offline or server busy: try again on the next activity
      }
    }
    const onActivity = () => void refresh();
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    void refresh();
    window.addEventListener("pointerdown", onActivity, { passive: true });
    window.addEventListener("keydown", onActivity, { passive: true });
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      active = false;
      window.removeEventListener("pointerdown", onActivity);
      window.removeEventListener("keydown", onActivity);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [pathname]);
}

/**
 * Signing out ends this user's sessions on every device (lib/auth/session.ts explains why),
 * so a copy of the session cookie stops working too.
 */
export function SignOutButton() {
  const t = useTranslations("nav");
  useSessionKeepAlive();
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/signin" })}
      className="text-sm font-medium text-muted hover:text-accent"
    >
      {t("signOut")}
    </button>
  );
}
