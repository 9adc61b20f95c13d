"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { useLive } from "@/lib/client/use-live";
import { fetchNotifications, NOTIFICATIONS_CHANGED } from "@/lib/client/notifications";

/**
 * The header's bell: how many notifications are unread, kept current without a reload — the
 * live stream says "something for you" (topic `me`) and the count is read again through the
 * authorised API; marking read on this page, or moving to another, reads it again too.
 */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("notifications");
  const [unread, setUnread] = useState(initialUnread);
  const pathname = usePathname();
  const refresh = useCallback(async () => {
    const page = await fetchNotifications({ limit: 1 });
    if (page) setUnread(page.unread);
  }, []);
  useLive(["me"], refresh);
  useEffect(() => {
    void pathname;
    void refresh();
  }, [pathname, refresh]);
  useEffect(() => {
    const onChange = () => void refresh();
    window.addEventListener(NOTIFICATIONS_CHANGED, onChange);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, onChange);
  }, [refresh]);
  const label = t("bellLabel", { count: unread });
  return (
    <Link
      href="/dashboard/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative inline-flex items-center text-muted hover:text-accent"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="absolute -right-2 -top-1.5 min-w-4 rounded-full bg-rose-700 px-1 text-center text-[10px] font-bold leading-4 text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
