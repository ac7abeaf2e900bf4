-- L1 and L2 (security review 2026-12). remove_member (0009) ran with search_path = public, and PostgreSQL searches
-- pg_temp first for relations even then: a pg_temp.memberships shadow table let a tenant transaction sign out a
-- member of another employer. Every definer function now pins search_path = pg_catalog, pg_temp (pg_temp last)
-- and names public.x, and nobody but the owner may create temporary tables in this database.
-- Membership changes leave the runtime role's grants (drizzle/0015): remove_member and change_member_role check
-- in SQL that the door's member (drizzle/0012) is an owner of the door's tenant, lock that tenant's owners and keep
-- the last one.
CREATE OR REPLACE FUNCTION public.remove_member(p_user uuid) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_tenant uuid := public.door_tenant();
  v_actor uuid := public.door_user();
  v_role text;
BEGIN
  IF v_tenant IS NULL THEN
    RAISE EXCEPTION 'remove_member needs a tenant door' USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- Two concurrent removals or demotions cannot both pass the last-owner check.
  PERFORM 1 FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.role = 'owner' FOR UPDATE;
  IF v_actor IS NULL OR NOT EXISTS (
    SELECT 1 FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.user_id = v_actor AND m.role = 'owner'
  ) THEN
    RAISE EXCEPTION 'seerecruit:not_owner: only an owner may remove members' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT m.role INTO v_role FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.user_id = p_user;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF v_role = 'owner' AND (SELECT count(*) FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.role = 'owner') <= 1 THEN
    RAISE EXCEPTION 'seerecruit:last_owner: the tenant keeps at least one owner' USING ERRCODE = 'check_violation';
  END IF;
  DELETE FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.user_id = p_user;
  UPDATE public.users u SET session_version = u.session_version + 1 WHERE u.id = p_user;
  RETURN true;
END
$$;
--> statement-breakpoint
CREATE FUNCTION public.change_member_role(p_user uuid, p_role text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_tenant uuid := public.door_tenant();
  v_actor uuid := public.door_user();
  v_role text;
BEGIN
  IF v_tenant IS NULL THEN
    RAISE EXCEPTION 'change_member_role needs a tenant door' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_role IS NULL OR p_role NOT IN ('owner', 'recruiter') THEN
    RAISE EXCEPTION 'seerecruit:bad_role: no such role' USING ERRCODE = 'check_violation';
  END IF;
  PERFORM 1 FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.role = 'owner' FOR UPDATE;
  IF v_actor IS NULL OR NOT EXISTS (
    SELECT 1 FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.user_id = v_actor AND m.role = 'owner'
  ) THEN
    RAISE EXCEPTION 'seerecruit:not_owner: only an owner may change roles' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT m.role INTO v_role FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.user_id = p_user FOR UPDATE;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF v_role = p_role THEN
    RETURN true;
  END IF;
  IF v_role = 'owner' AND (SELECT count(*) FROM public.memberships m WHERE m.tenant_id = v_tenant AND m.role = 'owner') <= 1 THEN
    RAISE EXCEPTION 'seerecruit:last_owner: the tenant keeps at least one owner' USING ERRCODE = 'check_violation';
  END IF;
  UPDATE public.memberships m SET role = p_role WHERE m.tenant_id = v_tenant AND m.user_id = p_user;
  RETURN true;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.change_member_role(uuid, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.change_member_role(uuid, text) TO app_runtime;
--> statement-breakpoint
-- Owned by app_system like remove_member, whose policies let it see every tenant's memberships.
-- PostgreSQL 15 asks the new owner for CREATE on the schema: granted for the hand-over, then taken from every
-- door role (a migration run earlier by hand may have granted it so that 0002 and 0009 could pass).
GRANT CREATE ON SCHEMA public TO app_system;
--> statement-breakpoint
ALTER FUNCTION public.change_member_role(uuid, text) OWNER TO app_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM app_runtime, app_system, app_purge, app_door;
--> statement-breakpoint
-- Temporary tables only for the owner: no door role can shadow a relation in pg_temp.
DO $$
BEGIN
  EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END
$$;
