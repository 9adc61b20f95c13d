import { prisma } from "../db";
import { assertRole, type Actor } from "../permissions";

/** A speaker as the dashboard shows and edits it. */
export const speakerSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  variants: true,
  affiliation: true,
  country: true,
  description: true,
  version: true,
} as const;

/** Every speaker with the number of claims attributed to them, for the dashboard's speakers page. */
export async function listSpeakersForStaff(actor: Actor | null) {
  assertRole(actor, "claim.read_internal");
  return prisma.speaker.findMany({
    where: { deletedAt: null },
    orderBy: { name: "asc" },
    select: {
      ...speakerSelect,
      _count: { select: { claims: { where: { deletedAt: null } } } },
    },
  });
}
