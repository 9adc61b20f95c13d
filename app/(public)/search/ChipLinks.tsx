import Link from "next/link";
import { inPublicLocale, localePath, publicTranslator } from "@/i18n/public";

type Named = { slug: string; count: number } & ({ nameVi: string; nameEn: string } | { name: string });

const styles = {
  // Above the results: the topic or speaker the query names, with how many claims its page holds.
  match: {
    chip: "inline-block rounded-full border bg-white px-3 py-1 font-medium hover:border-accent",
    count: "font-normal text-muted",
    countLabel: (n: number) => publicTranslator("public.search.matches")("count", { count: n }),
    arrow: true,
  },
  // Under an empty result: places to try instead.
  suggestion: {
    chip: "inline-block rounded-full border border-slate-300 px-3 py-1 hover:border-accent",
    count: "text-muted",
    countLabel: (n: number) => `(${n})`,
    arrow: false,
  },
} as const;

/** Topic or speaker pages as a wrapping row of chips, each with how many claims it holds. */
export function ChipLinks({
  items,
  base,
  variant,
  border = "",
}: {
  items: readonly Named[];
  base: "/topics" | "/speakers";
  variant: keyof typeof styles;
  border?: string;
}) {
  const style = styles[variant];
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item.slug}>
          <Link href={localePath(`${base}/${item.slug}`)} className={`${style.chip} ${border}`}>
            {"nameVi" in item ? inPublicLocale(item.nameVi, item.nameEn) : item.name}
            {item.count > 0 && <span className={style.count}> {style.countLabel(item.count)}</span>}
            {style.arrow && " →"}
          </Link>
        </li>
      ))}
    </ul>
  );
}
