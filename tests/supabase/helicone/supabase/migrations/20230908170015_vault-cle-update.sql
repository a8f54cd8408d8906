ALTER TABLE provider_keys
ADD COLUMN provider_key TEXT NOT NULL;