import VietnamesePage, { generateMetadata as vietnameseMetadata } from "@/app/(public)/search/page";
import { inEnglish, inEnglishMetadata } from "@/components/public/in-english";

// The English version of /search (see components/public/in-english.ts); route settings as there.
export const generateMetadata = inEnglishMetadata(vietnameseMetadata);
export default inEnglish(VietnamesePage);
