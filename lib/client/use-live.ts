"use client";

import { useEffect, useRef } from "react";

/** One event as the live stream (app/api/live) sends it: ids only, never content. */
export interface LiveClientEvent {
  type: string;
  claimId?: string;
  topics: string[];
}

/**
 * Listens to the server's live stream for these topics (`claim:<id>`, `queue`, `me` for the
 * signed-in person's notifications) and calls `onEvent` for each event. The browser's
 * EventSource reconnects by itself after a network drop or a server restart; the stream
 * itself is authorised on the server (a topic the person may not follow is refused there).
 */
export function useLive(
  topics: readonly string[],
  onEvent: (event: LiveClientEvent) => void,
  /** Called each time the stream is open (first and after a reconnection): from then on, nothing sent to these topics is missed. */
  onOpen?: () => void,
): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const opening = useRef(onOpen);
  opening.current = onOpen;
  const key = [...topics].sort().join(",");
  useEffect(() => {
    if (!key || typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/live?topics=${encodeURIComponent(key)}`);
    // Events sent while the stream was down (a server restart, a proxy's time limit) are lost: on
    // reconnecting, the page hears a `resync` and reads its data again, as the server's bus does.
    let opened = false;
    source.onopen = () => {
      if (opened) handler.current({ type: "resync", topics: key.split(",") });
      opened = true;
      opening.current?.();
    };
    source.onmessage = (message) => {
      try {
        handler.current(JSON.parse(message.data as string) as LiveClientEvent);
      } catch {
        // A malformed frame is dropped: the next event or the page's own reload corrects it.
      }
    };
    return () => source.close();
  }, [key]);
}
