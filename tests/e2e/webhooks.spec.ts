import { expect, test, type APIRequestContext } from "@playwright/test";
import { verifyWebhookSignature } from "../../lib/webhooks/signature";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { draftClaim, moveClaim } from "./support/newsroom";
import { apiAs, gotoHydrated, newSignedInPage, users } from "./support/session";
import { addSource } from "./support/sources";
import { startWebhookReceiver } from "./support/webhook-receiver";

/**
 * Issue 15, webhooks: an admin registers a partner's endpoint (a local receiver) on the admin
 * page and is shown its secret once; a claim is published; the delivery log shows the delivery,
 * which the receiver verified with that secret; a replay sends it again; the page is axe-clean.
 */
const RUN = Date.now().toString(36);

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let admin: APIRequestContext;

test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
  admin = await apiAs(users.admin);
});
test.afterAll(async () => {
  // The endpoint is disabled afterwards, so no later spec's publication is sent to a closed port.
  const { endpoints } = (await (await admin.get("/api/admin/webhooks")).json()) as {
    endpoints: { id: string; url: string; version: number; active: boolean }[];
  };
  for (const e of endpoints.filter((x) => x.url.startsWith(receiver.url("/")) && x.active))
    await admin.patch(`/api/admin/webhooks/${e.id}`, { data: { version: e.version, active: false } });
  await admin.dispose();
  await receiver.stop();
});

test("an admin registers an endpoint, a publication is delivered signed, the log shows it and replays it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const url = receiver.url(`/partner-${RUN}`);
  const page = await newSignedInPage(browser, users.admin);
  // Found from the people page (the navigation row is full).
  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("link", { name: /Webhooks for partner newsrooms/ })).toHaveAttribute(
    "href",
    "/admin/webhooks",
  );
  await gotoHydrated(page, "/admin/webhooks");
  await expect(page.getByRole("heading", { name: "Webhooks for partner newsrooms" })).toBeVisible();

  // A private address is refused next to the field (loopback is allowed on this test server,
  // a URL with credentials never is).
  const form = page.getByRole("form", { name: "Register an endpoint" });
  await form.getByLabel("Endpoint URL").fill(`http://user:secret@127.0.0.1:9/${RUN}`);
  await form.getByRole("button", { name: "Register" }).click();
  await expect(form.getByTestId("field-error")).toContainText("Endpoint URL");
  await expect(form.getByTestId("form-error")).toContainText("user name and password");

  await form.getByLabel("Endpoint URL").fill(url);
  await form.getByLabel("Description (optional)").fill(`Báo đối tác ${RUN}`);
  // Only publications and retractions.
  await form.getByLabel(/Published claim updated/).uncheck();
  await form.getByLabel(/Claims linked/).uncheck();
  await form.getByRole("button", { name: "Register" }).click();
  const secret = (await form.getByTestId("webhook-secret").textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);
  await expect(form.getByText("it will not be shown again")).toBeVisible();
  const panel = page.getByRole("region", { name: url });
  await expect(panel).toBeVisible();
  await expect(panel.getByText("Nothing has been sent to this endpoint yet.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A claim is published (through the API, as the newsroom would).
  const owner = await apiAs(users.owner);
  const reviewer = await apiAs(users.reviewer);
  const draft = await draftClaim(owner, {
    quote: `Đàm phán sẽ tiếp tục vào tuần tới (webhook ${RUN})`,
    kind: "DIRECT",
  });
  await addSource(owner, draft.id);
  const claim = await moveClaim(owner, draft, "submit");
  await moveClaim(reviewer, claim, "approve");
  await owner.dispose();
  await reviewer.dispose();

  // The log (refreshed live) shows the delivery, delivered with a 200.
  const row = panel.getByRole("row").filter({ hasText: "claim.published" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Delivered");
  await expect(row).toContainText("200");
  const mine = () => receiver.received.filter((r) => r.body.includes(claim.id));
  expect(mine()).toHaveLength(1);
  const first = mine()[0]!;
  expect(first.headers["claimledger-event"]).toBe("claim.published");
  expect(verifyWebhookSignature(secret, String(first.headers["claimledger-signature"]), first.body)).toBe(
    true,
  );
  const body = JSON.parse(first.body) as { data: { claim: { slug: string; publicUrl: string } } };
  expect(body.data.claim.slug).toBe(claim.slug);
  expect(body.data.claim.publicUrl).toMatch(new RegExp(`/claims/${claim.slug}$`));

  // Replay: sent again with the same delivery id, and a new valid signature.
  await row.getByRole("button", { name: /Replay the delivery/ }).click();
  await expect.poll(() => mine().length).toBe(2);
  const second = mine()[1]!;
  expect(second.headers["claimledger-delivery"]).toBe(first.headers["claimledger-delivery"]);
  expect(verifyWebhookSignature(secret, String(second.headers["claimledger-signature"]), second.body)).toBe(
    true,
  );
  await expect(row).toContainText("Delivered");
  // The attempts column counts both sends.
  await expect(row.getByRole("cell").nth(2)).toHaveText("2");

  // A test event, and the page stays axe-clean with a full log.
  await panel.getByRole("button", { name: "Send test event" }).click();
  await expect(panel.getByText("Test event sent")).toBeVisible();
  await expect(panel.getByRole("row").filter({ hasText: "Test event" })).toContainText("Delivered");
  expect(receiver.received.some((r) => r.headers["claimledger-event"] === "ping")).toBe(true);
  await expectNoSeriousA11yViolations(page);

  // Disabling is shown on the endpoint.
  await panel.getByRole("button", { name: "Disable" }).click();
  await expect(panel.getByText("Disabled", { exact: true })).toBeVisible();
  await page.context().close();
});

test("webhooks are an admin's: the page and the API refuse reviewers", async ({ browser }) => {
  const reviewer = await apiAs(users.reviewer);
  const res = await reviewer.post("/api/admin/webhooks", {
    data: { url: receiver.url("/nope"), events: ["claim.published"] },
  });
  expect(res.status()).toBe(403);
  await reviewer.dispose();
  const page = await newSignedInPage(browser, users.reviewer);
  const answer = await page.goto("/admin/webhooks");
  expect(answer?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Webhooks for partner newsrooms" })).toHaveCount(0);
  await page.context().close();
});
