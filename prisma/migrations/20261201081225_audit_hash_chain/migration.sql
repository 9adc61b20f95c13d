-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" BIGINT;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- Hand-written from here: the audit log becomes a hash chain (tamper-evident history).
--
-- Every event is sealed when its transaction commits: a deferred constraint trigger takes one
-- transaction-scoped advisory lock (so concurrent committers on every app server append one at a
-- time and the chain stays linear), reads the head, and sets seq = head.seq + 1,
-- "prevHash" = head.hash and hash = sha256(canonical JSON of the event). Sealing at commit keeps
-- the lock for the commit only (not for the rest of the change's transaction) and cannot
-- deadlock: by then the transaction takes no other lock.
--
-- The canonical form (the same in lib/audit/chain.ts, which `npm run audit:verify` uses):
-- JSON without spaces, object keys sorted by code point, strings escaped as JSON.stringify does,
-- numbers as plain decimals (PostgreSQL's numeric text), of the object
-- { v: 1, seq, id, prevHash, createdAt, actorId, action, entityType, entityId, before, after }
-- (seq and id as strings, createdAt as ISO 8601 UTC with milliseconds).

CREATE OR REPLACE FUNCTION public.audit_canonical_json(value jsonb)
  RETURNS text
  LANGUAGE plpgsql
  IMMUTABLE
AS $$
DECLARE
  result text;
BEGIN
  IF value IS NULL THEN
    RETURN 'null';
  END IF;
  CASE jsonb_typeof(value)
    WHEN 'object' THEN
      SELECT '{' || coalesce(string_agg(to_json(e.key)::text || ':' || public.audit_canonical_json(e.value),
                                        ',' ORDER BY e.key COLLATE "C"), '') || '}'
        INTO result FROM jsonb_each(value) AS e;
    WHEN 'array' THEN
      SELECT '[' || coalesce(string_agg(public.audit_canonical_json(a.elem), ',' ORDER BY a.ord), '') || ']'
        INTO result FROM jsonb_array_elements(value) WITH ORDINALITY AS a(elem, ord);
    ELSE
      -- Strings come out JSON-escaped, numbers as numeric text, true/false/null as such.
      result := value::text;
  END CASE;
  RETURN result;
END;
$$;

CREATE OR REPLACE FUNCTION public.audit_event_hash(
  p_id bigint, p_seq bigint, p_prev text, p_created timestamp, p_actor text, p_action text,
  p_entity_type text, p_entity_id text, p_before jsonb, p_after jsonb)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
AS $$
  SELECT encode(sha256(convert_to(public.audit_canonical_json(jsonb_build_object(
    'v', 1,
    'seq', p_seq::text,
    'id', p_id::text,
    'prevHash', p_prev,
    'createdAt', to_char(p_created, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'actorId', p_actor,
    'action', p_action,
    'entityType', p_entity_type,
    'entityId', p_entity_id,
    'before', p_before,
    'after', p_after)), 'UTF8')), 'hex');
$$;

-- Still append-only: the one update allowed is sealing an unsealed event (hash, prevHash and
-- seq set once, nothing else touched).
CREATE OR REPLACE FUNCTION public.audit_event_append_only()
  RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND OLD.seq IS NULL AND NEW.hash IS NOT NULL
     AND NEW.seq IS NOT NULL AND NEW."prevHash" IS NOT NULL
     AND (NEW.id, NEW."actorId", NEW.action, NEW."entityType", NEW."entityId", NEW.before, NEW.after,
          NEW."createdAt")
         IS NOT DISTINCT FROM
         (OLD.id, OLD."actorId", OLD.action, OLD."entityType", OLD."entityId", OLD.before, OLD.after,
          OLD."createdAt") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Appends one event to the chain. 4216001 is the chain's advisory lock key (nothing else uses it).
CREATE OR REPLACE FUNCTION public.audit_event_seal_row(p_id bigint)
  RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  head record;
  ev record;
  next_seq bigint;
  prev text;
BEGIN
  PERFORM pg_advisory_xact_lock(4216001);
  SELECT * INTO ev FROM "AuditEvent" WHERE id = p_id;
  IF NOT FOUND OR ev.hash IS NOT NULL THEN
    RETURN;
  END IF;
  SELECT seq, hash INTO head FROM "AuditEvent" WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
  next_seq := coalesce(head.seq, 0) + 1;
  prev := coalesce(head.hash, repeat('0', 64));
  UPDATE "AuditEvent"
     SET seq = next_seq,
         "prevHash" = prev,
         hash = public.audit_event_hash(ev.id, next_seq, prev, ev."createdAt", ev."actorId", ev.action,
                                        ev."entityType", ev."entityId", ev.before, ev.after)
   WHERE id = p_id;
END;
$$;

CREATE OR REPLACE FUNCTION public.audit_event_seal()
  RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM public.audit_event_seal_row(NEW.id);
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "AuditEvent_seal"
  AFTER INSERT ON "AuditEvent"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN (NEW.hash IS NULL)
  EXECUTE FUNCTION public.audit_event_seal();

-- Existing events are sealed in id order (the order they were written in).
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT id FROM "AuditEvent" WHERE hash IS NULL ORDER BY id LOOP
    PERFORM public.audit_event_seal_row(r.id);
  END LOOP;
END;
$$;
