import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, setClaimVerification, transitionClaim } from "@/lib/claims/service";
import { createClaimSchema, transitionSchema, verificationSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { deliverOutboxEvent, dueOutboxEvents } from "@/lib/edge/outbox";
import { deliverDueMessages } from "@/lib/edge/outbox-worker";
import { createLink, createLinkInTx } from "@/lib/links/service";
import { linkInputSchema } from "@/lib/links/validation";
import type { Actor } from "@/lib/permissions";
import { WEBHOOK_MAX_ATTEMPTS, WEBHOOK_OUTBOX_KIND } from "@/lib/webhooks/deliver";
import { queueClaimChangeInTx } from "@/lib/webhooks/events";
import {
  createWebhookEndpoint,
  replayWebhookDelivery,
  sendWebhookTest,
  updateWebhookEndpoint,
} from "@/lib/webhooks/service";
import { verifyWebhookSignature } from "@/lib/webhooks/signature";
import { createEndpointSchema } from "@/lib/webhooks/validation";
import { appliedDirectly } from "../helpers/answers";
import { seededNewsroom } from "../helpers/app-db";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { addSourceTo } from "../helpers/sources";

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}

/** A partner's receiver on an ephemeral local port: records what arrives; can go down and come back. */
async function startReceiver() {
  const received: Received[] = [];
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
          received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
          res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
        });
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    received,
    url: () => `http://127.0.0.1:${port}/hooks/claimledger`,
    down: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    up: listen,
  };
}

/**
 * Webhooks (issue 15): events written in the change's own transaction (none for a rolled-back
 * change), one delivery per subscribed active endpoint, sent through the outbox with a signature
 * the receiver verifies with its secret, retried while the receiver is down and delivered once it
 * is back, marked failed after the last attempt, and replayed on request.
 */
describe.each(testDatabaseKinds())("webhooks on $name", (kind) => {
  const n = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let endpoint: { id: string; secret: string; version: number };
  let counter = 0;

  beforeAll(async () => {
    receiver = await startReceiver();
    process.env.WEBHOOK_ALLOW_PRIVATE = "1";
  });
  afterAll(async () => {
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    await receiver?.down();
  });

  const draft = (by: Actor) =>
    createClaim(
      by,
      createClaimSchema.parse({
        speakerId: n.speakerId,
        quote: `Phát ngôn thử webhook số ${++counter}: “hòa bình bền vững”.`,
        kind: "DIRECT",
        saidAt: "2025-12-20",
        topics: ["trilateral-talks"],
      }),
    );
  const move = (by: Actor, c: { id: string; version: number }, t: string, reason?: string) =>
    transitionClaim(by, c.id, transitionSchema.parse({ transition: t, version: c.version, reason }));
  const publish = async () => {
    const c = await draft(n.actors.owner);
    await addSourceTo(c.id);
    const submitted = await move(n.actors.owner, c, "submit");
    return move(n.actors.reviewer, submitted, "approve");
  };
  const deliveriesOf = (endpointId: string, event?: string) =>
    prisma.webhookDelivery.findMany({
      where: { endpointId, ...(event ? { event } : {}) },
      orderBy: { createdAt: "asc" },
    });
  const outboxRowOf = async (deliveryId: string) => {
    const rows = await prisma.outboxEvent.findMany({
      where: { kind: WEBHOOK_OUTBOX_KIND },
      orderBy: { id: "desc" },
    });
    const row = rows.find((r) => (r.payload as { deliveryId: string }).deliveryId === deliveryId);
    if (!row) throw new Error(`no outbox row for delivery ${deliveryId}`);
    return row;
  };

  it("registers endpoints with public addresses only (unless allowed for tests), admins only", async () => {
    const { admin, reviewer } = n.actors;
    await expectAppError(
      createWebhookEndpoint(
        reviewer,
        createEndpointSchema.parse({ url: receiver.url(), events: ["claim.published"] }),
      ),
      "FORBIDDEN",
    );
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    try {
      const refused = await expectAppError(
        createWebhookEndpoint(
          admin,
          createEndpointSchema.parse({ url: receiver.url(), events: ["claim.published"] }),
        ),
        "VALIDATION",
      );
      expect(refused.reason).toBe("private_address");
      expect((refused.details as { fields: Record<string, string[]> }).fields.url).toBeDefined();
      const metadata = await expectAppError(
        createWebhookEndpoint(
          admin,
          createEndpointSchema.parse({
            url: "http://[::ffff:169.254.169.254]/",
            events: ["claim.published"],
          }),
        ),
        "VALIDATION",
      );
      expect(metadata.reason).toBe("private_address");
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    }
    const created = await createWebhookEndpoint(
      admin,
      createEndpointSchema.parse({
        url: receiver.url(),
        description: "Báo đối tác",
        events: ["claim.published", "claim.updated", "claim.retracted", "claim.linked"],
      }),
    );
    expect(created.secret).toMatch(/^whsec_/);
    endpoint = { id: created.id, secret: created.secret, version: created.version };
    // The audit trail never holds the secret.
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.id } });
    expect(JSON.stringify({ ...audit, id: String(audit.id), seq: String(audit.seq) })).not.toContain(
      created.secret,
    );
  });

  it("queues claim.published in the approval's transaction, one delivery per subscribed active endpoint, signed for the receiver", async () => {
    const { admin } = n.actors;
    // Another endpoint that chose only retractions, and a disabled one: neither hears of a publication.
    const other = await createWebhookEndpoint(
      admin,
      createEndpointSchema.parse({ url: receiver.url(), events: ["claim.retracted"] }),
    );
    const disabled = await createWebhookEndpoint(
      admin,
      createEndpointSchema.parse({ url: receiver.url(), events: ["claim.published"] }),
    );
    await updateWebhookEndpoint(admin, disabled.id, { version: disabled.version, active: false });

    const approved = await publish();
    const deliveries = await deliveriesOf(endpoint.id, "claim.published");
    expect(deliveries).toHaveLength(1);
    expect(await deliveriesOf(other.id)).toHaveLength(0);
    expect(await deliveriesOf(disabled.id)).toHaveLength(0);
    const delivery = deliveries[0]!;
    expect(delivery.status).toBe("PENDING");

    const row = await outboxRowOf(delivery.id);
    expect(await deliverOutboxEvent(String(row.id))).toBe(true);
    const got = receiver.received.at(-1)!;
    expect(got.headers["claimledger-event"]).toBe("claim.published");
    expect(got.headers["claimledger-delivery"]).toBe(delivery.id);
    expect(got.headers["content-type"]).toBe("application/json");
    const signature = String(got.headers["claimledger-signature"]);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(endpoint.secret, signature, got.body)).toBe(true);
    expect(verifyWebhookSignature("whsec_wrong", signature, got.body)).toBe(false);
    const body = JSON.parse(got.body) as {
      id: string;
      event: string;
      data: { claim: { id: string; slug: string; publicUrl: string; status: string; quote: string } };
    };
    expect(body.id).toBe(delivery.id);
    expect(body.event).toBe("claim.published");
    expect(body.data.claim.id).toBe(approved.id);
    expect(body.data.claim.slug).toBe(approved.slug);
    expect(body.data.claim.publicUrl).toMatch(new RegExp(`/claims/${approved.slug}$`));
    expect(body.data.claim.status).toBe("APPROVED");
    // Public fields only: no staff, no internal notes.
    expect(Object.keys(body.data.claim)).not.toEqual(
      expect.arrayContaining(["createdById", "verificationNote", "searchText"]),
    );

    const after = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(after).toMatchObject({ status: "DELIVERED", attempts: 1, lastStatusCode: 200, lastError: "ok" });
    expect(after.deliveredAt).not.toBeNull();
    expect(after.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("queues nothing for a change that rolls back", async () => {
    const a = await publish();
    const b = await publish();
    const before = await prisma.webhookDelivery.count();
    const outboxBefore = await prisma.outboxEvent.count({ where: { kind: WEBHOOK_OUTBOX_KIND } });
    const rolledBack = await prisma
      .$transaction(async (tx) => {
        await createLinkInTx(
          tx,
          n.actors.reviewer.id,
          linkInputSchema.parse({ fromClaimId: a.id, toClaimId: b.id, type: "SUPPORTS" }),
        );
        await queueClaimChangeInTx(
          tx,
          a.id,
          { status: "IN_REVIEW", deleted: false, snapshot: null },
          { status: "APPROVED", deleted: false, snapshot: null },
        );
        // Both events were queued inside this transaction…
        expect(await tx.webhookDelivery.count()).toBe(before + 2);
        throw new Error("the change fails after its events were queued");
      })
      .catch((e: Error) => e.message);
    expect(rolledBack).toMatch(/fails after/);
    // …and went with it.
    expect(await prisma.webhookDelivery.count()).toBe(before);
    expect(await prisma.outboxEvent.count({ where: { kind: WEBHOOK_OUTBOX_KIND } })).toBe(outboxBefore);
  });

  it("tells of public updates, links between published claims and retractions, with public fields only", async () => {
    const { reviewer } = n.actors;
    const a = await publish();
    const b = await publish();
    const note = "Ghi chú nội bộ: đã gọi điện cho văn phòng người phát ngôn.";
    await setClaimVerification(
      reviewer,
      a.id,
      verificationSchema.parse({
        verification: "VERIFIED_PRIMARY",
        note,
        version: a.version,
        // A change readers see on a published claim needs its public reason (the corrections log).
        reason: "Đã đối chiếu với văn bản gốc.",
      }),
    );
    const [updated] = await deliveriesOf(endpoint.id, "claim.updated").then((d) =>
      d.filter((x) => (x.payload as { data: { claim: { id: string } } }).data.claim.id === a.id),
    );
    expect(updated).toBeDefined();
    expect((updated!.payload as { data: { changed: string[] } }).data.changed).toEqual(["verification"]);
    expect(JSON.stringify(updated!.payload)).not.toContain(note);

    appliedDirectly(
      await createLink(
        reviewer,
        linkInputSchema.parse({ fromClaimId: a.id, toClaimId: b.id, type: "CONTRADICTS" }),
      ),
    );
    const linked = (await deliveriesOf(endpoint.id, "claim.linked")).at(-1)!;
    const linkData = (
      linked.payload as { data: { link: { type: string }; from: { id: string }; to: { id: string } } }
    ).data;
    expect(linkData.link.type).toBe("CONTRADICTS");
    expect([linkData.from.id, linkData.to.id]).toEqual([a.id, b.id]);

    const current = await prisma.claim.findUniqueOrThrow({ where: { id: b.id }, select: { version: true } });
    await move(reviewer, { id: b.id, version: current.version }, "retract", "Trích dẫn sai ngữ cảnh.");
    const retracted = (await deliveriesOf(endpoint.id, "claim.retracted")).at(-1)!;
    const data = (
      retracted.payload as { data: { claim: { id: string; status: string }; retraction: unknown } }
    ).data;
    expect(data.claim).toMatchObject({ id: b.id, status: "RETRACTED" });
    expect(data.retraction).toEqual({ reason: "Trích dẫn sai ngữ cảnh." });
  });

  it("retries while the receiver is down, delivers once it is back, then fails after the last attempt and can be replayed", async () => {
    await publish();
    const delivery = (await deliveriesOf(endpoint.id, "claim.published")).at(-1)!;
    const row = await outboxRowOf(delivery.id);

    await receiver.down();
    const started = Date.now();
    expect(await deliverOutboxEvent(String(row.id))).toBe(false);
    let seen = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(seen).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: null });
    expect(seen.lastError).toMatch(/ECONNREFUSED|connect/i);
    // The next attempt waits a minute (the first step of the schedule), and is not due before.
    const wait = seen.nextAttemptAt!.getTime() - started;
    expect(wait).toBeGreaterThanOrEqual(59_000);
    expect(wait).toBeLessThan(120_000);
    expect(await dueOutboxEvents(100, 0, WEBHOOK_OUTBOX_KIND)).not.toContain(String(row.id));

    // The receiver is back and the minute has passed (the row is made due): the worker's drain delivers it.
    await receiver.up();
    await prisma.outboxEvent.update({
      where: { id: row.id },
      data: { nextAttemptAt: new Date(Date.now() - 1000) },
    });
    const count = receiver.received.length;
    await deliverDueMessages();
    const got = receiver.received
      .slice(count)
      .filter((r) => r.headers["claimledger-delivery"] === delivery.id);
    expect(got).toHaveLength(1);
    expect(
      verifyWebhookSignature(endpoint.secret, String(got[0]!.headers["claimledger-signature"]), got[0]!.body),
    ).toBe(true);
    seen = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(seen).toMatchObject({
      status: "DELIVERED",
      attempts: 2,
      lastStatusCode: 200,
      nextAttemptAt: null,
    });
    expect((await prisma.outboxEvent.findUniqueOrThrow({ where: { id: row.id } })).doneAt).not.toBeNull();

    // A test event whose every attempt fails: after the last one it is marked failed and left alone.
    const ping = await sendWebhookTest(n.actors.admin, endpoint.id);
    await receiver.down();
    await prisma.outboxEvent.update({
      where: { id: BigInt(ping.outboxId) },
      data: { attempts: WEBHOOK_MAX_ATTEMPTS - 1 },
    });
    expect(await deliverOutboxEvent(ping.outboxId)).toBe(true);
    const failed = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: ping.id } });
    expect(failed).toMatchObject({ status: "FAILED", event: "ping", nextAttemptAt: null });
    expect(
      (await prisma.outboxEvent.findUniqueOrThrow({ where: { id: BigInt(ping.outboxId) } })).doneAt,
    ).not.toBeNull();

    // Replay: queued again with the same id and body, a fresh schedule; refused while it is queued.
    await receiver.up();
    const replay = await replayWebhookDelivery(n.actors.admin, endpoint.id, ping.id);
    expect((await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: ping.id } })).status).toBe(
      "PENDING",
    );
    const pending = await expectAppError(
      replayWebhookDelivery(n.actors.admin, endpoint.id, ping.id),
      "INVALID_STATE",
    );
    expect(pending.reason).toBe("delivery_pending");
    await expectAppError(replayWebhookDelivery(n.actors.reviewer, endpoint.id, ping.id), "FORBIDDEN");
    expect(await deliverOutboxEvent(replay.outboxId)).toBe(true);
    const replayed = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: ping.id } });
    expect(replayed.status).toBe("DELIVERED");
    const last = receiver.received.at(-1)!;
    expect(last.headers["claimledger-delivery"]).toBe(ping.id);
    expect(last.headers["claimledger-event"]).toBe("ping");
    expect(
      verifyWebhookSignature(endpoint.secret, String(last.headers["claimledger-signature"]), last.body),
    ).toBe(true);
  });

  it("signs with the rotated secret, checks the address again at delivery time, and keeps versions", async () => {
    const { admin } = n.actors;
    const current = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    const rotated = await updateWebhookEndpoint(admin, endpoint.id, {
      version: current.version,
      rotateSecret: true,
    });
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(endpoint.secret);
    const stale = await expectAppError(
      updateWebhookEndpoint(admin, endpoint.id, { version: current.version, active: false }),
      "CONFLICT",
    );
    expect(stale.reason).toBe("stale_version");

    const ping = await sendWebhookTest(admin, endpoint.id);
    expect(await deliverOutboxEvent(ping.outboxId)).toBe(true);
    const got = receiver.received.at(-1)!;
    expect(
      verifyWebhookSignature(rotated.secret!, String(got.headers["claimledger-signature"]), got.body),
    ).toBe(true);
    expect(
      verifyWebhookSignature(endpoint.secret, String(got.headers["claimledger-signature"]), got.body),
    ).toBe(false);

    // Private receivers no longer allowed (as in production): the delivery is refused before connecting.
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    try {
      const count = receiver.received.length;
      const again = await sendWebhookTest(admin, endpoint.id);
      expect(await deliverOutboxEvent(again.outboxId)).toBe(false);
      expect(receiver.received.length).toBe(count);
      const refused = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: again.id } });
      expect(refused.status).toBe("PENDING");
      expect(refused.lastError).toMatch(/not a public address/);
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    }
  });
});
