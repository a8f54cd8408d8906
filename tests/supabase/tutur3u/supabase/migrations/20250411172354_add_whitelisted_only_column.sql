alter table "public"."nova_challenges" add column "whitelisted_only" boolean not null default false;


