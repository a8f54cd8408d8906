alter table "public"."nova_challenges" add column "password_hash" text;

alter table "public"."nova_challenges" add column "password_salt" text;


