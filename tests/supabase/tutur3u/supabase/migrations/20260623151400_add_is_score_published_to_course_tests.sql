alter table "public"."course_tests" add column "is_score_published" boolean not null default false;
