alter table "public"."workspace_calendar_events" add column "location" text;


