import { PublishedClaimList } from "@/components/claims/PublishedClaimList";
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
  path: "/claims",
  title: (page) => publicTranslator("public.claimList")("titlePage", { page }),
});

export default async function ClaimsPageN({ params }: NumberedPageProps) {
  return <PublishedClaimList page={await pageNumberOr404(params)} />;
}
