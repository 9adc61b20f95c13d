import { publicTranslator } from "@/i18n/public";
import { GENESIS_HASH } from "@/lib/audit/chain";
import type { PublicHistoryEntry } from "@/lib/audit/public-history";

const short = (hash: string) => `${hash.slice(0, 16)}…`;

/**
 * One public history entry's hash, the hash it follows (the chain link) and the audit event that
 * recorded the change. Full hashes in `title` and data attributes; the JSON has them all.
 */
export function PublicHistoryHash({ entry }: { entry: PublicHistoryEntry }) {
  const t = publicTranslator("auditChain");
  return (
    <p
      className="mt-2 break-all font-mono text-xs text-muted"
      data-testid="history-hash"
      data-hash={entry.hash}
      data-prev-hash={entry.prevHash}
    >
      {t("hash")}{" "}
      <span title={entry.hash} translate="no">
        {short(entry.hash)}
      </span>{" "}
      · {t("follows")}{" "}
      {entry.prevHash === GENESIS_HASH ? (
        t("first")
      ) : (
        <span title={entry.prevHash} translate="no">
          {short(entry.prevHash)}
        </span>
      )}
      {entry.audit && (
        <>
          {" "}
          · <span title={entry.audit.hash}>{t("auditEvent", { seq: entry.audit.seq })}</span>
        </>
      )}
    </p>
  );
}
