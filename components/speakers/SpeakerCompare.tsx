/**
 * Two speakers side by side: /speakers/<a>/compare/<b>, and the page that picks <b>:
 * /speakers/<a>/compare (links, no script needed). Views of the speaker page's optional catch-all,
 * so they are cached like it; their surrogate keys name both speakers (lib/edge/public-paths.mjs).
 */

import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { localePath, publicTranslator } from "@/i18n/public";
import { sharedScale } from "@/lib/speakers/scorecard-chart";
import { getSpeakerScorecard } from "@/lib/speakers/scorecard-queries";
import { isSlug } from "@/lib/validation/ids";
import { CompareChooser } from "./CompareChooser";
import { compareHref } from "./compare-href";
import { SpeakerScorecard } from "./SpeakerScorecard";

/** The compare views of the speaker page: ["compare"] and ["compare", b]. */
export function isCompareView(view: string[] | undefined): view is ["compare"] | ["compare", string] {
  return view?.[0] === "compare" && view.length <= 2;
}

const load = cache(async (a: string, b: string | undefined) => {
  if (!isSlug(a) || (b !== undefined && !isSlug(b))) return null;
  const [left, right] = await Promise.all([getSpeakerScorecard(a), b ? getSpeakerScorecard(b) : null]);
  if (!left || (b && !right)) return null;
  return { left, right };
});

export async function compareMetadata(a: string, view: ["compare"] | ["compare", string]): Promise<Metadata> {
  const t = publicTranslator("publicScorecard");
  const found = await load(a, view[1]);
  if (!found) return { title: publicTranslator("public.notFound")("speaker.title") };
  const { left, right } = found;
  return right
    ? {
        title: t("compareTitle", { a: left.speaker.name, b: right.speaker.name }),
        alternates: { canonical: compareHref(left.speaker.slug, right.speaker.slug) },
      }
    : {
        title: t("chooseTitle", { name: left.speaker.name }),
        alternates: { canonical: compareHref(left.speaker.slug) },
      };
}

const navLink = "underline hover:text-accent";

export async function SpeakerCompareView({
  a,
  view,
}: {
  a: string;
  view: ["compare"] | ["compare", string];
}) {
  const b = view[1];
  // The same speaker twice: their own page says it all.
  if (b === a && isSlug(a)) redirect(localePath(`/speakers/${a}`));
  const found = await load(a, b);
  if (!found) notFound();
  const t = publicTranslator("publicScorecard");
  const { left, right } = found;
  if (!right) return <CompareChooser speaker={left.speaker} />;
  const scale = sharedScale([left.months, right.months]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">
        {t("compareTitle", { a: left.speaker.name, b: right.speaker.name })}
      </h1>
      <p className="mt-2 text-muted">{t("compareIntro")}</p>
      <nav aria-label={t("compareNav")} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={compareHref(right.speaker.slug, left.speaker.slug)} className={navLink}>
          {t("swap")}
        </Link>
        <Link href={compareHref(left.speaker.slug)} className={navLink}>
          {t("chooseOther")}
        </Link>
      </nav>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {[left, right].map((card, i) => (
          <SpeakerScorecard
            key={card.speaker.slug}
            card={card}
            scale={scale}
            idPrefix={`compare-${i}`}
            narrow
            title={
              <Link href={localePath(`/speakers/${card.speaker.slug}`)} className={navLink}>
                {card.speaker.name}
              </Link>
            }
          />
        ))}
      </div>
    </>
  );
}
