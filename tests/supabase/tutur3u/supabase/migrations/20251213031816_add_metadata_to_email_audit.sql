alter table "public"."email_audit" add column "metadata" jsonb;
