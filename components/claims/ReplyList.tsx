import type { ReactNode } from "react";
import { MarkdownBody } from "./MarkdownBody";

/**
 * The replies under a note, indented by a rule: on the public claim page (the body only) and in
 * the dashboard's comment threads (`after` adds who was mentioned and who wrote it when).
 */
export function ReplyList<Reply extends { id: string; body: string }>({
  replies,
  after,
}: {
  replies: readonly Reply[];
  after?: (reply: Reply) => ReactNode;
}) {
  if (replies.length === 0) return null;
  return (
    <ul className="mt-3 space-y-2 border-l-2 border-slate-200 pl-3">
      {replies.map((r) => (
        <li key={r.id}>
          <MarkdownBody markdown={r.body} />
          {after?.(r)}
        </li>
      ))}
    </ul>
  );
}
