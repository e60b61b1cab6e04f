-- each queued copy names the workbook it came from (its path in the input folder when it
-- was last reported or seen), client and wave: the delivery step sends every due copy,
-- also of a workbook no longer in the input, and the run summary lists it under that name
ALTER TABLE GR_DELIVERY ADD COLUMN IF NOT EXISTS WORKBOOK VARCHAR(2000);
ALTER TABLE GR_DELIVERY ADD COLUMN IF NOT EXISTS CLIENT VARCHAR(1000);
ALTER TABLE GR_DELIVERY ADD COLUMN IF NOT EXISTS WAVE VARCHAR(1000);
