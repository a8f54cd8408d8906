alter table "public"."meet_together_plans" add column "where_to_meet" boolean not null default false;


