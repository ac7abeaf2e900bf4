-- Issue 12, part 1: the retention engine. The policy's periods are kept by the database itself:
--   retention_purge_at(...)            the one expression for "when does this job's applications go" (UI and purge)
--   purge_due_applications(limit, tenants)  cross-tenant (or only the given tenants: an operator re-running one
--                                      employer, tests on a shared database), one batch, row locks skipped by a concurrent run
--   purge_expired_applications(...)    same signature as 0013, now with the never-filled cap and legal holds
--   set_retention_settings(days, cap)  owners only (the door's member), the only way to change the periods
--   set_legal_hold / release_legal_hold owners only; legal_holds is read-only for the app
--   application_hold_until(tenant, id) the hold end date for the candidate portal (helper B)
--   claim_retention_warnings(limit, tenants)  the 7-day owner warnings, each (tenant, job, date) claimed once
-- purge_erase (0013) is unchanged here.
ALTER TABLE public.tenants ADD COLUMN unfilled_cap_days integer NOT NULL DEFAULT 180;
--> statement-breakpoint
ALTER TABLE public.tenants ADD CONSTRAINT tenants_unfilled_cap_days_range CHECK (unfilled_cap_days BETWEEN 30 AND 730);
--> statement-breakpoint
-- Until now any member could UPDATE tenants (0001). The app writes no tenant column through the runtime role;
-- the periods change only through set_retention_settings below. Name, intro and language stay writable.
REVOKE UPDATE ON public.tenants FROM app_runtime;
--> statement-breakpoint
GRANT UPDATE (name, intro, language, updated_at) ON public.tenants TO app_runtime;
--> statement-breakpoint
-- The system door (sign-up, demo data) keeps inserting tenants but no longer changes the periods.
REVOKE UPDATE ON public.tenants FROM app_system;
--> statement-breakpoint
GRANT UPDATE (slug, name, intro, language, updated_at) ON public.tenants TO app_system;
--> statement-breakpoint
GRANT UPDATE (retention_days, unfilled_cap_days, updated_at) ON public.tenants TO app_purge;
--> statement-breakpoint
CREATE POLICY purge_settings ON public.tenants FOR UPDATE TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
-- A legal hold pauses retention for one job (all its applications) or one application, until a date.
CREATE TABLE public.legal_holds (
  tenant_id uuid NOT NULL REFERENCES public.tenants (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  job_id uuid,
  application_id uuid,
  reason text NOT NULL,
  held_until date NOT NULL,
  created_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  released_at timestamptz,
  released_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT legal_holds_one_target CHECK (num_nonnulls(job_id, application_id) = 1),
  CONSTRAINT legal_holds_reason_length CHECK (char_length(btrim(reason)) BETWEEN 1 AND 500),
  CONSTRAINT legal_holds_job_fk FOREIGN KEY (tenant_id, job_id) REFERENCES public.jobs (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT legal_holds_application_fk FOREIGN KEY (tenant_id, application_id) REFERENCES public.applications (tenant_id, id) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX legal_holds_job_idx ON public.legal_holds (tenant_id, job_id) WHERE job_id IS NOT NULL AND released_at IS NULL;
--> statement-breakpoint
CREATE INDEX legal_holds_application_idx ON public.legal_holds (tenant_id, application_id) WHERE application_id IS NOT NULL AND released_at IS NULL;
--> statement-breakpoint
ALTER TABLE public.legal_holds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.legal_holds FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON public.legal_holds FOR SELECT TO app_runtime USING (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
CREATE POLICY system_access ON public.legal_holds FOR SELECT TO app_system USING (true);
--> statement-breakpoint
CREATE POLICY purge_access ON public.legal_holds TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
REVOKE ALL ON public.legal_holds FROM PUBLIC;
--> statement-breakpoint
GRANT SELECT ON public.legal_holds TO app_runtime, app_system;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON public.legal_holds TO app_purge;
--> statement-breakpoint
-- One warning email per (tenant, job, purge date): the row is the proof it was queued.
CREATE TABLE public.retention_warnings (
  tenant_id uuid NOT NULL REFERENCES public.tenants (id) ON DELETE CASCADE,
  job_id uuid NOT NULL,
  purge_on date NOT NULL,
  applications integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, job_id, purge_on),
  CONSTRAINT retention_warnings_job_fk FOREIGN KEY (tenant_id, job_id) REFERENCES public.jobs (tenant_id, id) ON DELETE CASCADE
);
--> statement-breakpoint
ALTER TABLE public.retention_warnings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.retention_warnings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON public.retention_warnings FOR SELECT TO app_runtime USING (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
CREATE POLICY system_access ON public.retention_warnings FOR SELECT TO app_system USING (true);
--> statement-breakpoint
CREATE POLICY purge_access ON public.retention_warnings TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
REVOKE ALL ON public.retention_warnings FROM PUBLIC;
--> statement-breakpoint
GRANT SELECT ON public.retention_warnings TO app_runtime, app_system;
--> statement-breakpoint
GRANT SELECT, INSERT ON public.retention_warnings TO app_purge;
--> statement-breakpoint
-- purge_erase deletes a batch's emails by reference; without an index that is a scan of the whole outbox per batch.
CREATE INDEX outbox_reference_idx ON public.outbox ((payload ->> 'reference'));
--> statement-breakpoint
-- SELECT ... FOR UPDATE SKIP LOCKED needs UPDATE on at least one column; the immutability trigger still refuses
-- any real UPDATE of an application (app_purge's functions never issue one).
GRANT UPDATE (id) ON public.applications TO app_purge;
--> statement-breakpoint
-- The never-filled cap trusts closes_on and archived_at, which the app writes. As 0016 does for filled_at: for every
-- role but the table owner, a changed closing date is never before yesterday (Oslo), and an archive date is about
-- now and final. So SQL on the app's connection cannot move a job's applications into the past and have the next
-- run erase them. (A new job may have any date: it has no applications, and a job past its date takes none.)
CREATE FUNCTION public.guard_retention_cap_clock() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID AND pg_catalog.pg_has_role(c.relowner, 'USAGE')) THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.closes_on IS DISTINCT FROM OLD.closes_on AND NEW.closes_on IS NOT NULL
     AND NEW.closes_on < (now() AT TIME ZONE 'Europe/Oslo')::date - 1 THEN
    RAISE EXCEPTION 'refused: a closing date is changed to yesterday at the earliest'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.archived_at IS NOT NULL AND NEW.archived_at IS DISTINCT FROM OLD.archived_at THEN
    RAISE EXCEPTION 'refused: an archived job keeps its archive date' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.archived_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.archived_at IS NULL) AND NEW.archived_at < now() - interval '1 hour' THEN
    RAISE EXCEPTION 'refused: an archive date is today''s, never one in the past' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER jobs_retention_cap_clock BEFORE INSERT OR UPDATE OF closes_on, archived_at ON public.jobs FOR EACH ROW EXECUTE FUNCTION public.guard_retention_cap_clock();
--> statement-breakpoint
-- When a job's applications are due, or null while they are kept. The single definition: the dashboard shows it and
-- the purge uses it. Filled (or archived after filled): filled_at + retention days. Never filled: the end of the
-- closing day in Oslo + the cap, or archived_at + the cap when there is no closing date; an open job without a
-- closing date is kept. Days are added in Oslo time (a day across a clock change is still a calendar day).
CREATE FUNCTION public.retention_purge_at(p_status text, p_filled_at timestamptz, p_closes_on date, p_archived_at timestamptz, p_retention_days integer, p_cap_days integer) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET TimeZone = 'Europe/Oslo' AS $$
  SELECT CASE
    WHEN p_filled_at IS NOT NULL AND p_status IN ('filled', 'archived') THEN p_filled_at + make_interval(days => p_retention_days)
    WHEN p_closes_on IS NOT NULL THEN ((p_closes_on + 1)::timestamp AT TIME ZONE 'Europe/Oslo') + make_interval(days => p_cap_days)
    WHEN p_status = 'archived' AND p_archived_at IS NOT NULL THEN p_archived_at + make_interval(days => p_cap_days)
    ELSE NULL
  END
$$;
--> statement-breakpoint
-- Which rule sets the date: 'filled' or 'unfilled_cap' (counts, emails); null when kept.
CREATE FUNCTION public.retention_cause(p_status text, p_filled_at timestamptz, p_closes_on date, p_archived_at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE
    WHEN p_filled_at IS NOT NULL AND p_status IN ('filled', 'archived') THEN 'filled'
    WHEN p_closes_on IS NOT NULL OR (p_status = 'archived' AND p_archived_at IS NOT NULL) THEN 'unfilled_cap'
    ELSE NULL
  END
$$;
--> statement-breakpoint
-- Today in Oslo: a hold "until 12 March" covers all of 12 March.
CREATE FUNCTION public.retention_today() RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
  SELECT (now() AT TIME ZONE 'Europe/Oslo')::date
$$;
--> statement-breakpoint
-- The latest end date of the active holds on an application or its job, or null. For the portal (helper B) and the UI.
CREATE FUNCTION public.application_hold_until(p_tenant uuid, p_application uuid) RETURNS date
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT max(h.held_until)
    FROM public.legal_holds h
    LEFT JOIN public.applications a ON a.tenant_id = p_tenant AND a.id = p_application
   WHERE h.tenant_id = p_tenant
     AND h.released_at IS NULL
     AND h.held_until >= public.retention_today()
     AND (h.application_id = p_application OR (h.job_id IS NOT NULL AND h.job_id = a.job_id))
$$;
--> statement-breakpoint
CREATE FUNCTION public.retention_require_owner() RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_tenant uuid := public.door_tenant();
  v_user uuid := public.door_user();
BEGIN
  IF v_tenant IS NULL OR v_user IS NULL OR NOT EXISTS (
    SELECT 1 FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.user_id = v_user AND m.role = 'owner'
  ) THEN
    RAISE EXCEPTION 'seerecruit:not_owner: only an owner of the tenant may change retention or legal holds'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN v_tenant;
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.set_retention_settings(p_retention_days integer, p_cap_days integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_tenant uuid := public.retention_require_owner();
  v_old record;
BEGIN
  IF p_retention_days IS NULL OR p_retention_days NOT BETWEEN 1 AND 365 THEN
    RAISE EXCEPTION 'seerecruit:retention_days: retention is 1 to 365 days' USING ERRCODE = 'check_violation';
  END IF;
  IF p_cap_days IS NULL OR p_cap_days NOT BETWEEN 30 AND 730 THEN
    RAISE EXCEPTION 'seerecruit:unfilled_cap_days: the cap is 30 to 730 days' USING ERRCODE = 'check_violation';
  END IF;
  SELECT t.retention_days, t.unfilled_cap_days INTO v_old FROM public.tenants t WHERE t.id = v_tenant;
  UPDATE public.tenants SET retention_days = p_retention_days, unfilled_cap_days = p_cap_days, updated_at = now() WHERE id = v_tenant;
  INSERT INTO public.audit_log (tenant_id, user_id, event, detail)
  VALUES (v_tenant, public.door_user(), 'retention.settings_changed', jsonb_build_object(
    'retentionDays', jsonb_build_array(v_old.retention_days, p_retention_days),
    'unfilledCapDays', jsonb_build_array(v_old.unfilled_cap_days, p_cap_days)));
END
$$;
--> statement-breakpoint
-- An owner's hold on a job (p_job) or one application (p_application) of the door's tenant; returns its id.
CREATE FUNCTION public.set_legal_hold(p_job uuid, p_application uuid, p_reason text, p_until date) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_tenant uuid := public.retention_require_owner();
  v_id uuid;
BEGIN
  IF num_nonnulls(p_job, p_application) <> 1 THEN
    RAISE EXCEPTION 'seerecruit:not_found: a hold is on one job or one application' USING ERRCODE = 'no_data_found';
  END IF;
  IF p_job IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public.jobs j WHERE j.tenant_id = v_tenant AND j.id = p_job)
     OR p_application IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public.applications a WHERE a.tenant_id = v_tenant AND a.id = p_application) THEN
    RAISE EXCEPTION 'seerecruit:not_found: no such job or application in this tenant' USING ERRCODE = 'no_data_found';
  END IF;
  IF p_reason IS NULL OR char_length(btrim(p_reason)) NOT BETWEEN 1 AND 500 THEN
    RAISE EXCEPTION 'seerecruit:hold_reason: a hold needs a reason of at most 500 characters' USING ERRCODE = 'check_violation';
  END IF;
  IF p_until IS NULL OR p_until < public.retention_today() OR p_until > public.retention_today() + 365 THEN
    RAISE EXCEPTION 'seerecruit:hold_until: a hold ends between today and 365 days ahead' USING ERRCODE = 'check_violation';
  END IF;
  INSERT INTO public.legal_holds (tenant_id, job_id, application_id, reason, held_until, created_by)
  VALUES (v_tenant, p_job, p_application, btrim(p_reason), p_until, public.door_user())
  RETURNING id INTO v_id;
  INSERT INTO public.audit_log (tenant_id, user_id, event, detail)
  VALUES (v_tenant, public.door_user(), 'retention.hold_set', jsonb_strip_nulls(jsonb_build_object(
    'holdId', v_id, 'jobId', p_job, 'applicationId', p_application, 'until', p_until)));
  RETURN v_id;
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.release_legal_hold(p_hold uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_tenant uuid := public.retention_require_owner();
BEGIN
  UPDATE public.legal_holds SET released_at = now(), released_by = public.door_user()
   WHERE tenant_id = v_tenant AND id = p_hold AND released_at IS NULL;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'seerecruit:not_found: no such active hold in this tenant' USING ERRCODE = 'no_data_found';
  END IF;
  INSERT INTO public.audit_log (tenant_id, user_id, event, detail)
  VALUES (v_tenant, public.door_user(), 'retention.hold_released', jsonb_build_object('holdId', p_hold));
END
$$;
--> statement-breakpoint
-- Retention for one tenant (0013's signature, used by lib/erasure/erase.ts): due applications not under a hold, at
-- most p_limit, rows a concurrent run holds are skipped.
CREATE OR REPLACE FUNCTION public.purge_expired_applications(p_tenant uuid, p_job uuid DEFAULT NULL, p_ids uuid[] DEFAULT NULL, p_limit integer DEFAULT 1000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_ids uuid[];
BEGIN
  SELECT coalesce(array_agg(x.id), '{}') INTO v_ids FROM (
    SELECT a.id
      FROM public.jobs j
      JOIN public.tenants t ON t.id = j.tenant_id
      JOIN public.applications a ON a.tenant_id = j.tenant_id AND a.job_id = j.id
     WHERE j.tenant_id = p_tenant
       AND (p_job IS NULL OR j.id = p_job)
       AND (p_ids IS NULL OR a.id = ANY (p_ids))
       AND public.retention_purge_at(j.status, j.filled_at, j.closes_on, j.archived_at, t.retention_days, t.unfilled_cap_days) <= now()
       AND NOT EXISTS (
         SELECT 1 FROM public.legal_holds h
          WHERE h.tenant_id = a.tenant_id AND h.released_at IS NULL AND h.held_until >= public.retention_today()
            AND (h.job_id = a.job_id OR h.application_id = a.id))
     LIMIT least(greatest(coalesce(p_limit, 1000), 0), 5000)
       FOR UPDATE OF a SKIP LOCKED
  ) x;
  RETURN public.purge_erase(p_tenant, v_ids, 'retention', NULL, NULL);
END
$$;
--> statement-breakpoint
-- One batch of the engine across tenants: locks at most p_limit due applications (skipping those a concurrent run
-- holds), erases them per tenant through purge_erase, and reports what went. The engine calls it in its own
-- transaction per batch, so a run never holds locks longer than one batch.
CREATE FUNCTION public.purge_due_applications(p_limit integer DEFAULT 500, p_tenants uuid[] DEFAULT NULL)
RETURNS TABLE (tenant_id uuid, job_id uuid, cause text, erased integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE
  r record;
BEGIN
  FOR r IN
    WITH picked AS (
      SELECT a.tenant_id AS t_id, a.job_id AS j_id, a.id AS a_id,
             public.retention_cause(j.status, j.filled_at, j.closes_on, j.archived_at) AS why
        FROM public.jobs j
        JOIN public.tenants t ON t.id = j.tenant_id
        JOIN public.applications a ON a.tenant_id = j.tenant_id AND a.job_id = j.id
       WHERE public.retention_purge_at(j.status, j.filled_at, j.closes_on, j.archived_at, t.retention_days, t.unfilled_cap_days) <= now()
         AND (p_tenants IS NULL OR j.tenant_id = ANY (p_tenants))
         AND NOT EXISTS (
           SELECT 1 FROM public.legal_holds h
            WHERE h.tenant_id = a.tenant_id AND h.released_at IS NULL AND h.held_until >= public.retention_today()
              AND (h.job_id = a.job_id OR h.application_id = a.id))
       LIMIT least(greatest(coalesce(p_limit, 500), 1), 5000)
         FOR UPDATE OF a SKIP LOCKED
    )
    SELECT p.t_id, p.j_id, p.why, array_agg(p.a_id) AS ids FROM picked p GROUP BY p.t_id, p.j_id, p.why
  LOOP
    tenant_id := r.t_id;
    job_id := r.j_id;
    cause := r.why;
    erased := public.purge_erase(r.t_id, r.ids, 'retention', NULL, NULL);
    RETURN NEXT;
  END LOOP;
END
$$;
--> statement-breakpoint
-- Jobs whose applications go within 7 days (not held, not yet warned about for that date): records each claim and
-- returns it, so the engine queues the owners' email in the same transaction and it is sent once.
CREATE FUNCTION public.claim_retention_warnings(p_limit integer DEFAULT 100, p_tenants uuid[] DEFAULT NULL)
RETURNS TABLE (tenant_id uuid, job_id uuid, job_title text, purge_on date, cause text, applications integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH due AS (
    SELECT j.tenant_id AS t_id, j.id AS j_id, j.title AS title,
           (public.retention_purge_at(j.status, j.filled_at, j.closes_on, j.archived_at, t.retention_days, t.unfilled_cap_days) AT TIME ZONE 'Europe/Oslo')::date AS on_day,
           public.retention_cause(j.status, j.filled_at, j.closes_on, j.archived_at) AS why,
           (SELECT count(*)::integer FROM public.applications a WHERE a.tenant_id = j.tenant_id AND a.job_id = j.id) AS n
      FROM public.jobs j
      JOIN public.tenants t ON t.id = j.tenant_id
     WHERE public.retention_purge_at(j.status, j.filled_at, j.closes_on, j.archived_at, t.retention_days, t.unfilled_cap_days)
           BETWEEN now() AND now() + interval '7 days'
       AND (p_tenants IS NULL OR j.tenant_id = ANY (p_tenants))
       AND NOT EXISTS (
         SELECT 1 FROM public.legal_holds h
          WHERE h.tenant_id = j.tenant_id AND h.job_id = j.id AND h.released_at IS NULL AND h.held_until >= public.retention_today())
  ), claimed AS (
    INSERT INTO public.retention_warnings (tenant_id, job_id, purge_on, applications)
    SELECT d.t_id, d.j_id, d.on_day, d.n FROM due d WHERE d.n > 0
     LIMIT greatest(coalesce(p_limit, 100), 1)
    ON CONFLICT DO NOTHING
    RETURNING retention_warnings.tenant_id, retention_warnings.job_id, retention_warnings.purge_on, retention_warnings.applications
  )
  SELECT c.tenant_id, c.job_id, d.title, c.purge_on, d.why, c.applications
    FROM claimed c JOIN due d ON d.t_id = c.tenant_id AND d.j_id = c.job_id;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.retention_purge_at(text, timestamptz, date, timestamptz, integer, integer), public.retention_cause(text, timestamptz, date, timestamptz),
  public.retention_today(), public.application_hold_until(uuid, uuid), public.retention_require_owner(), public.set_retention_settings(integer, integer),
  public.set_legal_hold(uuid, uuid, text, date), public.release_legal_hold(uuid), public.purge_due_applications(integer, uuid[]), public.claim_retention_warnings(integer, uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.retention_purge_at(text, timestamptz, date, timestamptz, integer, integer), public.retention_cause(text, timestamptz, date, timestamptz),
  public.retention_today() TO app_runtime, app_system, app_purge;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.application_hold_until(uuid, uuid) TO app_runtime, app_system;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.set_retention_settings(integer, integer), public.set_legal_hold(uuid, uuid, text, date), public.release_legal_hold(uuid) TO app_runtime;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.purge_due_applications(integer, uuid[]), public.claim_retention_warnings(integer, uuid[]) TO app_system;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.retention_purge_at(text, timestamptz, date, timestamptz, integer, integer) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.retention_cause(text, timestamptz, date, timestamptz) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.retention_today() OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.application_hold_until(uuid, uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.retention_require_owner() OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.set_retention_settings(integer, integer) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.set_legal_hold(uuid, uuid, text, date) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.release_legal_hold(uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.purge_due_applications(integer, uuid[]) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.claim_retention_warnings(integer, uuid[]) OWNER TO app_purge;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM app_purge;
