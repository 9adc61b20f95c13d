import { z } from "zod";
import { Role } from "../generated/prisma/enums";
import { emailField, lineField, passwordField } from "../validation/common";

export const createUserSchema = z.strictObject({
  email: emailField,
  name: lineField(120, "Name"),
  role: z.enum(Role, { error: "Role must be ADMIN, EDITOR or REVIEWER." }),
  password: passwordField,
});

export const updateUserSchema = z
  .strictObject({
    name: lineField(120, "Name").optional(),
    role: z.enum(Role, { error: "Role must be ADMIN, EDITOR or REVIEWER." }).optional(),
    disabled: z.boolean({ error: "disabled must be true or false." }).optional(),
    version: z.number().int().min(1),
  })
  .refine((v) => v.name !== undefined || v.role !== undefined || v.disabled !== undefined, {
    error: "Nothing to change.",
  });

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, { error: "Enter your current password." }).max(200),
    newPassword: passwordField,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    error: "The new password must differ from the current one.",
    path: ["newPassword"],
  });

/** The @mention autocomplete's query. */
export const mentionableQuerySchema = z.object({
  q: z
    .string({ error: "q must be text." })
    .max(100, { error: "q is too long (at most 100 characters)." })
    .default(""),
});
