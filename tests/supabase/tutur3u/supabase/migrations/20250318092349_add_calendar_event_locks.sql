alter table "public"."workspace_calendar_events" add column "locked" boolean not null default true;


