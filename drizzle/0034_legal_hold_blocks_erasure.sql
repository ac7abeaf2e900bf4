-- A legal hold (drizzle/0031) stops every deletion of what it covers, not only the retention purge: an owner's
-- "delete now" and a candidate's own erasure too. The retention purge and the portal already leave held rows out;
-- this trigger makes it a rule of the table, so no path that reaches DELETE can forget it. The refusal names the
-- hold's end date; the app shows it in the user's language.
CREATE FUNCTION public.refuse_erasure_under_hold() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_until date;
BEGIN
  SELECT max(h.held_until) INTO v_until
    FROM public.legal_holds h
   WHERE h.tenant_id = OLD.tenant_id
     AND h.released_at IS NULL
     AND h.held_until >= (now() AT TIME ZONE 'Europe/Oslo')::date
     AND (h.application_id = OLD.id OR h.job_id = OLD.job_id);
  IF v_until IS NOT NULL THEN
    RAISE EXCEPTION 'seerecruit:on_hold: the application is under a legal hold until %', v_until
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END
$$;
--> statement-breakpoint
CREATE TRIGGER applications_legal_hold BEFORE DELETE ON public.applications FOR EACH ROW EXECUTE FUNCTION public.refuse_erasure_under_hold();
