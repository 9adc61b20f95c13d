import { describe, expect, it, vi } from "vitest";
import { errorResponse } from "@/lib/api/route";
import { AppError } from "@/lib/errors";

/** A Prisma known-request error as the client raises it (only name, code and message matter). */
function prismaError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "PrismaClientKnownRequestError", code });
}

async function answer(error: unknown) {
  const res = errorResponse(error);
  return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } };
}

describe("errorResponse", () => {
  it("answers an AppError with its status and message", async () => {
    expect(await answer(new AppError("CONFLICT", "Someone else saved first."))).toEqual({
      status: 409,
      body: { error: { code: "CONFLICT", message: "Someone else saved first.", details: null } },
    });
  });

  it("maps the database errors with a known meaning to 4xx, and a transaction that never started to 503", async () => {
    expect((await answer(prismaError("P2002", "Unique constraint failed"))).status).toBe(409);
    expect((await answer(prismaError("P2025", "Record not found"))).status).toBe(404);
    expect((await answer(prismaError("P2000", "Value too long"))).status).toBe(400);
    const busy = await answer(
      prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."),
    );
    expect(busy.status).toBe(503);
    expect(busy.body.error.message).toMatch(/Nothing was saved/);
    // Past its time limit the transaction is rolled back: nothing saved either.
    const expired = await answer(
      prismaError(
        "P2028",
        "Transaction API error: Transaction already closed: A query cannot be executed on an expired transaction. The timeout for this transaction was 5000 ms, however 5210 ms passed.",
      ),
    );
    expect(expired.status).toBe(503);
  });

  it("answers anything else with a generic 500 that reveals nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await answer(new Error("connection string postgres://secret@db"));
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain("secret");
    expect((await answer(prismaError("P2028", "Transaction API error: Transaction not found."))).status).toBe(
      500,
    );
    log.mockRestore();
  });
});
