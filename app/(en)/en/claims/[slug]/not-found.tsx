import VietnameseNotFound from "@/app/(public)/claims/[slug]/not-found";
import { inEnglish } from "@/components/public/in-english";

export default inEnglish(VietnameseNotFound);
