import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { type ClaimRef, demoSpeakerId, newsroomSessions, runTag } from "./support/newsroom";
import { gotoHydrated, newSignedInPage, users } from "./support/session";
import { ok, publishClaim } from "./support/sources";

/**
 * Issue 15, as a newsroom uses it: a typo in a published quote. The editor proposes the corrected
 * quote with a reason for readers on the claim's dashboard page (the reason is asked for next to
 * its field); nothing public changes until a reviewer approves it under Pending changes, seeing
 * what changes; then the public claim page, its change history and /corrections show the new quote
 * and "quote corrected" with the reason.
 */
const api = newsroomSessions();
const RUN = runTag();

test("an editor proposes a quote correction, a reviewer approves it, and readers see the new quote with the reason", async ({
  browser,
  page,
}) => {
  const speakerId = await demoSpeakerId(api.owner, /Ushakov/);
  const typo = `Không có định dạng ba bên nào ca (thử đính chính ${RUN})`;
  const fixed = `Không có định dạng ba bên nào cả (thử đính chính ${RUN})`;
  const created = await ok<ClaimRef>(
    await api.owner.post("/api/claims", {
      data: { speakerId, quote: typo, kind: "DIRECT", saidAt: "2025-12-20", topics: ["trilateral-talks"] },
    }),
  );
  await publishClaim<ClaimRef>(api.owner, api.reviewer, created);

  // The editor (not the claim's author) proposes the correction on the claim's page.
  const editor = await newSignedInPage(browser, users.editor);
  await gotoHydrated(editor, `/dashboard/claims/${created.id}`);
  const panel = editor.getByRole("region", { name: "Propose a correction" });
  await panel.getByRole("button", { name: "Propose a correction…" }).click();
  const form = panel.getByRole("form", { name: "Correction of the published claim" });
  await expect(form.getByLabel("Quote (as reported, original language)")).toHaveValue(typo);
  await form.getByLabel("Quote (as reported, original language)").fill(fixed);
  // Without the reason readers will see: refused, and said next to the field.
  await form.getByRole("button", { name: "Propose the correction" }).click();
  await expect(form.getByText("Reason for readers: this is required")).toBeVisible();
  const reason = `Trích dẫn bị gõ sai: “cả”, không phải “ca” (${RUN}).`;
  await form.getByLabel("Reason for readers").fill(reason);
  await expectNoSeriousA11yViolations(editor);
  await form.getByRole("button", { name: "Propose the correction" }).click();
  await expect(panel.getByText("Your correction was sent: it waits for a reviewer")).toBeVisible();

  // Nothing public has changed yet.
  expect(await (await api.reader.get(`/claims/${created.slug}`)).text()).toContain(typo);
  // Back on the page later, it says a correction waits (and offers no second one).
  await gotoHydrated(editor, `/dashboard/claims/${created.id}`);
  await expect(editor.getByText("A correction of this claim waits for a reviewer")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Propose a correction…" })).toHaveCount(0);
  await editor.context().close();

  // The reviewer sees what changes and why, and approves it.
  const reviewer = await newSignedInPage(browser, users.reviewer);
  await gotoHydrated(reviewer, "/dashboard/pending");
  const card = reviewer
    .getByRole("article", { name: "Correction of a published claim" })
    .filter({ hasText: reason });
  await expect(card.getByTestId("correction-diff")).toContainText("Quote");
  await expect(card.locator("del")).toContainText("ca");
  await expect(card.locator("ins")).toContainText("cả");
  await expectNoSeriousA11yViolations(reviewer);
  await card.getByRole("button", { name: "Approve and publish" }).click();
  await expect(
    reviewer
      .getByRole("region", { name: "Recently decided" })
      .getByRole("article")
      .filter({ hasText: reason }),
  ).toContainText("Applied by");
  await reviewer.context().close();

  // Readers: the new quote, and "quote corrected" with the reason, on the claim page and the log.
  await page.goto(`/claims/${created.slug}`);
  await expect(page.getByText(fixed).first()).toBeVisible();
  const history = page.getByTestId("change-history");
  // The correction, then the publication it corrects (each with its hash: audit-chain.spec.ts).
  await expect(history.locator("li")).toHaveCount(2);
  await expect(history.locator("li").first()).toContainText(/Cập nhật ngày .+: trích dẫn được đính chính\./);
  await expect(history.locator("li").first()).toContainText(reason);
  await page.goto(`/en/claims/${created.slug}`);
  await expect(page.getByTestId("change-history").locator("li").first()).toContainText("quote corrected");
  await page.goto("/corrections");
  const entry = page.getByTestId("corrections-log").locator("> li").first();
  await expect(entry).toContainText(fixed);
  await expect(entry).toContainText("trích dẫn được đính chính");
  await expect(entry).toContainText(`Lý do: ${reason}`);
});
