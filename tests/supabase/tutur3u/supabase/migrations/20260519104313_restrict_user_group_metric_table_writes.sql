revoke insert, update, delete on table "public"."user_group_metrics" from "authenticated";
revoke insert, update, delete on table "public"."user_group_metric_categories" from "authenticated";
revoke insert, update, delete on table "public"."user_group_metric_category_links" from "authenticated";
