import VietnamesePage, {
  generateMetadata as vietnameseMetadata,
} from "@/app/(public)/corrections/page/[n]/page";
import { inEnglish, inEnglishMetadata } from "@/components/public/in-english";

// The English version of /corrections/page/[n] (see components/public/in-english.ts); route settings as there.
export { generateStaticParams } from "@/app/(public)/corrections/page/[n]/page";
export const revalidate = 300;

export const generateMetadata = inEnglishMetadata(vietnameseMetadata);
export default inEnglish(VietnamesePage);
