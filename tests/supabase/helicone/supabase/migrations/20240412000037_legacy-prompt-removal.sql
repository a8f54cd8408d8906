drop materialized view if exists "public"."materialized_response_and_request";

drop view if exists "public"."response_and_request_rbac";

drop view if exists "public"."metrics_rbac";

drop view if exists "public"."model_metrics";

drop view if exists "public"."user_metrics_rbac";

drop view if exists "public"."request_cache_rbac";

drop view if exists "public"."request_rbac";

drop view if exists "public"."response_rbac";
