import vi from "../../messages/vi.json";
import {
  LinkType,
  type ClaimKind,
  type EditorialStatus,
  type SpeakerKind,
  type VerificationStatus,
} from "../generated/prisma/enums";

// The Vietnamese words for the database's values come from the one catalogue the dashboard
// translates with (messages/vi.json). Public pages are Vietnamese and read no cookies, so they
// take the catalogue itself rather than next-intl's request-scoped translator.
export const claimKindLabel: Record<ClaimKind, string> = vi.enums.claimKind;
export const editorialStatusLabel: Record<EditorialStatus, string> = vi.enums.editorialStatus;
export const verificationLabel: Record<VerificationStatus, string> = vi.enums.verificationStatus;
export const speakerKindLabel: Record<SpeakerKind, string> = vi.enums.speakerKind;

/** Label of a link seen from its source claim, and from its target (the inverse), as a heading. */
export const linkLabel = Object.fromEntries(
  Object.values(LinkType).map((type) => [
    type,
    {
      outgoing: sentenceCase(vi.enums.linkOutgoing[type]),
      incoming: sentenceCase(vi.enums.linkIncoming[type]),
    },
  ]),
) as Record<LinkType, { outgoing: string; incoming: string }>;

/**
 * What readers see. Two separate questions are answered about a claim, and a reader must be
 * able to tell them apart ("Rating: True" beside "Unverified" read as a contradiction):
 * - the quote's verification: was it really said, in these words, by this speaker? (checked
 *   against the source it came from);
 * - the rating, only for factual assertions: is what was said true?
 * The editorial workflow ("approved", "in review") is the newsroom's business and never shown;
 * a retraction is public information and always is.
 */
export const publicStatusLabel: Record<"APPROVED" | "RETRACTED", string> = {
  APPROVED: "Đang công bố",
  RETRACTED: "Đã rút lại",
};

export const VERIFICATION_AXIS = "Lời nói";
export const RATING_AXIS = "Nội dung";

export const publicVerificationLabel: Record<VerificationStatus, string> = {
  UNVERIFIED: "chưa đối chiếu với nguồn",
  VERIFIED_PRIMARY: "đã đối chiếu nguồn gốc",
  VERIFIED_SECONDARY: "chỉ đối chiếu nguồn thứ cấp",
  MISQUOTED: "trích sai lời",
  MISATTRIBUTED: "gán sai người nói",
  UNVERIFIABLE: "không thể đối chiếu",
};

/** One sentence per verification state, for the claim page and the methods page. */
export const publicVerificationMeaning: Record<VerificationStatus, string> = {
  UNVERIFIED: "Ban biên tập chưa so lời nói này với nguồn gốc của nó; đây là lời được báo chí thuật lại.",
  VERIFIED_PRIMARY: "Lời nói khớp với nguồn sơ cấp: bài đăng, video hoặc biên bản của chính người nói.",
  VERIFIED_SECONDARY: "Lời nói khớp với bản tin của một cơ quan báo chí khác; chưa thấy nguồn sơ cấp.",
  MISQUOTED: "Lời trích không khớp với những gì nguồn gốc ghi lại.",
  MISATTRIBUTED: "Lời nói này không phải của người được nêu tên.",
  UNVERIFIABLE: "Không có nguồn nào để đối chiếu, thường là khi người nói giấu tên.",
};

/** A label that starts a sentence: its first letter in capitals ("chưa …" → "Chưa …"). */
export function sentenceCase(label: string): string {
  return label.charAt(0).toLocaleUpperCase("vi") + label.slice(1);
}
