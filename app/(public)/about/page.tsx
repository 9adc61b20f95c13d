import type { Metadata } from "next";
import Link from "next/link";
import {
  RATING_AXIS,
  VERIFICATION_AXIS,
  publicVerificationLabel,
  publicVerificationMeaning,
  sentenceCase,
} from "@/lib/claims/labels";
import { ratingScale } from "@/lib/claims/rating";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = {
  title: "Về ClaimLedger và phương pháp",
  alternates: { canonical: "/about" },
};
export const dynamic = "force-static";

const verificationOrder: VerificationStatus[] = [
  "VERIFIED_PRIMARY",
  "VERIFIED_SECONDARY",
  "UNVERIFIED",
  "UNVERIFIABLE",
  "MISQUOTED",
  "MISATTRIBUTED",
];

export default function AboutPage() {
  return (
    <article className="space-y-5 leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">Về ClaimLedger</h1>
      <p>
        ClaimLedger ghi lại <strong>ai đã nói gì, khi nào, ở đâu, qua nguồn nào</strong>, và phát ngôn đó đã
        được kiểm chứng đến đâu. Mỗi phát ngôn được biên tập viên nhập từ bài báo, gắn với đoạn văn chính xác
        trong bài và chuỗi dẫn nguồn, rồi được một người thứ hai thẩm định trước khi công bố.
      </p>
      <h2 className="pt-2 text-xl font-bold">Chuỗi dẫn nguồn và số nguồn độc lập</h2>
      <p>
        Một tin “được năm tờ báo đưa” không có nghĩa là có năm nguồn độc lập: nếu cả năm cùng dẫn một bài của
        Politico, vốn dẫn lời hai nguồn giấu tên, thì đó chỉ là một chuỗi. ClaimLedger hiển thị chuỗi dẫn
        nguồn của từng lần xuất hiện (ví dụ: TTXVN ← The Kyiv Independent ← Politico ← hai nguồn thạo tin giấu
        tên) và chỉ đếm các chuỗi độc lập.
      </p>

      <section id="danh-gia" aria-labelledby="danh-gia-heading" className="scroll-mt-4 space-y-3">
        <h2 id="danh-gia-heading" className="pt-2 text-xl font-bold">
          Hai câu hỏi khác nhau: lời nói và nội dung
        </h2>
        <p>
          Mỗi phát ngôn trả lời hai câu hỏi độc lập, nên có thể thấy “Nội dung: Đúng” bên cạnh “Lời nói: chưa
          đối chiếu với nguồn” mà không mâu thuẫn.
        </p>
        <h3 className="font-semibold">{VERIFICATION_AXIS} — người này có thật sự nói như vậy không?</h3>
        <p>
          Ban biên tập đối chiếu lời trích và người được nêu tên với nguồn mà lời nói xuất phát (bài đăng,
          video, họp báo, bản tin gốc):
        </p>
        <ul className="list-disc space-y-1 pl-6">
          {verificationOrder.map((v) => (
            <li key={v}>
              <strong>{sentenceCase(publicVerificationLabel[v])}</strong>: {publicVerificationMeaning[v]}
            </li>
          ))}
        </ul>
        <h3 className="font-semibold">{RATING_AXIS} — điều được nói có đúng không?</h3>
        <p>
          Chỉ những nhận định về sự việc mới được đánh giá; lời hứa, ý kiến hay lập trường thì không. Thang
          đánh giá (theo chuẩn schema.org ClaimReview, 5 là đúng):{" "}
          {Object.values(ratingScale)
            .map((r) => (r.value === null ? r.labelVi : `${r.labelVi} (${r.value}/5)`))
            .join(", ")}
          .
        </p>
        <p>
          Một lời trích đã khớp nguồn gốc vẫn có thể sai về nội dung (người nói đã nói điều sai), và một nhận
          định đúng vẫn có thể chưa được đối chiếu với bản gốc của lời nói.
        </p>
      </section>

      <h2 className="pt-2 text-xl font-bold">Đính chính và rút lại</h2>
      <p>
        Khi một phát ngôn đã công bố bị rút lại, trang của nó vẫn được giữ, đánh dấu “Đã rút lại”, kèm thông
        báo và lý do rút lại.
      </p>

      <section id="theo-doi" aria-labelledby="theo-doi-heading" className="scroll-mt-4 space-y-3">
        <h2 id="theo-doi-heading" className="pt-2 text-xl font-bold">
          Theo dõi và dữ liệu mở
        </h2>
        <p>
          Để nhận các phát ngôn mới được công bố, dán một trong các địa chỉ dưới đây vào ứng dụng đọc tin
          (Feedly, Inoreader, Thunderbird, NetNewsWire…). Các địa chỉ này dành cho ứng dụng, không phải để đọc
          trực tiếp: mở trong trình duyệt, bạn sẽ chỉ thấy mã XML hoặc JSON.
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a href="/feed.xml" type="application/atom+xml" className="text-accent underline">
              Atom
            </a>{" "}
            — định dạng được hầu hết ứng dụng đọc tin hỗ trợ.
          </li>
          <li>
            <a href="/rss.xml" type="application/rss+xml" className="text-accent underline">
              RSS
            </a>{" "}
            — cho các ứng dụng cũ chỉ đọc RSS 2.0.
          </li>
          <li>
            <a href="/feed.json" type="application/feed+json" className="text-accent underline">
              JSON Feed
            </a>{" "}
            — cho lập trình viên và ứng dụng hỗ trợ JSON Feed 1.1.
          </li>
        </ul>
        <p>
          API đọc công khai: <code className="rounded bg-slate-100 px-1">GET /api/v1/claims</code> và{" "}
          <code className="rounded bg-slate-100 px-1">GET /api/v1/claims/&#123;slug&#125;</code>. Mỗi trang
          phát ngôn có dữ liệu có cấu trúc schema.org (ClaimReview hoặc Claim).
        </p>
      </section>
      <p>
        <Link href="/claims" className="font-medium text-accent hover:underline">
          Xem các phát ngôn đã công bố →
        </Link>
      </p>
    </article>
  );
}
