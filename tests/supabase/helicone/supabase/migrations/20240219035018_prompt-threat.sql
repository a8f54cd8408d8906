
alter table "public"."request" add column "threat" boolean default null;
