import VietnamesePage, { generateMetadata as vietnameseMetadata } from "@/app/(public)/corrections/page";
import { inEnglish, inEnglishMetadata } from "@/components/public/in-english";

// The English version of /corrections (see components/public/in-english.ts); route settings as there.
export const dynamic = "force-dynamic";

export const generateMetadata = inEnglishMetadata(vietnameseMetadata);
export default inEnglish(VietnamesePage);
