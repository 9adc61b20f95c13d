import type { APIRequestContext } from "@playwright/test";

/**
 * Specs that add a required checklist item retire it afterwards, whatever happened: a required
 * item left behind would hold back every other spec's claim of that kind.
 */
export async function retireChecklistItems(admin: APIRequestContext, labelEn: string): Promise<void> {
  const { items } = (await (await admin.get("/api/admin/checklists")).json()) as {
    items: { id: string; labelEn: string; version: number; retired: boolean }[];
  };
  for (const item of items.filter((i) => i.labelEn === labelEn && !i.retired))
    await admin.patch(`/api/admin/checklists/${item.id}`, { data: { retired: true, version: item.version } });
}
