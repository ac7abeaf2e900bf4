-- M1 (security review 2026-12): a transaction serves one tenant, and SQL on the app's own connection cannot
-- change which. Until now the policies trusted current_setting('app.tenant_id'), which any statement can
-- overwrite mid-transaction (set_config) to read another employer's rows. Now the door records the tenant and
-- member once per transaction through door_enter(), a definer function owned by app_door (a role no login can
-- become), in a table only app_door can write; door_enter() refuses a second, different value in the same
-- transaction, and the policies read the record back through door_tenant()/door_user().
-- Limit (README, "Two database logins"): a connection that can end its transaction can start a new one and
-- enter another tenant there, as the public apply path legitimately does; the pin is per transaction.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_door') THEN
    CREATE ROLE app_door NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
-- The migrating owner must be able to hand objects to app_door (a superuser needs nothing).
DO $$
BEGIN
  EXECUTE format('GRANT app_door TO %I', current_user);
EXCEPTION WHEN others THEN
  RAISE NOTICE 'could not grant app_door to %: %', current_user, SQLERRM;
END
$$;
--> statement-breakpoint
-- One row per backend: the transaction (xid8) it last entered and for whom. Unlogged: it means nothing after a
-- restart. Rows are overwritten, never piled up (bounded by the number of backends).
CREATE UNLOGGED TABLE public.door_transactions (
  backend_pid integer PRIMARY KEY,
  xact xid8 NOT NULL,
  tenant uuid NOT NULL,
  member uuid
);
--> statement-breakpoint
REVOKE ALL ON public.door_transactions FROM PUBLIC;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO app_door;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON public.door_transactions TO app_door;
--> statement-breakpoint
CREATE FUNCTION public.door_enter(p_tenant uuid, p_user uuid) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_pid integer := pg_catalog.pg_backend_pid();
  v_xact xid8 := pg_catalog.pg_current_xact_id();
  v_tenant uuid;
  v_user uuid;
BEGIN
  IF p_tenant IS NULL THEN
    RAISE EXCEPTION 'door_enter needs a tenant' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO public.door_transactions AS d (backend_pid, xact, tenant, member)
  VALUES (v_pid, v_xact, p_tenant, p_user)
  ON CONFLICT (backend_pid) DO UPDATE
    SET xact = EXCLUDED.xact, tenant = EXCLUDED.tenant, member = EXCLUDED.member
    WHERE d.xact <> EXCLUDED.xact;
  IF NOT FOUND THEN
    -- This transaction entered already: the same tenant and member again is harmless, anything else is not.
    SELECT d.tenant, d.member INTO v_tenant, v_user FROM public.door_transactions d WHERE d.backend_pid = v_pid;
    IF v_tenant IS DISTINCT FROM p_tenant OR v_user IS DISTINCT FROM p_user THEN
      RAISE EXCEPTION 'refused: this transaction already entered another tenant or member'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  -- Kept for readability in logs and for code that shows them; no policy trusts these settings any more.
  PERFORM pg_catalog.set_config('app.tenant_id', p_tenant::text, true);
  PERFORM pg_catalog.set_config('app.user_id', coalesce(p_user::text, ''), true);
  RETURN p_tenant;
END
$$;
--> statement-breakpoint
-- The tenant and member this transaction entered, or null. PARALLEL RESTRICTED: pg_backend_pid() must be the
-- leader's. Policies call it as (SELECT public.door_tenant()), evaluated once per statement.
CREATE FUNCTION public.door_tenant() RETURNS uuid
LANGUAGE sql STABLE PARALLEL RESTRICTED SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT d.tenant FROM public.door_transactions d
   WHERE d.backend_pid = pg_catalog.pg_backend_pid() AND d.xact = pg_catalog.pg_current_xact_id_if_assigned()
$$;
--> statement-breakpoint
CREATE FUNCTION public.door_user() RETURNS uuid
LANGUAGE sql STABLE PARALLEL RESTRICTED SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT d.member FROM public.door_transactions d
   WHERE d.backend_pid = pg_catalog.pg_backend_pid() AND d.xact = pg_catalog.pg_current_xact_id_if_assigned()
$$;
--> statement-breakpoint
-- Executable by everyone on purpose: entering only pins the caller's own transaction, and the door calls it in
-- the same statement that switches to app_runtime (EXECUTE is checked before that switch takes effect).
REVOKE ALL ON FUNCTION public.door_enter(uuid, uuid), public.door_tenant(), public.door_user() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.door_enter(uuid, uuid), public.door_tenant(), public.door_user() TO PUBLIC;
--> statement-breakpoint
-- PostgreSQL 15 asks the new owner for CREATE on the schema; granted only for the hand-over.
GRANT CREATE ON SCHEMA public TO app_door;
--> statement-breakpoint
ALTER FUNCTION public.door_enter(uuid, uuid) OWNER TO app_door;
--> statement-breakpoint
ALTER FUNCTION public.door_tenant() OWNER TO app_door;
--> statement-breakpoint
ALTER FUNCTION public.door_user() OWNER TO app_door;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM app_door;
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.memberships USING (tenant_id = (SELECT public.door_tenant())) WITH CHECK (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.invitations USING (tenant_id = (SELECT public.door_tenant())) WITH CHECK (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.jobs USING (tenant_id = (SELECT public.door_tenant())) WITH CHECK (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.applications USING (tenant_id = (SELECT public.door_tenant())) WITH CHECK (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.application_files USING (tenant_id = (SELECT public.door_tenant())) WITH CHECK (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.application_stages USING (tenant_id = (SELECT public.door_tenant())) WITH CHECK (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.application_stage_events USING (tenant_id = (SELECT public.door_tenant())) WITH CHECK (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.application_notes USING (tenant_id = (SELECT public.door_tenant())) WITH CHECK (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.application_ratings USING (tenant_id = (SELECT public.door_tenant())) WITH CHECK (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.access_log USING (tenant_id = (SELECT public.door_tenant())) WITH CHECK (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.erasures USING (tenant_id = (SELECT public.door_tenant())) WITH CHECK (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.tenants USING (id = (SELECT public.door_tenant())) WITH CHECK (id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_read ON public.audit_log USING (tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY tenant_write ON public.audit_log WITH CHECK (tenant_id IS NULL OR tenant_id = (SELECT public.door_tenant()));
--> statement-breakpoint
ALTER POLICY member_visibility ON public.users
  USING (
    id = (SELECT public.door_user())
    OR EXISTS (SELECT 1 FROM public.memberships m WHERE m.user_id = users.id AND m.tenant_id = (SELECT public.door_tenant()))
  )
  WITH CHECK (id = (SELECT public.door_user()));
--> statement-breakpoint
-- Policies TO app_system also apply to every member of app_system. A login created with INHERIT (PostgreSQL's
-- default) would then see every tenant's rows through system_access while holding app_runtime's grants, without
-- any door. The system policies now ask for the role itself, so only SET ROLE app_system (withSystem) opens them.
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT tablename, cmd FROM pg_catalog.pg_policies WHERE schemaname = 'public' AND policyname = 'system_access' LOOP
    IF r.cmd IN ('SELECT', 'DELETE') THEN
      EXECUTE format('ALTER POLICY system_access ON public.%I USING (current_user = %L)', r.tablename, 'app_system');
    ELSIF r.cmd = 'INSERT' THEN
      EXECUTE format('ALTER POLICY system_access ON public.%I WITH CHECK (current_user = %L)', r.tablename, 'app_system');
    ELSE
      EXECUTE format('ALTER POLICY system_access ON public.%I USING (current_user = %L) WITH CHECK (current_user = %L)', r.tablename, 'app_system', 'app_system');
    END IF;
  END LOOP;
END
$$;
