alter table "public"."organization" add column "has_onboarded" boolean not null default false;


