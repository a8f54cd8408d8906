alter table "public"."nova_sessions" add column "highest_score" real;


