// What a new editor met on the articles, ingestion and claim screens (desktop 1280×900, phone
// 390×844), each looked at the way that person sees it.

import { expect, test, type Locator, type Page } from "@playwright/test";
import { apiAs, baseURL, newSignedInPage, users } from "./support/session";
import { expectNoSeriousA11yViolations } from "./support/a11y";

test.describe.configure({ mode: "serial" });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const SEED_ARTICLE = "Nga từ chối đàm phán 3 bên";
const statuses = /^(Draft|In review|Changes requested|Approved|Rejected|Retracted)$/;

/** Switches a signed-in page to Vietnamese, the way the language switcher does. */
async function useLocale(page: Page, locale: "vi" | "en") {
  await page.context().addCookies([{ name: "locale", value: locale, url: baseURL() }]);
}

/** The distinct top edges (rounded) of the elements: one value = one row. */
async function rowsOf(items: Locator): Promise<number[]> {
  const tops = await items.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  return [...new Set(tops)];
}

test.describe("item 14: every article has a page; one way to store an article", () => {
  test("an article in the list opens its page: metadata, its ingestion review, and the claims citing it with their status", async ({
    browser,
  }) => {
    const editor = await newSignedInPage(browser, users.owner);
    await editor.setViewportSize(DESKTOP);
    await editor.goto("/dashboard/articles");
    // One way to store an article: ingestion. The articles page points there and has no form of its own.
    await expect(editor.getByRole("form", { name: "New article" })).toHaveCount(0);
    await expect(editor.getByRole("link", { name: "Ingest an article" })).toHaveAttribute(
      "href",
      "/dashboard/ingest",
    );
    await expectNoSeriousA11yViolations(editor);

    await editor.getByRole("link", { name: new RegExp(SEED_ARTICLE) }).click();
    await expect(editor).toHaveURL(/\/dashboard\/articles\/[a-z0-9]+$/);
    const id = editor.url().split("/").pop()!;
    await expect(editor.getByRole("heading", { level: 1 })).toContainText(SEED_ARTICLE);
    const about = editor.getByRole("region", { name: "About this article" });
    await expect(about.getByRole("definition").first()).toHaveText(/\S/);
    await expect(about.getByText("Outlet", { exact: true })).toBeVisible();
    await expect(about.getByText("Published on", { exact: true })).toBeVisible();

    const citing = editor.getByRole("region", { name: /Claims citing this article \(\d+\)/ });
    const rows = citing.getByRole("listitem");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      await expect(row.getByRole("link")).toHaveAttribute("href", /^\/dashboard\/claims\/[a-z0-9]+$/);
      await expect(row.locator("span.rounded-full").first()).toHaveText(statuses);
    }
    await expectNoSeriousA11yViolations(editor);

    // The claim citing it is one click away, and so is the article's ingestion review.
    const firstQuote = (await rows.first().getByRole("link").textContent())!.trim();
    await rows.first().getByRole("link").click();
    await expect(editor).toHaveURL(/\/dashboard\/claims\/[a-z0-9]+$/);
    await expect(editor.getByText(firstQuote.slice(0, 30)).first()).toBeVisible();
    await editor.goBack();
    await editor.getByRole("link", { name: "Review suggested statements" }).click();
    await expect(editor).toHaveURL(new RegExp(`/dashboard/ingest/${id}$`));
    await expect(editor.getByText(/\d+ suggested statements/)).toBeVisible();
  });
});

test.describe("item 8: the ingestion form says what it needs and chooses nothing for the editor", () => {
  test("required fields are marked, a press with something missing says what, the title comes from the text, and a new outlet is made in place", async ({
    browser,
  }) => {
    const editor = await newSignedInPage(browser, users.owner);
    await editor.setViewportSize(DESKTOP);
    await editor.goto("/dashboard/ingest");
    const form = editor.getByRole("form", { name: "Ingest an article" });
    await expect(form.getByText("Fields marked * are required.")).toBeVisible();
    const outlet = form.getByLabel("Outlet *", { exact: true });
    const title = form.getByLabel("Title *", { exact: true });
    const text = form.getByLabel("Article text *", { exact: true });
    // No silent default: the outlet starts unchosen, with a placeholder saying what to do.
    await expect(outlet).toHaveValue("");
    await expect(outlet.locator("option:checked")).toHaveText("Choose an outlet…");

    // The button is not disabled without a reason: pressing it says what is missing, by the button and at each field.
    const submit = form.getByRole("button", { name: "Store and find statements" });
    await expect(submit).toBeEnabled();
    await submit.click();
    await expect(form.getByText("Not stored yet — missing: Outlet, Title, Article text.")).toBeVisible();
    await expect(outlet).toHaveAccessibleDescription("Choose the outlet that published the article.");
    await expect(title).toHaveAccessibleDescription("Write the article's title.");
    await expect(text).toHaveAccessibleDescription(/Paste the article text or upload a file\./);
    await expect(outlet).toBeFocused();
    await expect(editor).toHaveURL(/\/dashboard\/ingest$/);
    await expectNoSeriousA11yViolations(editor);

    // The title is suggested from the text's first line, and stays editable.
    const stamp = Date.now().toString(36);
    const headline = `Bộ Tài chính lấy ý kiến về thuế thu nhập ${stamp}`;
    await text.fill(
      `\n${headline}\n\nHà Nội — Thứ trưởng Nguyễn Văn A cho biết: “Dự thảo sẽ được công bố trong tháng tới để người dân góp ý.”`,
    );
    await expect(title).toHaveValue(headline);
    await expect(
      form.getByText("Suggested from the first line of the text; edit it if needed."),
    ).toBeVisible();
    await expect(form.getByText("Not stored yet — missing: Outlet.")).toBeVisible();
    await title.fill(`${headline} (sửa)`);
    await expect(form.getByText("Suggested from the first line of the text; edit it if needed.")).toHaveCount(
      0,
    );

    // A missing outlet is created here, without leaving the form, and chosen.
    await form.getByRole("button", { name: "New outlet…" }).click();
    const creator = form.getByRole("group", { name: "New outlet" });
    await creator.getByRole("button", { name: "Create outlet" }).click();
    await expect(creator.getByLabel("Outlet name *")).toHaveAccessibleDescription("Write the outlet's name.");
    const outletName = `Báo Thử Nghiệm ${stamp}`;
    await creator.getByLabel("Outlet name *").fill(outletName);
    await creator.getByLabel("Outlet name *").press("Enter");
    await expect(form.getByText(`Outlet “${outletName}” created and chosen.`)).toBeVisible();
    await expect(creator).toHaveCount(0);
    await expect(outlet.locator("option:checked")).toHaveText(outletName);
    await expect(form.getByText(/Not stored yet/)).toHaveCount(0);

    await submit.click();
    await expect(editor).toHaveURL(/\/dashboard\/ingest\/[a-z0-9]+$/);
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText(`${headline} (sửa)`);
    await expect(editor.getByText(outletName, { exact: true })).toBeVisible();
  });

  test("on a phone the form reads top to bottom and says the same", async ({ browser }) => {
    const editor = await newSignedInPage(browser, users.owner);
    await editor.setViewportSize(PHONE);
    await editor.goto("/dashboard/ingest");
    const form = editor.getByRole("form", { name: "Ingest an article" });
    await form.getByRole("button", { name: "Store and find statements" }).click();
    await expect(form.getByText("Not stored yet — missing: Outlet, Title, Article text.")).toBeVisible();
    expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
  });
});

test.describe("item 15: layout", () => {
  /** For each select: its longest option and the room its box has for text (padding and arrow off). */
  async function selectRoom(select: Locator) {
    return select.evaluate((el) => {
      const s = el as HTMLSelectElement;
      const cs = getComputedStyle(s);
      const ctx = document.createElement("canvas").getContext("2d")!;
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const widest = Math.max(...[...s.options].map((o) => ctx.measureText(o.text).width));
      return {
        widest: Math.ceil(widest),
        room: Math.floor(
          s.clientWidth - Number.parseFloat(cs.paddingLeft) - Number.parseFloat(cs.paddingRight) - 20,
        ),
      };
    });
  }

  test("the claim editor's kind and date-precision selects show their whole labels at 1280 px, and the row stacks on a phone", async ({
    browser,
  }) => {
    const editor = await newSignedInPage(browser, users.owner);
    await editor.setViewportSize(DESKTOP);
    // A draft's page (the form beside the side panel) and the new-claim page, in both languages.
    const api = await apiAs(users.owner);
    const { speakers } = (await (await api.get("/api/speakers")).json()) as { speakers: { id: string }[] };
    const created = await api.post("/api/claims", {
      data: {
        speakerId: speakers[0]!.id,
        quote: `Phát ngôn thử bố cục ${Date.now().toString(36)}`,
        kind: "REPORTED",
        topics: [],
      },
    });
    expect(created.status()).toBe(201);
    const claimPath = `/dashboard/claims/${((await created.json()) as { id: string }).id}`;
    for (const [locale, kind, precision] of [
      ["en", "Kind", "Date precision"],
      ["vi", "Loại phát ngôn", "Độ chính xác của ngày"],
    ] as const) {
      await useLocale(editor, locale);
      for (const path of [claimPath, "/dashboard/claims/new"]) {
        await editor.goto(path);
        for (const label of [kind, precision]) {
          const { widest, room } = await selectRoom(editor.getByLabel(label, { exact: true }));
          expect(
            widest,
            `${locale} ${path} “${label}”: longest option ${widest}px in ${room}px`,
          ).toBeLessThanOrEqual(room);
        }
      }
    }
    await editor.setViewportSize(PHONE);
    await editor.goto("/dashboard/claims/new");
    const lefts = await Promise.all(
      ["Loại phát ngôn", "Ngày phát ngôn", "Độ chính xác của ngày"].map(async (l) =>
        Math.round((await editor.getByLabel(l, { exact: true }).boundingBox())!.x),
      ),
    );
    expect(new Set(lefts).size, `stacked on a phone: ${lefts}`).toBe(1);
    await useLocale(editor, "en");
  });

  test("the dashboard navigation is one row at 1280 px in Vietnamese and English, and scrolls sideways on a phone", async ({
    browser,
  }) => {
    // The admin sees every entry.
    const admin = await newSignedInPage(browser, users.admin);
    for (const locale of ["vi", "en"] as const) {
      await useLocale(admin, locale);
      await admin.setViewportSize(DESKTOP);
      await admin.goto("/dashboard");
      const nav = admin.getByTestId("dashboard-nav");
      const items = nav.getByRole("listitem");
      expect(await items.count()).toBeGreaterThanOrEqual(9);
      expect(await rowsOf(items), `${locale}: one row at 1280 px`).toHaveLength(1);
      // All of it in view: nothing hidden behind a sideways scroll at this width.
      expect(await nav.evaluate((n) => n.scrollWidth - n.clientWidth), locale).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(admin);

      await admin.setViewportSize(PHONE);
      await admin.reload();
      expect(await rowsOf(items), `${locale}: one row on a phone`).toHaveLength(1);
      expect(
        await admin.evaluate(() => document.documentElement.scrollWidth),
        "the page itself does not scroll sideways",
      ).toBeLessThanOrEqual(PHONE.width);
      const last = items.last().getByRole("link");
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
    }
    await useLocale(admin, "en");
  });

  test("the public navigation on a phone is one tidy row that scrolls sideways, every entry reachable", async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/claims");
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    const items = nav.getByRole("listitem");
    await expect(items).toHaveCount(5);
    expect(await rowsOf(items)).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectNoSeriousA11yViolations(page);
    // The last entry is reached by keyboard (focus scrolls it into view) and works.
    const about = nav.getByRole("link", { name: "Giới thiệu" });
    await about.focus();
    await expect(about).toBeInViewport();
    await about.click();
    await expect(page).toHaveURL(/\/about$/);

    await page.setViewportSize(DESKTOP);
    await page.goto("/claims");
    expect(await rowsOf(items)).toHaveLength(1);
  });

  test("the link graph keeps every edge, label and node inside its box", async ({ browser }) => {
    const api = await apiAs(users.owner);
    const stamp = Date.now().toString(36);
    const { speakers } = (await (await api.get("/api/speakers")).json()) as { speakers: { id: string }[] };
    const claim = async (n: number) => {
      const res = await api.post("/api/claims", {
        data: {
          speakerId: speakers[0]!.id,
          quote: `Phát ngôn đồ thị ${n} ${stamp} về ngân sách năm tới`,
          kind: "DIRECT",
          topics: [],
        },
      });
      expect(res.status()).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const [centre, a, b, c, d] = [
      await claim(0),
      await claim(1),
      await claim(2),
      await claim(3),
      await claim(4),
    ];
    // Outgoing, incoming, and one neighbour linked both ways: every direction an edge can take.
    for (const [from, to, type] of [
      [centre, a, "CONTRADICTS"],
      [b, centre, "SUPPORTS"],
      [centre, c, "RESPONDS_TO"],
      [c, centre, "UPDATES"],
      [d, centre, "SAME_STATEMENT"],
    ] as const) {
      const res = await api.post("/api/links", { data: { fromClaimId: from, toClaimId: to, type } });
      expect(res.status(), `${type} link`).toBe(201);
    }

    const editor = await newSignedInPage(browser, users.owner);
    for (const viewport of [DESKTOP, PHONE]) {
      await editor.setViewportSize(viewport);
      await editor.goto(`/dashboard/claims/${centre}`);
      const graph = editor.getByTestId("claim-graph");
      await graph.scrollIntoViewIfNeeded();
      await expect(graph.locator(".react-flow__edge")).toHaveCount(5);
      await expect(graph.locator(".react-flow__node")).toHaveCount(5);
      // fitView runs once the nodes are measured; give it that moment.
      await expect(graph.locator(".react-flow__viewport")).toHaveAttribute("style", /scale/);
      await expect
        .poll(
          () =>
            graph.evaluate((box) => {
              const frame = box.getBoundingClientRect();
              const outside: string[] = [];
              for (const el of box.querySelectorAll(
                ".react-flow__edge-path, .react-flow__edge-textwrapper, .react-flow__node",
              )) {
                const r = el.getBoundingClientRect();
                if (
                  r.left < frame.left - 1 ||
                  r.top < frame.top - 1 ||
                  r.right > frame.right + 1 ||
                  r.bottom > frame.bottom + 1
                ) {
                  outside.push(
                    `${el.getAttribute("class")?.split(" ")[0]} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} outside ${Math.round(frame.left)},${Math.round(frame.top)}–${Math.round(frame.right)},${Math.round(frame.bottom)}`,
                  );
                }
              }
              return outside;
            }),
          { message: `${viewport.width} px` },
        )
        .toEqual([]);
    }
  });
});
