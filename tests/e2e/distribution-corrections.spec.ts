import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yViolations, seriousA11yViolations } from "./support/a11y";
import { apiAs, gotoHydrated, newSignedInPage, users } from "./support/session";
import { ok, publishClaim } from "./support/sources";

/**
 * The corrections log (issue 15): a published claim corrected through the newsroom's own workflow
 * (the editor publishes with a reviewer, then corrects its verification in the dashboard, which asks
 * for a public reason; the reviewer retracts it) appears on /corrections, in its Atom feed and on
 * the claim's own page, with the fields, the reasons and the dates — and nothing internal.
 */
let owner: APIRequestContext;
let reviewer: APIRequestContext;
let reader: APIRequestContext;

type ClaimRef = { id: string; slug: string; version: number };
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.beforeAll(async () => {
  owner = await apiAs(users.owner);
  reviewer = await apiAs(users.reviewer);
  reader = await apiAs(null);
});
test.afterAll(async () => {
  for (const c of [owner, reviewer, reader]) await c?.dispose();
});

test("a corrected and retracted claim is listed on /corrections, in its feed and on its page", async ({
  browser,
  page,
}) => {
  const { speakers } = await ok<{ speakers: { id: string; name: string }[] }>(
    await owner.get("/api/speakers"),
  );
  const speakerId = speakers.find((s) => s.name === "Dmitry Peskov")?.id ?? speakers[0]!.id;
  const quote = `Điện Kremlin chưa nhận được văn kiện nào (thử đính chính ${RUN})`;
  const created = await ok<ClaimRef>(
    await owner.post("/api/claims", {
      data: { speakerId, quote, kind: "DIRECT", saidAt: "2025-12-22", topics: ["us-russia-talks"] },
    }),
  );
  const published = await publishClaim<ClaimRef>(owner, reviewer, created);

  // A change readers would see, sent without a reason: refused, with a reason the client can word.
  const refused = await owner.put(`/api/claims/${created.id}/verification`, {
    data: { verification: "VERIFIED_SECONDARY", note: "Ghi chú nội bộ bí mật", version: published.version },
  });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: { reason: string } }).error.reason).toBe(
    "correction_reason_required",
  );

  // The editor corrects it in the dashboard: the form asks for the public reason and says so when missing.
  const editorPage = await newSignedInPage(browser, users.owner);
  await gotoHydrated(editorPage, `/dashboard/claims/${created.id}`);
  const panel = editorPage.getByRole("region", { name: "Quote verification" });
  await panel.getByLabel("Status").selectOption("MISQUOTED");
  await panel.getByLabel("Evidence note").fill("Ghi chú nội bộ bí mật");
  await panel.getByRole("button", { name: "Save verification" }).click();
  await expect(
    panel.getByText(/give the reason readers will see|say why, for readers/i).first(),
  ).toBeVisible();
  const reason = `Bản ghi gốc cho thấy câu nói đã bị cắt xén (${RUN}).`;
  await panel.getByLabel("Reason for the correction (public)").fill(reason);
  await panel.getByRole("button", { name: "Save verification" }).click();
  await expect(panel.getByText("Verification saved.")).toBeVisible();
  // Staff see it in the claim's history as a public correction, with the reason readers get.
  await gotoHydrated(editorPage, `/dashboard/claims/${created.id}/history`);
  await expect(editorPage.getByTestId("version-public-correction")).toHaveCount(1);
  await expect(editorPage.getByTestId("version-public-correction")).toContainText(reason);
  await editorPage.context().close();

  // The reviewer retracts it, with its public reason.
  const current = await ok<{ version: number; verification: string }>(
    await owner.get(`/api/claims/${created.id}`),
  );
  expect(current.verification).toBe("MISQUOTED");
  const retractionReason = `Nhầm người phát ngôn (${RUN}).`;
  await ok(
    await reviewer.post(`/api/claims/${created.id}/transitions`, {
      data: { transition: "retract", version: current.version, reason: retractionReason },
    }),
  );

  // The log: both entries, newest first, with the fields, reasons and dates.
  await page.goto("/corrections");
  await expect(page.getByRole("heading", { level: 1, name: "Đính chính và rút lại" })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/corrections\/feed\.xml$/,
  );
  const entries = page.getByTestId("corrections-log").locator("> li");
  await expect(entries.nth(0)).toContainText(quote);
  await expect(entries.nth(0)).toContainText("phát ngôn bị rút lại");
  await expect(entries.nth(0)).toContainText(`Lý do: ${retractionReason}`);
  await expect(entries.nth(1)).toContainText(quote);
  await expect(entries.nth(1)).toContainText("kết quả kiểm chứng trích dẫn được đính chính");
  await expect(entries.nth(1)).toContainText(`Lý do: ${reason}`);
  await expect(entries.nth(1).locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  await expect(page.getByText("Ghi chú nội bộ bí mật")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // The claim's own page: its public change history.
  await page.goto(`/claims/${created.slug}`);
  const history = page.getByTestId("change-history");
  await expect(history.getByRole("heading", { name: "Lịch sử thay đổi công khai" })).toBeVisible();
  // The retraction, the correction, then the publication itself (with hashes: audit-chain.spec.ts).
  await expect(history.locator("li")).toHaveCount(3);
  await expect(history.locator("li").nth(0)).toContainText(retractionReason);
  await expect(history.locator("li").nth(1)).toContainText(
    /Cập nhật ngày .+: kết quả kiểm chứng trích dẫn được đính chính\./,
  );
  await expect(history.locator("li").nth(1)).toContainText(reason);
  expect(await seriousA11yViolations(page, '[data-testid="change-history"]')).toEqual([]);
  expect(await page.content()).not.toContain("Ghi chú nội bộ bí mật");

  // The feed: well-formed Atom (parsed by the browser's XML parser), newest entry first.
  const feed = await reader.get("/corrections/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const atom = "http://www.w3.org/2005/Atom";
    const entries = [...doc.getElementsByTagNameNS(atom, "entry")];
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: doc.documentElement.localName,
      ns: doc.documentElement.namespaceURI,
      title: doc.documentElement.getElementsByTagNameNS(atom, "title")[0]?.textContent ?? "",
      first: entries.slice(0, 2).map((e) => ({
        id: e.getElementsByTagNameNS(atom, "id")[0]?.textContent ?? "",
        updated: e.getElementsByTagNameNS(atom, "updated")[0]?.textContent ?? "",
        summary: e.getElementsByTagNameNS(atom, "summary")[0]?.textContent ?? "",
      })),
    };
  }, xml);
  expect(parsed).toMatchObject({ error: false, root: "feed", ns: "http://www.w3.org/2005/Atom" });
  expect(parsed.title).toContain("đính chính và rút lại");
  expect(parsed.first[0]!.id).toMatch(new RegExp(`/claims/${created.slug}#v\\d+$`));
  expect(parsed.first[0]!.summary).toContain(retractionReason);
  expect(parsed.first[1]!.summary).toContain(reason);
  expect(Date.parse(parsed.first[0]!.updated)).toBeGreaterThanOrEqual(Date.parse(parsed.first[1]!.updated));
  expect(xml).not.toContain("Ghi chú nội bộ bí mật");
});
