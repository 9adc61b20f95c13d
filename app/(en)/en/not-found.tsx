import VietnameseNotFound from "@/app/(public)/not-found";
import { inEnglish } from "@/components/public/in-english";

export default inEnglish(VietnameseNotFound);
