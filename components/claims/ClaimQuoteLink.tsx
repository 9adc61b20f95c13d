import Link from "next/link";
import { localeUrl } from "@/i18n/public";
import { quotedText } from "@/lib/claims/quote-text";
import type { ClaimKind } from "@/lib/generated/prisma/enums";

/**
 * A claim's words as the link to its page, in the language they were said in: in quotation
 * marks only when they are a direct quote (lib/claims/quote-text.ts).
 */
export function ClaimQuoteLink({
  claim,
}: {
  claim: { url: string; language: string; kind: ClaimKind; quote: string };
}) {
  return (
    <Link href={localeUrl(claim.url)} className="hover:text-accent hover:underline" lang={claim.language}>
      {quotedText(claim.kind, claim.quote)}
    </Link>
  );
}
