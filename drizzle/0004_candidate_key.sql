DROP INDEX "applications_tenant_email_idx";--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "email_key" text GENERATED ALWAYS AS (lower(email)) STORED;--> statement-breakpoint
CREATE INDEX "applications_candidate_idx" ON "applications" USING btree ("tenant_id","job_id","email_key","submitted_at","id");