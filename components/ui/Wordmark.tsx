import Link from "next/link";

/** The product's name as the header's home link (the public site's list, or the dashboard). */
export function Wordmark({ href, className }: { href: string; className: string }) {
  return (
    <Link href={href} className={className}>
      Claim<span className="text-accent">Ledger</span>
    </Link>
  );
}
