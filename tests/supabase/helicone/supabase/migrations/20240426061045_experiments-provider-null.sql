alter table "public"."experiment_v2_hypothesis" alter column "provider_key" drop not null;


