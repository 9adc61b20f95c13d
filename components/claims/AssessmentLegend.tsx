import Link from "next/link";
import { RATING_AXIS, VERIFICATION_AXIS } from "@/lib/claims/labels";

/** One visible line (no tooltip: phones have no hover) saying what the two kinds of badge answer. */
export function AssessmentLegend({ className = "" }: { className?: string }) {
  return (
    <p className={`text-xs text-muted ${className}`} data-testid="assessment-legend">
      <strong className="font-semibold text-ink">{VERIFICATION_AXIS}</strong>: lời trích đã được đối chiếu với
      nguồn gốc chưa. <strong className="font-semibold text-ink">{RATING_AXIS}</strong>: điều được nói có đúng
      không (chỉ với nhận định về sự việc).{" "}
      <Link href="/about#danh-gia" className="underline hover:text-accent">
        Cách đọc
      </Link>
    </p>
  );
}
