-- L2 (security review 2026-12): inside its own tenant the runtime role could read every co-member's password
-- hash, TOTP secret and recovery codes, set is_staff on itself, add anyone to the tenant, promote itself, forge
-- platform-level audit rows and write access-log lines, notes and ratings in another member's name.
-- What tenant transactions read from users is id, name and email (lib/tenancy/team.ts, lib/pipeline/*); account
-- changes run as app_system (lib/auth/*).
REVOKE SELECT, UPDATE ON public.users FROM app_runtime;
--> statement-breakpoint
GRANT SELECT (id, email, name) ON public.users TO app_runtime;
--> statement-breakpoint
-- recovery_codes and password_reset_tokens were never granted to app_runtime; say so explicitly.
REVOKE ALL ON public.recovery_codes, public.password_reset_tokens FROM app_runtime;
--> statement-breakpoint
-- Members arrive through invitations and sign-up (app_system); removal and role changes through
-- remove_member and change_member_role (drizzle/0014).
REVOKE INSERT, UPDATE, DELETE ON public.memberships FROM app_runtime;
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.access_log
  WITH CHECK (tenant_id = (SELECT public.door_tenant()) AND user_id = (SELECT public.door_user()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.application_notes
  WITH CHECK (tenant_id = (SELECT public.door_tenant()) AND author_user_id = (SELECT public.door_user()));
--> statement-breakpoint
ALTER POLICY tenant_isolation ON public.application_ratings
  WITH CHECK (tenant_id = (SELECT public.door_tenant()) AND user_id = (SELECT public.door_user()));
--> statement-breakpoint
-- Platform-level (null-tenant) audit rows come only from app_system (lib/auth/audit.ts writeAudit).
ALTER POLICY tenant_write ON public.audit_log WITH CHECK (tenant_id = (SELECT public.door_tenant()));
