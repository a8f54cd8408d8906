alter table "public"."workspace_calendar_events" add column "priority" text;


