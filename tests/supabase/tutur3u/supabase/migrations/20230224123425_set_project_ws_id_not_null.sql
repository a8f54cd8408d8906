alter table "public"."projects" alter column "ws_id" set not null;
