import Link from "next/link";
import { publicTranslator } from "@/i18n/public";
import { getSpeakerScorecard, type SpeakerScorecard as Card } from "@/lib/speakers/scorecard-queries";
import { compareHref } from "./compare-href";
import { SpeakerScorecard } from "./SpeakerScorecard";

/**
 * The scorecard on a speaker's page (first page of the whole timeline), with the way to compare.
 * `speaker` is the speaker as the page's own read saw it: the scorecard is a second read, and a
 * rename committed between the two must not put two names on one page.
 */
export async function SpeakerScorecardSlot({ speaker }: { speaker: Pick<Card["speaker"], "slug" | "name"> }) {
  const card = await getSpeakerScorecard(speaker.slug);
  if (!card) return null;
  return (
    <div className="mt-6">
      <SpeakerScorecard
        card={{
          ...card,
          speaker: { ...card.speaker, name: speaker.name },
        }}
      />
      <p className="mt-2 text-sm">
        <Link href={compareHref(speaker.slug)} className="underline hover:text-accent">
          {publicTranslator("publicScorecard")("compareLink")}
        </Link>
      </p>
    </div>
  );
}
