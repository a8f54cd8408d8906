drop trigger if exists "update_handle_trigger" on "public"."users";
drop function if exists "public"."update_handle"();