ALTER TYPE "public"."external_project_adapter_kind"
ADD VALUE IF NOT EXISTS 'shiraoki';
