import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { newSignedInPage, users } from "./support/session";

test.describe.configure({ mode: "serial" });

const own = readFileSync(path.resolve("tests/fixtures/extract-texts/extra-03-interest-rate.txt"), "utf8");
const seedFile = path.resolve(process.env.SEED_ARTICLES_DIR ?? "../shared/seeds", "000_38e8711d88869303.txt");

test("an editor pastes an article, reviews the suggested statements and accepts one as a draft claim", async ({ browser }) => {
  const editor = await newSignedInPage(browser, users.owner);
  await editor.goto("/dashboard/ingest");
  const form = editor.getByRole("form", { name: "Ingest an article" });
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
  await form.getByLabel("Title").fill("Bản sao");
  await form.getByLabel("Article text").fill(own);
  await form.getByRole("button", { name: "Store and find statements" }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "already stored" })).toBeVisible();
});

test("a statement already in the ledger is offered as a new source of that claim", async ({ browser }) => {
  test.skip(!existsSync(seedFile), "seed articles not present");
  const editor = await newSignedInPage(browser, users.owner);
  await editor.goto("/dashboard/ingest");
  const form = editor.getByRole("form", { name: "Ingest an article" });
  await form.getByLabel("Title").fill("Seed 000 again");
  await form.getByLabel("Article text").fill(readFileSync(seedFile, "utf8"));
  await form.getByRole("button", { name: "Store and find statements" }).click();
  // The seed article is stored already: go to its review from the message.
  await editor.getByRole("link", { name: "Review the stored article" }).click();
  const ushakov = editor.getByRole("article").filter({ hasText: "hiện nay không có bất kỳ định dạng nào" });
  const duplicate = ushakov.getByRole("note", { name: "Possible duplicate" });
  await expect(duplicate).toContainText("không có bất kỳ định dạng nào");
  await duplicate.getByRole("button", { name: "Add as a source of this claim" }).first().click();
  await expect(ushakov.getByText("Added as a source of the existing claim.")).toBeVisible();
});
