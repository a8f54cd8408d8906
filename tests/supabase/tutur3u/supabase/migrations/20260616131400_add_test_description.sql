alter table "public"."course_tests" add column "description" text;
