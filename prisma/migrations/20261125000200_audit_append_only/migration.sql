-- Hand-written: the audit log is append-only at the database level, so no code path
-- (or operator typo) can rewrite history.
CREATE OR REPLACE FUNCTION public.audit_event_append_only()
  RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION public.audit_event_append_only();
