-- Dependency review 2026-12, findings 1, 2 and 4; security review L11 (outbox half).
-- The worker now claims rows with a lease (lib/email/worker.ts) and knows permanent failures: a row that can never
-- be delivered (an invalid address, a 4xx other than 429, ten transient failures) gets failed_at and a short
-- category, never a retry. tenant_id and about (an invitation or application id) say whose action queued the email,
-- so the employer who sent it can be shown that it did not arrive (tenant_email_failures below).
ALTER TABLE public.outbox ADD COLUMN failed_at timestamptz;
--> statement-breakpoint
ALTER TABLE public.outbox ADD COLUMN failure text;
--> statement-breakpoint
ALTER TABLE public.outbox ADD COLUMN tenant_id uuid;
--> statement-breakpoint
ALTER TABLE public.outbox ADD COLUMN about uuid;
--> statement-breakpoint
-- With a tenant_id the outbox is behind forced RLS like every table that has one (tests/integration/tenant-isolation):
-- the runtime role may still only insert, and only for the door's own employer (or for nobody in particular);
-- the worker (app_system) and the purge functions (app_purge) keep what they had.
ALTER TABLE public.outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.outbox FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_enqueue ON public.outbox FOR INSERT TO app_runtime
  WITH CHECK (tenant_id IS NULL OR tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
CREATE POLICY system_access ON public.outbox TO app_system USING (current_user = 'app_system') WITH CHECK (current_user = 'app_system');
--> statement-breakpoint
CREATE POLICY purge_access ON public.outbox TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE public.outbox ADD CONSTRAINT outbox_failure_known
  CHECK (failure IS NULL OR failure IN ('invalid_address', 'rejected', 'sender_setup', 'gave_up', 'template', 'expired'));
--> statement-breakpoint
-- Rows that ran out of tries before this migration are failures too (they were simply never picked up again).
UPDATE public.outbox SET failed_at = now(), failure = 'gave_up' WHERE sent_at IS NULL AND attempts >= 10;
--> statement-breakpoint
DROP INDEX IF EXISTS public.outbox_pending_idx;
--> statement-breakpoint
CREATE INDEX outbox_pending_idx ON public.outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
--> statement-breakpoint
CREATE INDEX outbox_failures_idx ON public.outbox (tenant_id, about) WHERE failed_at IS NOT NULL;
--> statement-breakpoint
-- The 30-day pruning (lib/email/worker.ts pruneOutbox) looks only at rows that still hold something.
CREATE INDEX outbox_prunable_idx ON public.outbox ((coalesce(sent_at, failed_at))) WHERE recipient <> 'erased';
--> statement-breakpoint
-- The door's employer sees which of its own emails could not be delivered: the id they were about, the template
-- and the category, never the address or the content. The runtime role may still not read the outbox itself.
-- The caller names its tenant too (the tenant id in the same WHERE); another tenant than the door's is refused.
CREATE FUNCTION public.tenant_email_failures(p_tenant uuid) RETURNS TABLE (about uuid, template text, failure text, failed_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_tenant uuid := public.door_tenant();
BEGIN
  IF v_tenant IS NULL OR p_tenant IS DISTINCT FROM v_tenant THEN
    RAISE EXCEPTION 'tenant_email_failures needs the tenant door of that tenant' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY
    SELECT o.about, o.template, o.failure, o.failed_at FROM public.outbox o
     WHERE o.tenant_id = v_tenant AND o.failed_at IS NOT NULL AND o.about IS NOT NULL
     ORDER BY o.failed_at DESC LIMIT 500;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.tenant_email_failures(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.tenant_email_failures(uuid) TO app_runtime;
--> statement-breakpoint
-- Expired candidate links and portal sessions were deleted only when the next link was asked for; now also on
-- schedule (lib/retention/housekeeping.ts). A portal-link email captured for the dev outbox goes with its link:
-- once the link is used or expired, nothing readable of it is left.
CREATE FUNCTION public.prune_candidate_portal() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_links integer;
  v_sessions integer;
  v_emails integer;
BEGIN
  DELETE FROM public.outbox o
   WHERE o.template = 'candidate.portal-link' AND o.payload ? 'url'
     AND NOT EXISTS (
       SELECT 1 FROM public.candidate_request_links l
        WHERE l.used_at IS NULL AND l.expires_at > now()
          AND l.token_hash = encode(sha256(convert_to(regexp_replace(o.payload ->> 'url', '^.*/', ''), 'UTF8')), 'hex'));
  GET DIAGNOSTICS v_emails = ROW_COUNT;
  DELETE FROM public.candidate_request_links l WHERE l.expires_at < now();
  GET DIAGNOSTICS v_links = ROW_COUNT;
  DELETE FROM public.candidate_portal_sessions s WHERE s.expires_at < now();
  GET DIAGNOSTICS v_sessions = ROW_COUNT;
  RETURN v_links + v_sessions + v_emails;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.prune_candidate_portal() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.prune_candidate_portal() TO app_system;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO app_system, app_purge;
--> statement-breakpoint
ALTER FUNCTION public.tenant_email_failures(uuid) OWNER TO app_system;
--> statement-breakpoint
ALTER FUNCTION public.prune_candidate_portal() OWNER TO app_purge;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM app_runtime, app_system, app_purge, app_door;
