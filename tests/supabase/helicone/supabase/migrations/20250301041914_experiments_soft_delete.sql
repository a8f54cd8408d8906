alter table "public"."experiment_v3" add column "soft_delete" boolean not null default false;
