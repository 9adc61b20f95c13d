import { expect, type Locator, type Page } from "@playwright/test";

/** Drags the mouse across `phrase` inside `container`, as a person selecting words would. */
export async function selectWithMouse(page: Page, container: Locator, phrase: string) {
  await container.scrollIntoViewIfNeeded();
  const handle = await container.elementHandle();
  // Scroll the words themselves into view: the article box scrolls on its own, then the page.
  await page.evaluate(
    ({ el, phrase }) => {
      const root = el as HTMLElement;
      const at = (root.textContent ?? "").indexOf(phrase);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent?.length ?? 0;
        if (at < seen + len) {
          const r = document.createRange();
          r.setStart(n, at - seen);
          r.setEnd(n, at - seen + 1);
          const rootRect = root.getBoundingClientRect();
          root.scrollTop += r.getBoundingClientRect().top - rootRect.top - root.clientHeight / 2;
          window.scrollBy(0, r.getBoundingClientRect().top - window.innerHeight / 2);
          break;
        }
        seen += len;
      }
    },
    { el: handle, phrase },
  );
  const box = await page.evaluate(
    ({ el, phrase }) => {
      const root = el as HTMLElement;
      const full = root.textContent ?? "";
      const at = full.indexOf(phrase);
      if (at < 0) throw new Error(`"${phrase}" not in the text`);
      const locate = (offset: number) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent?.length ?? 0;
          if (offset < seen + len) return { node: n, offset: offset - seen };
          seen += len;
        }
        throw new Error("offset outside the text");
      };
      const rectOf = (offset: number) => {
        const { node, offset: o } = locate(offset);
        const r = document.createRange();
        r.setStart(node, o);
        r.setEnd(node, o + 1);
        const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
        return { left: rect.left, right: rect.right, mid: rect.top + rect.height / 2 };
      };
      const first = rectOf(at);
      const last = rectOf(at + phrase.length - 1);
      return { x1: first.left + 0.5, y1: first.mid, x2: last.right - 0.5, y2: last.mid };
    },
    { el: handle, phrase },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/**
 * On a claim page: opens "Add a source", picks the seed article whose title holds `articleTitle`
 * and waits for its text, ready for `selectWithMouse`.
 */
export async function openAddSource(page: Page, articleTitle: string, waitFor: string) {
  await page.getByRole("button", { name: "Add a source" }).click();
  const addSource = page.getByRole("group", { name: "Add a source" });
  const articleValue = await addSource
    .getByLabel("Article")
    .locator("option", { hasText: articleTitle })
    .getAttribute("value");
  await addSource.getByLabel("Article").selectOption(articleValue!);
  const articleText = addSource.getByRole("document", { name: "Article text" });
  await expect(articleText).toContainText(waitFor);
  return { addSource, articleText };
}
