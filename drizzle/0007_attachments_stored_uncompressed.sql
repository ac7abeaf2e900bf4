-- Attachments are PDF, DOCX or ODT: formats that are compressed already (flate
-- streams, zip). Postgres would still try pglz on every 200 KB insert and seldom
-- gain; out-of-line storage without that attempt stores a CV ~25 % faster
-- (npm run bench -- submit). Rows already stored keep their form.
ALTER TABLE "application_files" ALTER COLUMN "content" SET STORAGE EXTERNAL;
