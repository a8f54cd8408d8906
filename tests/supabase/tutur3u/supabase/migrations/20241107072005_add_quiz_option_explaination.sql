alter table "public"."quiz_options" add column "explaination" text;


