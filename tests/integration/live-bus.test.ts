import { describe, expect, it } from "vitest";
import pg from "pg";
import { createClaim, updateClaim } from "@/lib/claims/service";
import { createClaimSchema, updateClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { LiveBus, liveBus } from "@/lib/live/bus";
import { announcePresence } from "@/lib/live/presence";
import { claimTopic, LIVE_CHANNEL, type LiveMessage, publishLiveInTx, QUEUE_TOPIC } from "@/lib/live/publish";
import { liveStream, resolveTopics } from "@/lib/live/stream";
import { liveQuerySchema, presenceSchema } from "@/lib/live/validation";
import { seededNewsroom } from "../helpers/app-db";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";

/**
 * Issue 14 item 5: what a change publishes inside its transaction reaches the pages that follow
 * its topics on commit — never for a rollback, never on another topic — through one LISTEN per
 * process; on PostgreSQL every process (app server) listening hears it.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Everything `bus` delivers on `topics` from now on. */
function collect(bus: LiveBus, topics: string[]) {
  const got: LiveMessage[] = [];
  const stop = bus.subscribe(topics, (m) => got.push(m));
  return {
    got,
    stop,
    async waitFor(predicate: (m: LiveMessage) => boolean, ms = 5000): Promise<LiveMessage> {
      const until = Date.now() + ms;
      for (;;) {
        const found = got.find(predicate);
        if (found) return found;
        if (Date.now() > until) throw new Error(`no such event within ${ms} ms: ${JSON.stringify(got)}`);
        await sleep(20);
      }
    },
  };
}

describe.each(testDatabaseKinds())("live bus on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });

  async function newClaim(quote: string) {
    return createClaim(
      newsroom.actors.owner,
      createClaimSchema.parse({ speakerId: newsroom.speakerId, quote, kind: "DIRECT", topics: [] }),
    );
  }

  it("delivers a committed change to its claim's and the queue's subscribers, only to them", async () => {
    const bus = liveBus();
    await bus.ready;
    const a = await newClaim("Câu nói thứ nhất cho luồng trực tiếp.");
    const b = await newClaim("Câu nói thứ hai cho luồng trực tiếp.");
    const onA = collect(bus, [claimTopic(a.id)]);
    const onB = collect(bus, [claimTopic(b.id)]);
    const onQueue = collect(bus, [QUEUE_TOPIC, claimTopic(a.id)]);
    await updateClaim(
      newsroom.actors.owner,
      a.id,
      updateClaimSchema.parse({
        speakerId: newsroom.speakerId,
        quote: "Câu nói thứ nhất, đã sửa.",
        kind: "DIRECT",
        topics: [],
        version: a.version,
      }),
    );
    const event = await onA.waitFor((m) => m.type === "claim");
    expect(event).toMatchObject({ type: "claim", claimId: a.id });
    expect(event.topics).toEqual(expect.arrayContaining([claimTopic(a.id), QUEUE_TOPIC]));
    await onQueue.waitFor((m) => m.claimId === a.id);
    await sleep(200);
    // One event on two followed topics is delivered once; another claim's page hears nothing.
    expect(onQueue.got.filter((m) => m.claimId === a.id)).toHaveLength(1);
    expect(onB.got).toEqual([]);
    for (const c of [onA, onB, onQueue]) c.stop();
  });

  it("delivers nothing for a rolled-back transaction, and only on commit for a committed one", async () => {
    const bus = liveBus();
    await bus.ready;
    const c = await newClaim("Câu nói cho giao dịch bị hủy.");
    const on = collect(bus, [claimTopic(c.id)]);
    await expect(
      prisma.$transaction(async (tx) => {
        await publishLiveInTx(tx, [claimTopic(c.id)], { type: "claim", claimId: c.id });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    let seenBeforeCommit = -1;
    await prisma.$transaction(async (tx) => {
      await publishLiveInTx(tx, [claimTopic(c.id)], { type: "committed", claimId: c.id });
      await sleep(300);
      seenBeforeCommit = on.got.length;
    });
    await on.waitFor((m) => m.type === "committed");
    expect(seenBeforeCommit).toBe(0);
    await sleep(200);
    expect(on.got.map((m) => m.type)).toEqual(["committed"]);
    on.stop();
  });

  it("announces presence with the person's name, on the claim's topic only; an unknown claim is a 404", async () => {
    const bus = liveBus();
    await bus.ready;
    const c = await newClaim("Câu nói có người đang xem.");
    const on = collect(bus, [claimTopic(c.id)]);
    const queue = collect(bus, [QUEUE_TOPIC]);
    const { reviewer } = newsroom.actors;
    await announcePresence(reviewer, c.id, presenceSchema.parse({ editing: true }));
    const event = await on.waitFor((m) => m.type === "presence");
    expect(event).toMatchObject({
      claimId: c.id,
      user: { id: reviewer.id, name: reviewer.name },
      presence: "editing",
    });
    expect(event).not.toHaveProperty("arriving");
    await announcePresence(reviewer, c.id, presenceSchema.parse({ editing: false, arriving: true }));
    expect(await on.waitFor((m) => m.type === "presence" && m.presence === "viewing")).toMatchObject({
      arriving: true,
    });
    await announcePresence(reviewer, c.id, presenceSchema.parse({ editing: false, leaving: true }));
    await on.waitFor((m) => m.presence === "left");
    // (The claim's creation may still be on its way to the queue's subscribers.)
    expect(queue.got.filter((m) => m.type === "presence")).toEqual([]);
    await expectAppError(
      announcePresence(reviewer, "c000000000000000000000000", { editing: false }),
      "NOT_FOUND",
    );
    await expectAppError(
      announcePresence({ ...reviewer, role: "READER" as never }, c.id, { editing: false }),
      "FORBIDDEN",
    );
    on.stop();
    queue.stop();
  });

  it("streams events as server-sent events until the client goes away, then lets go", async () => {
    const bus = liveBus();
    await bus.ready;
    const c = await newClaim("Câu nói theo dõi qua luồng sự kiện.");
    const before = bus.subscriberCount;
    const leave = new AbortController();
    const res = liveStream([claimTopic(c.id)], leave.signal, bus);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const first = decoder.decode((await reader.read()).value);
    expect(first).toContain("retry: 3000");
    expect(bus.subscriberCount).toBe(before + 1);
    await announcePresence(newsroom.actors.editor, c.id, { editing: false });
    let text = "";
    while (!text.includes("\n\n")) text += decoder.decode((await reader.read()).value);
    expect(text.startsWith("data: ")).toBe(true);
    const event = JSON.parse(text.slice("data: ".length).trim()) as LiveMessage;
    expect(event).toMatchObject({ type: "presence", claimId: c.id, presence: "viewing" });
    leave.abort();
    expect((await reader.read()).done).toBe(true);
    expect(bus.subscriberCount).toBe(before);
  });

  it("resolves `me` to the person's own notifications and refuses anyone else's; validates topics", async () => {
    const { owner, editor } = newsroom.actors;
    expect(resolveTopics(owner, ["me", "queue", `user:${owner.id}`])).toEqual([`user:${owner.id}`, "queue"]);
    expect(() => resolveTopics(owner, [`user:${editor.id}`])).toThrow(/own notifications/);
    const parse = (topics: string) => liveQuerySchema.safeParse({ topics });
    expect(parse("queue,me,claim:cabcdefghij0123456789").success).toBe(true);
    expect(parse("").success).toBe(false);
    expect(parse("claims").success).toBe(false);
    expect(parse("claim:../x").success).toBe(false);
    expect(
      parse(Array.from({ length: 11 }, (_, i) => `claim:c${String(i).padStart(20, "0")}`).join(",")).success,
    ).toBe(false);
    expect(liveQuerySchema.safeParse({ topics: "queue", extra: "1" }).success).toBe(false);
  });

  it.runIf(kind.name === "postgres")(
    "reaches every process listening on the same PostgreSQL database, and survives a lost connection",
    async () => {
      const target = newsroom.db.target;
      if (target.kind !== "postgres") throw new Error("postgres only");
      const one = new LiveBus({ kind: "postgres", url: target.url });
      const two = new LiveBus({ kind: "postgres", url: target.url });
      await Promise.all([one.start(), two.start()]);
      try {
        const c = await newClaim("Câu nói nghe trên hai máy chủ.");
        const onOne = collect(one, [claimTopic(c.id)]);
        const onTwo = collect(two, [claimTopic(c.id)]);
        await announcePresence(newsroom.actors.owner, c.id, { editing: true });
        await onOne.waitFor((m) => m.type === "presence");
        await onTwo.waitFor((m) => m.type === "presence");

        // The server drops bus two's connection (a restart, a failover): it listens again, tells
        // its subscribers to read afresh (events in the gap are lost), and hears what comes next.
        const admin = new pg.Client({ connectionString: target.url });
        await admin.connect();
        const killed = await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1 AND pid <> pg_backend_pid()",
          [`LISTEN ${LIVE_CHANNEL}`],
        );
        await admin.end();
        expect(killed.rowCount).toBeGreaterThanOrEqual(2);
        await onTwo.waitFor((m) => m.type === "resync", 10_000);
        await onOne.waitFor((m) => m.type === "resync", 10_000);
        await announcePresence(newsroom.actors.editor, c.id, { editing: false });
        await onTwo.waitFor((m) => m.type === "presence" && m.user?.id === newsroom.actors.editor.id);
        await onOne.waitFor((m) => m.type === "presence" && m.user?.id === newsroom.actors.editor.id);
      } finally {
        await Promise.all([one.stop(), two.stop()]);
      }
    },
  );
});
