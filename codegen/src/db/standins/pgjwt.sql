CREATE FUNCTION @schema@.url_encode(data bytea) RETURNS text LANGUAGE sql IMMUTABLE AS $f$ SELECT translate(encode(data, 'base64'), E'+/=\n', '-_') $f$;
CREATE FUNCTION @schema@.url_decode(data text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $f$ SELECT decode(translate(data, '-_', '+/') || repeat('=', (4 - length(data) % 4) % 4), 'base64') $f$;
CREATE FUNCTION @schema@.sign(payload json, secret text, algorithm text DEFAULT 'HS256') RETURNS text LANGUAGE sql IMMUTABLE AS $f$ SELECT ''::text $f$;
CREATE FUNCTION @schema@.verify(token text, secret text, algorithm text DEFAULT 'HS256') RETURNS TABLE(header json, payload json, valid boolean) LANGUAGE sql IMMUTABLE AS $f$ SELECT NULL::json, NULL::json, false $f$;
