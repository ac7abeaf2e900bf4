-- Hand-written: roles, grants, row-level security and immutability triggers.
-- Each statement is separated by a breakpoint: the PGlite migrator runs one at a time.
-- Roles are cluster-wide, so create them only when missing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_runtime') THEN
    CREATE ROLE app_runtime NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_system') THEN
    CREATE ROLE app_system NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_purge') THEN
    CREATE ROLE app_purge NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
-- The connecting (owner) user must be able to SET ROLE to each door.
DO $$
BEGIN
  EXECUTE format('GRANT app_runtime, app_system, app_purge TO %I', current_user);
EXCEPTION WHEN others THEN
  RAISE NOTICE 'could not grant app roles to %: %', current_user, SQLERRM;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO app_runtime, app_system, app_purge;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO app_runtime, app_system;
--> statement-breakpoint
GRANT SELECT, UPDATE ON tenants TO app_runtime;
--> statement-breakpoint
GRANT SELECT, UPDATE ON users TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON memberships TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON invitations TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON jobs TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT ON applications TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT ON application_files TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON application_stages TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT ON application_stage_events TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON application_notes TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON application_ratings TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT ON access_log TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO app_runtime;
--> statement-breakpoint
GRANT INSERT ON outbox TO app_runtime;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON rate_limits TO app_runtime;
--> statement-breakpoint
GRANT SELECT ON erasures TO app_runtime;
--> statement-breakpoint
-- Privileged, audited paths (sign-in lookups, email worker, invitations, sign-up).
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO app_system;
--> statement-breakpoint
REVOKE UPDATE, DELETE ON applications, application_files FROM app_system;
--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA public TO app_purge;
--> statement-breakpoint
GRANT DELETE ON applications TO app_purge;
--> statement-breakpoint
GRANT DELETE ON application_files TO app_purge;
--> statement-breakpoint
GRANT DELETE ON application_stages TO app_purge;
--> statement-breakpoint
GRANT DELETE ON application_stage_events TO app_purge;
--> statement-breakpoint
GRANT DELETE ON application_notes TO app_purge;
--> statement-breakpoint
GRANT DELETE ON application_ratings TO app_purge;
--> statement-breakpoint
GRANT DELETE ON access_log TO app_purge;
--> statement-breakpoint
GRANT INSERT ON erasures, audit_log TO app_purge;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO app_purge;
--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON memberships TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON memberships TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON memberships TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON invitations TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON invitations TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON invitations TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE jobs FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON jobs TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON jobs TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON jobs TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE applications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE applications FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON applications TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON applications TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON applications TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE application_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE application_files FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON application_files TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON application_files TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON application_files TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE application_stages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE application_stages FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON application_stages TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON application_stages TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON application_stages TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE application_stage_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE application_stage_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON application_stage_events TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON application_stage_events TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON application_stage_events TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE application_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE application_notes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON application_notes TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON application_notes TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON application_notes TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE application_ratings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE application_ratings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON application_ratings TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON application_ratings TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON application_ratings TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE access_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE access_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON access_log TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON access_log TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON access_log TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE erasures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE erasures FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON erasures TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON erasures TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON erasures TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_read ON audit_log FOR SELECT TO app_runtime USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY tenant_write ON audit_log FOR INSERT TO app_runtime WITH CHECK (tenant_id IS NULL OR tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON audit_log TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON audit_log TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON tenants TO app_runtime USING (id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON tenants TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON tenants FOR SELECT TO app_purge USING (true);
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY member_visibility ON users TO app_runtime
  USING (
    id = nullif(current_setting('app.user_id', true), '')::uuid
    OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  )
  WITH CHECK (id = nullif(current_setting('app.user_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON users TO app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY purge_access ON users FOR SELECT TO app_purge USING (true);
--> statement-breakpoint
-- Applications and their files are immutable once submitted. UPDATE is refused
-- for everyone (including the table owner and superusers); DELETE only for the
-- purge role, which the retention engine and verified erasure requests use.
CREATE OR REPLACE FUNCTION refuse_change_to_submitted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_user = 'app_purge' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% on % refused: submitted data cannot be changed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refuse_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'TRUNCATE on % refused: rows leave only through the purge path', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER applications_immutable BEFORE UPDATE OR DELETE ON applications FOR EACH ROW EXECUTE FUNCTION refuse_change_to_submitted();
--> statement-breakpoint
CREATE TRIGGER applications_no_truncate BEFORE TRUNCATE ON applications FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
--> statement-breakpoint
CREATE TRIGGER application_files_immutable BEFORE UPDATE OR DELETE ON application_files FOR EACH ROW EXECUTE FUNCTION refuse_change_to_submitted();
--> statement-breakpoint
CREATE TRIGGER application_files_no_truncate BEFORE TRUNCATE ON application_files FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
--> statement-breakpoint
CREATE TRIGGER access_log_immutable BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION refuse_change_to_submitted();
--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_change_to_submitted();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
