import { NotFoundMessage } from "@/components/NotFoundMessage";
import { HtmlDocument } from "@/components/ui/HtmlDocument";

// Unmatched URLs: only the root layout (which passes through) wraps this, so it brings its own
// document and landmark.
export default function NotFound() {
  return (
    <HtmlDocument lang="vi">
      <main id="main">
        <NotFoundMessage />
      </main>
    </HtmlDocument>
  );
}
