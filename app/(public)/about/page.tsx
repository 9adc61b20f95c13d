import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { languageAlternates, localePath, publicTranslator } from "@/i18n/public";
import { publicLabels, sentenceCase } from "@/lib/claims/labels";
import { ratingScale } from "@/lib/claims/rating";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";

export function generateMetadata(): Metadata {
  return { title: publicTranslator("public.about")("title"), alternates: languageAlternates("/about") };
}
export const dynamic = "force-static";

const verificationOrder: VerificationStatus[] = [
  "VERIFIED_PRIMARY",
  "VERIFIED_SECONDARY",
  "UNVERIFIED",
  "UNVERIFIABLE",
  "MISQUOTED",
  "MISATTRIBUTED",
];

const code = (text: ReactNode) => <code className="rounded bg-slate-100 px-1">{text}</code>;

export default function AboutPage() {
  const {
    RATING_AXIS,
    VERIFICATION_AXIS,
    publicStatusLabel,
    publicVerificationLabel,
    publicVerificationMeaning,
  } = publicLabels();
  const t = publicTranslator("public.about");
  const feedLink = (href: string, type: string) => (name: ReactNode) => (
    <a href={href} type={type} className="text-accent underline">
      {name}
    </a>
  );
  return (
    <article className="space-y-5 leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p>{t.rich("intro", { strong: (words) => <strong>{words}</strong> })}</p>
      <h2 className="pt-2 text-xl font-bold">{t("chainHeading")}</h2>
      <p>{t("chainBody")}</p>

      <section id="danh-gia" aria-labelledby="danh-gia-heading" className="scroll-mt-4 space-y-3">
        <h2 id="danh-gia-heading" className="pt-2 text-xl font-bold">
          {t("assessmentHeading")}
        </h2>
        <p>
          {t("assessmentIntro", {
            rating: RATING_AXIS,
            ratingExample: ratingScale.TRUE.labelVi,
            verification: VERIFICATION_AXIS,
            verificationExample: publicVerificationLabel.UNVERIFIED,
          })}
        </p>
        <h3 className="font-semibold">{t("verificationHeading", { axis: VERIFICATION_AXIS })}</h3>
        <p>{t("verificationIntro")}</p>
        <ul className="list-disc space-y-1 pl-6">
          {verificationOrder.map((v) => (
            <li key={v}>
              <strong>{sentenceCase(publicVerificationLabel[v])}</strong>: {publicVerificationMeaning[v]}
            </li>
          ))}
        </ul>
        <h3 className="font-semibold">{t("ratingHeading", { axis: RATING_AXIS })}</h3>
        <p>
          {t("ratingIntro", {
            scale: Object.values(ratingScale)
              .map((r) => (r.value === null ? r.labelVi : `${r.labelVi} (${r.value}/5)`))
              .join(", "),
          })}
        </p>
        <p>{t("ratingNote")}</p>
      </section>

      <h2 className="pt-2 text-xl font-bold">{t("retractionHeading")}</h2>
      <p>{t("retractionBody", { retracted: publicStatusLabel.RETRACTED })}</p>

      <section id="theo-doi" aria-labelledby="theo-doi-heading" className="scroll-mt-4 space-y-3">
        <h2 id="theo-doi-heading" className="pt-2 text-xl font-bold">
          {t("followHeading")}
        </h2>
        <p>{t("followBody")}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t.rich("atom", { link: feedLink("/feed.xml", "application/atom+xml") })}</li>
          <li>{t.rich("rss", { link: feedLink("/rss.xml", "application/rss+xml") })}</li>
          <li>{t.rich("jsonFeed", { link: feedLink("/feed.json", "application/feed+json") })}</li>
        </ul>
        <p>{t.rich("api", { code })}</p>
      </section>
      <p>
        <Link href={localePath("/claims")} className="font-medium text-accent hover:underline">
          {t("seeClaims")}
        </Link>
      </p>
    </article>
  );
}
