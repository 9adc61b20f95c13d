import { createTranslator } from "next-intl";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";
import type { NotificationKind } from "../generated/prisma/enums";

/**
 * A notification in words, from the same catalogue the notification centre uses, for places
 * outside a request (e-mail). The claim is named by an excerpt of its quote.
 */
export type MailLocale = "vi" | "en";

export const EXCERPT_CHARS = 90;

/** The quote cut at a word boundary, for a sentence ("…" when cut). */
export function quoteExcerpt(quote: string, max = EXCERPT_CHARS): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const atSpace = cut.lastIndexOf(" ");
  return `${(atSpace > max * 0.6 ? cut.slice(0, atSpace) : cut).trimEnd()}…`;
}

export function notificationWords(locale: MailLocale) {
  return createTranslator({ locale, messages: locale === "vi" ? vi : en, namespace: "notifications" });
}

export interface SentenceParts {
  kind: NotificationKind;
  actorName: string | null;
  claimExcerpt: string | null;
}

export function sentence(t: ReturnType<typeof notificationWords>, parts: SentenceParts): string {
  return t(`kinds.${parts.kind}`, {
    actor: parts.actorName ?? t("someone"),
    claim: parts.claimExcerpt ?? t("unavailableClaim"),
  });
}
