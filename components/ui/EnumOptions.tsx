/**
 * The <option>s for the values of one of the database's enums (from lib/generated/prisma/enums),
 * in their declared order, each with its label — so no page types the list of values by hand.
 */
export function EnumOptions<V extends string>({
  values,
  label,
}: {
  values: Record<string, V> | readonly V[];
  label: (value: V) => string;
}) {
  const list: readonly V[] = Array.isArray(values) ? values : Object.values(values);
  return list.map((v) => (
    <option key={v} value={v}>
      {label(v)}
    </option>
  ));
}
