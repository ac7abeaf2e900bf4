CREATE TABLE "revoked_sessions" (
	"sid" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "revoked_sessions_expires_idx" ON "revoked_sessions" USING btree ("expires_at");--> statement-breakpoint
-- Only the system door reads and writes it (lib/auth/session checkClaims, lib/auth/account endSession);
-- it belongs to no tenant, so no row-level policy: the tenant and purge roles get no rights at all.
GRANT SELECT, INSERT, DELETE ON revoked_sessions TO app_system;
