-- Replaces revoke_sessions_of_removed_member (0002), which bumped the session
-- version of anyone who was not a member of the caller's tenant, so a tenant
-- transaction could sign out people of other employers. This one removes the
-- membership itself, in the caller's tenant only, and ends the person's sessions
-- only when it did remove one.
CREATE FUNCTION remove_member(p_user uuid) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
BEGIN
  IF v_tenant IS NULL THEN
    RAISE EXCEPTION 'remove_member needs app.tenant_id' USING ERRCODE = 'insufficient_privilege';
  END IF;
  DELETE FROM memberships WHERE user_id = p_user AND tenant_id = v_tenant;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  UPDATE users SET session_version = session_version + 1 WHERE id = p_user;
  RETURN true;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION remove_member(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION remove_member(uuid) TO app_runtime;
--> statement-breakpoint
-- Run as app_system (whose RLS policies allow it), as the function it replaces did.
ALTER FUNCTION remove_member(uuid) OWNER TO app_system;
--> statement-breakpoint
DROP FUNCTION revoke_sessions_of_removed_member(uuid);
