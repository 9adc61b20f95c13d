/** The first thing a keyboard reaches on every page: straight to the page's own content (#main). */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
    >
      {label}
    </a>
  );
}
