-- Visitor statistics (issue 14, part 4): one row per page request with exactly what the privacy page names —
-- address, country, path, time, browser and OS (family and major version) — and a bot flag. Platform data, no
-- tenant_id. Written only through the system door's 'visit-log' purpose (lib/analytics/visits.ts), which may
-- insert and read (statistics, the dev-only /api/dev/visits) but never change or delete a visit; the tenant role
-- (app_runtime) has no right on it at all. Full addresses are shortened
-- to their network (/24 IPv4, /48 IPv6) after 30 days by shorten_visit_ips below, a definer owned by app_purge
-- that holds the period itself: nobody can ask it to shorten younger rows, or to change anything else.
CREATE TABLE "page_views" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ip" inet,
	"country" text,
	"path" text NOT NULL,
	"viewed_at" timestamp with time zone NOT NULL,
	"browser" text,
	"os" text,
	"is_bot" boolean NOT NULL,
	CONSTRAINT "page_views_country_alpha2" CHECK ("page_views"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "page_views_path_short" CHECK (length("page_views"."path") between 1 and 512 and "page_views"."path" like '/%' and position('?' in "page_views"."path") = 0),
	CONSTRAINT "page_views_labels_short" CHECK (length("page_views"."browser") <= 64 and length("page_views"."os") <= 64)
);
--> statement-breakpoint
CREATE INDEX "page_views_viewed_at_idx" ON "page_views" USING btree ("viewed_at");
--> statement-breakpoint
-- The rows still holding a full address: small (30 days' worth), so shortening never walks the whole history.
CREATE INDEX "page_views_full_ip_idx" ON "page_views" USING btree ("viewed_at") WHERE (family(ip) = 4 AND masklen(ip) = 32) OR (family(ip) = 6 AND masklen(ip) = 128);
--> statement-breakpoint
ALTER TABLE "page_views" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "page_views" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE ALL ON "page_views" FROM PUBLIC;
--> statement-breakpoint
GRANT SELECT, INSERT ON "page_views" TO app_system;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE "page_views_id_seq" TO app_system;
--> statement-breakpoint
CREATE POLICY visit_log_insert ON "page_views" FOR INSERT TO app_system WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY visit_log_read ON "page_views" FOR SELECT TO app_system USING (true);
--> statement-breakpoint
-- 0001 gave app_purge SELECT on every table of its time; this one gets only what shortening needs.
GRANT SELECT, UPDATE (ip) ON "page_views" TO app_purge;
--> statement-breakpoint
CREATE POLICY shorten_read ON "page_views" FOR SELECT TO app_purge USING (true);
--> statement-breakpoint
CREATE POLICY shorten_write ON "page_views" FOR UPDATE TO app_purge USING (true) WITH CHECK (true);
--> statement-breakpoint
-- Whoever updates a row (even the owner) may only shorten its address to a network that contains it.
CREATE FUNCTION public.page_views_only_shorten() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.country IS DISTINCT FROM OLD.country OR NEW.path IS DISTINCT FROM OLD.path
     OR NEW.viewed_at IS DISTINCT FROM OLD.viewed_at OR NEW.browser IS DISTINCT FROM OLD.browser OR NEW.os IS DISTINCT FROM OLD.os
     OR NEW.is_bot IS DISTINCT FROM OLD.is_bot
     OR NEW.ip IS NULL OR OLD.ip IS NULL OR NOT (OLD.ip <<= NEW.ip) OR masklen(NEW.ip) >= masklen(OLD.ip) THEN
    RAISE EXCEPTION 'page_views: a visit can only have its address shortened' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER page_views_only_shorten BEFORE UPDATE ON "page_views" FOR EACH ROW EXECUTE FUNCTION public.page_views_only_shorten();
--> statement-breakpoint
CREATE FUNCTION public.shorten_visit_ips(p_limit integer DEFAULT 5000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_count integer;
BEGIN
  UPDATE public.page_views
     SET ip = network(set_masklen(ip, CASE WHEN family(ip) = 4 THEN 24 ELSE 48 END))::inet
   WHERE id IN (
     SELECT id FROM public.page_views
      WHERE ((family(ip) = 4 AND masklen(ip) = 32) OR (family(ip) = 6 AND masklen(ip) = 128))
        AND viewed_at < now() - interval '30 days'
      ORDER BY viewed_at
      LIMIT greatest(1, least(p_limit, 50000)));
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.shorten_visit_ips(integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.shorten_visit_ips(integer) TO app_system;
--> statement-breakpoint
ALTER FUNCTION public.shorten_visit_ips(integer) OWNER TO app_purge;
