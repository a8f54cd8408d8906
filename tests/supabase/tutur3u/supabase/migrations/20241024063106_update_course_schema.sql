alter table "public"."workspace_courses" add column "extra_content" jsonb;

alter table "public"."workspace_courses" add column "objectives" jsonb;


