alter table "public"."meet_together_plans" add column "agenda_content" jsonb;


