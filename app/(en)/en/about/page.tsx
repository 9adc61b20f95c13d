import VietnamesePage, { generateMetadata as vietnameseMetadata } from "@/app/(public)/about/page";
import { inEnglish, inEnglishMetadata } from "@/components/public/in-english";

// The English version of /about (see components/public/in-english.ts); route settings as there.
export const dynamic = "force-static";

export const generateMetadata = inEnglishMetadata(vietnameseMetadata);
export default inEnglish(VietnamesePage);
