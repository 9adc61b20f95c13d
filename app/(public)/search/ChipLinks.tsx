import Link from "next/link";

/** Topic or speaker pages as a wrapping row of chips, each with how many claims it holds. */
export function ChipLinks({
  items,
  chipClass,
  countClass = "text-muted",
  countLabel = (n) => `(${n})`,
  arrow = false,
}: {
  items: { key: string; href: string; label: string; count: number }[];
  chipClass: string;
  countClass?: string;
  countLabel?: (count: number) => string;
  arrow?: boolean;
}) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item.key}>
          <Link href={item.href} className={chipClass}>
            {item.label}
            {item.count > 0 && <span className={countClass}> {countLabel(item.count)}</span>}
            {arrow && " →"}
          </Link>
        </li>
      ))}
    </ul>
  );
}
