import type { z } from "zod";
import { recordAudit } from "../audit/record";
import { publicTag } from "../claims/public-tags";
import { publicChangeTransaction } from "../edge/outbox";
import { AppError } from "../errors";
import { assertRole, type Actor } from "../permissions";
import { slugify } from "../text/normalize";
import type { topicInputSchema } from "./validation";

/** Topics the newsroom files claims under; a new one shows in the public lists' filters. */
export async function createTopic(actor: Actor | null, input: z.output<typeof topicInputSchema>) {
  assertRole(actor, "topic.manage");
  return publicChangeTransaction(async (tx) => {
    const slug = slugify(input.nameEn, 60);
    if (await tx.topic.findUnique({ where: { slug }, select: { id: true } })) {
      throw new AppError(
        "CONFLICT",
        `A topic with the address “${slug}” already exists.`,
        { fields: { nameEn: ["Already exists."] } },
        "duplicate",
      );
    }
    const topic = await tx.topic.create({ data: { ...input, slug } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "topic.create",
      entityType: "Topic",
      entityId: topic.id,
      after: topic,
    });
    // The lists' filters, and the new topic's own page and feeds (a 404 until now, maybe cached).
    return { ...topic, publicTags: [publicTag.lists, publicTag.topic(topic.slug)] };
  });
}
