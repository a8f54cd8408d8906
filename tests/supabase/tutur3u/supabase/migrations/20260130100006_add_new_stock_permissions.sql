ALTER TYPE "workspace_role_permission" ADD VALUE IF NOT EXISTS 'view_stock_quantity';

ALTER TYPE "workspace_role_permission" ADD VALUE IF NOT EXISTS 'update_stock_quantity';
