alter table "public"."organization" add column if not exists "playground_helicone" boolean not null default false;


