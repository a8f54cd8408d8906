ALTER TABLE public.organization
ADD COLUMN stripe_subscription_item_id text;