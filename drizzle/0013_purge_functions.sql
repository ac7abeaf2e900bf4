-- M1 and M9 (security review 2026-12): submitted applications leave only through definer functions owned by
-- app_purge that check in SQL why they may go, and write the tombstone themselves. No login may SET ROLE app_purge
-- any more (the app's login is not a member; lib/erasure/erase.ts calls these functions instead of withPurge):
--   erase_applications(ids, reason)      an owner of the door's tenant, a reason from a short list
--   erase_job_applications(job, reason)  the same for every application of a filled (or archived-after-filled) job
--   purge_expired_applications(...)     retention: the job was filled more than tenants.retention_days ago
-- The access-log lines of an erased application stay (who opened it, when), re-pointed at its tombstone: the
-- erasures row keeps the application's id, and the line's detail (file names) is blanked. The owner's own
-- erasure adds a 'delete' line.
GRANT UPDATE (detail) ON public.access_log TO app_purge;
--> statement-breakpoint
GRANT INSERT ON public.access_log TO app_purge;
--> statement-breakpoint
REVOKE DELETE ON public.access_log FROM app_purge;
--> statement-breakpoint
-- Append-only, with one exception: the purge role may blank a line's detail and change nothing else.
CREATE FUNCTION public.refuse_change_to_access_log() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_user = 'app_purge' AND NEW.detail IS NULL
     AND (NEW.tenant_id, NEW.id, NEW.user_id, NEW.application_id, NEW.action, NEW.created_at)
         IS NOT DISTINCT FROM (OLD.tenant_id, OLD.id, OLD.user_id, OLD.application_id, OLD.action, OLD.created_at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% on % refused: the access log is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
DROP TRIGGER access_log_immutable ON public.access_log;
--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON public.access_log FOR EACH ROW EXECUTE FUNCTION public.refuse_change_to_access_log();
--> statement-breakpoint
-- The one place rows are deleted. Not callable by anyone but app_purge's own functions below.
CREATE FUNCTION public.purge_erase(p_tenant uuid, p_ids uuid[], p_reason text, p_employer_reason text, p_actor uuid) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_ids uuid[];
  v_refs text[];
  v_jobs uuid[];
  v_count integer;
BEGIN
  SELECT coalesce(array_agg(a.id), '{}'), coalesce(array_agg(a.reference), '{}'), coalesce(array_agg(DISTINCT a.job_id), '{}')
    INTO v_ids, v_refs, v_jobs
    FROM public.applications a
   WHERE a.tenant_id = p_tenant AND a.id = ANY (p_ids);
  v_count := cardinality(v_ids);
  IF v_count = 0 THEN
    RETURN 0;
  END IF;
  INSERT INTO public.erasures (tenant_id, application_id, job_id, submitted_on, reason, employer_reason)
  SELECT a.tenant_id, a.id, a.job_id, a.submitted_at, p_reason, p_employer_reason
    FROM public.applications a
   WHERE a.tenant_id = p_tenant AND a.id = ANY (v_ids)
  ON CONFLICT DO NOTHING;
  DELETE FROM public.application_files WHERE tenant_id = p_tenant AND application_id = ANY (v_ids);
  DELETE FROM public.application_notes WHERE tenant_id = p_tenant AND application_id = ANY (v_ids);
  DELETE FROM public.application_ratings WHERE tenant_id = p_tenant AND application_id = ANY (v_ids);
  DELETE FROM public.application_stage_events WHERE tenant_id = p_tenant AND application_id = ANY (v_ids);
  DELETE FROM public.application_stages WHERE tenant_id = p_tenant AND application_id = ANY (v_ids);
  -- Who opened it stays; what they opened (file names, often the candidate's name) goes.
  UPDATE public.access_log SET detail = NULL
   WHERE tenant_id = p_tenant AND application_id = ANY (v_ids) AND detail IS NOT NULL;
  IF p_actor IS NOT NULL THEN
    INSERT INTO public.access_log (tenant_id, user_id, application_id, action)
    SELECT p_tenant, p_actor, x, 'delete' FROM unnest(v_ids) AS x;
  END IF;
  DELETE FROM public.applications WHERE tenant_id = p_tenant AND id = ANY (v_ids);
  -- Emails about these applications (queued or sent) carry the candidate's name and address.
  DELETE FROM public.outbox WHERE payload ->> 'reference' = ANY (v_refs);
  INSERT INTO public.audit_log (tenant_id, user_id, event, detail)
  VALUES (
    p_tenant, p_actor, 'applications.erased',
    jsonb_strip_nulls(jsonb_build_object('count', v_count, 'reason', p_reason, 'employerReason', p_employer_reason, 'jobIds', to_jsonb(v_jobs)))
  );
  RETURN v_count;
END
$$;
--> statement-breakpoint
-- Refuses unless the door's member is an owner of the door's tenant (drizzle/0012).
CREATE FUNCTION public.purge_require_owner(p_tenant uuid, p_user uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF p_tenant IS NULL OR p_user IS NULL OR NOT EXISTS (
    SELECT 1 FROM public.memberships m WHERE m.tenant_id = p_tenant AND m.user_id = p_user AND m.role = 'owner'
  ) THEN
    RAISE EXCEPTION 'seerecruit:not_owner: only an owner of the tenant may erase applications'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.purge_require_reason(p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF p_reason IS NULL OR p_reason NOT IN ('candidate_asked', 'duplicate', 'sent_in_error', 'position_filled', 'other') THEN
    RAISE EXCEPTION 'seerecruit:bad_reason: an erasure needs a reason from the list' USING ERRCODE = 'check_violation';
  END IF;
END
$$;
--> statement-breakpoint
-- An owner's erasure of chosen applications of the door's tenant; ids of other tenants are ignored.
CREATE FUNCTION public.erase_applications(p_ids uuid[], p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_tenant uuid := public.door_tenant();
  v_user uuid := public.door_user();
BEGIN
  PERFORM public.purge_require_owner(v_tenant, v_user);
  PERFORM public.purge_require_reason(p_reason);
  RETURN public.purge_erase(v_tenant, p_ids, 'employer', p_reason, v_user);
END
$$;
--> statement-breakpoint
-- An owner's "delete all applications now" for a job of the door's tenant that is filled (or archived after it was).
CREATE FUNCTION public.erase_job_applications(p_job uuid, p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_tenant uuid := public.door_tenant();
  v_user uuid := public.door_user();
  v_status text;
  v_filled_at timestamptz;
BEGIN
  PERFORM public.purge_require_owner(v_tenant, v_user);
  PERFORM public.purge_require_reason(p_reason);
  SELECT j.status, j.filled_at INTO v_status, v_filled_at FROM public.jobs j WHERE j.tenant_id = v_tenant AND j.id = p_job;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'seerecruit:not_found: no such job in this tenant' USING ERRCODE = 'no_data_found';
  END IF;
  IF v_filled_at IS NULL OR v_status NOT IN ('filled', 'archived') THEN
    RAISE EXCEPTION 'seerecruit:not_filled: the job is not filled' USING ERRCODE = 'check_violation';
  END IF;
  RETURN public.purge_erase(
    v_tenant,
    ARRAY(SELECT a.id FROM public.applications a WHERE a.tenant_id = v_tenant AND a.job_id = p_job),
    'employer', p_reason, v_user
  );
END
$$;
--> statement-breakpoint
-- Retention (called by the retention engine, outside any tenant): applications of jobs filled more than the
-- tenant's retention_days ago, archived-after-filled jobs included. Optionally limited to one job or to given
-- ids; at most p_limit rows per call, oldest first, so the engine works in small batches. Anything not yet due
-- is left alone, whoever calls.
CREATE FUNCTION public.purge_expired_applications(p_tenant uuid, p_job uuid DEFAULT NULL, p_ids uuid[] DEFAULT NULL, p_limit integer DEFAULT 1000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  RETURN public.purge_erase(
    p_tenant,
    ARRAY(
      SELECT a.id
        FROM public.applications a
        JOIN public.jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
        JOIN public.tenants t ON t.id = a.tenant_id
       WHERE a.tenant_id = p_tenant
         AND (p_job IS NULL OR a.job_id = p_job)
         AND (p_ids IS NULL OR a.id = ANY (p_ids))
         AND j.status IN ('filled', 'archived')
         AND j.filled_at IS NOT NULL
         AND j.filled_at + make_interval(days => t.retention_days) < now()
       ORDER BY a.submitted_at, a.id
       LIMIT greatest(coalesce(p_limit, 1000), 0)
    ),
    'retention', NULL, NULL
  );
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.purge_erase(uuid, uuid[], text, text, uuid), public.purge_require_owner(uuid, uuid), public.purge_require_reason(text),
  public.erase_applications(uuid[], text), public.erase_job_applications(uuid, text), public.purge_expired_applications(uuid, uuid, uuid[], integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.erase_applications(uuid[], text), public.erase_job_applications(uuid, text) TO app_runtime;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.purge_expired_applications(uuid, uuid, uuid[], integer) TO app_system;
--> statement-breakpoint
-- PostgreSQL 15 asks the new owner for CREATE on the schema; granted only for the hand-over.
GRANT CREATE ON SCHEMA public TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.purge_erase(uuid, uuid[], text, text, uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.purge_require_owner(uuid, uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.purge_require_reason(text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.erase_applications(uuid[], text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.erase_job_applications(uuid, text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.purge_expired_applications(uuid, uuid, uuid[], integer) OWNER TO app_purge;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM app_purge;
