import VietnamesePage, { generateMetadata as vietnameseMetadata } from "@/app/(public)/claims/[slug]/page";
import { inEnglish, inEnglishMetadata } from "@/components/public/in-english";

// The English version of /claims/[slug] (see components/public/in-english.ts); route settings as there.
export { generateStaticParams } from "@/app/(public)/claims/[slug]/page";
export const revalidate = 300;

export const generateMetadata = inEnglishMetadata(vietnameseMetadata);
export default inEnglish(VietnamesePage);
