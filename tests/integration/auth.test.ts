import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { prisma } from "@/lib/db";
import { DEMO_PASSWORD } from "@/lib/demo/seed";
import { AppError } from "@/lib/errors";
import { changeOwnPassword, createUser, updateUser } from "@/lib/users/service";
import { changePasswordSchema, createUserSchema } from "@/lib/users/validation";
import { testDatabaseKinds } from "../helpers/databases";
import { demoActors, openSeededAppDatabase } from "../helpers/app-db";

describe.each(testDatabaseKinds())("sign-in, throttling and accounts on $name", (kind) => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
  });
  afterAll(async () => close?.());

  it("accepts the right password and gives one message for every failure", async () => {
    const ok = await authenticate(
      { email: "Reviewer@ClaimLedger.test", password: DEMO_PASSWORD },
      "10.0.0.1",
    );
    expect(ok.ok && ok.user.role).toBe("REVIEWER");
    const wrong = await authenticate({ email: "reviewer@claimledger.test", password: "nope" }, "10.0.0.1");
    const unknown = await authenticate({ email: "nobody@claimledger.test", password: "nope" }, "10.0.0.1");
    const garbage = await authenticate({ email: ["x"], password: 5 }, "10.0.0.1");
    expect([wrong, unknown, garbage]).toEqual([
      { ok: false, error: WRONG_CREDENTIALS, reason: "wrong_credentials" },
      { ok: false, error: WRONG_CREDENTIALS, reason: "wrong_credentials" },
      { ok: false, error: WRONG_CREDENTIALS, reason: "wrong_credentials" },
    ]);
  });

  it("locks an account after 5 failures, even for the right password, and the lock grows", async () => {
    const email = "editor2@claimledger.test";
    for (let i = 0; i < 4; i++)
      expect(await authenticate({ email, password: `bad${i}` }, `10.1.0.${i}`)).toEqual({
        ok: false,
        error: WRONG_CREDENTIALS,
        reason: "wrong_credentials",
      });
    const fifth = await authenticate({ email, password: "bad5" }, "10.1.0.9");
    expect(fifth.ok).toBe(false);
    expect(!fifth.ok && fifth.error).toMatch(/Too many failed sign-in attempts. Try again in 1 minute/);
    // The sign-in form words the lock itself (lib/auth/authenticate.ts signInErrorCode).
    expect(!fifth.ok && fifth.reason === "too_many_attempts" && fifth.retryInMinutes).toBe(1);
    const right = await authenticate({ email, password: DEMO_PASSWORD }, "10.1.0.10");
    expect(right.ok).toBe(false);
    const row = await prisma.loginThrottle.findUniqueOrThrow({ where: { key: `acct:${email}` } });
    expect(row.failures).toBe(5);
    // When the lock has passed, one more failure locks for twice as long.
    await prisma.loginThrottle.update({
      where: { key: `acct:${email}` },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    const sixth = await authenticate({ email, password: "bad6" }, "10.1.0.11");
    expect(!sixth.ok && sixth.error).toMatch(/Try again in 2 minutes/);
    // An unknown address is locked just the same: the lock reveals nothing.
    for (let i = 0; i < 5; i++)
      await authenticate({ email: "ghost@claimledger.test", password: "x" }, `10.2.0.${i}`);
    const ghost = await authenticate({ email: "ghost@claimledger.test", password: "x" }, "10.2.0.9");
    expect(!ghost.ok && ghost.error).toMatch(/Too many failed/);
  });

  it("locks a client address after 20 failures across accounts", async () => {
    for (let i = 0; i < 20; i++)
      await authenticate({ email: `spray${i}@example.com`, password: "x" }, "203.0.113.7");
    const blocked = await authenticate(
      { email: "admin@claimledger.test", password: DEMO_PASSWORD },
      "203.0.113.7",
    );
    expect(!blocked.ok && blocked.error).toMatch(/Too many failed/);
    const elsewhere = await authenticate(
      { email: "admin@claimledger.test", password: DEMO_PASSWORD },
      "203.0.113.8",
    );
    expect(elsewhere.ok).toBe(true);
  });

  it("lets admins create and disable accounts; a disabled account cannot sign in", async () => {
    const { admin, owner } = await demoActors();
    const input = createUserSchema.parse({
      email: "new.reviewer@claimledger.test",
      name: "Người Mới",
      role: "REVIEWER",
      password: "a-long-password",
    });
    await expect(createUser(owner, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const user = await createUser(admin, input);
    await expect(createUser(admin, input)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await authenticate({ email: input.email, password: "a-long-password" }, "10.3.0.1")).ok).toBe(
      true,
    );
    await updateUser(admin, user.id, { disabled: true, version: user.version });
    expect(await authenticate({ email: input.email, password: "a-long-password" }, "10.3.0.2")).toEqual({
      ok: false,
      error: WRONG_CREDENTIALS,
      reason: "wrong_credentials",
    });
    await expect(updateUser(admin, admin.id, { disabled: true, version: 1 })).rejects.toBeInstanceOf(
      AppError,
    );
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: user.id },
      orderBy: { id: "asc" },
      select: { action: true, after: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.update"]);
    expect(JSON.stringify(audit)).not.toContain("passwordHash");
  });

  it("changes one's own password only with the current one", async () => {
    const { reviewer } = await demoActors();
    await expect(
      changeOwnPassword(
        reviewer,
        changePasswordSchema.parse({ currentPassword: "wrong", newPassword: "brand-new-password" }),
      ),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await changeOwnPassword(
      reviewer,
      changePasswordSchema.parse({ currentPassword: DEMO_PASSWORD, newPassword: "brand-new-password" }),
    );
    expect((await authenticate({ email: reviewer.email, password: DEMO_PASSWORD }, "10.4.0.1")).ok).toBe(
      false,
    );
    expect(
      (await authenticate({ email: reviewer.email, password: "brand-new-password" }, "10.4.0.2")).ok,
    ).toBe(true);
  });
});
