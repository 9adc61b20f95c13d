import VietnamesePage, {
  generateMetadata as vietnameseMetadata,
} from "@/app/(public)/speakers/[slug]/[[...view]]/page";
import { inEnglish, inEnglishMetadata } from "@/components/public/in-english";

// The English version of /speakers/[slug]/[[...view]] (see components/public/in-english.ts); route settings as there.
export { generateStaticParams } from "@/app/(public)/speakers/[slug]/[[...view]]/page";
export const revalidate = 300;

export const generateMetadata = inEnglishMetadata(vietnameseMetadata);
export default inEnglish(VietnamesePage);
