import VietnameseNotFound from "@/app/(public)/topics/[slug]/not-found";
import { inEnglish } from "@/components/public/in-english";

export default inEnglish(VietnameseNotFound);
