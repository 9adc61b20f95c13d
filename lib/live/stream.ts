import { AppError } from "../errors";
import type { Actor } from "../permissions";
import { liveBus, type LiveBus } from "./bus";
import { userTopic, type LiveMessage } from "./publish";

/** A comment line now and then: proxies and browsers keep an idle stream open, and a dead client is noticed. */
export const HEARTBEAT_MS = 20_000;

/**
 * The topics a person asked for, as the bus names them: `me` is their own `user:<id>`; another
 * person's notifications are refused.
 */
export function resolveTopics(actor: Actor, topics: readonly string[]): string[] {
  return [
    ...new Set(
      topics.map((topic) => {
        if (topic === "me") return userTopic(actor.id);
        if (topic.startsWith("user:") && topic !== userTopic(actor.id))
          throw new AppError("FORBIDDEN", "You can only follow your own notifications.");
        return topic;
      }),
    ),
  ];
}

/**
 * A server-sent event stream of the bus's events on `topics`, until the client goes away
 * (`signal`) or the stream is cancelled. Each event is one `data:` line of JSON, as
 * lib/client/use-live.ts reads it.
 */
export function liveStream(topics: string[], signal: AbortSignal, bus: LiveBus = liveBus()): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      // The first bytes at once: proxies (Varnish's first-byte timeout) and the browser see a live
      // stream straight away; `retry` is how soon EventSource reconnects after a drop.
      send(`retry: 3000\n: live ${topics.join(",")}\n\n`);
      const unsubscribe = bus.subscribe(topics, (message: LiveMessage) =>
        send(`data: ${JSON.stringify(message)}\n\n`),
      );
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      let done = false;
      cleanup = () => {
        if (done) return;
        done = true;
        clearInterval(heartbeat);
        unsubscribe();
        signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // Already closed or errored by the reader.
        }
      };
      if (signal.aborted) cleanup();
      else signal.addEventListener("abort", cleanup);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // Per person and endless: never stored, never compressed or rewritten on the way (a
      // compressing proxy would hold events back until its buffer fills).
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}
