import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  assertPublicUrl,
  assertPublicUrlSyntax,
  isPublicAddress,
  PublicAddressError,
} from "@/lib/net/public-address";
import { WEBHOOK_MAX_ATTEMPTS, webhookBackoffMs } from "@/lib/webhooks/deliver";
import { claimEventFor } from "@/lib/webhooks/events";
import { newWebhookSecret, signWebhook, verifyWebhookSignature } from "@/lib/webhooks/signature";
import { claimSnapshot } from "../helpers/claim-snapshot";

describe("webhook signatures (lib/webhooks/signature.ts)", () => {
  const secret = "whsec_test-secret";
  const body = JSON.stringify({ id: "d1", event: "claim.published", data: { quote: "Tăng trưởng 8%" } });

  it("is t=<unix seconds>,v1=<hex HMAC-SHA256 of “t.body”>", () => {
    const header = signWebhook(secret, body, 1_764_560_000);
    const expected = createHmac("sha256", secret).update(`1764560000.${body}`).digest("hex");
    expect(header).toBe(`t=1764560000,v1=${expected}`);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it("verifies the signed body, and nothing else", () => {
    const now = 1_764_560_000;
    const header = signWebhook(secret, body, now);
    expect(verifyWebhookSignature(secret, header, body, { now })).toBe(true);
    expect(verifyWebhookSignature(secret, header, `${body} `, { now })).toBe(false);
    expect(verifyWebhookSignature("whsec_other", header, body, { now })).toBe(false);
    expect(verifyWebhookSignature(secret, header.replace(/v1=./, "v1=0"), body, { now })).toBe(false);
    expect(verifyWebhookSignature(secret, `t=${now + 1},${header.split(",")[1]}`, body, { now })).toBe(false);
    expect(verifyWebhookSignature(secret, "", body, { now })).toBe(false);
    expect(verifyWebhookSignature(secret, "v1=abc", body, { now })).toBe(false);
  });

  it("refuses a timestamp outside the tolerance (a captured delivery replayed later)", () => {
    const header = signWebhook(secret, body, 1_000_000);
    expect(verifyWebhookSignature(secret, header, body, { now: 1_000_299 })).toBe(true);
    expect(verifyWebhookSignature(secret, header, body, { now: 1_000_301 })).toBe(false);
  });

  it("accepts any of several v1 values (during a rotation)", () => {
    const now = 2_000_000;
    const good = signWebhook(secret, body, now).split(",")[1];
    const header = `t=${now},v1=${"0".repeat(64)},${good}`;
    expect(verifyWebhookSignature(secret, header, body, { now })).toBe(true);
  });

  it("makes long random secrets", () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});

describe("webhook retry schedule (lib/webhooks/deliver.ts)", () => {
  it("waits 1 min, 5 min, 30 min, 2 h, 6 h, 12 h after each failure, then gives up", () => {
    const minutes = [1, 2, 3, 4, 5, 6].map((n) => webhookBackoffMs(n) / 60_000);
    expect(minutes).toEqual([1, 5, 30, 120, 360, 720]);
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(7);
    // Never beyond the last step, never negative.
    expect(webhookBackoffMs(50)).toBe(720 * 60_000);
    expect(webhookBackoffMs(0)).toBe(60_000);
  });
});

describe("public address checks (lib/net/public-address.ts)", () => {
  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "2606:4700:4700::1111",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
    "[2606:4700:4700::1111]",
  ])("accepts the public address %s", (a) => {
    expect(isPublicAddress(a)).toBe(true);
  });

  it.each([
    ["127.0.0.1", "loopback"],
    ["127.1.2.3", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.5.4", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["169.254.169.254", "cloud metadata (link-local)"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.10", "documentation"],
    ["::1", "IPv6 loopback"],
    ["::", "IPv6 unspecified"],
    ["fe80::1", "IPv6 link-local"],
    ["fe80::1%eth0", "IPv6 link-local with a zone"],
    ["fc00::1", "unique local"],
    ["fd00:ec2::254", "unique local (a cloud's IPv6 metadata)"],
    ["ff02::1", "IPv6 multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback, hex form"],
    ["::ffff:169.254.169.254", "IPv4-mapped metadata"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["::127.0.0.1", "IPv4-compatible loopback"],
    ["64:ff9b::7f00:1", "NAT64 of loopback"],
    ["2002:7f00:1::", "6to4 of loopback"],
    ["2001:db8::1", "IPv6 documentation"],
    ["not-an-ip", "not an address"],
  ])("refuses %s (%s)", (a) => {
    expect(isPublicAddress(a)).toBe(false);
  });

  const problem = async (url: string, allowPrivate = false) => {
    try {
      await assertPublicUrl(url, { allowPrivate });
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(PublicAddressError);
      return (error as PublicAddressError).problem;
    }
  };

  it("refuses other schemes, credentials and private hosts; resolves names before judging", async () => {
    expect(await problem("ftp://8.8.8.8/x")).toBe("scheme");
    expect(await problem("file:///etc/passwd")).toBe("scheme");
    expect(await problem("https://user:pw@8.8.8.8/hook")).toBe("credentials");
    expect(await problem("not a url")).toBe("invalid_url");
    expect(await problem("http://127.0.0.1:8080/hook")).toBe("private_address");
    expect(await problem("http://[::1]/hook")).toBe("private_address");
    expect(await problem("http://[::ffff:127.0.0.1]/hook")).toBe("private_address");
    expect(await problem("http://169.254.169.254/latest/meta-data")).toBe("private_address");
    // A name is judged by what it resolves to: localhost is loopback.
    expect(await problem("http://localhost:3000/hook")).toBe("private_address");
    expect(await problem("https://8.8.8.8/hook")).toBeNull();
    // Tests and local partners (WEBHOOK_ALLOW_PRIVATE) may use loopback receivers.
    expect(await problem("http://127.0.0.1:8080/hook", true)).toBeNull();
    expect(await problem("http://localhost:3000/hook", true)).toBeNull();
  });

  it("checks the syntax without DNS", () => {
    expect(() => assertPublicUrlSyntax("http://10.1.1.1/")).toThrow(PublicAddressError);
    expect(() => assertPublicUrlSyntax("http://localhost/")).toThrow(PublicAddressError);
    expect(assertPublicUrlSyntax("https://partner.example.org/hook").hostname).toBe("partner.example.org");
  });
});

describe("which event a claim change is for partners (claimEventFor)", () => {
  const state = (status: string, snapshot = claimSnapshot({ status: status as never }), deleted = false) => ({
    status,
    deleted,
    snapshot,
  });

  it("names publication, retraction, removal and public updates; nothing for drafts or internal fields", () => {
    expect(claimEventFor(state("IN_REVIEW"), state("APPROVED"))).toEqual({ event: "claim.published" });
    expect(claimEventFor(state("APPROVED"), state("RETRACTED"))).toEqual({ event: "claim.retracted" });
    expect(claimEventFor(state("APPROVED"), state("APPROVED", claimSnapshot(), true))).toEqual({
      event: "claim.retracted",
      removed: true,
    });
    // An approved claim restored from deletion is published again.
    expect(claimEventFor(state("APPROVED", claimSnapshot(), true), state("APPROVED"))).toEqual({
      event: "claim.published",
    });
    expect(
      claimEventFor(
        state("APPROVED"),
        state("APPROVED", claimSnapshot({ verification: "VERIFIED" as never })),
      ),
    ).toEqual({ event: "claim.updated", changed: ["verification"] });
    expect(claimEventFor(state("APPROVED"), state("APPROVED", claimSnapshot({ speakerId: "s2" })))).toEqual({
      event: "claim.updated",
      changed: ["speaker"],
    });
    // The newsroom's own evidence note is not public: no event.
    expect(
      claimEventFor(state("APPROVED"), state("APPROVED", claimSnapshot({ verificationNote: "internal" }))),
    ).toBeNull();
    expect(claimEventFor(state("DRAFT"), state("IN_REVIEW"))).toBeNull();
    expect(claimEventFor(state("DRAFT"), state("DRAFT", claimSnapshot({ quote: "khác" })))).toBeNull();
    expect(claimEventFor(state("IN_REVIEW"), state("REJECTED"))).toBeNull();
  });
});
