ALTER TABLE organization
ADD COLUMN request_limit INTEGER;