import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { publicTranslator } from "@/i18n/public";
import { listPublicSpeakersAndTopics } from "@/lib/claims/public-queries";
import { sharedScale } from "@/lib/speakers/scorecard-chart";
import { getSpeakerScorecard } from "@/lib/speakers/scorecard-queries";
import { isSlug } from "@/lib/validation/common";
import { SpeakerScorecard } from "./SpeakerScorecard";

/**
 * Two speakers side by side: /speakers/<a>/compare/<b>, and the page that picks <b>:
 * /speakers/<a>/compare (links, no script needed). Views of the speaker page's optional catch-all,
 * so they are cached like it; their surrogate keys name both speakers (lib/edge/public-paths.mjs).
 */
export const compareHref = (a: string, b?: string) => `/speakers/${a}/compare${b ? `/${b}` : ""}`;

/** The compare views of the speaker page: ["compare"] and ["compare", b]. */
export function isCompareView(view: string[] | undefined): view is ["compare"] | ["compare", string] {
  return view?.[0] === "compare" && view.length <= 2;
}

const collator = new Intl.Collator("vi");

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
  if (b === a && isSlug(a)) redirect(`/speakers/${a}`);
  const found = await load(a, b);
  if (!found) notFound();
  const t = publicTranslator("publicScorecard");
  const { left, right } = found;
  if (!right) {
    const { speakers } = await listPublicSpeakersAndTopics();
    const others = speakers
      .filter((s) => s.slug !== left.speaker.slug)
      .sort((x, y) => collator.compare(x.name, y.name));
    return (
      <>
        <h1 className="text-3xl font-bold tracking-tight">{t("chooseTitle", { name: left.speaker.name })}</h1>
        <p className="mt-2 text-muted">{t("chooseIntro")}</p>
        <p className="mt-2 text-sm">
          <Link href={`/speakers/${left.speaker.slug}`} className={navLink}>
            {t("speakerPage", { name: left.speaker.name })}
          </Link>
        </p>
        <ul aria-label={t("chooseList")} className="mt-6 grid gap-2 sm:grid-cols-2">
          {others.map((s) => (
            <li key={s.slug}>
              <Link
                href={compareHref(left.speaker.slug, s.slug)}
                className="block rounded border border-slate-200 bg-white px-3 py-2 hover:border-accent"
              >
                <span className="font-semibold">{s.name}</span>{" "}
                <span className="text-sm text-muted">({t("claimsCount", { count: s.count })})</span>
              </Link>
            </li>
          ))}
        </ul>
      </>
    );
  }
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
              <Link href={`/speakers/${card.speaker.slug}`} className={navLink}>
                {card.speaker.name}
              </Link>
            }
          />
        ))}
      </div>
    </>
  );
}
