import { CORRECTIONS_FEED_PATH, CorrectionsLog } from "@/components/claims/CorrectionsLog";
import { noPagesAtBuild, numberedPage, numberedPageMetadata } from "@/components/public/numbered-page";
import { publicTranslator } from "@/i18n/public";

export const generateMetadata = numberedPageMetadata({
  path: "/corrections",
  title: (page) => publicTranslator("publicCorrections")("titlePage", { page }),
  types: { "application/atom+xml": CORRECTIONS_FEED_PATH },
});
export const revalidate = 300;
export const dynamicParams = true;
export const generateStaticParams = noPagesAtBuild;
export default numberedPage(CorrectionsLog);
