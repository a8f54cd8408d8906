ALTER TABLE alert
ADD COLUMN minimum_request_count BIGINT DEFAULT 0;