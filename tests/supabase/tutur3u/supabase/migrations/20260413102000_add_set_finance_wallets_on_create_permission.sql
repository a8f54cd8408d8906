ALTER TYPE "public"."workspace_role_permission"
ADD VALUE IF NOT EXISTS 'set_finance_wallets_on_create';
