-- Issue 15: one tenant per Norwegian organisation number. Nine digits with the
-- mod-11 check digit (lib/tenancy/org-number.ts holds the same rule). Tenants from
-- before sign-up asked for it keep null (unique ignores nulls); every new sign-up has one.
ALTER TABLE tenants ADD COLUMN org_number text;
--> statement-breakpoint
ALTER TABLE tenants ADD CONSTRAINT tenants_org_number_valid CHECK (
  org_number IS NULL OR CASE WHEN org_number ~ '^[0-9]{9}$' THEN
    (3 * substr(org_number, 1, 1)::int + 2 * substr(org_number, 2, 1)::int + 7 * substr(org_number, 3, 1)::int
   + 6 * substr(org_number, 4, 1)::int + 5 * substr(org_number, 5, 1)::int + 4 * substr(org_number, 6, 1)::int
   + 3 * substr(org_number, 7, 1)::int + 2 * substr(org_number, 8, 1)::int + substr(org_number, 9, 1)::int) % 11 = 0
  ELSE false END
);
--> statement-breakpoint
CREATE UNIQUE INDEX tenants_org_number_key ON tenants (org_number);
--> statement-breakpoint
-- Kept on the pending sign-up until the email is proved; not unique there (a pending
-- sign-up holds neither the slug nor the number). Null only for sign-ups started before this.
ALTER TABLE pending_signups ADD COLUMN org_number text;
--> statement-breakpoint
ALTER TABLE pending_signups ADD CONSTRAINT pending_signups_org_number_shape CHECK (org_number ~ '^[0-9]{9}$');
