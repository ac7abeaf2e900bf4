-- Issue 16, Personprofilen: a voluntary work-style profile per application. The candidate reaches it by a signed
-- link bound to one application (lib/profile/link.ts) and works on it through the tenant door without a member
-- (like her receipt); members of the tenant see a profile only while she shares it (policy below), and only through
-- lib/profile/employer.ts, which logs each view in access_log. Answers lock on completion: the trigger refuses any
-- change to them afterwards, for every role including the owner. Sharing may change; each change is logged by a
-- trigger in application_profile_sharing (append-only). Erasing the application erases both (ON DELETE CASCADE
-- from applications: the purge functions need no change). No statistic reads these tables.
CREATE TABLE public.application_profiles (
  tenant_id uuid NOT NULL,
  application_id uuid NOT NULL,
  language text NOT NULL CHECK (language IN ('nb', 'en')),
  -- {"q01": 4, ...}: only item ids and whole numbers 1–5 (lib/profile/progress.ts checks before it writes).
  answers jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(answers) = 'object'),
  started_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  shared_at timestamptz,
  PRIMARY KEY (tenant_id, application_id),
  FOREIGN KEY (tenant_id, application_id) REFERENCES public.applications (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT application_profiles_shared_when_complete CHECK (shared_at IS NULL OR completed_at IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE public.application_profile_sharing (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL,
  action text NOT NULL CHECK (action IN ('shared', 'withdrawn')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, application_id) REFERENCES public.application_profiles (tenant_id, application_id) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX application_profile_sharing_application_idx ON public.application_profile_sharing (tenant_id, application_id, created_at);
--> statement-breakpoint
-- Whether the position the application is for is filled (the job marked filled, or archived after that): from then
-- on she can no longer withdraw sharing. Invoker rights: each role reads the job through its own policies.
CREATE FUNCTION public.profile_position_filled(p_tenant uuid, p_application uuid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT coalesce((
    SELECT j.status IN ('filled', 'archived') OR j.filled_at IS NOT NULL
      FROM public.applications a JOIN public.jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
     WHERE a.tenant_id = p_tenant AND a.id = p_application), false)
$$;
--> statement-breakpoint
CREATE FUNCTION public.guard_application_profile() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NEW.tenant_id IS DISTINCT FROM OLD.tenant_id OR NEW.application_id IS DISTINCT FROM OLD.application_id THEN
    RAISE EXCEPTION 'seerecruit:profile_locked: a profile belongs to its application' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.completed_at IS NOT NULL AND (
       NEW.answers IS DISTINCT FROM OLD.answers OR NEW.completed_at IS DISTINCT FROM OLD.completed_at
       OR NEW.language IS DISTINCT FROM OLD.language OR NEW.started_at IS DISTINCT FROM OLD.started_at
       OR NEW.updated_at IS DISTINCT FROM OLD.updated_at) THEN
    RAISE EXCEPTION 'seerecruit:profile_locked: a completed profile''s answers cannot be changed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.shared_at IS NOT NULL AND NEW.shared_at IS NULL AND public.profile_position_filled(OLD.tenant_id, OLD.application_id) THEN
    RAISE EXCEPTION 'seerecruit:position_filled: sharing can be withdrawn only until the position is filled' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.completed_at IS NULL AND NEW.answers IS DISTINCT FROM OLD.answers THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER application_profiles_guard BEFORE UPDATE ON public.application_profiles FOR EACH ROW EXECUTE FUNCTION public.guard_application_profile();
--> statement-breakpoint
CREATE TRIGGER application_profiles_no_truncate BEFORE TRUNCATE ON public.application_profiles FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();
--> statement-breakpoint
-- Every share and every withdrawal is a line, whichever path made it (her link or her portal).
CREATE FUNCTION public.log_application_profile_sharing() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF (OLD.shared_at IS NULL) <> (NEW.shared_at IS NULL) THEN
    INSERT INTO public.application_profile_sharing (tenant_id, application_id, action)
    VALUES (NEW.tenant_id, NEW.application_id, CASE WHEN NEW.shared_at IS NULL THEN 'withdrawn' ELSE 'shared' END);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER application_profiles_log_sharing AFTER UPDATE OF shared_at ON public.application_profiles FOR EACH ROW EXECUTE FUNCTION public.log_application_profile_sharing();
--> statement-breakpoint
-- The log is append-only (rows leave only with their application, by the cascade).
CREATE TRIGGER application_profile_sharing_immutable BEFORE UPDATE ON public.application_profile_sharing FOR EACH ROW EXECUTE FUNCTION public.refuse_change_to_submitted();
--> statement-breakpoint
CREATE TRIGGER application_profile_sharing_no_truncate BEFORE TRUNCATE ON public.application_profile_sharing FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON public.application_profiles TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT ON public.application_profile_sharing TO app_runtime;
--> statement-breakpoint
GRANT SELECT, UPDATE ON public.application_profiles TO app_purge;
--> statement-breakpoint
GRANT SELECT, INSERT ON public.application_profile_sharing TO app_purge;
--> statement-breakpoint
ALTER TABLE public.application_profiles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.application_profiles FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.application_profile_sharing ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.application_profile_sharing FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The candidate's own transactions (the tenant door without a member) see her tenant's profiles; a member's see
-- only the shared ones, so a forgotten filter cannot show an unshared profile, or that one exists.
CREATE POLICY tenant_isolation ON public.application_profiles TO app_runtime
  USING (tenant_id = (SELECT public.door_tenant()) AND ((SELECT public.door_user()) IS NULL OR shared_at IS NOT NULL))
  WITH CHECK (tenant_id = (SELECT public.door_tenant()) AND (SELECT public.door_user()) IS NULL);
--> statement-breakpoint
CREATE POLICY tenant_isolation ON public.application_profile_sharing TO app_runtime
  USING (tenant_id = (SELECT public.door_tenant()) AND (SELECT public.door_user()) IS NULL)
  WITH CHECK (tenant_id = (SELECT public.door_tenant()) AND (SELECT public.door_user()) IS NULL);
--> statement-breakpoint
CREATE POLICY purge_access ON public.application_profiles TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON public.application_profile_sharing TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
-- The portal (drizzle/0032's pattern): her profiles for her page and her export, and sharing from there.
CREATE FUNCTION public.portal_profiles(p_session text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_key text := public.portal_session_key(p_session);
BEGIN
  RETURN coalesce((
    SELECT jsonb_agg(jsonb_build_object(
      'tenantId', p.tenant_id,
      'applicationId', p.application_id,
      'tenantSlug', t.slug,
      'reference', a.reference,
      'language', p.language,
      'answers', p.answers,
      'startedAt', p.started_at,
      'completedAt', p.completed_at,
      'sharedAt', p.shared_at,
      'positionFilled', public.profile_position_filled(p.tenant_id, p.application_id),
      'sharing', (SELECT coalesce(jsonb_agg(jsonb_build_object('action', s.action, 'at', s.created_at) ORDER BY s.created_at, s.id), '[]'::jsonb)
                    FROM public.application_profile_sharing s WHERE s.tenant_id = p.tenant_id AND s.application_id = p.application_id)
    ) ORDER BY a.submitted_at DESC, a.id)
      FROM public.application_profiles p
      JOIN public.applications a ON a.tenant_id = p.tenant_id AND a.id = p.application_id
      JOIN public.tenants t ON t.id = p.tenant_id
     WHERE a.email_key = v_key
  ), '[]'::jsonb);
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.portal_profile_sharing(p_session text, p_tenant uuid, p_application uuid, p_share boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_key text := public.portal_session_key(p_session);
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM public.application_profiles p JOIN public.applications a ON a.tenant_id = p.tenant_id AND a.id = p.application_id
     WHERE p.tenant_id = p_tenant AND p.application_id = p_application AND a.email_key = v_key AND p.completed_at IS NOT NULL
  ) THEN
    RAISE EXCEPTION 'seerecruit:not_found: no completed profile for this address' USING ERRCODE = 'no_data_found';
  END IF;
  UPDATE public.application_profiles p
     SET shared_at = CASE WHEN p_share THEN coalesce(p.shared_at, now()) ELSE NULL END
   WHERE p.tenant_id = p_tenant AND p.application_id = p_application;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.portal_profiles(text), public.portal_profile_sharing(text, uuid, uuid, boolean) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.portal_profiles(text), public.portal_profile_sharing(text, uuid, uuid, boolean) TO app_system;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_profiles(text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_profile_sharing(text, uuid, uuid, boolean) OWNER TO app_purge;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM app_purge;
