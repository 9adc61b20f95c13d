import { expect, test } from "@playwright/test";
import { newsPageHtml, startNewsSite, type NewsSite } from "../helpers/news-site";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { apiAs, gotoHydrated, newSignedInPage, users } from "./support/session";
import { ok } from "./support/sources";

/**
 * Issue 18, part 5, as an editor does it: paste the article's address, press Fetch, check what the
 * server read from the page (title, date, text — none of the page's menus or comments), store it,
 * review its statements, and find the archived copy on the article's page, shown as text. A
 * private address is refused next to the field. The e2e servers allow 127.0.0.1
 * (INGEST_ALLOWED_HOSTS in playwright.config.ts), where this spec's news site listens.
 */
const RUN = Date.now().toString(36);
let site: NewsSite;

test.beforeAll(async () => {
  site = await startNewsSite();
});
test.afterAll(async () => site?.stop());

test("an editor takes an article from its URL, stores it with an archived copy and reviews its statements", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const paragraphs = [
    `Chiều 20/12, phát biểu tại buổi họp báo (${RUN}), Bộ trưởng Y tế Đào Hồng Lan cho biết: “Tỷ lệ tiêm chủng mở rộng năm nay đạt trên 95%”.`,
    "Theo bà Lan, ngành y tế sẽ tiếp tục mở rộng mạng lưới tiêm chủng tới các xã vùng sâu, vùng xa trong năm tới.",
    "Các chuyên gia đánh giá đây là kết quả tích cực sau nhiều năm nỗ lực của toàn ngành.",
  ];
  site.page(
    `/bai-${RUN}`,
    newsPageHtml({ title: `Tiêm chủng đạt trên 95% (${RUN})`, paragraphs, publishedAt: "2025-12-20" }),
  );
  const editor = await newSignedInPage(browser, users.owner);
  await gotoHydrated(editor, "/dashboard/ingest");
  const fetcher = editor.getByRole("form", { name: "Take an article from its address" });

  // The server never calls a private network on someone's behalf.
  await fetcher.getByLabel("Article URL").fill("http://10.1.2.3/bai-viet");
  await fetcher.getByRole("button", { name: "Fetch" }).click();
  await expect(fetcher.getByTestId("form-error")).toContainText("private or local network");

  await fetcher.getByLabel("Article URL").fill(site.url(`/bai-${RUN}`));
  await fetcher.getByRole("button", { name: "Fetch" }).click();
  await expect(fetcher.getByRole("status")).toContainText(
    "Fetched https://bao-thu.example/bai-viet-123.html",
  );
  const form = editor.getByRole("form", { name: "Ingest an article" });
  await expect(form.getByLabel("Title")).toHaveValue(`Tiêm chủng đạt trên 95% (${RUN})`);
  await expect(form.getByLabel("Published on")).toHaveValue("2025-12-20");
  await expect(form.getByLabel("URL", { exact: true })).toHaveValue(
    "https://bao-thu.example/bai-viet-123.html",
  );
  const text = await form.getByLabel("Article text").inputValue();
  expect(text).toBe(paragraphs.join("\n\n"));
  await expectNoSeriousA11yViolations(editor);

  // No outlet of the newsroom is this test site: the editor picks one, then stores.
  await form.getByLabel("Outlet").selectOption({ index: 1 });
  await form.getByRole("button", { name: "Store and find statements" }).click();
  await expect(editor).toHaveURL(/\/dashboard\/ingest\/[a-z0-9]+$/);
  const articleId = editor.url().split("/").pop()!;
  await expect(
    editor.getByRole("article").filter({ hasText: "Tỷ lệ tiêm chủng mở rộng" }).first(),
  ).toBeVisible();

  await gotoHydrated(editor, `/dashboard/articles/${articleId}`);
  const archive = editor.getByRole("region", { name: "Archived copy" });
  await expect(archive).toContainText(site.url(`/bai-${RUN}`));
  await expect(archive.getByText(/^[0-9a-f]{64}$/)).toBeVisible();
  await archive.getByText("HTML as received (shown as text, never run)").click();
  // The page's own script is text here, never run.
  await expect(archive.locator("pre")).toContainText('<script>window.tracking = "Ông Script nói');
  expect(await editor.evaluate(() => "tracking" in window)).toBe(false);
  await expectNoSeriousA11yViolations(editor);

  // A claim cites the quote of this article.
  const api = await apiAs(users.owner);
  const { speakers } = await ok<{ speakers: { id: string }[] }>(await api.get("/api/speakers"));
  const quote = "Tỷ lệ tiêm chủng mở rộng năm nay đạt trên 95%";
  const claim = await ok<{ id: string }>(
    await api.post("/api/claims", {
      data: { speakerId: speakers[0]!.id, quote: `${quote} (${RUN})`, kind: "DIRECT", saidAt: "2025-12-20" },
    }),
  );
  const start = [...text.slice(0, text.indexOf(quote))].length;
  await ok(
    await api.post(`/api/claims/${claim.id}/appearances`, {
      data: {
        articleId,
        start,
        end: start + [...quote].length,
        exact: quote,
        chain: [{ kind: "OUTLET", label: "Báo Thử" }],
      },
    }),
  );

  // The outlet corrects its article (a figure, and a paragraph added on top): fetched again and
  // saved, the source follows its corrected words.
  site.page(
    `/bai-${RUN}`,
    newsPageHtml({
      title: `Tiêm chủng đạt trên 95% (${RUN})`,
      paragraphs: [
        "Cập nhật: số liệu đã được điều chỉnh.",
        ...paragraphs.map((p) => p.replace("95%", "96%")),
      ],
      publishedAt: "2025-12-20",
    }),
  );
  await gotoHydrated(editor, `/dashboard/articles/${articleId}`);
  const corrector = editor.getByRole("region", { name: "Correct the text" });
  await corrector.getByRole("button", { name: "Fetch the page again" }).click();
  await expect(corrector.getByRole("status")).toContainText("The page was fetched again");
  await expect(corrector.getByLabel("Corrected text")).toHaveValue(/^Cập nhật: số liệu/);
  await corrector.getByRole("button", { name: "Save the corrected text" }).click();
  await expect(corrector.getByRole("status")).toContainText(
    "1 found with corrected words; 0 could not be placed",
  );

  // Then the quote is withdrawn altogether: the source is flagged, on the article and on the claim.
  const withdrawn = (await corrector.getByLabel("Corrected text").inputValue()).replace(
    /“Tỷ lệ[^”]*”/,
    "“(đã gỡ)”",
  );
  await gotoHydrated(editor, `/dashboard/articles/${articleId}`);
  await corrector.getByLabel("Corrected text").fill(withdrawn);
  await corrector.getByRole("button", { name: "Save the corrected text" }).click();
  await expect(corrector.getByRole("status")).toContainText("1 could not be placed");
  const lost = editor.getByRole("region", { name: "Sources to select again (1)" });
  await expect(lost).toContainText("Tỷ lệ tiêm chủng mở rộng năm nay đạt trên 96%");
  await lost.getByRole("link").click();
  await expect(editor).toHaveURL(new RegExp(`/dashboard/claims/${claim.id}$`));
  await expect(editor.getByRole("note").filter({ hasText: "no longer in it" })).toBeVisible();
  await api.dispose();
});
