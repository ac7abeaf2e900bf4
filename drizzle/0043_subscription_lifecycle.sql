-- Issue 15, parts 4 and 5: reminders before the end of a period, the 14-day grace period and expiry.
-- subscription_notices: one row per (tenant, kind, period end), claimed with ON CONFLICT DO NOTHING in the same
--   transaction that queues the email, so two concurrent runs (cron, the in-process interval) send each once.
-- subscription_suspended_jobs: the jobs an expiry took down, so a reactivation publishes exactly those again.
-- subscription_clock: a test clock per tenant for the lifecycle run only (lifecycle_now), written through the dev
--   tools (served only on a loopback APP_URL, lib/settings/env.ts devOutboxEnabled); no row = the real time.
-- jobs_publish_needs_subscription: no job of an expired tenant is published, whatever path tries it.
CREATE TABLE public.subscription_notices (
  tenant_id uuid NOT NULL REFERENCES public.tenants (id) ON DELETE CASCADE,
  kind text NOT NULL,
  period_end timestamptz NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, kind, period_end),
  CONSTRAINT subscription_notices_kind CHECK (kind IN ('ends_in_30', 'ends_in_7', 'ended', 'expired'))
);
--> statement-breakpoint
CREATE TABLE public.subscription_suspended_jobs (
  tenant_id uuid NOT NULL,
  job_id uuid NOT NULL,
  suspended_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, job_id),
  FOREIGN KEY (tenant_id, job_id) REFERENCES public.jobs (tenant_id, id) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE public.subscription_clock (
  tenant_id uuid PRIMARY KEY REFERENCES public.tenants (id) ON DELETE CASCADE,
  shift interval NOT NULL,
  CONSTRAINT subscription_clock_range CHECK (shift BETWEEN interval '-800 days' AND interval '800 days')
);
--> statement-breakpoint
ALTER TABLE public.subscription_notices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.subscription_notices FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.subscription_suspended_jobs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.subscription_suspended_jobs FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.subscription_clock ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.subscription_clock FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE ALL ON public.subscription_notices, public.subscription_suspended_jobs, public.subscription_clock FROM PUBLIC;
--> statement-breakpoint
CREATE POLICY system_access ON public.subscription_notices TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY tenant_read ON public.subscription_notices FOR SELECT TO app_runtime USING (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
GRANT SELECT, INSERT ON public.subscription_notices TO app_system;
--> statement-breakpoint
GRANT SELECT ON public.subscription_notices TO app_runtime;
--> statement-breakpoint
-- Members see which jobs wait for a reactivation; an owner's reactivation (the member door) takes them back.
CREATE POLICY system_access ON public.subscription_suspended_jobs TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY tenant_read ON public.subscription_suspended_jobs FOR SELECT TO app_runtime USING (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
CREATE POLICY owner_restore ON public.subscription_suspended_jobs FOR DELETE TO app_runtime USING (tenant_id = (SELECT public.door_tenant()) AND (SELECT public.door_member_is_owner()));
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON public.subscription_suspended_jobs TO app_system;
--> statement-breakpoint
GRANT SELECT, DELETE ON public.subscription_suspended_jobs TO app_runtime;
--> statement-breakpoint
CREATE POLICY system_access ON public.subscription_clock TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON public.subscription_clock TO app_system;
--> statement-breakpoint
-- Members' pages read their own tenant's clock, so the banner agrees with the run (lifecycle_now below).
CREATE POLICY tenant_read ON public.subscription_clock FOR SELECT TO app_runtime USING (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
GRANT SELECT ON public.subscription_clock TO app_runtime;
--> statement-breakpoint
CREATE FUNCTION public.lifecycle_now(p_tenant uuid) RETURNS timestamptz
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT now() + coalesce((SELECT c.shift FROM public.subscription_clock c WHERE c.tenant_id = p_tenant), interval '0')
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.lifecycle_now(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.lifecycle_now(uuid) TO app_system, app_runtime;
--> statement-breakpoint
-- Read as the caller: app_runtime sees its own tenant's subscription (tenant_read), app_system every one.
CREATE FUNCTION public.refuse_publish_when_expired() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM public.subscriptions s WHERE s.tenant_id = NEW.tenant_id AND s.status = 'expired') THEN
    RAISE EXCEPTION 'seerecruit:subscription_expired: an expired subscription publishes no jobs' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER jobs_publish_needs_subscription BEFORE INSERT OR UPDATE OF status ON public.jobs FOR EACH ROW WHEN (NEW.status = 'published') EXECUTE FUNCTION public.refuse_publish_when_expired();
