import type {
  ClaimKind,
  EditorialStatus,
  LinkType,
  SpeakerKind,
  VerificationStatus,
} from "../generated/prisma/enums";

// Vietnamese labels for the public pages (the dashboard's i18n comes with its own issue).
export const claimKindLabel: Record<ClaimKind, string> = {
  DIRECT: "Trích dẫn trực tiếp",
  INDIRECT: "Lời gián tiếp",
  REPORTED: "Dẫn lại qua trung gian",
};

export const editorialStatusLabel: Record<EditorialStatus, string> = {
  DRAFT: "Bản nháp",
  IN_REVIEW: "Đang thẩm định",
  CHANGES_REQUESTED: "Cần chỉnh sửa",
  APPROVED: "Đã duyệt",
  REJECTED: "Bị từ chối",
  RETRACTED: "Đã rút lại",
};

export const verificationLabel: Record<VerificationStatus, string> = {
  UNVERIFIED: "Chưa kiểm chứng",
  VERIFIED_PRIMARY: "Đã đối chiếu nguồn gốc",
  VERIFIED_SECONDARY: "Chỉ đối chiếu nguồn thứ cấp",
  MISQUOTED: "Trích dẫn sai",
  MISATTRIBUTED: "Gán sai người nói",
  UNVERIFIABLE: "Không thể kiểm chứng",
};

export const speakerKindLabel: Record<SpeakerKind, string> = {
  PERSON: "Cá nhân",
  ORGANISATION: "Tổ chức",
  UNNAMED_SOURCE: "Nguồn giấu tên",
};

/** Label of a link seen from its source claim, and from its target (the inverse). */
export const linkLabel: Record<LinkType, { outgoing: string; incoming: string }> = {
  CONTRADICTS: { outgoing: "Mâu thuẫn với", incoming: "Bị mâu thuẫn bởi" },
  SUPPORTS: { outgoing: "Ủng hộ", incoming: "Được ủng hộ bởi" },
  SAME_STATEMENT: { outgoing: "Cùng phát ngôn với", incoming: "Cùng phát ngôn với" },
  RESPONDS_TO: { outgoing: "Đáp lại", incoming: "Được đáp lại bởi" },
  UPDATES: { outgoing: "Cập nhật", incoming: "Được cập nhật bởi" },
};

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
