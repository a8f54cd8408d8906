-- Migration: 008_monitoring
-- Description: System metrics, error logs, health checks, audit log and a per-day activity view
-- Author: AI Guided SaaS Team
-- Date: 2025-07-26

BEGIN;

DO $$
BEGIN
  IF to_regtype('public.log_level') IS NULL THEN
    CREATE TYPE public.log_level AS ENUM ('debug', 'info', 'warning', 'error', 'fatal');
  END IF;
  IF to_regtype('public.health_status') IS NULL THEN
    CREATE TYPE public.health_status AS ENUM ('ok', 'degraded', 'down');
  END IF;
END
$$;

CREATE TABLE IF NOT EXISTS public.system_metrics (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name varchar(100) NOT NULL,
  value double precision NOT NULL,
  labels jsonb NOT NULL DEFAULT '{}',
  recorded_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.system_metrics IS 'Numeric time series from the platform (admins only)';
CREATE INDEX IF NOT EXISTS idx_system_metrics_name_recorded ON public.system_metrics (name, recorded_at DESC);

CREATE TABLE IF NOT EXISTS public.error_logs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  level public.log_level NOT NULL DEFAULT 'error',
  message text NOT NULL,
  context jsonb NOT NULL DEFAULT '{}',
  user_id uuid REFERENCES public.users (id) ON DELETE SET NULL,
  request_id uuid,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz
);
COMMENT ON TABLE public.error_logs IS 'Application errors; users see the ones they caused';
CREATE INDEX IF NOT EXISTS idx_error_logs_user_id ON public.error_logs (user_id);
CREATE INDEX IF NOT EXISTS idx_error_logs_unresolved ON public.error_logs (occurred_at DESC) WHERE resolved_at IS NULL;

CREATE TABLE IF NOT EXISTS public.health_checks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service varchar(60) NOT NULL,
  status public.health_status NOT NULL,
  latency_ms integer CONSTRAINT health_checks_latency_nonnegative CHECK (latency_ms >= 0),
  details jsonb,
  checked_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.health_checks IS 'Results of periodic service health probes';
CREATE INDEX IF NOT EXISTS idx_health_checks_service_checked ON public.health_checks (service, checked_at DESC);

CREATE TABLE IF NOT EXISTS public.audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_id uuid REFERENCES public.users (id) ON DELETE SET NULL,
  action varchar(60) NOT NULL,
  table_name text NOT NULL,
  record_id text,
  old_data jsonb,
  new_data jsonb,
  client_ip inet,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.audit_log IS 'Who changed what, for compliance (admins only)';
CREATE INDEX IF NOT EXISTS idx_audit_log_actor_id ON public.audit_log (actor_id);
CREATE INDEX IF NOT EXISTS idx_audit_log_table_record ON public.audit_log (table_name, record_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS public.daily_activity AS
  SELECT (e.occurred_at AT TIME ZONE 'UTC')::date AS day,
         e.project_id,
         count(*) AS events,
         count(DISTINCT e.user_id) AS active_users
    FROM public.events e
   GROUP BY 1, 2
  WITH NO DATA;
COMMENT ON MATERIALIZED VIEW public.daily_activity IS 'Events and active users per project and UTC day; refreshed by refresh_daily_activity()';
CREATE UNIQUE INDEX IF NOT EXISTS daily_activity_day_project_key ON public.daily_activity (day, project_id);
REVOKE ALL ON public.daily_activity FROM anon, authenticated;

ALTER TABLE public.system_metrics ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.error_logs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.health_checks ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.audit_log ENABLE ROW LEVEL SECURITY;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'system_metrics' AND policyname = 'Admins view metrics') THEN
    CREATE POLICY "Admins view metrics" ON public.system_metrics FOR SELECT TO authenticated
      USING ((SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'error_logs' AND policyname = 'Users view own errors') THEN
    CREATE POLICY "Users view own errors" ON public.error_logs FOR SELECT TO authenticated
      USING (user_id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'error_logs' AND policyname = 'Admins resolve errors') THEN
    CREATE POLICY "Admins resolve errors" ON public.error_logs FOR UPDATE TO authenticated
      USING ((SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'health_checks' AND policyname = 'Admins view health checks') THEN
    CREATE POLICY "Admins view health checks" ON public.health_checks FOR SELECT TO authenticated
      USING ((SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'audit_log' AND policyname = 'Admins view the audit log') THEN
    CREATE POLICY "Admins view the audit log" ON public.audit_log FOR SELECT TO authenticated
      USING ((SELECT public.is_admin()));
  END IF;
END
$$;

COMMIT;

-- Rollback:
-- DROP MATERIALIZED VIEW IF EXISTS public.daily_activity;
-- DROP TABLE IF EXISTS public.audit_log, public.health_checks, public.error_logs, public.system_metrics CASCADE;
-- DROP TYPE IF EXISTS public.health_status, public.log_level;
