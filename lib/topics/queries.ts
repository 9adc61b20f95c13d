import { prisma } from "../db";
import { assertRole, type Actor } from "../permissions";

/** Every topic with how many claims it holds, for the dashboard's topics page. */
export async function listTopicsForStaff(actor: Actor | null) {
  assertRole(actor, "claim.read_internal");
  return prisma.topic.findMany({
    select: { id: true, slug: true, nameVi: true, nameEn: true, _count: { select: { claims: true } } },
  });
}
