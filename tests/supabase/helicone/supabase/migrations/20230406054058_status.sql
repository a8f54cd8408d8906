alter table "public"."response" add column "status" smallint;
