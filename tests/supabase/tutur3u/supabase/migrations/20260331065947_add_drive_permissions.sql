ALTER TYPE "public"."workspace_role_permission" ADD VALUE IF NOT EXISTS 'manage_drive_tasks_directory';

ALTER TYPE "public"."workspace_role_permission" ADD VALUE IF NOT EXISTS 'view_drive';
