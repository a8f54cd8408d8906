-- Migration: 007_agent_system
-- Description: Adds agent orchestration tables: agents, runs, tasks, messages, tool calls and costs
-- Author: AI Guided SaaS Team
-- Date: 2025-07-26

BEGIN;

DO $$
BEGIN
  IF to_regtype('public.run_status') IS NULL THEN
    CREATE TYPE public.run_status AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled');
  END IF;
  IF to_regtype('public.task_state') IS NULL THEN
    CREATE TYPE public.task_state AS ENUM ('pending', 'in_progress', 'blocked', 'done', 'failed');
  END IF;
  IF to_regtype('public.message_role') IS NULL THEN
    CREATE TYPE public.message_role AS ENUM ('system', 'user', 'assistant', 'tool');
  END IF;
  IF to_regtype('public.token_usage') IS NULL THEN
    CREATE TYPE public.token_usage AS (prompt_tokens integer, completion_tokens integer);
  END IF;
END
$$;
COMMENT ON TYPE public.token_usage IS 'Tokens consumed by one model call';

CREATE TABLE IF NOT EXISTS public.agents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES public.projects (id) ON DELETE CASCADE,
  owner_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  name varchar(120) NOT NULL,
  model text NOT NULL,
  system_prompt text,
  config jsonb NOT NULL DEFAULT '{}',
  temperature numeric(3,2) NOT NULL DEFAULT 0.7 CONSTRAINT agents_temperature_range CHECK (temperature BETWEEN 0 AND 2),
  capabilities text[] NOT NULL DEFAULT '{}',
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT agents_project_name_key UNIQUE (project_id, name)
);
COMMENT ON TABLE public.agents IS 'AI agents configured for a project';
CREATE INDEX IF NOT EXISTS idx_agents_owner_id ON public.agents (owner_id);

CREATE TABLE IF NOT EXISTS public.agent_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agent_id uuid NOT NULL REFERENCES public.agents (id) ON DELETE CASCADE,
  triggered_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
  status public.run_status NOT NULL DEFAULT 'queued',
  input jsonb NOT NULL DEFAULT '{}',
  output jsonb,
  error text,
  started_at timestamptz,
  finished_at timestamptz,
  duration interval GENERATED ALWAYS AS (finished_at - started_at) STORED,
  usage public.token_usage,
  cost_usd numeric(12,6) NOT NULL DEFAULT 0 CONSTRAINT agent_runs_cost_nonnegative CHECK (cost_usd >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT agent_runs_finished_after_start CHECK (finished_at IS NULL OR finished_at >= started_at)
);
COMMENT ON TABLE public.agent_runs IS 'One execution of an agent, with its cost';
COMMENT ON COLUMN public.agent_runs.duration IS 'Generated: finished_at - started_at';
CREATE INDEX IF NOT EXISTS idx_agent_runs_agent_created ON public.agent_runs (agent_id, created_at DESC);
CREATE INDEX IF NOT EXISTS idx_agent_runs_triggered_by ON public.agent_runs (triggered_by);
CREATE INDEX IF NOT EXISTS idx_agent_runs_active ON public.agent_runs (created_at) WHERE status IN ('queued', 'running');

CREATE TABLE IF NOT EXISTS public.agent_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_id uuid NOT NULL REFERENCES public.agent_runs (id) ON DELETE CASCADE,
  parent_task_id uuid REFERENCES public.agent_tasks (id) ON DELETE CASCADE,
  title text NOT NULL,
  state public.task_state NOT NULL DEFAULT 'pending',
  priority smallint NOT NULL DEFAULT 0,
  depends_on uuid[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.agent_tasks IS 'Steps an agent run plans and works through';
CREATE INDEX IF NOT EXISTS idx_agent_tasks_run_state ON public.agent_tasks (run_id, state);
CREATE INDEX IF NOT EXISTS idx_agent_tasks_parent_task_id ON public.agent_tasks (parent_task_id);

CREATE TABLE IF NOT EXISTS public.agent_messages (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id uuid NOT NULL REFERENCES public.agent_runs (id) ON DELETE CASCADE,
  role public.message_role NOT NULL,
  content text NOT NULL,
  tokens integer,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.agent_messages IS 'The conversation of an agent run';
CREATE INDEX IF NOT EXISTS idx_agent_messages_run_created ON public.agent_messages (run_id, created_at);

CREATE TABLE IF NOT EXISTS public.tool_calls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_id uuid NOT NULL REFERENCES public.agent_runs (id) ON DELETE CASCADE,
  message_id bigint REFERENCES public.agent_messages (id) ON DELETE SET NULL,
  tool_name varchar(100) NOT NULL,
  arguments jsonb NOT NULL DEFAULT '{}',
  result jsonb,
  succeeded boolean,
  latency interval,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.tool_calls IS 'Tools an agent called, with arguments and results';
CREATE INDEX IF NOT EXISTS idx_tool_calls_run_id ON public.tool_calls (run_id);
CREATE INDEX IF NOT EXISTS idx_tool_calls_message_id ON public.tool_calls (message_id);
CREATE INDEX IF NOT EXISTS idx_tool_calls_tool_name ON public.tool_calls (tool_name, created_at);

CREATE OR REPLACE FUNCTION public.can_read_run(run uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.agent_runs r JOIN public.agents a ON a.id = r.agent_id
     WHERE r.id = run AND (a.owner_id = (SELECT auth.uid()) OR r.triggered_by = (SELECT auth.uid()))
  )
$$;
COMMENT ON FUNCTION public.can_read_run(uuid) IS 'Whether the caller owns the run''s agent or triggered the run';

CREATE OR REPLACE TRIGGER agents_set_updated_at BEFORE UPDATE ON public.agents
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE OR REPLACE TRIGGER agent_tasks_set_updated_at BEFORE UPDATE ON public.agent_tasks
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

ALTER TABLE public.agents ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.agent_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.agent_tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.agent_messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.tool_calls ENABLE ROW LEVEL SECURITY;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'agents' AND policyname = 'Owners manage agents') THEN
    CREATE POLICY "Owners manage agents" ON public.agents FOR ALL TO authenticated
      USING (owner_id = (SELECT auth.uid()) OR (SELECT public.is_admin()))
      WITH CHECK (owner_id = (SELECT auth.uid()) AND public.owns_project(project_id));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'agent_runs' AND policyname = 'Owners view runs') THEN
    CREATE POLICY "Owners view runs" ON public.agent_runs FOR SELECT TO authenticated
      USING (public.can_read_run(id) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'agent_runs' AND policyname = 'Owners start runs') THEN
    CREATE POLICY "Owners start runs" ON public.agent_runs FOR INSERT TO authenticated
      WITH CHECK (triggered_by = (SELECT auth.uid())
                  AND EXISTS (SELECT 1 FROM public.agents a WHERE a.id = agent_id AND a.owner_id = (SELECT auth.uid())));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'agent_runs' AND policyname = 'Owners cancel runs') THEN
    CREATE POLICY "Owners cancel runs" ON public.agent_runs FOR UPDATE TO authenticated
      USING (public.can_read_run(id)) WITH CHECK (public.can_read_run(id));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'agent_tasks' AND policyname = 'Run readers view tasks') THEN
    CREATE POLICY "Run readers view tasks" ON public.agent_tasks FOR SELECT TO authenticated
      USING (public.can_read_run(run_id) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'agent_messages' AND policyname = 'Run readers view messages') THEN
    CREATE POLICY "Run readers view messages" ON public.agent_messages FOR SELECT TO authenticated
      USING (public.can_read_run(run_id) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'tool_calls' AND policyname = 'Run readers view tool calls') THEN
    CREATE POLICY "Run readers view tool calls" ON public.tool_calls FOR SELECT TO authenticated
      USING (public.can_read_run(run_id) OR (SELECT public.is_admin()));
  END IF;
END
$$;

COMMIT;

-- Rollback:
-- DROP TABLE IF EXISTS public.tool_calls, public.agent_messages, public.agent_tasks, public.agent_runs, public.agents CASCADE;
-- DROP FUNCTION IF EXISTS public.can_read_run(uuid);
-- DROP TYPE IF EXISTS public.token_usage, public.message_role, public.task_state, public.run_status;
