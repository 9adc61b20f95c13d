"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useCallback, useState } from "react";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { announceNotificationsChanged, fetchNotifications } from "@/lib/client/notifications";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import { useLive } from "@/lib/client/use-live";
import type { NotificationItem, NotificationPage } from "@/lib/notifications/queries";

const PAGE = 30;

/**
 * The notification centre's list: each notification as a sentence in the reader's language,
 * leading to its claim (marked read on the way), unread ones set apart, "mark all read", older
 * pages on demand, and new ones added as they arrive (live topic `me`).
 */
export function NotificationCentre({ initial }: { initial: NotificationPage }) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const [items, setItems] = useState<NotificationItem[]>(initial.data);
  const [unread, setUnread] = useState(initial.unread);
  const [more, setMore] = useState(initial.data.length === PAGE);
  const { run, pending, error } = useApiMutation();

  const reload = useCallback(async () => {
    const page = await fetchNotifications({ limit: Math.max(PAGE, items.length) });
    if (!page) return;
    setItems(page.data);
    setUnread(page.unread);
  }, [items.length]);
  useLive(["me"], () => void reload());

  async function markRead(body: { ids: string[] } | { all: true }) {
    const result = await run<{ marked: number; unread: number }>("POST", "/api/notifications/read", body);
    if (!result.ok) return;
    const now = new Date().toISOString();
    setItems((list) =>
      list.map((n) => ("all" in body || body.ids.includes(n.id) ? { ...n, readAt: n.readAt ?? now } : n)),
    );
    setUnread(result.data.unread);
    announceNotificationsChanged();
  }

  async function loadOlder() {
    const last = items.at(-1);
    const page = await fetchNotifications({ cursor: last?.id, limit: PAGE });
    if (!page) return;
    setItems((list) => [...list, ...page.data.filter((n) => !list.some((m) => m.id === n.id))]);
    setMore(page.data.length === PAGE);
  }

  const words = (n: NotificationItem) =>
    t(`kinds.${n.sentence.key}`, {
      actor: n.sentence.values.actor ?? t("someone"),
      claim: n.sentence.values.claim ?? t("unavailableClaim"),
    });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted" aria-live="polite">
          {unread > 0 ? t("bellLabel", { count: unread }) : t("allRead")}
        </p>
        <Button
          variant="secondary"
          disabled={pending || unread === 0}
          onClick={() => void markRead({ all: true })}
        >
          {t("markAllRead")}
        </Button>
      </div>
      <FormError message={error?.message} />
      {items.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-6 text-sm text-muted">
          {t("empty")}
        </p>
      ) : (
        <ul
          aria-label={t("listLabel")}
          className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white"
        >
          {items.map((n) => {
            const isUnread = n.readAt === null;
            const text = words(n);
            return (
              <li
                key={n.id}
                data-testid="notification"
                data-unread={isUnread ? "true" : "false"}
                className={`flex items-start gap-3 px-4 py-3 ${isUnread ? "bg-sky-50" : ""}`}
              >
                <span
                  aria-hidden="true"
                  className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${isUnread ? "bg-accent" : "bg-transparent"}`}
                />
                <div className="min-w-0 flex-1">
                  <p className={`text-sm ${isUnread ? "font-semibold" : ""}`}>
                    {n.href ? (
                      <Link
                        href={n.href}
                        className="hover:text-accent hover:underline"
                        onClick={() => {
                          if (isUnread) void markRead({ ids: [n.id] });
                        }}
                      >
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                  </p>
                  {n.note && <p className="mt-0.5 text-sm text-muted">{t("reason", { note: n.note })}</p>}
                  <p className="mt-0.5 text-xs text-muted">
                    <time dateTime={n.createdAt}>
                      {format.dateTime(new Date(n.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </p>
                </div>
                {isUnread && (
                  <div className="flex shrink-0 items-center gap-2">
                    <Badge tone="info">{t("unread")}</Badge>
                    <Button
                      variant="ghost"
                      className="px-1 py-0"
                      disabled={pending}
                      aria-label={`${t("markRead")}: ${text}`}
                      onClick={() => void markRead({ ids: [n.id] })}
                    >
                      {t("markRead")}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {more && (
        <Button variant="secondary" onClick={() => void loadOlder()}>
          {t("loadMore")}
        </Button>
      )}
    </div>
  );
}
