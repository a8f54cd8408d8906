CREATE FUNCTION @schema@.json_matches_schema(schema json, instance json) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS 'SELECT true';
CREATE FUNCTION @schema@.jsonb_matches_schema(schema json, instance jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS 'SELECT true';
CREATE FUNCTION @schema@.jsonschema_is_valid(schema json) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS 'SELECT true';
