alter table "public"."sent_emails" alter column "ws_id" set not null;


