import { NotFoundMessage } from "@/components/NotFoundMessage";

// Unmatched URLs: only the root layout wraps this, so it brings its own landmark.
export default function NotFound() {
  return (
    <main id="main">
      <NotFoundMessage />
    </main>
  );
}
