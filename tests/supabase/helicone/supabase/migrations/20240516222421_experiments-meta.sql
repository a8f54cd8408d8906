alter table "public"."experiment_dataset_v2" add column "meta" jsonb;


