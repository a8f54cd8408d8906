alter table "public"."organization" add column "domain" text;
