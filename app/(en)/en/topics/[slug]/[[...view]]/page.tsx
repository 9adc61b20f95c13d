import VietnamesePage, {
  generateMetadata as vietnameseMetadata,
} from "@/app/(public)/topics/[slug]/[[...view]]/page";
import { inEnglish, inEnglishMetadata } from "@/components/public/in-english";

// The English version of /topics/[slug]/[[...view]] (see components/public/in-english.ts); route settings as there.
export { generateStaticParams } from "@/app/(public)/topics/[slug]/[[...view]]/page";
export const revalidate = 300;

export const generateMetadata = inEnglishMetadata(vietnameseMetadata);
export default inEnglish(VietnamesePage);
