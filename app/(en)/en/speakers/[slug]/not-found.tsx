import VietnameseNotFound from "@/app/(public)/speakers/[slug]/not-found";
import { inEnglish } from "@/components/public/in-english";

export default inEnglish(VietnameseNotFound);
