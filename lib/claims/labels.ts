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
