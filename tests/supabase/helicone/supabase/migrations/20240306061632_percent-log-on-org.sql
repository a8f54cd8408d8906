alter table "public"."organization" add column "percent_to_log" integer DEFAULT 100000;
