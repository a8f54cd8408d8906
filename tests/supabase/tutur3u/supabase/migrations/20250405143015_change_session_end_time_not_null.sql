alter table "public"."nova_sessions" alter column "end_time" drop not null;


