import type { z } from "zod";
import { recordAudit } from "../audit/record";
import { prisma } from "../db";
import { assertRole, type Actor } from "../permissions";
import { slugify } from "../text/normalize";
import type { outletInputSchema } from "./validation";

/** The outlets (newspapers, agencies, sites) articles come from. */
export async function createOutlet(actor: Actor | null, input: z.output<typeof outletInputSchema>) {
  assertRole(actor, "article.manage");
  return prisma.$transaction(async (tx) => {
    const base = slugify(input.name, 60);
    const slug = (await tx.outlet.findUnique({ where: { slug: base }, select: { id: true } }))
      ? `${base}-${Date.now().toString(36)}`
      : base;
    const outlet = await tx.outlet.create({ data: { ...input, slug } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "outlet.create",
      entityType: "Outlet",
      entityId: outlet.id,
      after: outlet,
    });
    return outlet;
  });
}
