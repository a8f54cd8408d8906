-- Migration: 004_collaboration
-- Description: Teams, team members, invitations with expiring tokens, threaded comments and shares
-- Author: AI Guided SaaS Team
-- Date: 2025-07-26

BEGIN;

DO $$
BEGIN
  IF to_regtype('public.share_permission') IS NULL THEN
    CREATE TYPE public.share_permission AS ENUM ('view', 'comment', 'edit');
  END IF;
END
$$;

CREATE TABLE IF NOT EXISTS public.teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
  name varchar(120) NOT NULL,
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT teams_organization_name_key UNIQUE (organization_id, name)
);
COMMENT ON TABLE public.teams IS 'Groups of members inside an organization';

CREATE TABLE IF NOT EXISTS public.team_members (
  team_id uuid NOT NULL REFERENCES public.teams (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  role public.membership_role NOT NULL DEFAULT 'member',
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, user_id)
);
COMMENT ON TABLE public.team_members IS 'Members of a team';
CREATE INDEX IF NOT EXISTS idx_team_members_user_id ON public.team_members (user_id);

CREATE TABLE IF NOT EXISTS public.invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
  team_id uuid REFERENCES public.teams (id) ON DELETE CASCADE,
  email public.email_address NOT NULL,
  role public.membership_role NOT NULL DEFAULT 'member',
  token_hash bytea NOT NULL UNIQUE,
  invited_by uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL DEFAULT now() + interval '7 days',
  accepted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.invitations IS 'Pending invitations; the token itself is never stored, only its hash';
CREATE INDEX IF NOT EXISTS idx_invitations_organization_id ON public.invitations (organization_id);
CREATE INDEX IF NOT EXISTS idx_invitations_team_id ON public.invitations (team_id);
CREATE INDEX IF NOT EXISTS idx_invitations_invited_by ON public.invitations (invited_by);
CREATE INDEX IF NOT EXISTS idx_invitations_pending ON public.invitations (expires_at) WHERE accepted_at IS NULL;

CREATE TABLE IF NOT EXISTS public.comments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES public.projects (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  parent_id uuid REFERENCES public.comments (id) ON DELETE CASCADE,
  body text NOT NULL CONSTRAINT comments_body_not_blank CHECK (length(btrim(body)) > 0),
  edited_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.comments IS 'Threaded comments on projects';
COMMENT ON COLUMN public.comments.parent_id IS 'The comment this one replies to (NULL for a thread''s first comment)';
CREATE INDEX IF NOT EXISTS idx_comments_project_created ON public.comments (project_id, created_at);
CREATE INDEX IF NOT EXISTS idx_comments_author_id ON public.comments (author_id);
CREATE INDEX IF NOT EXISTS idx_comments_parent_id ON public.comments (parent_id);

CREATE TABLE IF NOT EXISTS public.shares (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES public.projects (id) ON DELETE CASCADE,
  shared_with_user_id uuid REFERENCES public.users (id) ON DELETE CASCADE,
  shared_with_team_id uuid REFERENCES public.teams (id) ON DELETE CASCADE,
  permission public.share_permission NOT NULL DEFAULT 'view',
  created_by uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT shares_one_target CHECK (num_nonnulls(shared_with_user_id, shared_with_team_id) = 1)
);
COMMENT ON TABLE public.shares IS 'A project shared with one user or one team';
CREATE INDEX IF NOT EXISTS idx_shares_project_id ON public.shares (project_id);
CREATE INDEX IF NOT EXISTS idx_shares_shared_with_user_id ON public.shares (shared_with_user_id);
CREATE INDEX IF NOT EXISTS idx_shares_shared_with_team_id ON public.shares (shared_with_team_id);
CREATE INDEX IF NOT EXISTS idx_shares_created_by ON public.shares (created_by);

CREATE OR REPLACE TRIGGER teams_set_updated_at BEFORE UPDATE ON public.teams
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

ALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.team_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.shares ENABLE ROW LEVEL SECURITY;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'teams' AND policyname = 'Organization members view teams') THEN
    CREATE POLICY "Organization members view teams" ON public.teams FOR SELECT TO authenticated
      USING (public.is_org_member(organization_id) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'teams' AND policyname = 'Organization owners manage teams') THEN
    CREATE POLICY "Organization owners manage teams" ON public.teams FOR UPDATE TO authenticated
      USING (EXISTS (SELECT 1 FROM public.organizations o WHERE o.id = organization_id AND o.owner_id = (SELECT auth.uid())));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'team_members' AND policyname = 'Organization members view team members') THEN
    CREATE POLICY "Organization members view team members" ON public.team_members FOR SELECT TO authenticated
      USING (user_id = (SELECT auth.uid())
             OR EXISTS (SELECT 1 FROM public.teams t WHERE t.id = team_id AND public.is_org_member(t.organization_id))
             OR (SELECT public.is_admin()));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'invitations' AND policyname = 'Inviters view invitations') THEN
    CREATE POLICY "Inviters view invitations" ON public.invitations FOR SELECT TO authenticated
      USING (invited_by = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'invitations' AND policyname = 'Members invite to their organization') THEN
    CREATE POLICY "Members invite to their organization" ON public.invitations FOR INSERT TO authenticated
      WITH CHECK (invited_by = (SELECT auth.uid()) AND public.is_org_member(organization_id));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'invitations' AND policyname = 'Inviters withdraw invitations') THEN
    CREATE POLICY "Inviters withdraw invitations" ON public.invitations FOR DELETE TO authenticated
      USING (invited_by = (SELECT auth.uid()));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'comments' AND policyname = 'Readers of a project view its comments') THEN
    CREATE POLICY "Readers of a project view its comments" ON public.comments FOR SELECT TO anon, authenticated
      USING (public.can_read_project(project_id) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'comments' AND policyname = 'Readers of a project comment on it') THEN
    CREATE POLICY "Readers of a project comment on it" ON public.comments FOR INSERT TO authenticated
      WITH CHECK (author_id = (SELECT auth.uid()) AND public.can_read_project(project_id));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'comments' AND policyname = 'Authors edit own comments') THEN
    CREATE POLICY "Authors edit own comments" ON public.comments FOR UPDATE TO authenticated
      USING (author_id = (SELECT auth.uid())) WITH CHECK (author_id = (SELECT auth.uid()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'comments' AND policyname = 'Authors delete own comments') THEN
    CREATE POLICY "Authors delete own comments" ON public.comments FOR DELETE TO authenticated
      USING (author_id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'shares' AND policyname = 'Owners and recipients view shares') THEN
    CREATE POLICY "Owners and recipients view shares" ON public.shares FOR SELECT TO authenticated
      USING (created_by = (SELECT auth.uid()) OR shared_with_user_id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'shares' AND policyname = 'Project owners share') THEN
    CREATE POLICY "Project owners share" ON public.shares FOR INSERT TO authenticated
      WITH CHECK (created_by = (SELECT auth.uid()) AND public.owns_project(project_id));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'shares' AND policyname = 'Project owners unshare') THEN
    CREATE POLICY "Project owners unshare" ON public.shares FOR DELETE TO authenticated
      USING (created_by = (SELECT auth.uid()));
  END IF;
END
$$;

COMMIT;

-- Rollback:
-- DROP TABLE IF EXISTS public.shares, public.comments, public.invitations, public.team_members, public.teams CASCADE;
-- DROP TYPE IF EXISTS public.share_permission;
