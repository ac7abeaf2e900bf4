-- Issue 12, the candidate portal. A candidate proves her address by a link sent to it (single use, 30 minutes,
-- only its SHA-256 hash stored) and then, for 30 minutes, reads and acts on every application with that address
-- (applications.email_key) in every tenant. The tenant door is never widened for her: every step is one of the
-- definer functions below, owned by app_purge, executable by app_system only (the system door's purpose
-- 'candidate-request', lib/candidate/*), and each checks the portal session IN SQL before it reads or writes.
--   portal_request_link(email, token_hash, language, url, origin)   a link and its email, only if we hold anything
--   portal_open(link_hash, session_hash)                            consumes the link once, starts a 30-minute session
--   portal_applications(session_hash) → jsonb                       every application, status, dates, access log
--   portal_file(session_hash, tenant, file) → bytea                 one original file, for her export
--   portal_log_export(session_hash)                                 the audit line of an export
--   portal_add_correction(session_hash, tenant, application, body) → uuid
--   portal_erase(session_hash, ids) → integer                       withdraw one / erase all, reason 'candidate'
-- purge_erase (drizzle/0013) is redefined: it also erases corrections and the portal's rows and emails for an
-- address that has nothing left, and queues the deletion receipt (and, for a candidate's withdrawal, a notice
-- without personal data to the tenant's owners).
CREATE TABLE public.candidate_request_links (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  email_key text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX candidate_request_links_email_idx ON public.candidate_request_links (email_key);
--> statement-breakpoint
CREATE TABLE public.candidate_portal_sessions (
  session_hash text PRIMARY KEY CHECK (session_hash ~ '^[0-9a-f]{64}$'),
  email_key text NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX candidate_portal_sessions_email_idx ON public.candidate_portal_sessions (email_key);
--> statement-breakpoint
-- A candidate's correction: a new note beside the original, never an edit of it. Immutable like the application.
CREATE TABLE public.application_corrections (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL,
  body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, application_id) REFERENCES public.applications (tenant_id, id)
);
--> statement-breakpoint
CREATE INDEX application_corrections_application_idx ON public.application_corrections (tenant_id, application_id, created_at);
--> statement-breakpoint
-- Her applications across tenants by address: the existing candidate index leads with tenant and job.
CREATE INDEX applications_email_key_idx ON public.applications (email_key);
--> statement-breakpoint
CREATE TRIGGER application_corrections_immutable BEFORE UPDATE OR DELETE ON public.application_corrections FOR EACH ROW EXECUTE FUNCTION public.refuse_change_to_submitted();
--> statement-breakpoint
CREATE TRIGGER application_corrections_no_truncate BEFORE TRUNCATE ON public.application_corrections FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();
--> statement-breakpoint
ALTER TABLE public.candidate_request_links ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.candidate_request_links FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY purge_access ON public.candidate_request_links TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE public.candidate_portal_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.candidate_portal_sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY purge_access ON public.candidate_portal_sessions TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE public.application_corrections ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public.application_corrections FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON public.application_corrections TO app_runtime USING (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
CREATE POLICY purge_access ON public.application_corrections TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
-- Members read corrections (and nothing else); the links and sessions are reachable only through the functions.
REVOKE ALL ON public.candidate_request_links, public.candidate_portal_sessions, public.application_corrections FROM PUBLIC, app_runtime, app_system;
--> statement-breakpoint
GRANT SELECT ON public.application_corrections TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON public.candidate_request_links TO app_purge;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON public.candidate_portal_sessions, public.application_corrections TO app_purge;
--> statement-breakpoint
-- The receipt, the owners' notice and the link email are queued by the functions themselves.
GRANT INSERT ON public.outbox TO app_purge;
--> statement-breakpoint
-- Coarse status for the candidate, from the employer's stage and the job (never notes or ratings).
CREATE FUNCTION public.portal_status(p_stage text, p_job_status text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE
    WHEN p_job_status IN ('filled', 'closed', 'archived') OR p_stage IN ('hired', 'rejected') THEN 'closed'
    WHEN p_stage IN ('in_review', 'interview', 'offer') THEN 'in_review'
    ELSE 'received'
  END
$$;
--> statement-breakpoint
-- The day (Oslo) an application will be deleted: drizzle/0031's rule, the same one the employer's pages and the purge use.
CREATE FUNCTION public.portal_purge_on(p_tenant uuid, p_application uuid) RETURNS date
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT (public.retention_purge_at(j.status, j.filled_at, j.closes_on, j.archived_at, t.retention_days, t.unfilled_cap_days) AT TIME ZONE 'Europe/Oslo')::date
    FROM public.applications a
    JOIN public.jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
    JOIN public.tenants t ON t.id = a.tenant_id
   WHERE a.tenant_id = p_tenant AND a.id = p_application
$$;
--> statement-breakpoint
-- Until when a legal hold (drizzle/0031) keeps the application, or null.
CREATE FUNCTION public.portal_hold_until(p_tenant uuid, p_application uuid) RETURNS date
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT public.application_hold_until(p_tenant, p_application)
$$;
--> statement-breakpoint
-- The address a live portal session is bound to; refuses anything else (missing, expired, ended by erasure).
CREATE FUNCTION public.portal_session_key(p_session text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_key text;
BEGIN
  SELECT s.email_key INTO v_key FROM public.candidate_portal_sessions s WHERE s.session_hash = p_session AND s.expires_at > now();
  IF v_key IS NULL THEN
    RAISE EXCEPTION 'seerecruit:portal_session: the portal session is missing or has ended' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN v_key;
END
$$;
--> statement-breakpoint
-- The same statements run whether or not the address is held; only then is a link stored and its email queued.
-- Expired links and sessions are dropped on the way (they hold an address).
CREATE FUNCTION public.portal_request_link(p_email text, p_token_hash text, p_language text, p_url text, p_origin text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_key text := lower(btrim(coalesce(p_email, '')));
  v_recipient text;
BEGIN
  IF p_token_hash IS NULL OR p_token_hash !~ '^[0-9a-f]{64}$' OR p_language NOT IN ('nb', 'en') OR p_origin NOT IN ('form', 'staff')
     OR p_url IS NULL OR length(p_url) > 500 OR length(v_key) > 320 THEN
    RAISE EXCEPTION 'seerecruit:bad_request: malformed link request' USING ERRCODE = 'check_violation';
  END IF;
  DELETE FROM public.candidate_request_links l WHERE l.expires_at < now();
  DELETE FROM public.candidate_portal_sessions s WHERE s.expires_at < now();
  SELECT a.email INTO v_recipient FROM public.applications a WHERE a.email_key = v_key ORDER BY a.submitted_at DESC LIMIT 1;
  IF v_recipient IS NOT NULL THEN
    INSERT INTO public.candidate_request_links (token_hash, email_key, expires_at) VALUES (p_token_hash, v_key, now() + interval '30 minutes');
    INSERT INTO public.outbox (template, language, recipient, payload)
    VALUES ('candidate.portal-link', p_language, v_recipient, jsonb_build_object('url', p_url, 'minutes', 30));
  END IF;
  -- Written on both paths, with nothing that tells them apart.
  INSERT INTO public.audit_log (tenant_id, user_id, event, detail) VALUES (NULL, NULL, 'candidate.link_requested', jsonb_build_object('origin', p_origin));
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.portal_open(p_link_hash text, p_session_hash text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_key text;
BEGIN
  IF p_session_hash IS NULL OR p_session_hash !~ '^[0-9a-f]{64}$' THEN
    RAISE EXCEPTION 'seerecruit:bad_request: malformed session' USING ERRCODE = 'check_violation';
  END IF;
  UPDATE public.candidate_request_links l SET used_at = now()
   WHERE l.token_hash = p_link_hash AND l.used_at IS NULL AND l.expires_at > now()
  RETURNING l.email_key INTO v_key;
  IF v_key IS NULL THEN
    RETURN false;
  END IF;
  INSERT INTO public.candidate_portal_sessions (session_hash, email_key, expires_at) VALUES (p_session_hash, v_key, now() + interval '30 minutes');
  INSERT INTO public.audit_log (tenant_id, user_id, event, detail) VALUES (NULL, NULL, 'candidate.portal_opened', '{}'::jsonb);
  RETURN true;
END
$$;
--> statement-breakpoint
-- Everything she may see: each application as sent, its files (not bytes), corrections, coarse status and its
-- history, the deletion date, a legal hold, and every access-log line with the member's name (staff marked).
CREATE FUNCTION public.portal_applications(p_session text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_key text := public.portal_session_key(p_session);
BEGIN
  RETURN coalesce((
    SELECT jsonb_agg(jsonb_build_object(
      'tenantId', a.tenant_id,
      'id', a.id,
      'reference', a.reference,
      'employerName', t.name,
      'jobTitle', j.title,
      'submittedAt', a.submitted_at,
      'language', a.language,
      'status', public.portal_status(coalesce(s.stage, 'new'), j.status),
      'deletionOn', public.portal_purge_on(a.tenant_id, a.id),
      'heldUntil', public.portal_hold_until(a.tenant_id, a.id),
      'fields', jsonb_build_object(
        'fullName', a.full_name, 'birthDate', a.birth_date, 'email', a.email, 'phone', a.phone,
        'coverLetter', a.cover_letter, 'language', a.language, 'consentedAt', a.consented_at,
        'submittedAt', a.submitted_at, 'reference', a.reference, 'previousApplicationId', a.previous_application_id),
      'files', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', f.id, 'fileName', f.file_name, 'contentType', f.content_type, 'size', f.size, 'sha256', f.sha256, 'uploadedAt', f.created_at) ORDER BY f.created_at, f.id), '[]'::jsonb)
                  FROM public.application_files f WHERE f.tenant_id = a.tenant_id AND f.application_id = a.id),
      'corrections', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'body', c.body, 'createdAt', c.created_at) ORDER BY c.created_at, c.id), '[]'::jsonb)
                        FROM public.application_corrections c WHERE c.tenant_id = a.tenant_id AND c.application_id = a.id),
      'statusHistory', (SELECT coalesce(jsonb_agg(jsonb_build_object('status', public.portal_status(e.to_stage, NULL), 'at', e.created_at) ORDER BY e.created_at, e.id), '[]'::jsonb)
                          FROM public.application_stage_events e WHERE e.tenant_id = a.tenant_id AND e.application_id = a.id),
      'access', (SELECT coalesce(jsonb_agg(jsonb_build_object('action', l.action, 'name', nullif(u.name, ''), 'staff', coalesce(u.is_staff, false), 'at', l.created_at) ORDER BY l.created_at, l.id), '[]'::jsonb)
                   FROM public.access_log l LEFT JOIN public.users u ON u.id = l.user_id
                  WHERE l.tenant_id = a.tenant_id AND l.application_id = a.id)
    ) ORDER BY a.submitted_at DESC, a.id)
      FROM public.applications a
      JOIN public.tenants t ON t.id = a.tenant_id
      JOIN public.jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
      LEFT JOIN public.application_stages s ON s.tenant_id = a.tenant_id AND s.application_id = a.id
     WHERE a.email_key = v_key
  ), '[]'::jsonb);
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.portal_file(p_session text, p_tenant uuid, p_file uuid) RETURNS bytea
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_key text := public.portal_session_key(p_session);
  v_content bytea;
BEGIN
  SELECT f.content INTO v_content
    FROM public.application_files f
    JOIN public.applications a ON a.tenant_id = f.tenant_id AND a.id = f.application_id
   WHERE f.tenant_id = p_tenant AND f.id = p_file AND a.email_key = v_key;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'seerecruit:not_found: no such file for this address' USING ERRCODE = 'no_data_found';
  END IF;
  RETURN v_content;
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.portal_log_export(p_session text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_key text := public.portal_session_key(p_session);
BEGIN
  INSERT INTO public.audit_log (tenant_id, user_id, event, detail)
  SELECT NULL, NULL, 'candidate.exported', jsonb_build_object('applications', count(*))
    FROM public.applications a WHERE a.email_key = v_key;
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.portal_add_correction(p_session text, p_tenant uuid, p_application uuid, p_body text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_key text := public.portal_session_key(p_session);
  v_body text := btrim(coalesce(p_body, ''));
  v_id uuid;
BEGIN
  IF char_length(v_body) < 1 OR char_length(v_body) > 2000 THEN
    RAISE EXCEPTION 'seerecruit:correction_length: a correction is 1 to 2000 characters' USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM public.applications a WHERE a.tenant_id = p_tenant AND a.id = p_application AND a.email_key = v_key) THEN
    RAISE EXCEPTION 'seerecruit:not_found: no such application for this address' USING ERRCODE = 'no_data_found';
  END IF;
  IF (SELECT count(*) FROM public.application_corrections c WHERE c.tenant_id = p_tenant AND c.application_id = p_application) >= 20 THEN
    RAISE EXCEPTION 'seerecruit:too_many_corrections: at most 20 corrections per application' USING ERRCODE = 'check_violation';
  END IF;
  INSERT INTO public.application_corrections (tenant_id, application_id, body) VALUES (p_tenant, p_application, v_body) RETURNING id INTO v_id;
  INSERT INTO public.audit_log (tenant_id, user_id, event, detail)
  VALUES (p_tenant, NULL, 'candidate.corrected', jsonb_build_object('applicationId', p_application));
  RETURN v_id;
END
$$;
--> statement-breakpoint
-- Withdraw (one id) or erase everything (all her ids): per tenant through purge_erase with reason 'candidate'.
-- Ids of another address are ignored; an application under a legal hold is kept (the caller says why).
CREATE FUNCTION public.portal_erase(p_session text, p_ids uuid[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_key text := public.portal_session_key(p_session);
  v_tenant uuid;
  v_ids uuid[];
  v_total integer := 0;
BEGIN
  FOR v_tenant, v_ids IN
    SELECT a.tenant_id, array_agg(a.id)
      FROM public.applications a
     WHERE a.email_key = v_key AND a.id = ANY (coalesce(p_ids, '{}'))
       AND public.portal_hold_until(a.tenant_id, a.id) IS NULL
     GROUP BY a.tenant_id
     ORDER BY a.tenant_id
  LOOP
    v_total := v_total + public.purge_erase(v_tenant, v_ids, 'candidate', NULL, NULL);
  END LOOP;
  RETURN v_total;
END
$$;
--> statement-breakpoint
-- drizzle/0013's purge_erase, plus: corrections go with the application; each application actually deleted here
-- gets a deletion receipt in its own language (no name, no reference: the receipt must not be a copy of the
-- person, and no later erasure looks for it); a candidate's withdrawal tells the tenant's owners which job, and
-- nothing about who; an address with no application left loses its portal links, sessions and link emails.
CREATE OR REPLACE FUNCTION public.purge_erase(p_tenant uuid, p_ids uuid[], p_reason text, p_employer_reason text, p_actor uuid) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_ids uuid[];
  v_refs text[];
  v_jobs uuid[];
  v_keys text[];
  v_gone_keys text[];
  v_info jsonb;
  v_email_counts jsonb;
  v_deleted uuid[];
  v_count integer;
BEGIN
  SELECT coalesce(array_agg(a.id), '{}'), coalesce(array_agg(a.reference), '{}'), coalesce(array_agg(DISTINCT a.job_id), '{}'), coalesce(array_agg(DISTINCT a.email_key), '{}')
    INTO v_ids, v_refs, v_jobs, v_keys
    FROM public.applications a
   WHERE a.tenant_id = p_tenant AND a.id = ANY (p_ids);
  v_count := cardinality(v_ids);
  IF v_count = 0 THEN
    RETURN 0;
  END IF;
  -- What each receipt will say, counted before the rows go.
  SELECT coalesce(jsonb_object_agg(c.ref, c.n), '{}'::jsonb) INTO v_email_counts
    FROM (SELECT o.payload ->> 'reference' AS ref, count(*) AS n FROM public.outbox o WHERE o.payload ->> 'reference' = ANY (v_refs) GROUP BY 1) c;
  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'id', a.id, 'email', a.email, 'language', a.language, 'jobId', a.job_id, 'jobTitle', j.title, 'employerName', t.name,
           'submittedOn', (a.submitted_at AT TIME ZONE 'Europe/Oslo')::date,
           'files', (SELECT count(*) FROM public.application_files f WHERE f.tenant_id = a.tenant_id AND f.application_id = a.id),
           'workflow', (SELECT count(*) FROM public.application_notes n WHERE n.tenant_id = a.tenant_id AND n.application_id = a.id)
                     + (SELECT count(*) FROM public.application_ratings r WHERE r.tenant_id = a.tenant_id AND r.application_id = a.id)
                     + (SELECT count(*) FROM public.application_stage_events e WHERE e.tenant_id = a.tenant_id AND e.application_id = a.id),
           'corrections', (SELECT count(*) FROM public.application_corrections c WHERE c.tenant_id = a.tenant_id AND c.application_id = a.id),
           -- The outbox has no index on the reference: counted in one pass below, not once per application.
           'emails', coalesce((v_email_counts ->> a.reference)::int, 0)
         )), '[]'::jsonb)
    INTO v_info
    FROM public.applications a
    JOIN public.jobs j ON j.tenant_id = a.tenant_id AND j.id = a.job_id
    JOIN public.tenants t ON t.id = a.tenant_id
   WHERE a.tenant_id = p_tenant AND a.id = ANY (v_ids);
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
  DELETE FROM public.application_corrections WHERE tenant_id = p_tenant AND application_id = ANY (v_ids);
  -- Who opened it stays; what they opened (file names, often the candidate's name) goes.
  UPDATE public.access_log SET detail = NULL
   WHERE tenant_id = p_tenant AND application_id = ANY (v_ids) AND detail IS NOT NULL;
  IF p_actor IS NOT NULL THEN
    INSERT INTO public.access_log (tenant_id, user_id, application_id, action)
    SELECT p_tenant, p_actor, x, 'delete' FROM unnest(v_ids) AS x;
  END IF;
  -- Only what this call deleted gets a receipt: a concurrent erasure of the same row sends none twice.
  WITH gone AS (
    DELETE FROM public.applications WHERE tenant_id = p_tenant AND id = ANY (v_ids) RETURNING id
  )
  SELECT coalesce(array_agg(id), '{}') INTO v_deleted FROM gone;
  -- Emails about these applications (queued or sent) carry the candidate's name and address.
  DELETE FROM public.outbox WHERE payload ->> 'reference' = ANY (v_refs);
  -- After that delete, so the receipts stay.
  INSERT INTO public.outbox (template, language, recipient, payload)
  SELECT 'candidate.erasure-receipt', i ->> 'language', i ->> 'email',
         jsonb_build_object(
           'jobTitle', i ->> 'jobTitle', 'employerName', i ->> 'employerName', 'submittedOn', i ->> 'submittedOn',
           'erasedAt', now(), 'reason', p_reason,
           'files', (i ->> 'files')::int, 'workflow', (i ->> 'workflow')::int, 'corrections', (i ->> 'corrections')::int, 'emails', (i ->> 'emails')::int,
           'backupsUntil', ((now() + interval '35 days') AT TIME ZONE 'Europe/Oslo')::date)
    FROM jsonb_array_elements(v_info) AS i
   WHERE (i ->> 'id')::uuid = ANY (v_deleted);
  IF p_reason = 'candidate' THEN
    INSERT INTO public.outbox (template, language, recipient, payload)
    SELECT 'employer.application-withdrawn', t.language, u.email, jsonb_build_object('jobTitle', g.job_title, 'count', g.n, 'employerName', t.name)
      FROM (SELECT i ->> 'jobTitle' AS job_title, count(*) AS n FROM jsonb_array_elements(v_info) AS i
             WHERE (i ->> 'id')::uuid = ANY (v_deleted) GROUP BY i ->> 'jobId', i ->> 'jobTitle') g
      JOIN public.tenants t ON t.id = p_tenant
      JOIN public.memberships m ON m.tenant_id = t.id AND m.role = 'owner'
      JOIN public.users u ON u.id = m.user_id;
  END IF;
  -- An address with nothing left keeps no link, no session and no link email.
  SELECT coalesce(array_agg(k), '{}') INTO v_gone_keys
    FROM unnest(v_keys) AS k
   WHERE NOT EXISTS (SELECT 1 FROM public.applications a WHERE a.email_key = k);
  IF cardinality(v_gone_keys) > 0 THEN
    DELETE FROM public.candidate_request_links WHERE email_key = ANY (v_gone_keys);
    DELETE FROM public.candidate_portal_sessions WHERE email_key = ANY (v_gone_keys);
    DELETE FROM public.outbox WHERE template = 'candidate.portal-link' AND lower(recipient) = ANY (v_gone_keys);
  END IF;
  INSERT INTO public.audit_log (tenant_id, user_id, event, detail)
  VALUES (
    p_tenant, p_actor, 'applications.erased',
    jsonb_strip_nulls(jsonb_build_object('count', v_count, 'reason', p_reason, 'employerReason', p_employer_reason, 'jobIds', to_jsonb(v_jobs)))
  );
  RETURN v_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.portal_status(text, text), public.portal_purge_on(uuid, uuid), public.portal_hold_until(uuid, uuid),
  public.portal_session_key(text), public.portal_request_link(text, text, text, text, text), public.portal_open(text, text),
  public.portal_applications(text), public.portal_file(text, uuid, uuid), public.portal_log_export(text),
  public.portal_add_correction(text, uuid, uuid, text), public.portal_erase(text, uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.portal_request_link(text, text, text, text, text), public.portal_open(text, text),
  public.portal_applications(text), public.portal_file(text, uuid, uuid), public.portal_log_export(text),
  public.portal_add_correction(text, uuid, uuid, text), public.portal_erase(text, uuid[]) TO app_system;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_status(text, text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_purge_on(uuid, uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_hold_until(uuid, uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_session_key(text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_request_link(text, text, text, text, text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_open(text, text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_applications(text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_file(text, uuid, uuid) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_log_export(text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_add_correction(text, uuid, uuid, text) OWNER TO app_purge;
--> statement-breakpoint
ALTER FUNCTION public.portal_erase(text, uuid[]) OWNER TO app_purge;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM app_purge;
