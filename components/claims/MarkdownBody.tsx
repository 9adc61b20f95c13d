import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/**
 * Annotation markdown, rendered to React elements through rehype-sanitize (GitHub's allow-list):
 * no raw HTML, no script, no javascript: links.
 */
export function MarkdownBody({ markdown, className = "" }: { markdown: string; className?: string }) {
  return (
    <div
      className={`prose-sm space-y-2 [&_a]:text-accent [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_ul]:list-disc [&_ul]:pl-5 ${className}`}
    >
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize]}
        components={{ a: ({ node: _node, ...props }) => <a {...props} rel="nofollow noopener noreferrer" /> }}
      >
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
