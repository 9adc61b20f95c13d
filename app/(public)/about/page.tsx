import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Về ClaimLedger và phương pháp", alternates: { canonical: "/about" } };
export const dynamic = "force-static";

export default function AboutPage() {
  return (
    <article className="space-y-5 leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">Về ClaimLedger</h1>
      <p>
        ClaimLedger ghi lại <strong>ai đã nói gì, khi nào, ở đâu, qua nguồn nào</strong>, và phát ngôn đó đã được kiểm chứng đến đâu. Mỗi phát ngôn được
        biên tập viên nhập từ bài báo, gắn với đoạn văn chính xác trong bài và chuỗi dẫn nguồn, rồi được một người thứ hai thẩm định trước khi công bố.
      </p>
      <h2 className="pt-2 text-xl font-bold">Chuỗi dẫn nguồn và số nguồn độc lập</h2>
      <p>
        Một tin “được năm tờ báo đưa” không có nghĩa là có năm nguồn độc lập: nếu cả năm cùng dẫn một bài của Politico, vốn dẫn lời hai nguồn giấu tên, thì
        đó chỉ là một chuỗi. ClaimLedger hiển thị chuỗi dẫn nguồn của từng lần xuất hiện (ví dụ: TTXVN ← The Kyiv Independent ← Politico ← hai nguồn thạo tin
        giấu tên) và chỉ đếm các chuỗi độc lập.
      </p>
      <h2 className="pt-2 text-xl font-bold">Trạng thái kiểm chứng</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>Đã đối chiếu nguồn gốc</strong>: lời trích khớp với nguồn sơ cấp (bài đăng Telegram, X, họp báo).
        </li>
        <li>
          <strong>Chỉ đối chiếu nguồn thứ cấp</strong>: lời trích khớp với bản tin của cơ quan báo chí khác, chưa thấy nguồn sơ cấp.
        </li>
        <li>
          <strong>Trích dẫn sai / Gán sai người nói</strong>: lời trích không khớp với nguồn, hoặc không phải của người được nêu.
        </li>
        <li>
          <strong>Không thể kiểm chứng</strong>: thường là các nguồn giấu tên.
        </li>
      </ul>
      <h2 className="pt-2 text-xl font-bold">Đính chính và rút lại</h2>
      <p>Khi một phát ngôn đã công bố bị rút lại, trang của nó vẫn được giữ, kèm thông báo và lý do rút lại.</p>
      <h2 className="pt-2 text-xl font-bold">Dữ liệu mở</h2>
      <p>
        Nguồn tin: <a href="/feed.xml">Atom</a>, <a href="/rss.xml">RSS</a>, <a href="/feed.json">JSON Feed</a>. API đọc công khai:{" "}
        <code className="rounded bg-slate-100 px-1">GET /api/v1/claims</code> và <code className="rounded bg-slate-100 px-1">GET /api/v1/claims/&#123;slug&#125;</code>. Mỗi
        trang phát ngôn có dữ liệu có cấu trúc schema.org (ClaimReview hoặc Claim).
      </p>
      <p>
        <Link href="/claims" className="font-medium text-accent hover:underline">
          Xem các phát ngôn đã kiểm chứng →
        </Link>
      </p>
    </article>
  );
}
