"use client";

import type { NotificationPage } from "../notifications/queries";

/** The signed-in person's notifications (GET /api/notifications); null when the request failed. */
export async function fetchNotifications(
  params: { cursor?: string; limit?: number } = {},
): Promise<NotificationPage | null> {
  const query = new URLSearchParams();
  if (params.cursor) query.set("cursor", params.cursor);
  query.set("limit", String(params.limit ?? 30));
  try {
    const res = await fetch(`/api/notifications?${query}`, { cache: "no-store" });
    return res.ok ? ((await res.json()) as NotificationPage) : null;
  } catch {
    return null;
  }
}

/** Tells the header's bell that the count changed on this page (marked read here). */
export const NOTIFICATIONS_CHANGED = "claimledger:notifications-changed";
export const announceNotificationsChanged = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
