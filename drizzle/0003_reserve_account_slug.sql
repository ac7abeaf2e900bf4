-- /dashboard/account/... is the signed-in person's own account area, so no
-- employer may take the slug "account" (it would be unreachable).
ALTER TABLE tenants ADD CONSTRAINT tenants_slug_not_reserved CHECK (slug <> 'account');
