/**
 * Rows for ids, in the order of the ids (missing ones left out): lists whose order comes from one
 * statement (a page of ids) and whose rows come from another (Prisma, with relations).
 */
export async function rowsInOrder<T extends { id: string }>(
  ids: string[],
  load: (ids: string[]) => Promise<T[]>,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await load(ids)).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
