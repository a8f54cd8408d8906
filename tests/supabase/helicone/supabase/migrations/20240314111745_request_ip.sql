alter table "public"."request" add column "request_ip" text default null;
