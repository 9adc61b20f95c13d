import { PublishedClaimList } from "@/components/claims/PublishedClaimList";
import { noPagesAtBuild, numberedPage, numberedPageMetadata } from "@/components/public/numbered-page";
import { publicTranslator } from "@/i18n/public";

export const generateMetadata = numberedPageMetadata({
  path: "/claims",
  title: (page) => publicTranslator("public.claimList")("titlePage", { page }),
});
export const revalidate = 300;
export const dynamicParams = true;
export const generateStaticParams = noPagesAtBuild;
export default numberedPage(PublishedClaimList);
