alter table "public"."ai_chats" add column "pinned" boolean not null default false;


