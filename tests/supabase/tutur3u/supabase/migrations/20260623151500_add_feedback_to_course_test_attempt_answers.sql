alter table "public"."course_test_attempt_answers" add column "feedback" text;
