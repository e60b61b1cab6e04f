-- a report with units lists every unit's files too (50 units: about 100 paths), more than
-- 4000 characters
ALTER TABLE GR_REPORTED_WORKBOOK ALTER COLUMN FILES SET DATA TYPE VARCHAR(1000000);
