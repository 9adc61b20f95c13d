import { CORRECTIONS_FEED_PATH, CorrectionsLog } from "@/components/claims/CorrectionsLog";
import {
  type NumberedPageProps,
  noPagesAtBuild,
  numberedPageMetadata,
  pageNumberOr404,
} from "@/components/public/numbered-page";
import { publicTranslator } from "@/i18n/public";

export const revalidate = 300;
export const dynamicParams = true;
export const generateStaticParams = noPagesAtBuild;

export const generateMetadata = numberedPageMetadata({
  path: "/corrections",
  title: (page) => publicTranslator("publicCorrections")("titlePage", { page }),
  types: { "application/atom+xml": CORRECTIONS_FEED_PATH },
});

export default async function CorrectionsPageN({ params }: NumberedPageProps) {
  return <CorrectionsLog page={await pageNumberOr404(params)} />;
}
