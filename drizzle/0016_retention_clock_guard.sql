-- M1/H2 (security review 2026-12): purge_expired_applications (0013) trusts jobs.filled_at, which app_runtime can
-- write. Without this guard, SQL on the app's connection could backdate a job's filled date (or fill it "a year
-- ago") and have the retention purge erase its applications at once. Now, for every role but the table owner
-- (migrations, operators; superusers too): a filled date is set only to about now, never changes once set, and a
-- filled job stays filled or archived. The app's own moves (lib/jobs/jobs.ts moveJob) already keep to this.
CREATE FUNCTION public.guard_retention_clock() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID AND pg_catalog.pg_has_role(c.relowner, 'USAGE')) THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.filled_at IS NOT NULL THEN
    IF NEW.filled_at IS DISTINCT FROM OLD.filled_at OR NEW.status NOT IN ('filled', 'archived') THEN
      RAISE EXCEPTION 'refused: a filled job keeps its filled date and stays filled or archived'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  -- An hour of leeway for the app server's clock.
  IF NEW.filled_at IS NOT NULL AND NEW.filled_at < now() - interval '1 hour' THEN
    RAISE EXCEPTION 'refused: a filled date is today''s, never one in the past'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER jobs_retention_clock BEFORE INSERT OR UPDATE OF filled_at, status ON public.jobs FOR EACH ROW EXECUTE FUNCTION public.guard_retention_clock();
