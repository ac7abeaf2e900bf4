ALTER TABLE "audit_log" ADD COLUMN "purpose" text DEFAULT nullif(current_setting('app.purpose', true), '');--> statement-breakpoint
-- The system door is for platform work that belongs to no tenant (sign-in, sign-up,
-- invitations, email delivery, rate limits). It never needs a candidate's application,
-- so the role loses every right on candidates' data: even a bug in a system path
-- cannot read one. Tenant members reach it through the tenant door (RLS), erasure
-- through the purge role.
REVOKE ALL ON applications, application_files, application_notes, application_ratings, application_stage_events, application_stages, access_log FROM app_system;
--> statement-breakpoint
DROP POLICY IF EXISTS system_access ON applications;
--> statement-breakpoint
DROP POLICY IF EXISTS system_access ON application_files;
--> statement-breakpoint
DROP POLICY IF EXISTS system_access ON application_notes;
--> statement-breakpoint
DROP POLICY IF EXISTS system_access ON application_ratings;
--> statement-breakpoint
DROP POLICY IF EXISTS system_access ON application_stage_events;
--> statement-breakpoint
DROP POLICY IF EXISTS system_access ON application_stages;
--> statement-breakpoint
DROP POLICY IF EXISTS system_access ON access_log;
