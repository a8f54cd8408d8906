ALTER TYPE "public"."workspace_role_permission"
ADD VALUE IF NOT EXISTS 'change_finance_wallets';
