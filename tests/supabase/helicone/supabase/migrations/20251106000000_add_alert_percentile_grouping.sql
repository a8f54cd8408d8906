ALTER TABLE alert ADD COLUMN percentile INTEGER;
ALTER TABLE alert ADD COLUMN grouping TEXT;
ALTER TABLE alert ADD COLUMN grouping_is_property BOOLEAN;

