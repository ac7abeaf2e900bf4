-- Audited staff access (issue 12, part 7). Platform staff reach a tenant's applications only through these
-- definer functions, owned by app_purge (which reads every tenant's rows) and executable by app_system, the role
-- of the system door's 'staff-access' purpose (lib/admin/access.ts). Staff are never members, and the tenant
-- door is not widened. Each function checks in SQL that the named user is staff with a second factor enabled:
--   staff_tenants(staff)                                 tenants with counts of jobs and applications (no people)
--   staff_applications(staff, tenant, limit)             one tenant's applications: reference, job title, date
--   staff_find_reference(staff, reference)               the application a candidate's reference names (same fields)
--   staff_application_summary(staff, tenant, app)        the same fields for one application, before it is opened
--   staff_open_application(staff, tenant, app, reason)   an opening, with a written reason (10–500 characters):
--                                                        one access_log line 'staff_view' (reason in detail) in the
--                                                        application's tenant and one audit_log line with the reason
--   staff_read_application(staff, tenant, app)           the application and its files (names, sizes), only within
--                                                        30 minutes of this staff member's own opening of it
--   staff_download_file(staff, tenant, app, file)        a file's bytes on the same condition, logged as 'download'
--   staff_in_access_log()                                for an owner in the tenant door: the staff who appear in
--                                                        the tenant's access log, with their names (executable by
--                                                        app_runtime: staff are not members, so RLS hides their names)
-- The caller names the staff member: the database cannot see the session. The app passes the id of the session
-- it checked (lib/admin/staff.ts); these functions make sure that person is staff with TOTP, whoever calls.
CREATE FUNCTION public.staff_require(p_staff uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF p_staff IS NULL OR NOT EXISTS (
    SELECT 1 FROM public.users u
     WHERE u.id = p_staff AND u.is_staff AND u.totp_enabled_at IS NOT NULL AND u.totp_secret IS NOT NULL
  ) THEN
    RAISE EXCEPTION 'seerecruit:not_staff: only platform staff with a second factor may do this'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.staff_tenants(p_staff uuid)
RETURNS TABLE (id uuid, slug text, name text, jobs bigint, applications bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM public.staff_require(p_staff);
  RETURN QUERY
  SELECT t.id, t.slug, t.name,
         (SELECT count(*) FROM public.jobs j WHERE j.tenant_id = t.id),
         (SELECT count(*) FROM public.applications a WHERE a.tenant_id = t.id)
    FROM public.tenants t
   ORDER BY t.name, t.id;
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.staff_applications(p_staff uuid, p_tenant uuid, p_limit integer DEFAULT 100)
RETURNS TABLE (id uuid, reference text, job_title text, submitted_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM public.staff_require(p_staff);
  RETURN QUERY
  SELECT a.id, a.reference, j.title, a.submitted_at
    FROM public.applications a
    JOIN public.jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
   WHERE a.tenant_id = p_tenant
   ORDER BY a.submitted_at DESC, a.id DESC
   LIMIT least(greatest(coalesce(p_limit, 100), 0), 500);
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.staff_find_reference(p_staff uuid, p_reference text)
RETURNS TABLE (tenant_id uuid, tenant_name text, id uuid, reference text, job_title text, submitted_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM public.staff_require(p_staff);
  RETURN QUERY
  SELECT a.tenant_id, t.name, a.id, a.reference, j.title, a.submitted_at
    FROM public.applications a
    JOIN public.jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
    JOIN public.tenants t ON t.id = a.tenant_id
   WHERE a.reference = upper(btrim(coalesce(p_reference, '')));
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.staff_application_summary(p_staff uuid, p_tenant uuid, p_application uuid)
RETURNS TABLE (tenant_id uuid, tenant_name text, id uuid, reference text, job_title text, submitted_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM public.staff_require(p_staff);
  RETURN QUERY
  SELECT a.tenant_id, t.name, a.id, a.reference, j.title, a.submitted_at
    FROM public.applications a
    JOIN public.jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
    JOIN public.tenants t ON t.id = a.tenant_id
   WHERE a.tenant_id = p_tenant AND a.id = p_application;
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.staff_open_application(p_staff uuid, p_tenant uuid, p_application uuid, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_reason text := btrim(coalesce(p_reason, ''));
  v_reference text;
BEGIN
  PERFORM public.staff_require(p_staff);
  IF char_length(v_reason) < 10 OR char_length(v_reason) > 500 THEN
    RAISE EXCEPTION 'seerecruit:reason_required: opening an application needs a written reason of 10 to 500 characters'
      USING ERRCODE = 'check_violation';
  END IF;
  SELECT a.reference INTO v_reference FROM public.applications a WHERE a.tenant_id = p_tenant AND a.id = p_application;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'seerecruit:not_found: no such application' USING ERRCODE = 'no_data_found';
  END IF;
  -- The reason sits in the line's detail, which an erasure blanks (drizzle/0013); the audit line keeps it.
  INSERT INTO public.access_log (tenant_id, user_id, application_id, action, detail)
  VALUES (p_tenant, p_staff, p_application, 'staff_view', v_reason);
  INSERT INTO public.audit_log (tenant_id, user_id, event, detail)
  VALUES (p_tenant, p_staff, 'staff_application_opened',
          jsonb_build_object('applicationId', p_application, 'reference', v_reference, 'reason', v_reason));
END
$$;
--> statement-breakpoint
-- An opening lasts 30 minutes for the staff member who made it; after that, a new reason.
CREATE FUNCTION public.staff_require_opening(p_staff uuid, p_tenant uuid, p_application uuid) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM public.staff_require(p_staff);
  IF NOT EXISTS (
    SELECT 1 FROM public.access_log l
     WHERE l.tenant_id = p_tenant AND l.application_id = p_application AND l.user_id = p_staff
       AND l.action = 'staff_view' AND l.created_at > now() - interval '30 minutes'
  ) THEN
    RAISE EXCEPTION 'seerecruit:not_opened: open the application with a reason first' USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.staff_read_application(p_staff uuid, p_tenant uuid, p_application uuid) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v jsonb;
BEGIN
  PERFORM public.staff_require_opening(p_staff, p_tenant, p_application);
  -- What the candidate sent and where it stands; not the employer's notes or ratings.
  SELECT jsonb_build_object(
           'id', a.id, 'tenantId', a.tenant_id, 'tenantName', t.name, 'reference', a.reference,
           'jobTitle', j.title, 'fullName', a.full_name, 'birthDate', a.birth_date, 'email', a.email,
           'phone', a.phone, 'coverLetter', a.cover_letter, 'language', a.language,
           'consentedAt', a.consented_at, 'submittedAt', a.submitted_at,
           'stage', coalesce((SELECT s.stage FROM public.application_stages s WHERE s.tenant_id = a.tenant_id AND s.application_id = a.id), 'new'),
           'files', coalesce((
             SELECT jsonb_agg(jsonb_build_object('id', f.id, 'fileName', f.file_name, 'contentType', f.content_type, 'size', f.size) ORDER BY f.created_at, f.id)
               FROM public.application_files f WHERE f.tenant_id = a.tenant_id AND f.application_id = a.id), '[]'::jsonb))
    INTO v
    FROM public.applications a
    JOIN public.jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
    JOIN public.tenants t ON t.id = a.tenant_id
   WHERE a.tenant_id = p_tenant AND a.id = p_application;
  IF v IS NULL THEN
    RAISE EXCEPTION 'seerecruit:not_found: no such application' USING ERRCODE = 'no_data_found';
  END IF;
  RETURN v;
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.staff_download_file(p_staff uuid, p_tenant uuid, p_application uuid, p_file uuid)
RETURNS TABLE (file_name text, content_type text, content bytea)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_name text;
BEGIN
  PERFORM public.staff_require_opening(p_staff, p_tenant, p_application);
  SELECT f.file_name INTO v_name FROM public.application_files f WHERE f.tenant_id = p_tenant AND f.application_id = p_application AND f.id = p_file;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'seerecruit:not_found: no such file' USING ERRCODE = 'no_data_found';
  END IF;
  INSERT INTO public.access_log (tenant_id, user_id, application_id, action, detail)
  VALUES (p_tenant, p_staff, p_application, 'download', v_name);
  RETURN QUERY
  SELECT f.file_name, f.content_type, f.content FROM public.application_files f
   WHERE f.tenant_id = p_tenant AND f.application_id = p_application AND f.id = p_file;
END
$$;
--> statement-breakpoint
-- For the owners' access log page, in the tenant door: who of the people in this tenant's log are staff.
CREATE FUNCTION public.staff_in_access_log() RETURNS TABLE (user_id uuid, name text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_tenant uuid := public.door_tenant();
  v_user uuid := public.door_user();
BEGIN
  IF v_tenant IS NULL OR v_user IS NULL OR NOT EXISTS (
    SELECT 1 FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.user_id = v_user AND m.role = 'owner'
  ) THEN
    RAISE EXCEPTION 'seerecruit:not_owner: only an owner of the tenant reads its access log' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY
  SELECT u.id, coalesce(u.name, u.email)
    FROM public.users u
   WHERE u.is_staff
     AND EXISTS (SELECT 1 FROM public.access_log l WHERE l.tenant_id = v_tenant AND l.user_id = u.id);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.staff_require(uuid), public.staff_tenants(uuid), public.staff_applications(uuid, uuid, integer),
  public.staff_find_reference(uuid, text), public.staff_application_summary(uuid, uuid, uuid), public.staff_open_application(uuid, uuid, uuid, text), public.staff_require_opening(uuid, uuid, uuid),
  public.staff_read_application(uuid, uuid, uuid), public.staff_download_file(uuid, uuid, uuid, uuid), public.staff_in_access_log() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.staff_tenants(uuid), public.staff_applications(uuid, uuid, integer), public.staff_find_reference(uuid, text), public.staff_application_summary(uuid, uuid, uuid),
  public.staff_open_application(uuid, uuid, uuid, text), public.staff_read_application(uuid, uuid, uuid), public.staff_download_file(uuid, uuid, uuid, uuid) TO app_system;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.staff_in_access_log() TO app_runtime;
--> statement-breakpoint
-- PostgreSQL 15 asks the new owner for CREATE on the schema; granted only for the hand-over.
GRANT CREATE ON SCHEMA public TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.staff_require(uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.staff_tenants(uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.staff_applications(uuid, uuid, integer) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.staff_find_reference(uuid, text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.staff_application_summary(uuid, uuid, uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.staff_open_application(uuid, uuid, uuid, text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.staff_require_opening(uuid, uuid, uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.staff_read_application(uuid, uuid, uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.staff_download_file(uuid, uuid, uuid, uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.staff_in_access_log() OWNER TO app_purge;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM app_purge;
