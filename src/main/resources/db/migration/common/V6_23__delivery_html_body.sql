-- a copy's HTML body (page 1 of its report as simple HTML), worded when the report was
-- written so that a copy sent again after a crash has the same words; null for copies
-- queued before this column, which go with their plain words as HTML
ALTER TABLE GR_DELIVERY ADD COLUMN IF NOT EXISTS HTML_BODY VARCHAR(200000);
