CREATE FUNCTION graphql.resolve(query text, variables jsonb DEFAULT '{}', "operationName" text DEFAULT NULL, extensions jsonb DEFAULT NULL)
  RETURNS jsonb LANGUAGE sql AS $f$ SELECT '{"errors": [{"message": "pg_graphql is a codegen stand-in here"}]}'::jsonb $f$;
CREATE FUNCTION graphql.comment_directive(comment_ text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $f$ SELECT NULL::jsonb $f$;
