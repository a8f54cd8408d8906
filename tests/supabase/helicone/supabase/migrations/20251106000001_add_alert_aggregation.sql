ALTER TABLE alert ADD COLUMN aggregation TEXT;
