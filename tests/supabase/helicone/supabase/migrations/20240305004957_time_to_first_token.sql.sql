ALTER TABLE response
ADD COLUMN time_to_first_token integer;