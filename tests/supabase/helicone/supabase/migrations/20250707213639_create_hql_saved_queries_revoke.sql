revoke all on table "public"."saved_queries" from anon, authenticated, public;
