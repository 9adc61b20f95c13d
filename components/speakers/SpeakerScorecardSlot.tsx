import Link from "next/link";
import { publicTranslator } from "@/i18n/public";
import { getSpeakerScorecard } from "@/lib/speakers/scorecard-queries";
import { compareHref } from "./compare-href";
import { SpeakerScorecard } from "./SpeakerScorecard";

/** The scorecard on a speaker's page (first page of the whole timeline), with the way to compare. */
export async function SpeakerScorecardSlot({ speaker }: { speaker: string }) {
  const card = await getSpeakerScorecard(speaker);
  if (!card) return null;
  return (
    <div className="mt-6">
      <SpeakerScorecard card={card} />
      <p className="mt-2 text-sm">
        <Link href={compareHref(speaker)} className="underline hover:text-accent">
          {publicTranslator("publicScorecard")("compareLink")}
        </Link>
      </p>
    </div>
  );
}
