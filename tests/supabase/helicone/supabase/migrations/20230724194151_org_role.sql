alter table "public"."organization_member" add column "org_role" text not null default 'member'::text;


