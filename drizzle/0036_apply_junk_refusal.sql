-- M6/L7 (security review 2026-12): the idempotency key belongs to one job, and it is bound to what was sent.
-- A key reused for another job of the same tenant used to be swallowed by ON CONFLICT on (tenant_id, key);
-- now the same key on another job is another application, and the same key on the same job with other
-- content is refused as a conflict by lib/applications/store.ts (comparing submission_hash).
-- Rows stored before this migration have no hash: a retry of one of those still gets its first receipt.
ALTER TABLE public.applications ADD COLUMN submission_hash text;--> statement-breakpoint
ALTER TABLE public.applications ADD CONSTRAINT applications_submission_hash_shape CHECK (submission_hash IS NULL OR submission_hash ~ '^[0-9a-f]{64}$');--> statement-breakpoint
DROP INDEX IF EXISTS public.applications_idempotency_key;--> statement-breakpoint
CREATE UNIQUE INDEX applications_idempotency_key ON public.applications USING btree (tenant_id, job_id, idempotency_key);--> statement-breakpoint
-- The language decides which texts the email worker renders; anything else than nb or en broke it.
ALTER TABLE public.applications ADD CONSTRAINT applications_language_known CHECK (language IN ('nb', 'en'));--> statement-breakpoint
ALTER TABLE public.outbox ADD CONSTRAINT outbox_language_known CHECK (language IN ('nb', 'en'));
