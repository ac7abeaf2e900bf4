-- Issue 15, parts 2 and 3: plans as data, one subscription per tenant, and its append-only history.
-- The policy promises subscribers that we keep what they entered and the date of the last change, extensions
-- included, and no account, card or national-ID numbers: subscriptions.updated_at is that date (set here by a
-- trigger, never by the app), every change appends one subscription_events row in the same transaction (a deferred
-- check refuses a commit that changed a subscription without its event), and the billing fields are guarded in
-- lib/subscriptions/input.ts. Reminders (a later part) will claim one row per (tenant, kind, period_end) in a table
-- of their own, so a new period (extension, plan change) gets its own reminders without touching this history.
CREATE TABLE public.plans (
  id text PRIMARY KEY,
  position integer NOT NULL,
  max_published_jobs integer NOT NULL,
  max_members integer NOT NULL,
  max_retention_days integer NOT NULL,
  price_nok integer NOT NULL,
  period_months integer NOT NULL,
  trial_days integer,
  CONSTRAINT plans_id_shape CHECK (id ~ '^[a-z]{2,20}$'),
  CONSTRAINT plans_limits_positive CHECK (max_published_jobs > 0 AND max_members > 0),
  CONSTRAINT plans_retention_range CHECK (max_retention_days BETWEEN 1 AND 365),
  CONSTRAINT plans_price_not_negative CHECK (price_nok >= 0),
  -- A plan is either a trial of some days (free, no period) or paid by the period.
  CONSTRAINT plans_trial_or_period CHECK ((trial_days IS NOT NULL AND trial_days > 0 AND period_months = 0 AND price_nok = 0) OR (trial_days IS NULL AND period_months > 0))
);
--> statement-breakpoint
INSERT INTO public.plans (id, position, max_published_jobs, max_members, max_retention_days, price_nok, period_months, trial_days) VALUES
  ('trial', 0, 5, 3, 90, 0, 0, 30),
  ('start', 1, 5, 3, 180, 990, 1, NULL),
  ('team', 2, 25, 15, 365, 19900, 12, NULL),
  ('enterprise', 3, 200, 100, 365, 59900, 12, NULL);
--> statement-breakpoint
REVOKE ALL ON public.plans FROM PUBLIC;
--> statement-breakpoint
GRANT SELECT ON public.plans TO app_runtime, app_system, app_purge;
--> statement-breakpoint
CREATE TABLE public.subscriptions (
  tenant_id uuid PRIMARY KEY REFERENCES public.tenants (id) ON DELETE CASCADE,
  plan_id text NOT NULL REFERENCES public.plans (id),
  status text NOT NULL,
  period_start timestamptz NOT NULL,
  period_end timestamptz NOT NULL,
  cancel_at_period_end boolean NOT NULL DEFAULT false,
  billing_name text NOT NULL DEFAULT '',
  billing_email text NOT NULL DEFAULT '',
  invoice_reference text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT subscriptions_status CHECK (status IN ('trial', 'active', 'cancelled', 'expired')),
  CONSTRAINT subscriptions_period_order CHECK (period_end > period_start),
  CONSTRAINT subscriptions_billing_lengths CHECK (char_length(billing_name) <= 200 AND char_length(billing_email) <= 320 AND char_length(invoice_reference) <= 100)
);
--> statement-breakpoint
CREATE TABLE public.subscription_events (
  tenant_id uuid NOT NULL REFERENCES public.tenants (id),
  id bigserial NOT NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor_kind text NOT NULL,
  -- No foreign key: a row outlives the person's account (it is never updated, so ON DELETE SET NULL cannot work);
  -- the name is the one they had then.
  actor_user_id uuid,
  actor_name text NOT NULL DEFAULT '',
  before jsonb,
  after jsonb NOT NULL,
  reason text,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT subscription_events_kind CHECK (kind IN ('created', 'trial_started', 'extended', 'plan_changed', 'cancelled', 'reactivated', 'expired', 'staff_adjustment', 'billing_changed')),
  CONSTRAINT subscription_events_actor CHECK (actor_kind IN ('member', 'system', 'staff') AND (actor_kind = 'member') = (actor_user_id IS NOT NULL)),
  CONSTRAINT subscription_events_staff_reason CHECK (actor_kind <> 'staff' OR char_length(btrim(coalesce(reason, ''))) BETWEEN 1 AND 500),
  CONSTRAINT subscription_events_name_length CHECK (char_length(actor_name) <= 200)
);
--> statement-breakpoint
CREATE INDEX subscription_events_tenant_at_idx ON public.subscription_events (tenant_id, at DESC, id DESC);
--> statement-breakpoint
-- Tenancy: members read their own tenant's subscription and history; only an owner (the door's member, checked
-- here, not only in the app) changes the subscription or writes history, and only in their own name. Sign-up and
-- the demo data create them through the system door.
ALTER TABLE public.subscriptions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.subscriptions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.subscription_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.subscription_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE FUNCTION public.door_member_is_owner() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM public.memberships m WHERE m.tenant_id = public.door_tenant() AND m.user_id = public.door_user() AND m.role = 'owner')
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.door_member_is_owner() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.door_member_is_owner() TO app_runtime;
--> statement-breakpoint
-- Owned by app_purge, which may read memberships (0001's purge_access), as 0031's retention_require_owner is.
GRANT CREATE ON SCHEMA public TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.door_member_is_owner() OWNER TO app_purge;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM app_purge;
--> statement-breakpoint
CREATE POLICY tenant_read ON public.subscriptions FOR SELECT TO app_runtime USING (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
CREATE POLICY owner_change ON public.subscriptions FOR UPDATE TO app_runtime
  USING (tenant_id = (SELECT public.door_tenant()) AND (SELECT public.door_member_is_owner()))
  WITH CHECK (tenant_id = (SELECT public.door_tenant()) AND (SELECT public.door_member_is_owner()));
--> statement-breakpoint
CREATE POLICY system_access ON public.subscriptions TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON public.subscriptions FOR SELECT TO app_purge USING (true);
--> statement-breakpoint
CREATE POLICY tenant_read ON public.subscription_events FOR SELECT TO app_runtime USING (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
CREATE POLICY owner_append ON public.subscription_events FOR INSERT TO app_runtime
  WITH CHECK (tenant_id = (SELECT public.door_tenant()) AND actor_kind = 'member' AND actor_user_id = (SELECT public.door_user()) AND (SELECT public.door_member_is_owner()));
--> statement-breakpoint
CREATE POLICY system_access ON public.subscription_events TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON public.subscription_events TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
REVOKE ALL ON public.subscriptions, public.subscription_events FROM PUBLIC;
--> statement-breakpoint
GRANT SELECT, UPDATE (plan_id, status, period_start, period_end, cancel_at_period_end, billing_name, billing_email, invoice_reference) ON public.subscriptions TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT ON public.subscription_events TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON public.subscriptions TO app_system;
--> statement-breakpoint
GRANT SELECT, INSERT ON public.subscription_events TO app_system;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE public.subscription_events_id_seq TO app_runtime, app_system;
--> statement-breakpoint
-- Rows of the history leave only through the purge role (there is no tenant deletion yet; when there is, it is a
-- definer owned by app_purge that deletes the tenant's history first, as erasure does for applications).
GRANT SELECT ON public.subscriptions TO app_purge;
--> statement-breakpoint
GRANT SELECT, DELETE ON public.subscription_events TO app_purge;
--> statement-breakpoint
-- The history is append-only for everyone, the table owner and superusers included: no UPDATE ever, DELETE only
-- for app_purge, no TRUNCATE (refuse_truncate from 0001).
CREATE FUNCTION public.refuse_change_to_history() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_user = 'app_purge' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% on % refused: the subscription history is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER subscription_events_append_only BEFORE UPDATE OR DELETE ON public.subscription_events FOR EACH ROW EXECUTE FUNCTION public.refuse_change_to_history();
--> statement-breakpoint
CREATE TRIGGER subscription_events_no_truncate BEFORE TRUNCATE ON public.subscription_events FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();
--> statement-breakpoint
-- The date of the last change is the database's: every UPDATE sets it to the transaction's time, which is also
-- the time its event gets by default. The tenant and the creation date never change.
CREATE FUNCTION public.subscriptions_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NEW.tenant_id IS DISTINCT FROM OLD.tenant_id OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'refused: a subscription keeps its tenant and creation date' USING ERRCODE = 'insufficient_privilege';
  END IF;
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER subscriptions_stamp BEFORE UPDATE ON public.subscriptions FOR EACH ROW EXECUTE FUNCTION public.subscriptions_stamp();
--> statement-breakpoint
-- One transaction for both: at commit, a subscription created or changed in it must have an event of its tenant
-- written in it (same transaction time). The table owner (migrations) is exempt, as in 0031's clock guard.
CREATE FUNCTION public.subscriptions_need_event() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID AND pg_catalog.pg_has_role(c.relowner, 'USAGE')) THEN
    RETURN NULL;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM public.subscription_events e WHERE e.tenant_id = NEW.tenant_id AND e.at = now()) THEN
    RAISE EXCEPTION 'seerecruit:subscription_without_event: a change to a subscription needs its history event in the same transaction'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER subscriptions_need_event AFTER INSERT OR UPDATE ON public.subscriptions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.subscriptions_need_event();
--> statement-breakpoint
-- Tenants from before this migration start a trial now, with the same two events a new sign-up gets.
INSERT INTO public.subscriptions (tenant_id, plan_id, status, period_start, period_end)
SELECT t.id, 'trial', 'trial', now(), now() + interval '30 days' FROM public.tenants t
ON CONFLICT (tenant_id) DO NOTHING;
--> statement-breakpoint
INSERT INTO public.subscription_events (tenant_id, kind, actor_kind, before, after)
SELECT s.tenant_id, k.kind, 'system', NULL,
       jsonb_build_object('plan', 'trial', 'status', 'trial', 'periodStart', s.period_start, 'periodEnd', s.period_end, 'cancelAtPeriodEnd', false)
  FROM public.subscriptions s CROSS JOIN (VALUES (1, 'created'), (2, 'trial_started')) AS k(n, kind)
 ORDER BY s.tenant_id, k.n;
