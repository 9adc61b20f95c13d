import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * The serious and critical accessibility violations axe finds on the page (or only inside the
 * elements `include` selects), one line each: the rule and the elements breaking it.
 */
export async function seriousA11yViolations(page: Page, include?: string): Promise<string[]> {
  // Next streams a page's metadata after its body, and a router.refresh() (after a button's
  // mutation) re-renders the <title>: axe run in that window reports "document-title" on a page
  // that has one. Waiting for the title first still fails a page that never gets one.
  await expect(page).toHaveTitle(/\S/);
  const axe = new AxeBuilder({ page });
  const results = await (include ? axe.include(include) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export async function expectNoSeriousA11yViolations(page: Page) {
  expect(await seriousA11yViolations(page), page.url()).toEqual([]);
}
