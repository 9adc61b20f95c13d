import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { type ClaimRef, demoSpeakerId, newsroomSessions, runTag } from "./support/newsroom";
import { gotoHydrated, newSignedInPage, users } from "./support/session";
import { ok } from "./support/sources";

/**
 * Issue 16, quote drift as a newsroom meets it: two outlets carry the same claim and the later one
 * prints another number. On the claim's dashboard page the reviewer sees both texts with the word
 * diff (the number highlighted, named as such), confirms the drift and sets the verification to
 * Misquoted in one click; once the claim is approved, readers see which outlet quoted it how.
 */
const api = newsroomSessions();
const RUN = runTag();

/** A source in a new outlet's article published on `day`, whose text starts with `words`. */
async function quotedBy(claimId: string, outletName: string, day: string, words: string) {
  const outlet = await ok<{ id: string }>(
    await api.owner.post("/api/outlets", { data: { name: outletName } }),
  );
  const article = await ok<{ id: string }>(
    await api.owner.post("/api/articles", {
      data: {
        outletId: outlet.id,
        title: `${outletName}: bài thử lệch trích dẫn`,
        text: `${words}. Bài thử ${RUN}.`,
        publishedAt: day,
      },
    }),
  );
  await ok(
    await api.owner.post(`/api/claims/${claimId}/appearances`, {
      data: {
        articleId: article.id,
        start: 0,
        end: Array.from(words).length,
        exact: words,
        chain: [{ kind: "OUTLET", label: outletName, outletId: outlet.id }],
      },
    }),
  );
}

test("a reviewer sees a number drift between two outlets, confirms it and sets Misquoted; readers see it once published", async ({
  browser,
  page,
}) => {
  const speakerId = await demoSpeakerId(api.owner, /Ushakov/);
  const created = await ok<ClaimRef>(
    await api.owner.post("/api/claims", {
      data: {
        speakerId,
        quote: `Nga sẽ cắt giảm 30% quân số (thử lệch ${RUN})`,
        kind: "DIRECT",
        saidAt: "2025-12-20",
        topics: ["trilateral-talks"],
      },
    }),
  );
  const [earliest, later] = [`Báo sớm ${RUN}`, `Báo muộn ${RUN}`];
  // Added in the other order: the earliest is the one published first.
  await quotedBy(created.id, later, "2025-12-22", "Nga sẽ cắt giảm 50% quân số");
  await quotedBy(created.id, earliest, "2025-12-21", "Nga sẽ cắt giảm 30% quân số");
  const submitted = await ok<ClaimRef>(
    await api.owner.post(`/api/claims/${created.id}/transitions`, {
      data: { transition: "submit", version: created.version },
    }),
  );

  const reviewer = await newSignedInPage(browser, users.reviewer);
  await gotoHydrated(reviewer, `/dashboard/claims/${created.id}`);
  const panel = reviewer.getByRole("region", { name: "Quote drift" });
  await expect(panel.getByTestId("drift-base")).toContainText(earliest);
  const source = panel.getByTestId("drift-source").filter({ hasText: later });
  await expect(source.locator('del[data-kind="NUMBER"]')).toHaveText("30% ");
  await expect(source.locator('ins[data-kind="NUMBER"]')).toContainText("50%");
  await expect(source.getByTestId("drift-findings")).toContainText("the number differs");
  await expectNoSeriousA11yViolations(reviewer);

  await source.getByRole("button", { name: "Confirm drift" }).click();
  await expect(source.getByText("Drift confirmed")).toBeVisible();
  const suggestion = panel.getByTestId("drift-suggestion");
  await expect(suggestion).toContainText("consider setting the verification to Misquoted");
  await suggestion.getByRole("button", { name: "Set to Misquoted" }).click();
  await expect(panel.getByTestId("drift-suggestion")).toHaveCount(0);
  // The claim's heading badges say so (the verification panel's own form is left as it was).
  await expect(reviewer.locator("main h1 + div").getByText("Misquoted", { exact: true })).toBeVisible();
  await reviewer.context().close();

  // Nothing public before approval; then readers see the drift, in both languages.
  expect((await api.reader.get(`/claims/${created.slug}`)).status()).toBe(404);
  const current = await ok<{ version: number; verification: string }>(
    await api.reviewer.get(`/api/claims/${created.id}`),
  );
  expect(current.verification).toBe("MISQUOTED");
  expect(current.version).toBeGreaterThan(submitted.version);
  await ok(
    await api.reviewer.post(`/api/claims/${created.id}/transitions`, {
      data: { transition: "approve", version: current.version },
    }),
  );
  await page.goto(`/claims/${created.slug}`);
  const notice = page.getByTestId("public-quote-drift");
  await expect(notice).toContainText(`${later} trích dẫn là “Nga sẽ cắt giảm 50% quân số” — con số khác.`);
  await expect(notice).toContainText(`Bản đăng sớm nhất (${earliest}): “Nga sẽ cắt giảm 30% quân số”`);
  await page.goto(`/en/claims/${created.slug}`);
  await expect(page.getByTestId("public-quote-drift")).toContainText(
    `${later} quoted it as “Nga sẽ cắt giảm 50% quân số” — the number differs.`,
  );
});
