import { Section } from "@/components/ui/Section";
import { publicTranslator } from "@/i18n/public";
import type { PublicClaim } from "@/lib/claims/public-dto";
import { embedSnippet } from "@/lib/embed/oembed";
import { embedTitles } from "@/lib/embed/titles";
import { env } from "@/lib/env";
import { CopyEmbedCode } from "./CopyEmbedCode";

/** How another site shows this claim: the iframe code of its embed card, to copy. */
export function EmbedCode({ claim }: { claim: PublicClaim }) {
  const t = publicTranslator("publicEmbed.embed");
  return (
    <Section id="embed-heading" heading="large" title={t("heading")} className="mt-8" testId="embed-code">
      <p className="mt-2 text-sm text-muted">{t("intro")}</p>
      <CopyEmbedCode
        code={embedSnippet(env.SITE_URL, claim.slug, embedTitles(claim).frameTitle)}
        labels={{ code: t("codeLabel"), copy: t("copy"), copied: t("copied"), selected: t("selected") }}
      />
    </Section>
  );
}
