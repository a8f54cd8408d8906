alter table "public"."workspace_users" add column "avatar_url" text;


