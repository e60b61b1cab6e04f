-- a unit's report goes to that unit's recipients: its copies are keyed by a checksum of
-- the workbook's content and the unit's folder (CHECKSUM), name the unit (UNIT) and the
-- workbook content they come from (SOURCE_CHECKSUM), so that the run summary lists them
-- with the workbook's own copies; both are null for the client's report
ALTER TABLE GR_DELIVERY ADD COLUMN IF NOT EXISTS UNIT VARCHAR(1000);
ALTER TABLE GR_DELIVERY ADD COLUMN IF NOT EXISTS SOURCE_CHECKSUM VARCHAR(64);
