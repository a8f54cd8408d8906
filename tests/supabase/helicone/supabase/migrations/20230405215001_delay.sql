alter table "public"."response" add column "delay_ms" integer;


