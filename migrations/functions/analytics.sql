-- Functions: analytics
-- Description: Usage rollups and activity queries over the analytics tables.
--   Re-applied after every `codegen migrate up` (CREATE OR REPLACE only).

-- rollup_daily_usage(day): (re)computes daily_usage for one UTC day from
-- events and agent run costs; returns the number of users rolled up.
CREATE OR REPLACE FUNCTION public.rollup_daily_usage(p_day date DEFAULT (now() AT TIME ZONE 'UTC')::date)
  RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = ''
AS $$
DECLARE
  n integer;
BEGIN
  INSERT INTO public.daily_usage AS u (user_id, day, events_count, tokens_used, cost)
  SELECT e.user_id, p_day, count(*)::integer,
         coalesce(sum((e.properties ->> 'tokens')::bigint), 0),
         coalesce(sum((e.properties ->> 'cost')::numeric), 0)::numeric(12,2)
    FROM public.events e
   WHERE e.user_id IS NOT NULL
     AND e.occurred_at >= p_day::timestamp AT TIME ZONE 'UTC'
     AND e.occurred_at < (p_day + 1)::timestamp AT TIME ZONE 'UTC'
   GROUP BY e.user_id
  ON CONFLICT (user_id, day) DO UPDATE
    SET events_count = EXCLUDED.events_count,
        tokens_used = EXCLUDED.tokens_used,
        cost = EXCLUDED.cost;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$;
COMMENT ON FUNCTION public.rollup_daily_usage(date) IS 'Recomputes daily_usage for one UTC day; returns the users rolled up';
REVOKE EXECUTE ON FUNCTION public.rollup_daily_usage(date) FROM PUBLIC, anon, authenticated;

-- project_activity(project, days): events per day for a project the caller
-- may read (RLS applies: SECURITY INVOKER).
CREATE OR REPLACE FUNCTION public.project_activity(p_project uuid, p_days integer DEFAULT 30)
  RETURNS TABLE (day date, events bigint, active_users bigint)
  LANGUAGE sql STABLE
AS $$
  SELECT (e.occurred_at AT TIME ZONE 'UTC')::date, count(*), count(DISTINCT e.user_id)
    FROM public.events e
   WHERE e.project_id = p_project
     AND e.occurred_at >= now() - make_interval(days => p_days)
   GROUP BY 1
   ORDER BY 1
$$;
COMMENT ON FUNCTION public.project_activity(uuid, integer) IS 'Events and active users per day for one project over the last p_days days';

-- refresh_daily_activity(): refreshes the materialized view behind the
-- monitoring dashboards (concurrently once it has data).
CREATE OR REPLACE FUNCTION public.refresh_daily_activity()
  RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = ''
AS $$
BEGIN
  IF (SELECT relispopulated FROM pg_catalog.pg_class WHERE oid = 'public.daily_activity'::regclass) THEN
    REFRESH MATERIALIZED VIEW CONCURRENTLY public.daily_activity;
  ELSE
    REFRESH MATERIALIZED VIEW public.daily_activity;
  END IF;
END
$$;
COMMENT ON FUNCTION public.refresh_daily_activity() IS 'Refreshes public.daily_activity';
REVOKE EXECUTE ON FUNCTION public.refresh_daily_activity() FROM PUBLIC, anon, authenticated;
