alter table "public"."experiment_v2" add column "meta" jsonb;


