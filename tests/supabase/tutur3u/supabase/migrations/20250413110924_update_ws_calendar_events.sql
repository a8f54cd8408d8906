alter table "public"."workspace_calendar_events" add column "google_event_id" text;

