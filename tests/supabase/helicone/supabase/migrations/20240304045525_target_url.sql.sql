alter table "public"."request"
add column "target_url" text default null;