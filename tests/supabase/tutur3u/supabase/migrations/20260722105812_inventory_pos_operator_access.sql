ALTER TYPE public.workspace_role_permission
ADD VALUE IF NOT EXISTS 'initiate_pos_checkout';
