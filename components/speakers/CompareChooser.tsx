import Link from "next/link";
import { localePath, publicTranslator } from "@/i18n/public";
import { listPublicSpeakersAndTopics } from "@/lib/claims/public-queries";
import { compareHref } from "./compare-href";

/**
 * /speakers/<a>/compare: every other public speaker, each a link to the two side by side. Links
 * rather than a form: it works without a script, and each comparison has its own cached address.
 * It shows every speaker's count, so its surrogate keys include the lists' (lib/edge/public-paths.mjs).
 */
// Speakers' names are Vietnamese-sorted on both sites (they are names, not words to translate).
const collator = new Intl.Collator("vi");

export async function CompareChooser({ speaker }: { speaker: { slug: string; name: string } }) {
  const t = publicTranslator("publicScorecard");
  const { speakers } = await listPublicSpeakersAndTopics();
  const others = speakers
    .filter((s) => s.slug !== speaker.slug)
    .sort((x, y) => collator.compare(x.name, y.name));
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("chooseTitle", { name: speaker.name })}</h1>
      <p className="mt-2 text-muted">{t("chooseIntro")}</p>
      <p className="mt-2 text-sm">
        <Link href={localePath(`/speakers/${speaker.slug}`)} className="underline hover:text-accent">
          {t("speakerPage", { name: speaker.name })}
        </Link>
      </p>
      <ul aria-label={t("chooseList")} className="mt-6 grid gap-2 sm:grid-cols-2">
        {others.map((s) => (
          <li key={s.slug}>
            <Link
              href={compareHref(speaker.slug, s.slug)}
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
