import { z } from "zod";
import { emailField } from "../validation/common";

/** What a session token must carry to sign anyone in (lib/auth/session.ts). */
export const sessionClaimsSchema = z.object({
  uid: z.string().min(1),
  gen: z.number().int().min(0),
  auth_time: z.number().int(),
  iat: z.number().int(),
});

/** What the sign-in form sends. */
export const credentialsSchema = z.object({ email: emailField, password: z.string().min(1).max(200) });
