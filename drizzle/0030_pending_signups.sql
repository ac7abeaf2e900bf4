CREATE TABLE "pending_signups" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"company_name" text NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "pending_signups_email_key" ON "pending_signups" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "pending_signups_expires_idx" ON "pending_signups" USING btree ("expires_at");--> statement-breakpoint
-- Only the sign-up door reads and writes pending sign-ups; the tenant door
-- (app_runtime) and the purge role get nothing. Grants in 0001 covered the
-- tables of that time only, so this one is granted here.
GRANT SELECT, INSERT, UPDATE, DELETE ON pending_signups TO app_system;
