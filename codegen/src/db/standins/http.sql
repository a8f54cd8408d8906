CREATE TYPE @schema@.http_header AS (field varchar, value varchar);
CREATE TYPE @schema@.http_response AS (status integer, content_type varchar, headers @schema@.http_header[], content varchar);
CREATE DOMAIN @schema@.http_method AS text;
CREATE TYPE @schema@.http_request AS (method @schema@.http_method, uri varchar, headers @schema@.http_header[], content_type varchar, content varchar);
CREATE FUNCTION @schema@.http(request @schema@.http_request) RETURNS @schema@.http_response LANGUAGE sql AS $f$ SELECT ROW(0, NULL, NULL, NULL)::@schema@.http_response $f$;
CREATE FUNCTION @schema@.http_get(uri varchar) RETURNS @schema@.http_response LANGUAGE sql AS $f$ SELECT ROW(0, NULL, NULL, NULL)::@schema@.http_response $f$;
CREATE FUNCTION @schema@.http_post(uri varchar, content varchar, content_type varchar) RETURNS @schema@.http_response LANGUAGE sql AS $f$ SELECT ROW(0, NULL, NULL, NULL)::@schema@.http_response $f$;
CREATE FUNCTION @schema@.http_delete(uri varchar) RETURNS @schema@.http_response LANGUAGE sql AS $f$ SELECT ROW(0, NULL, NULL, NULL)::@schema@.http_response $f$;
CREATE FUNCTION @schema@.http_header(field varchar, value varchar) RETURNS @schema@.http_header LANGUAGE sql AS $f$ SELECT ROW(field, value)::@schema@.http_header $f$;
