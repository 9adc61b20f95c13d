import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { apiAs, newSignedInPage, users } from "./support/session";

test.describe.configure({ mode: "serial" });

const own = readFileSync(path.resolve("tests/fixtures/extract-texts/extra-03-interest-rate.txt"), "utf8");
const seedFile = path.resolve(process.env.SEED_ARTICLES_DIR ?? "../shared/seeds", "000_38e8711d88869303.txt");

test("an editor pastes an article, reviews the suggested statements and accepts one as a draft claim", async ({
  browser,
}) => {
  const editor = await newSignedInPage(browser, users.owner);
  await editor.goto("/dashboard/ingest");
  const form = editor.getByRole("form", { name: "Ingest an article" });
  // No outlet is chosen for the editor (articles-layout-usability.spec.ts): pick the first.
  await form.getByLabel("Outlet").selectOption({ index: 1 });
  await form.getByLabel("Title").fill("NHNN giảm lãi suất điều hành");
  await form.getByLabel("Published on").fill("2025-12-12");
  await form.getByLabel("Article text").fill(own);
  await form.getByRole("button", { name: "Store and find statements" }).click();
  await expect(editor).toHaveURL(/\/dashboard\/ingest\/[a-z0-9]+$/);
  await expect(editor.getByText(/\d+ suggested statements/)).toBeVisible();
  const first = editor.getByRole("article", { name: "Statement 1", exact: true });
  await expect(first.getByText(/Speaker as written:/)).toBeVisible();
  await first.getByRole("button", { name: "Accept as a draft claim" }).click();
  await expect(first.getByText("Saved as a draft claim.")).toBeVisible();
  await first.getByRole("link", { name: "Open it" }).click();
  await expect(editor).toHaveURL(/\/dashboard\/claims\/[a-z0-9]+$/);
  await expect(editor.getByRole("region", { name: /Sources \(1\)/ })).toBeVisible();

  // The same text again is recognised: not stored twice.
  await editor.goto("/dashboard/ingest");
  await form.getByLabel("Outlet").selectOption({ index: 1 });
  await form.getByLabel("Title").fill("Bản sao");
  await form.getByLabel("Article text").fill(own);
  await form.getByRole("button", { name: "Store and find statements" }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "already stored" })).toBeVisible();
});

test("a statement already in the ledger at this very place is shown as a source of that claim, not offered again", async ({
  browser,
}) => {
  test.skip(!existsSync(seedFile), "seed articles not present");
  const editor = await newSignedInPage(browser, users.owner);
  await editor.goto("/dashboard/ingest");
  const form = editor.getByRole("form", { name: "Ingest an article" });
  await form.getByLabel("Outlet").selectOption({ index: 1 });
  await form.getByLabel("Title").fill("Seed 000 again");
  await form.getByLabel("Article text").fill(readFileSync(seedFile, "utf8"));
  await form.getByRole("button", { name: "Store and find statements" }).click();
  // The seed article is stored already: go to its review from the message.
  await editor.getByRole("link", { name: "Review the stored article" }).click();
  const ushakov = editor.getByRole("article").filter({ hasText: "hiện nay không có bất kỳ định dạng nào" });
  const duplicate = ushakov.getByRole("note", { name: "Possible duplicate" });
  await expect(duplicate).toContainText("không có bất kỳ định dạng nào");
  // The seeded claim already cites this span of this article: attaching it again would be refused
  // (409), so the card says so instead of offering the button. Offering a source to a claim, and
  // the pending change an editor's source of a published claim makes, are in ingest-review-usability.spec.ts.
  await expect(duplicate.getByText("Already a source of this claim")).toBeVisible();
  await expect(duplicate.getByRole("button", { name: "Add as a source of this claim" })).toHaveCount(0);
});

test("on an article with more statements than are checked on opening, a later card is checked when someone works on it", async ({
  browser,
}) => {
  // A claim of our own, quoted again far down a long article (past the statements checked on opening).
  const api = await apiAs(users.owner);
  const marker = Date.now().toString(36);
  const { speakers } = (await (await api.get("/api/speakers")).json()) as { speakers: { id: string }[] };
  const quote = `Bản đề xuất ${marker} về hành lang nhân đạo qua cảng biển phía nam sẽ được đoàn đàm phán trình bày`;
  const created = await api.post("/api/claims", {
    data: { speakerId: speakers[0]!.id, quote, kind: "DIRECT", topics: [] },
  });
  expect(created.status()).toBe(201);
  const outlet = (await (await api.post("/api/outlets", { data: { name: `Báo dài ${marker}` } })).json()) as {
    id: string;
  };
  const lines = Array.from({ length: 45 }, (_, k) =>
    k === 38 || k === 41
      ? `Ông Nguyễn Văn Nam nói: “${quote}.”`
      : `Bà Trần Thị Lan cho biết: “Phiên họp thứ ${k + 1} của hội đồng thành phố ${marker} bàn về ngân sách năm tới.”`,
  );
  const stored = await api.post("/api/articles", {
    data: { outletId: outlet.id, title: `Bốn mươi lăm phát ngôn ${marker}`, text: lines.join("\n") },
  });
  expect(stored.status()).toBe(201);
  const { id } = (await stored.json()) as { id: string };

  const editor = await newSignedInPage(browser, users.owner);
  await editor.goto(`/dashboard/ingest/${id}`);
  await expect(editor.getByText("45 suggested statements")).toBeVisible();
  await expect(
    editor.getByText("Only the first 30 of 45 statements were checked for duplicates when this page opened."),
  ).toBeVisible();
  await expect(
    editor
      .getByRole("article", { name: "Statement 30", exact: true })
      .getByText("Not checked for duplicates yet."),
  ).toHaveCount(0);

  const late = editor.getByRole("article", { name: "Statement 39", exact: true });
  await expect(late.getByText("Not checked for duplicates yet.")).toBeVisible();
  await late.getByRole("button", { name: "Find similar claims" }).click();
  const duplicate = late.getByRole("note", { name: "Possible duplicate" });
  await expect(duplicate).toContainText(marker);
  await duplicate.getByRole("button", { name: "Add as a source of this claim" }).click();
  await expect(late.getByText("Added as a source of the existing claim.")).toBeVisible();

  // Accepting a card nobody checked yet checks it first, and holds back when the ledger has it.
  const again = editor.getByRole("article", { name: "Statement 42", exact: true });
  await again.getByRole("button", { name: "Accept as a draft claim" }).click();
  await expect(again.getByText(/Similar claims are already in the ledger/)).toBeVisible();
  await expect(again.getByRole("note", { name: "Possible duplicate" })).toContainText(marker);
  await expect(again.getByRole("button", { name: "Accept as a draft claim" })).toBeEnabled();
  await expect(again.getByText("Saved as a draft claim.")).toHaveCount(0);

  // One with nothing like it in the ledger is checked and saved by the same click.
  const fresh = editor.getByRole("article", { name: "Statement 44", exact: true });
  await fresh.getByRole("button", { name: "Accept as a draft claim" }).click();
  await expect(fresh.getByText("Saved as a draft claim.")).toBeVisible();
});
