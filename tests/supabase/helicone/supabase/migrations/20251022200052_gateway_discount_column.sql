alter table "public"."organization" add column "gateway_discount_enabled" boolean not null default false;
