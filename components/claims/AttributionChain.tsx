import { publicTranslator } from "@/i18n/public";
import { publicLabels } from "@/lib/claims/labels";
import type { ChainNodeKind } from "@/lib/generated/prisma/enums";

/** "TTXVN ← The Kyiv Independent ← Politico ← hai nguồn thạo tin giấu tên", as an ordered list. */
export function AttributionChain({ chain }: { chain: { kind: ChainNodeKind; label: string }[] }) {
  const { chainNodeLabel } = publicLabels();
  if (chain.length === 0) return null;
  return (
    <ol
      className="flex flex-wrap items-center gap-1 text-sm"
      aria-label={publicTranslator("public.claim.sources")("chainLabel")}
    >
      {chain.map((node, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a chain may name the same source twice; its place is its identity
        <li key={`${i}-${node.label}`} className="flex items-center gap-1">
          {i > 0 && (
            <span aria-hidden="true" className="text-muted">
              ←
            </span>
          )}
          <span
            className={
              node.kind === "UNNAMED_SOURCE"
                ? "rounded bg-amber-50 px-1.5 py-0.5 italic text-amber-900"
                : node.kind === "OUTLET"
                  ? "rounded bg-slate-100 px-1.5 py-0.5"
                  : "rounded bg-sky-50 px-1.5 py-0.5 text-sky-900"
            }
            title={chainNodeLabel[node.kind]}
          >
            {node.label}
          </span>
        </li>
      ))}
    </ol>
  );
}
