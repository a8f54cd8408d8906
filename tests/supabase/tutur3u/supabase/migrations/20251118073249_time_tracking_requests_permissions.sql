ALTER TYPE "workspace_role_permission" ADD VALUE IF NOT EXISTS 'manage_time_tracking_requests';

ALTER TYPE "workspace_role_permission" ADD VALUE IF NOT EXISTS 'bypass_time_tracking_request_approval';

