alter table "public"."organization" add column "referral" text;

alter table "public"."organization" add column "size" text;


