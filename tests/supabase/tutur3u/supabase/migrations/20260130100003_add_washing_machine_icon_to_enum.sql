-- Add 'WashingMachine' to workspace_board_icon enum
ALTER TYPE public.workspace_board_icon ADD VALUE IF NOT EXISTS 'WashingMachine';
