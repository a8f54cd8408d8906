alter table "public"."evaluator" add column "last_mile_config" jsonb;
