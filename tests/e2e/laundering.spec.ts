import { expect, test } from "@playwright/test";
import { apiAs, baseURL, gotoHydrated, newSignedInPage, users } from "./support/session";
import { ok } from "./support/sources";

/**
 * Issue 16 part 2: the source-laundering alert. A claim is reported by three outlets that all
 * relay one anonymous source through Politico. The reviewer sees the alert next to the approval
 * buttons, is refused when approving before acknowledging it, acknowledges it, approves, and the
 * public page says how the claim is corroborated, in Vietnamese and in English.
 */
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test("a reviewer acknowledges a source-laundering alert before approving; the public page shows the corroboration", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const owner = await apiAs(users.owner);
  const { speakers } = await ok<{ speakers: { id: string; name: string }[] }>(
    await owner.get("/api/speakers"),
  );
  let claim = await ok<{ id: string; slug: string; version: number }>(
    await owner.post("/api/claims", {
      data: {
        speakerId: speakers.find((s) => s.name.includes("Ushakov"))!.id,
        quote: `Không có định dạng ba bên nào (kiểm thử nguồn ${RUN})`,
        kind: "REPORTED",
        topics: [],
      },
    }),
  );
  // Three outlets, each relaying Politico's two unnamed sources.
  for (const n of [1, 2, 3]) {
    const outlet = await ok<{ id: string; name: string }>(
      await owner.post("/api/outlets", { data: { name: `Báo dẫn lại ${RUN} ${n}` } }),
    );
    const article = await ok<{ id: string }>(
      await owner.post("/api/articles", {
        data: {
          outletId: outlet.id,
          title: `Bài dẫn lại ${RUN} ${n}`,
          text: `Ông Ushakov cho biết không có định dạng ba bên nào, theo Politico. Bài ${RUN} số ${n}.`,
        },
      }),
    );
    await ok(
      await owner.post(`/api/claims/${claim.id}/appearances`, {
        data: {
          articleId: article.id,
          start: 0,
          end: 11,
          exact: "Ông Ushakov",
          chain: [
            { kind: "OUTLET", label: outlet.name, outletId: outlet.id },
            { kind: "OUTLET", label: "Politico" },
            { kind: "UNNAMED_SOURCE", label: "hai nguồn thạo tin giấu tên" },
          ],
        },
      }),
    );
  }
  claim = await ok(
    await owner.post(`/api/claims/${claim.id}/transitions`, {
      data: { transition: "submit", version: claim.version },
    }),
  );
  await owner.dispose();

  // The reviewer sees the alert near the approval buttons.
  const reviewer = await newSignedInPage(browser, users.reviewer);
  await gotoHydrated(reviewer, `/dashboard/claims/${claim.id}`);
  const panel = reviewer.getByRole("region", { name: "Sourcing", exact: true });
  const alert = panel.getByTestId("sourcing-alert");
  await expect(alert).toContainText("Source-laundering alert");
  await expect(alert.getByTestId("sourcing-summary")).toHaveText(
    "3 outlets, 1 independent chain, origin: unnamed",
  );
  await expect(alert).toContainText("These outlets all relay one line of reporting");
  await expect(alert).toContainText("Every chain of attribution starts with a source nobody names.");
  await expect(alert).toContainText("hai nguồn thạo tin giấu tên (unnamed) · 3 articles · via Politico");
  await expect(panel).toContainText("A reviewer must acknowledge this alert before approving.");

  // Approving first is refused by the server, in words.
  await reviewer.getByRole("button", { name: "Approve and publish", exact: true }).click();
  const dialog = reviewer.getByRole("dialog", { name: "Approve and publish this claim?" });
  await dialog.getByRole("button", { name: "Yes, approve and publish" }).click();
  await expect(dialog.getByTestId("form-error")).toContainText(
    "This claim cannot be approved yet: its sources raise a source-laundering alert.",
  );
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(reviewer.getByTestId("workflow-state")).toContainText("In review");

  // Acknowledged with a note, then approved.
  await panel.getByLabel("Note (optional)").fill("Không tìm được nguồn thứ hai; ghi rõ trên trang.");
  await panel.getByRole("button", { name: "Acknowledge the alert" }).click();
  await expect(panel.getByTestId("sourcing-ack")).toContainText("Dũng Thẩm Định acknowledged the alert on");
  await expect(panel.getByTestId("sourcing-ack")).toContainText("Không tìm được nguồn thứ hai");
  await reviewer.getByRole("button", { name: "Approve and publish", exact: true }).click();
  await dialog.getByRole("button", { name: "Yes, approve and publish" }).click();
  await expect(reviewer.getByTestId("workflow-done")).toContainText("Approved and published");
  await reviewer.context().close();

  // Readers see the corroboration for what it is, in Vietnamese and in English.
  const readers = await browser.newContext({ baseURL: baseURL() });
  const page = await readers.newPage();
  await page.goto(`/claims/${claim.slug}`);
  await expect(page.getByTestId("sourcing-line")).toHaveText(
    "Được 3 cơ quan báo chí đưa tin, tất cả từ 1 chuỗi độc lập; nguồn gốc: giấu tên.",
  );
  await page.goto(`/en/claims/${claim.slug}`);
  await expect(page.getByTestId("sourcing-line")).toHaveText(
    "Reported by 3 outlets, all from 1 independent chain; origin: unnamed.",
  );
  const api = await readers.request.get(`/api/v1/claims/${claim.slug}`);
  expect(((await api.json()) as { data: { sourcing: unknown } }).data.sourcing).toEqual({
    outlets: 3,
    chains: 1,
    origin: "unnamed",
  });
  await readers.close();
});
