alter table "public"."nova_problems" drop column "scoring_criteria";


