/**
 * Lists an editor picks from on the review page (speakers, topics): sorted with Vietnamese
 * collation at base sensitivity, so "bà Lan", "Bà Lan" and "Ba Lan" sit together and "Đ" sorts
 * after "D" — not by UTF-16 code units, where every capital comes before every small letter.
 */
const collator = new Intl.Collator("vi", { sensitivity: "base" });

export function compareForPicking(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortForPicking<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareForPicking(a.name, b.name));
}
