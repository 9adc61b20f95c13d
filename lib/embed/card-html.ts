/**
 * The embed card (app/embed/claims/[slug]) as one small HTML document: no script at all, styles
 * inline, no font, image or anything else fetched, so the page any site frames asks nothing of
 * anyone (not even of this site beyond the document itself) and runs nothing. Written as a string
 * rather than a React page: a Next.js page always ships its runtime scripts.
 */

import { publicTranslator } from "../../i18n/public";
import { publicLabels, sentenceCase } from "../claims/labels";
import type { PublicClaimSummary } from "../claims/public-dto";
import { quotedExcerpt, quotedText } from "../claims/quote-text";
import { formatSaidAt } from "../format/dates";
import { claimPageUrl, SITE_NAME } from "./oembed";

const text = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const attr = (s: string) => text(s).replaceAll('"', "&quot;");

// The site's palette (app/globals.css); every pair is at least 4.5:1.
const STYLE = `*{box-sizing:border-box}html,body{margin:0;height:100%}body{font-family:"Segoe UI","Noto Sans",system-ui,-apple-system,sans-serif;color:#18212f;background:#fff;font-size:15px;line-height:1.45}
main{height:100%;padding:14px 18px;border:1px solid #cbd5e1;border-radius:10px;display:flex;flex-direction:column;gap:8px;overflow:hidden}
.brand{margin:0;font-size:12px;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:#0f5c8c}
.who{margin:0;font-weight:600}.who span{font-weight:400;color:#556070}
blockquote{margin:0;font-family:"Noto Serif",Georgia,serif;font-size:18px;line-height:1.4;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:5;line-clamp:5;overflow:hidden}
blockquote p{margin:0}.note{margin:0;font-size:13px;color:#556070}
ul{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:6px;font-size:13px}
li{padding:2px 8px;border-radius:999px;background:#f1f5f9}li.rating{background:#f5f3ff;color:#2e1065}
.more{margin:auto 0 0;font-size:14px}a{color:#0f5c8c;font-weight:600}a:focus-visible{outline:3px solid #0f5c8c;outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

function documentOf(title: string, canonical: string | null, body: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${text(title)}</title>${canonical ? `<link rel="canonical" href="${attr(canonical)}">` : ""}<style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** The card of an approved claim: who said what, when, whether the quote and the claim check out, and a link back. */
export function embedCardHtml(claim: PublicClaimSummary, siteUrl: string): string {
  const t = publicTranslator("publicEmbed");
  const { claimKindLabel, publicVerificationLabel } = publicLabels();
  const url = claimPageUrl(siteUrl, claim.slug);
  const role = claim.speaker.roleHeld ? ` <span>— ${text(claim.speaker.roleHeld)}</span>` : "";
  const kindNote =
    claim.kind === "DIRECT"
      ? ""
      : `<p class="note">${text(publicTranslator("public.claim")(`kindNote.${claim.kind}`, { kind: claimKindLabel[claim.kind] }))}</p>`;
  const date = claim.saidAt
    ? `<p class="note"><time datetime="${attr(claim.saidAt)}">${text(formatSaidAt(claim.saidAt, claim.saidAtPrecision))}</time>${claim.venue ? ` · ${text(claim.venue)}` : ""}</p>`
    : "";
  const rating = claim.rating
    ? `<li class="rating">${text(t("rating", { label: claim.rating.label }))}${claim.rating.value !== null ? ` (${claim.rating.value}/5)` : ""}</li>`
    : `<li>${text(t("notRated"))}</li>`;
  const body = `<main aria-label="${attr(t("cardLabel"))}">
<p class="brand">${text(SITE_NAME)}</p>
<p class="who">${text(claim.speaker.name)}${role}</p>
<blockquote cite="${attr(url)}" lang="${attr(claim.language)}"><p>${text(quotedText(claim.kind, claim.quote))}</p></blockquote>
${kindNote}${date}<ul>
<li>${text(t("verification", { label: sentenceCase(publicVerificationLabel[claim.verification]) }))}</li>
${rating}
</ul>
<p class="more"><a href="${attr(url)}" target="_blank" rel="noopener">${text(t("readMore", { site: SITE_NAME }))}<span class="sr"> ${text(t("newTab"))}</span></a></p>
</main>`;
  return documentOf(`${claim.speaker.name}: ${quotedExcerpt(claim.kind, claim.quote, 90)}`, url, body);
}

/** The card in place of a claim that is not (or no longer) published: nothing about it is shown. */
export function embedNotAvailableHtml(siteUrl: string): string {
  const t = publicTranslator("publicEmbed");
  const body = `<main aria-label="${attr(t("cardLabel"))}">
<p class="brand">${text(SITE_NAME)}</p>
<h1 style="margin:0;font-size:18px">${text(t("notAvailableTitle"))}</h1>
<p class="note">${text(t("notAvailable"))}</p>
<p class="more"><a href="${attr(`${siteUrl}/claims`)}" target="_blank" rel="noopener">${text(SITE_NAME)}<span class="sr"> ${text(t("newTab"))}</span></a></p>
</main>`;
  return documentOf(t("notAvailableTitle"), null, body);
}
