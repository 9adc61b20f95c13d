"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { EnumOptions } from "@/components/ui/EnumOptions";
import { NamedOptions } from "@/components/ui/Field";
import { FieldError, fieldErrorProps } from "@/components/ui/FieldError";
import { ChainNodeKind } from "@/lib/generated/prisma/enums";

/** One link of an attribution chain as edited: a known outlet or speaker, or only a label. */
export interface ChainRow {
  kind: ChainNodeKind;
  label: string;
  outletId: string | null;
  speakerId: string | null;
}

/**
 * The attribution chain of a source, from the publishing outlet to the origin: each link's kind,
 * the known outlet or speaker it names (choosing one fills the label) and its label as written;
 * links can be moved, removed and added. `errors` are the server's, by the API's field names
 * (`chain.N.label`).
 */
export function AttributionChainEditor({
  chain,
  onChange,
  outlets,
  speakers,
  errors,
}: {
  chain: ChainRow[];
  onChange: (chain: ChainRow[]) => void;
  outlets: readonly { id: string; name: string }[];
  speakers: readonly { id: string; name: string }[];
  errors: Readonly<Record<string, string>>;
}) {
  const t = useTranslations("sources");
  const tKind = useTranslations("enums.chainNodeKind");
  const tc = useTranslations("common");
  const setRow = (i: number, patch: Partial<ChainRow>) =>
    onChange(chain.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, d: -1 | 1) => {
    const next = [...chain];
    const [row] = next.splice(i, 1);
    next.splice(i + d, 0, row!);
    onChange(next);
  };

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t("chainLegend")}</legend>
      {chain.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own and every input in them is controlled
        <div key={i} className="flex flex-wrap items-end gap-2" data-testid={`chain-row-${i}`}>
          <span className="w-6 pb-2 text-sm text-muted">{i + 1}.</span>
          <label className="text-xs">
            <span className="block text-muted">{t("kind")}</span>
            <select
              value={row.kind}
              onChange={(e) =>
                setRow(i, { kind: e.target.value as ChainNodeKind, outletId: null, speakerId: null })
              }
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            >
              <EnumOptions values={ChainNodeKind} label={(k) => tKind(k)} />
            </select>
          </label>
          <label className="text-xs">
            <span className="block text-muted">
              {row.kind === "OUTLET" ? t("knownOutlet") : t("knownSpeaker")}
            </span>
            <select
              value={(row.kind === "OUTLET" ? row.outletId : row.speakerId) ?? ""}
              onChange={(e) => {
                const id = e.target.value || null;
                const list = row.kind === "OUTLET" ? outlets : speakers;
                const name = list.find((x) => x.id === id)?.name;
                setRow(
                  i,
                  row.kind === "OUTLET"
                    ? { outletId: id, ...(name ? { label: name } : {}) }
                    : { speakerId: id, ...(name ? { label: name } : {}) },
                );
              }}
              className="max-w-48 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            >
              <option value="">{tc("none")}</option>
              <NamedOptions items={row.kind === "OUTLET" ? outlets : speakers} />
            </select>
          </label>
          <label className="flex-1 text-xs">
            <span className="block text-muted">{t("labelAsWritten")}</span>
            <input
              {...fieldErrorProps(`chain-row-${i}-err`, errors[`chain.${i}.label`])}
              value={row.label}
              onChange={(e) => setRow(i, { label: e.target.value })}
              className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            />
          </label>
          <Button
            variant="ghost"
            disabled={i === 0}
            onClick={() => move(i, -1)}
            aria-label={t("moveUp", { n: i + 1 })}
          >
            ↑
          </Button>
          <Button
            variant="ghost"
            disabled={i === chain.length - 1}
            onClick={() => move(i, 1)}
            aria-label={t("moveDown", { n: i + 1 })}
          >
            ↓
          </Button>
          <Button
            variant="ghost"
            disabled={chain.length === 1}
            onClick={() => onChange(chain.filter((_, j) => j !== i))}
            aria-label={t("removeLink", { n: i + 1 })}
          >
            ✕
          </Button>
          <div className="basis-full">
            <FieldError id={`chain-row-${i}-err`} message={errors[`chain.${i}.label`]} />
          </div>
        </div>
      ))}
      <Button
        variant="secondary"
        onClick={() => onChange([...chain, { kind: "PERSON", label: "", outletId: null, speakerId: null }])}
      >
        {t("addLink")}
      </Button>
      <p className="text-xs text-muted">
        {t("preview", { chain: chain.map((r) => r.label || "…").join(" ← ") })}
      </p>
    </fieldset>
  );
}
