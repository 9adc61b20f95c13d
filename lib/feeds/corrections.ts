import { publicTranslator } from "../../i18n/public";
import { quotedExcerpt } from "../claims/quote-text";
import type { PublicCorrection } from "../corrections/queries";
import { correctedFieldsText, correctionReasonText, correctionSentenceKey } from "../corrections/words";
import { formatDay } from "../format/dates";
import { warnAboutSiteUrlOnce } from "./site-origin";
import { xmlText } from "./xml";

warnAboutSiteUrlOnce();

/** The corrections log as an Atom 1.0 feed: one entry per correction or retraction, newest first. */
const t = publicTranslator("publicCorrections");

/** The entry's sentence and reason as plain text ("Cập nhật ngày 1 tháng 12, 2026: trích dẫn được đính chính. Lý do: …"). */
export function correctionText(c: PublicCorrection): string {
  const sentence = t.markup(correctionSentenceKey(c), {
    date: formatDay(c.at),
    fields: correctedFieldsText(c),
    time: (day) => day,
  });
  return [sentence, correctionReasonText(c)].filter(Boolean).join(" ");
}

// An entry is one version of one claim: its id never changes, whatever is corrected later.
const entryId = (c: PublicCorrection, siteUrl: string) => `${siteUrl}${c.claim.url}#v${c.version}`;

export function correctionsAtomFeed(
  corrections: PublicCorrection[],
  siteUrl: string,
  siteName: string,
): string {
  const self = `${siteUrl}/corrections/feed.xml`;
  const updated = corrections[0]?.at ?? new Date(0).toISOString();
  const entries = corrections
    .map(
      (c) => `  <entry>
    <id>${xmlText(entryId(c, siteUrl))}</id>
    <title>${xmlText(`${c.claim.speakerName}: ${quotedExcerpt(c.claim.kind, c.claim.quote, 120)}`)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(`${siteUrl}${c.claim.url}`)}"/>
    <published>${c.at}</published>
    <updated>${c.at}</updated>
    <author><name>${xmlText(siteName)}</name></author>
    <category term="${c.kind}"/>
    <summary type="text">${xmlText(correctionText(c))}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${xmlText(self)}</id>
  <title>${xmlText(t("feedTitle", { site: siteName }))}</title>
  <subtitle>${xmlText(t("feedDescription"))}</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(`${siteUrl}/corrections`)}"/>
${entries}
</feed>
`;
}
