import { publicTranslator } from "@/i18n/public";
import type { PublicSourcing } from "@/lib/claims/public-dto";

/**
 * The claim's corroboration as readers should weigh it: "Được 5 cơ quan báo chí đưa tin, tất cả từ
 * 1 chuỗi độc lập; nguồn gốc: giấu tên." Public counts only; the page is rebuilt when its sources
 * change (adding or removing one expires the claim's public tags).
 */
export function PublicSourcingLine({ sourcing }: { sourcing: PublicSourcing }) {
  if (sourcing.outlets === 0 || sourcing.origin === null) return null;
  const t = publicTranslator("laundering");
  const values = {
    outlets: sourcing.outlets,
    chains: sourcing.chains,
    origin: t(`origin.${sourcing.origin}`),
  };
  const warn = sourcing.origin === "unnamed" || (sourcing.outlets > 1 && sourcing.chains === 1);
  return (
    <p
      className={`mt-1 text-sm ${warn ? "font-medium text-amber-900" : "text-muted"}`}
      data-testid="sourcing-line"
    >
      {sourcing.outlets > 1 && sourcing.chains === 1
        ? t("public.lineSingleChain", values)
        : t("public.line", values)}
    </p>
  );
}
