ALTER TYPE "public"."workspace_role_permission"
ADD VALUE IF NOT EXISTS 'manage_mobile_deployment_vault';
