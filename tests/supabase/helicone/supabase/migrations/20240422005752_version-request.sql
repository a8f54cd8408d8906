alter table "public"."request" add column "version" integer not null default 0;


