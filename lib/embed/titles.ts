import { publicTranslator } from "../../i18n/public";
import type { PublicClaimSummary } from "../claims/public-dto";
import { quotedExcerpt } from "../claims/quote-text";
import { SITE_NAME } from "./oembed";

/** A claim's title where it is shared (the claim page's own title) and its embed frame's accessible name. */
export function embedTitles(claim: Pick<PublicClaimSummary, "kind" | "quote" | "speaker">): {
  title: string;
  frameTitle: string;
} {
  return {
    title: `${claim.speaker.name}: ${quotedExcerpt(claim.kind, claim.quote, 90)}`,
    frameTitle: publicTranslator("publicEmbed")("frameTitle", {
      speaker: claim.speaker.name,
      site: SITE_NAME,
    }),
  };
}
