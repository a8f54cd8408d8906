alter table "public"."workspace_documents" add column "is_public" boolean not null default false;


