-- Removing a member ends their sessions at once: the tenant transaction (as
-- app_runtime, which may only update its own user row) bumps the removed
-- person's session version through this narrow definer function. It refuses
-- unless the person is no longer a member of the tenant in this transaction,
-- so it cannot be used to sign out arbitrary people.
CREATE OR REPLACE FUNCTION revoke_sessions_of_removed_member(p_user uuid) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
BEGIN
  IF v_tenant IS NULL THEN
    RAISE EXCEPTION 'revoke_sessions_of_removed_member needs app.tenant_id' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF EXISTS (SELECT 1 FROM memberships WHERE user_id = p_user AND tenant_id = v_tenant) THEN
    RETURN false;
  END IF;
  UPDATE users SET session_version = session_version + 1 WHERE id = p_user;
  RETURN FOUND;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION revoke_sessions_of_removed_member(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION revoke_sessions_of_removed_member(uuid) TO app_runtime;
--> statement-breakpoint
-- Run as app_system (whose RLS policies allow it), not as the table owner: with
-- FORCE ROW LEVEL SECURITY a non-superuser owner would see no rows at all.
ALTER FUNCTION revoke_sessions_of_removed_member(uuid) OWNER TO app_system;
