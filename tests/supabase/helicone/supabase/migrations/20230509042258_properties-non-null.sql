alter table "public"."properties" alter column "created_at" set not null;

alter table "public"."properties" alter column "key" set not null;

alter table "public"."properties" alter column "value" set not null;


