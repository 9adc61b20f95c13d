import Link from "next/link";
import type { PublicSearchParams, SearchSuggestions } from "@/lib/search/public-search";
import { NO_FILTERS, hasFilters, searchHref } from "./search-href";
import { ChipLinks } from "./ChipLinks";

/** Nothing found: what to try next, each a link, instead of a bare "0 results". */
export function SearchEmpty({
  params,
  terms,
  suggestions,
}: {
  params: PublicSearchParams;
  terms: string[];
  suggestions: SearchSuggestions;
}) {
  const { topics, speakers, popular, fewerWords, withoutFilters } = suggestions;
  return (
    <div
      className="mt-4 space-y-5 rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm"
      data-testid="search-empty"
    >
      <p className="text-base">
        Không có phát ngôn nào {terms.length ? <>chứa mọi từ của “{params.q}”</> : "như vậy"}
        {hasFilters(params) ? " trong các bộ lọc đang chọn" : ""}.
      </p>
      <div>
        <h3 className="font-semibold">Thử</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {withoutFilters !== null && withoutFilters > 0 && (
            <li>
              <Link href={searchHref(params, NO_FILTERS)} className="text-accent underline">
                Bỏ mọi bộ lọc
              </Link>{" "}
              — {withoutFilters} kết quả cho “{params.q}”.
            </li>
          )}
          {hasFilters(params) && withoutFilters === null && (
            <li>
              <Link href={searchHref(params, NO_FILTERS)} className="text-accent underline">
                Bỏ mọi bộ lọc
              </Link>
              .
            </li>
          )}
          {fewerWords && (
            <li>
              Ít từ hơn:{" "}
              <Link href={searchHref(params, { q: fewerWords.q })} className="text-accent underline">
                “{fewerWords.q}”
              </Link>{" "}
              — {fewerWords.total} kết quả.
            </li>
          )}
          <li>
            Gõ không dấu cũng được, và dấu đặt sai chỗ không sao
            {terms.length ? <> (từ khóa được so như “{terms.join(" ")}”)</> : null}: hãy kiểm tra chính tả của
            từ, nhất là tên riêng phiên âm (Zelensky, Ushakov, Donbass).
          </li>
          <li>Tìm theo từ có trong lời phát ngôn hoặc tên người nói; tên chủ đề cũng được tính.</li>
        </ul>
      </div>
      {topics.length > 0 && (
        <div>
          <h3 className="font-semibold">
            {popular ? "Chủ đề có nhiều phát ngôn nhất" : "Chủ đề có tên gần giống"}
          </h3>
          <ChipLinks items={topics} base="/topics" variant="suggestion" />
        </div>
      )}
      {speakers.length > 0 && (
        <div>
          <h3 className="font-semibold">
            {popular ? "Người phát ngôn được trích nhiều nhất" : "Người phát ngôn có tên gần giống"}
          </h3>
          <ChipLinks items={speakers} base="/speakers" variant="suggestion" />
        </div>
      )}
      <p>
        Hoặc xem{" "}
        <Link href="/topics" className="text-accent underline">
          tất cả chủ đề
        </Link>{" "}
        và{" "}
        <Link href="/claims" className="text-accent underline">
          các phát ngôn mới nhất
        </Link>
        .
      </p>
    </div>
  );
}
