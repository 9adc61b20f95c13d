"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { type LiveClientEvent, useLive } from "@/lib/client/use-live";
import { useUnsavedDrafts } from "./UnsavedChanges";

/** Pages send a heartbeat this often; a colleague's page is forgotten this long after its last one (lib/live/presence.ts). */
const HEARTBEAT_MS = 15_000;
const EXPIRY_MS = 40_000;

interface Present {
  name: string;
  editing: boolean;
  until: number;
}

interface PresenceEvent extends LiveClientEvent {
  user?: { id: string; name: string };
  presence?: "viewing" | "editing" | "left";
  arriving?: true;
}

/**
 * The claim page, live: when someone else changes the claim the page reads it again — unless the
 * person has unsaved edits here, which a refresh must not override: then a notice says so and
 * they reload when ready. And presence: who else has the claim open ("Lan is editing this
 * claim"), told by a heartbeat every few seconds, so two people learn of each other before one
 * of them meets a conflict on saving.
 */
export function LiveClaim({ claimId, version, meId }: { claimId: string; version: number; meId: string }) {
  const t = useTranslations("live");
  const router = useRouter();
  const { drafts, savedVersion } = useUnsavedDrafts();
  const editing = Object.keys(drafts).length > 0;
  const [others, setOthers] = useState<Record<string, Present>>({});
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  // The newest version this page knows of: the one it was rendered with, or one it saved itself.
  const known = Math.max(version, savedVersion ?? 0);
  const state = useRef({ editing, known, refreshWhenClean: false });
  state.current.editing = editing;
  state.current.known = known;

  const announce = useCallback(
    (body: { editing: boolean; leaving?: boolean; arriving?: boolean }) =>
      fetch(`/api/claims/${claimId}/presence`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        // Only the leaving message must outlive the page (pagehide); heartbeats are ordinary
        // requests (a keepalive request is never reported finished to the page's tools).
        keepalive: Boolean(body.leaving),
      }).catch(() => {
        // A missed heartbeat is made up by the next one.
      }),
    [claimId],
  );

  // Heartbeat now, whenever the person starts or stops editing, and every HEARTBEAT_MS.
  useEffect(() => {
    void announce({ editing });
    const timer = setInterval(() => void announce({ editing: state.current.editing }), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [announce, editing]);

  // Leaving: the others drop this page at once rather than after the expiry.
  useEffect(() => {
    const leave = () => void announce({ editing: false, leaving: true });
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [announce]);

  // Colleagues whose heartbeat stopped are forgotten.
  useEffect(() => {
    const timer = setInterval(() => {
      const now = Date.now();
      setOthers((current) => {
        const kept = Object.entries(current).filter(([, p]) => p.until > now);
        return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
      });
    }, 5_000);
    return () => clearInterval(timer);
  }, []);

  // Unsaved edits kept a refresh waiting: it happens once they are saved or dropped.
  useEffect(() => {
    if (!editing && state.current.refreshWhenClean) {
      state.current.refreshWhenClean = false;
      router.refresh();
    }
  }, [editing, router]);

  const onChange = useCallback(
    async (event: LiveClientEvent) => {
      if (!state.current.editing) {
        setChangedElsewhere(false);
        router.refresh();
        return;
      }
      state.current.refreshWhenClean = true;
      if (event.type !== "claim") return;
      // Was it this page's own save? Its version is the newest this page knows of.
      try {
        const res = await fetch(`/api/claims/${claimId}`, { cache: "no-store" });
        if (!res.ok) return;
        const current = (await res.json()) as { version: number };
        if (current.version > state.current.known) setChangedElsewhere(true);
      } catch {
        // Offline: the next event (or the conflict on saving) tells.
      }
    },
    [claimId, router],
  );

  useLive(
    [`claim:${claimId}`],
    (raw) => {
      const event = raw as PresenceEvent;
      if (event.type !== "presence") {
        void onChange(event);
        return;
      }
      const user = event.user;
      if (!user || user.id === meId) return;
      // Someone has just started listening: tell them at once that this page is open too, instead
      // of at the next beat. Only an arrival is answered: answering whoever is new to this page
      // missed the case where their mount heartbeat came before their stream was open (the
      // answer went out before they could hear it, and their arrival then looked known).
      if (event.arriving) void announce({ editing: state.current.editing });
      setOthers((current) => {
        if (event.presence === "left") {
          const { [user.id]: _gone, ...rest } = current;
          return rest;
        }
        return {
          ...current,
          [user.id]: {
            name: user.name,
            editing: event.presence === "editing",
            until: Date.now() + EXPIRY_MS,
          },
        };
      });
    },
    // Once this page hears the claim's events, it says it has arrived: colleagues answer at once,
    // and their answer can no longer come before this page listens.
    () => void announce({ editing: state.current.editing, arriving: true }),
  );

  const present = Object.entries(others).sort(([, a], [, b]) => a.name.localeCompare(b.name));
  if (!changedElsewhere && present.length === 0) return null;
  return (
    <div className="space-y-2" data-testid="live-claim">
      {present.length > 0 && (
        <ul aria-label={t("presenceLabel")} aria-live="polite" className="flex flex-wrap gap-2 text-sm">
          {present.map(([id, p]) => (
            <li
              key={id}
              data-testid="presence"
              className={`rounded-full border px-3 py-1 ${p.editing ? "border-amber-300 bg-amber-50 text-amber-900" : "border-slate-300 bg-white text-slate-700"}`}
            >
              {t(p.editing ? "editing" : "viewing", { name: p.name })}
            </li>
          ))}
        </ul>
      )}
      {changedElsewhere && (
        <Alert tone="warn">
          <span data-testid="changed-elsewhere">{t("changedElsewhere")}</span>{" "}
          <button
            type="button"
            className="font-medium underline"
            onClick={() => {
              setChangedElsewhere(false);
              router.refresh();
            }}
          >
            {t("reload")}
          </button>
        </Alert>
      )}
    </div>
  );
}
