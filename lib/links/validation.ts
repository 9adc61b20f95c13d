import { z } from "zod";
import { LinkType } from "../generated/prisma/enums";
import { idField, optional, textField } from "../validation/common";

/** A typed, directional link between two claims, as the API accepts it. */
export const linkInputSchema = z
  .strictObject({
    fromClaimId: idField,
    toClaimId: idField,
    type: z.enum(LinkType, {
      error: "Type must be CONTRADICTS, SUPPORTS, SAME_STATEMENT, RESPONDS_TO or UPDATES.",
    }),
    note: optional(textField(1000, "Note")),
  })
  .refine((v) => v.fromClaimId !== v.toClaimId, {
    error: "A claim cannot be linked to itself.",
    path: ["toClaimId"],
  });
