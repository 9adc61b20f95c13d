import type { Rating } from "../generated/prisma/enums";

/** Our rating scale as schema.org ClaimReview reviewRating (1 = false … 5 = true). */
export const ratingScale: Record<Rating, { value: number | null; labelVi: string; labelEn: string }> = {
  TRUE: { value: 5, labelVi: "Đúng", labelEn: "True" },
  MOSTLY_TRUE: { value: 4, labelVi: "Phần lớn đúng", labelEn: "Mostly true" },
  HALF_TRUE: { value: 3, labelVi: "Đúng một nửa", labelEn: "Half true" },
  MISLEADING: { value: 2, labelVi: "Gây hiểu lầm", labelEn: "Misleading" },
  MOSTLY_FALSE: { value: 2, labelVi: "Phần lớn sai", labelEn: "Mostly false" },
  FALSE: { value: 1, labelVi: "Sai", labelEn: "False" },
  // Not a point on the true/false scale: published with its label only.
  UNPROVEN: { value: null, labelVi: "Chưa được chứng minh", labelEn: "Unproven" },
};
