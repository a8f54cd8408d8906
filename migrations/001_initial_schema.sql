-- Migration: 001_initial_schema
-- Description: Core tables: users, organizations, memberships, projects and project settings
-- Author: AI Guided SaaS Team
-- Date: 2025-07-26

BEGIN;

-- Types ---------------------------------------------------------------------

DO $$
BEGIN
  IF to_regtype('public.user_role') IS NULL THEN
    CREATE TYPE public.user_role AS ENUM ('user', 'admin', 'master');
  END IF;
  IF to_regtype('public.membership_role') IS NULL THEN
    CREATE TYPE public.membership_role AS ENUM ('owner', 'admin', 'member', 'viewer');
  END IF;
  IF to_regtype('public.project_status') IS NULL THEN
    CREATE TYPE public.project_status AS ENUM ('draft', 'active', 'archived');
  END IF;
  IF to_regtype('public.email_address') IS NULL THEN
    CREATE DOMAIN public.email_address AS text
      CONSTRAINT email_address_format CHECK (VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$');
  END IF;
END
$$;

COMMENT ON TYPE public.user_role IS 'Platform-wide role; admin and master see every row';
COMMENT ON DOMAIN public.email_address IS 'An e-mail address (format checked, case kept)';

-- Tables --------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS public.users (
  id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
  email public.email_address NOT NULL,
  full_name varchar(120),
  role public.user_role NOT NULL DEFAULT 'user',
  avatar_url text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.users IS 'Application users, one per auth.users row';
COMMENT ON COLUMN public.users.role IS 'admin and master bypass ownership checks in RLS policies';
CREATE UNIQUE INDEX IF NOT EXISTS users_email_lower_key ON public.users (lower(email));

CREATE TABLE IF NOT EXISTS public.organizations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name varchar(120) NOT NULL,
  slug varchar(63) NOT NULL UNIQUE CONSTRAINT organizations_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
  owner_id uuid NOT NULL REFERENCES public.users (id) ON DELETE RESTRICT,
  plan text NOT NULL DEFAULT 'free' CONSTRAINT organizations_plan_check CHECK (plan IN ('free', 'pro', 'enterprise')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.organizations IS 'Tenants: a billing and sharing boundary';
CREATE INDEX IF NOT EXISTS idx_organizations_owner_id ON public.organizations (owner_id);

-- Owners manage memberships with one FOR ALL policy beside the SELECT one;
-- both apply to SELECT, on a small table: accepted.
-- lint: allow(multiple-permissive)
CREATE TABLE IF NOT EXISTS public.memberships (
  organization_id uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  role public.membership_role NOT NULL DEFAULT 'member',
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, user_id)
);
COMMENT ON TABLE public.memberships IS 'Who belongs to which organization, with what role';
CREATE INDEX IF NOT EXISTS idx_memberships_user_id ON public.memberships (user_id);

CREATE TABLE IF NOT EXISTS public.projects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  organization_id uuid REFERENCES public.organizations (id) ON DELETE SET NULL,
  name varchar(200) NOT NULL,
  description text,
  status public.project_status NOT NULL DEFAULT 'draft',
  tags text[] NOT NULL DEFAULT '{}',
  is_public boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.projects IS 'A user''s project, optionally shared with an organization';
COMMENT ON COLUMN public.projects.is_public IS 'Published: readable by anyone, anon included';
CREATE INDEX IF NOT EXISTS idx_projects_user_id ON public.projects (user_id);
CREATE INDEX IF NOT EXISTS idx_projects_organization_id ON public.projects (organization_id);
CREATE INDEX IF NOT EXISTS idx_projects_user_status ON public.projects (user_id, status);
CREATE INDEX IF NOT EXISTS idx_active_projects ON public.projects (user_id) WHERE status = 'active';

CREATE TABLE IF NOT EXISTS public.project_settings (
  project_id uuid PRIMARY KEY REFERENCES public.projects (id) ON DELETE CASCADE,
  settings jsonb NOT NULL DEFAULT '{}',
  ai_model text NOT NULL DEFAULT 'default',
  max_tokens integer CONSTRAINT project_settings_max_tokens_check CHECK (max_tokens > 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.project_settings IS 'Per-project settings (one row per project)';

-- Functions -----------------------------------------------------------------

CREATE OR REPLACE FUNCTION public.set_updated_at() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION public.set_updated_at() IS 'Trigger: keeps updated_at current';

CREATE OR REPLACE FUNCTION public.is_admin() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.users
     WHERE id = (SELECT auth.uid()) AND role IN ('admin', 'master')
  )
$$;
COMMENT ON FUNCTION public.is_admin() IS 'Whether the caller is an admin or master (reads users without RLS recursion)';

CREATE OR REPLACE FUNCTION public.is_org_member(org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.memberships
     WHERE organization_id = org AND user_id = (SELECT auth.uid())
  )
$$;
COMMENT ON FUNCTION public.is_org_member(uuid) IS 'Whether the caller belongs to the organization';

CREATE OR REPLACE FUNCTION public.owns_project(project uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.projects
     WHERE id = project AND user_id = (SELECT auth.uid())
  )
$$;
COMMENT ON FUNCTION public.owns_project(uuid) IS 'Whether the caller owns the project';

CREATE OR REPLACE FUNCTION public.can_read_project(project uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.projects p
     WHERE p.id = project
       AND (p.user_id = (SELECT auth.uid()) OR p.is_public
            OR (p.organization_id IS NOT NULL AND public.is_org_member(p.organization_id)))
  )
$$;
COMMENT ON FUNCTION public.can_read_project(uuid) IS 'Whether the caller may read the project (owner, organization member or published)';

CREATE OR REPLACE FUNCTION public.protect_user_role() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.role IS DISTINCT FROM OLD.role
     AND current_user IN ('anon', 'authenticated')
     AND NOT public.is_admin() THEN
    RAISE EXCEPTION 'only an admin can change a user''s role'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION public.protect_user_role() IS 'Trigger: users may edit their own row, but not promote themselves';

CREATE OR REPLACE TRIGGER users_protect_role BEFORE UPDATE OF role ON public.users
  FOR EACH ROW EXECUTE FUNCTION public.protect_user_role();
CREATE OR REPLACE TRIGGER users_set_updated_at BEFORE UPDATE ON public.users
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE OR REPLACE TRIGGER organizations_set_updated_at BEFORE UPDATE ON public.organizations
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE OR REPLACE TRIGGER projects_set_updated_at BEFORE UPDATE ON public.projects
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE OR REPLACE TRIGGER project_settings_set_updated_at BEFORE UPDATE ON public.project_settings
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- Row-level security --------------------------------------------------------

ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.project_settings ENABLE ROW LEVEL SECURITY;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'users' AND policyname = 'Users can view own data') THEN
    CREATE POLICY "Users can view own data" ON public.users FOR SELECT TO authenticated
      USING (id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'users' AND policyname = 'Users can insert own row') THEN
    CREATE POLICY "Users can insert own row" ON public.users FOR INSERT TO authenticated
      WITH CHECK (id = (SELECT auth.uid()) AND role = 'user');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'users' AND policyname = 'Users can update own data') THEN
    CREATE POLICY "Users can update own data" ON public.users FOR UPDATE TO authenticated
      USING (id = (SELECT auth.uid()) OR (SELECT public.is_admin()))
      WITH CHECK (id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'organizations' AND policyname = 'Members can view organizations') THEN
    CREATE POLICY "Members can view organizations" ON public.organizations FOR SELECT TO authenticated
      USING (owner_id = (SELECT auth.uid()) OR public.is_org_member(id) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'organizations' AND policyname = 'Users can create organizations') THEN
    CREATE POLICY "Users can create organizations" ON public.organizations FOR INSERT TO authenticated
      WITH CHECK (owner_id = (SELECT auth.uid()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'organizations' AND policyname = 'Owners can change organizations') THEN
    CREATE POLICY "Owners can change organizations" ON public.organizations FOR UPDATE TO authenticated
      USING (owner_id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'organizations' AND policyname = 'Owners can delete organizations') THEN
    CREATE POLICY "Owners can delete organizations" ON public.organizations FOR DELETE TO authenticated
      USING (owner_id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'memberships' AND policyname = 'Members can view memberships') THEN
    CREATE POLICY "Members can view memberships" ON public.memberships FOR SELECT TO authenticated
      USING (user_id = (SELECT auth.uid()) OR public.is_org_member(organization_id) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'memberships' AND policyname = 'Owners manage memberships') THEN
    CREATE POLICY "Owners manage memberships" ON public.memberships FOR ALL TO authenticated
      USING (EXISTS (SELECT 1 FROM public.organizations o WHERE o.id = organization_id AND o.owner_id = (SELECT auth.uid())) OR (SELECT public.is_admin()))
      WITH CHECK (EXISTS (SELECT 1 FROM public.organizations o WHERE o.id = organization_id AND o.owner_id = (SELECT auth.uid())) OR (SELECT public.is_admin()));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'projects' AND policyname = 'Users can view own, shared and published projects') THEN
    CREATE POLICY "Users can view own, shared and published projects" ON public.projects FOR SELECT TO anon, authenticated
      USING (is_public
             OR user_id = (SELECT auth.uid())
             OR (organization_id IS NOT NULL AND public.is_org_member(organization_id))
             OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'projects' AND policyname = 'Users can create own projects') THEN
    CREATE POLICY "Users can create own projects" ON public.projects FOR INSERT TO authenticated
      WITH CHECK (user_id = (SELECT auth.uid()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'projects' AND policyname = 'Users can change own projects') THEN
    CREATE POLICY "Users can change own projects" ON public.projects FOR UPDATE TO authenticated
      USING (user_id = (SELECT auth.uid()) OR (SELECT public.is_admin()))
      WITH CHECK (user_id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'projects' AND policyname = 'Users can delete own projects') THEN
    CREATE POLICY "Users can delete own projects" ON public.projects FOR DELETE TO authenticated
      USING (user_id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'project_settings' AND policyname = 'Owners manage project settings') THEN
    CREATE POLICY "Owners manage project settings" ON public.project_settings FOR ALL TO authenticated
      USING (public.owns_project(project_id) OR (SELECT public.is_admin()))
      WITH CHECK (public.owns_project(project_id) OR (SELECT public.is_admin()));
  END IF;
END
$$;

COMMIT;

-- Rollback:
-- DROP TABLE IF EXISTS public.project_settings, public.projects, public.memberships, public.organizations, public.users CASCADE;
-- DROP FUNCTION IF EXISTS public.protect_user_role(), public.can_read_project(uuid), public.owns_project(uuid), public.is_org_member(uuid), public.is_admin(), public.set_updated_at();
-- DROP TYPE IF EXISTS public.project_status, public.membership_role, public.user_role;
-- DROP DOMAIN IF EXISTS public.email_address;
