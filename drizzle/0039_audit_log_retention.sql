-- L11 (security review 2026-12): the audit log had no retention path; every line was kept for ever. Security
-- events carry the IP and, for sign-ins, who tried. A line is now kept 12 months (365 days), long enough to look
-- back on an incident or a dispute over a full year, then deleted by the scheduled housekeeping through this
-- definer, owned by app_purge (the only role the immutability trigger lets delete). The period is the SQL's,
-- not the caller's: nobody can ask it to delete younger lines.
CREATE INDEX audit_log_created_idx ON public.audit_log USING btree (created_at);
--> statement-breakpoint
CREATE FUNCTION public.prune_audit_log(p_limit integer DEFAULT 5000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_count integer;
BEGIN
  DELETE FROM public.audit_log
   WHERE id IN (
     SELECT id FROM public.audit_log
      WHERE created_at < now() - interval '365 days'
      ORDER BY created_at
      LIMIT greatest(1, least(p_limit, 50000)));
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.prune_audit_log(integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.prune_audit_log(integer) TO app_system;
--> statement-breakpoint
GRANT DELETE ON public.audit_log TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.prune_audit_log(integer) OWNER TO app_purge;
