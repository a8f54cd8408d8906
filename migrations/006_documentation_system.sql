-- Migration: 006_documentation_system
-- Description: Project documents with revisions and a generated full-text search column
-- Author: AI Guided SaaS Team
-- Date: 2025-07-26

BEGIN;

DO $$
BEGIN
  IF to_regtype('public.document_status') IS NULL THEN
    CREATE TYPE public.document_status AS ENUM ('draft', 'published', 'archived');
  END IF;
END
$$;

CREATE TABLE IF NOT EXISTS public.documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES public.projects (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  slug varchar(120) NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  status public.document_status NOT NULL DEFAULT 'draft',
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(body, '')), 'B')
  ) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT documents_project_slug_key UNIQUE (project_id, slug)
);
COMMENT ON TABLE public.documents IS 'Documentation pages of a project';
COMMENT ON COLUMN public.documents.search IS 'Generated: weighted full-text vector of title (A) and body (B)';
CREATE INDEX IF NOT EXISTS idx_documents_author_id ON public.documents (author_id);
CREATE INDEX IF NOT EXISTS idx_documents_search ON public.documents USING gin (search);
CREATE INDEX IF NOT EXISTS idx_documents_published ON public.documents (project_id, updated_at DESC) WHERE status = 'published';

CREATE TABLE IF NOT EXISTS public.document_revisions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id uuid NOT NULL REFERENCES public.documents (id) ON DELETE CASCADE,
  revision integer NOT NULL CONSTRAINT document_revisions_revision_positive CHECK (revision > 0),
  title text NOT NULL,
  body text NOT NULL,
  edited_by uuid REFERENCES public.users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT document_revisions_document_revision_key UNIQUE (document_id, revision)
);
COMMENT ON TABLE public.document_revisions IS 'Every saved version of a document';
CREATE INDEX IF NOT EXISTS idx_document_revisions_edited_by ON public.document_revisions (edited_by);

CREATE OR REPLACE TRIGGER documents_set_updated_at BEFORE UPDATE ON public.documents
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.document_revisions ENABLE ROW LEVEL SECURITY;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'documents' AND policyname = 'Readers view documents') THEN
    CREATE POLICY "Readers view documents" ON public.documents FOR SELECT TO anon, authenticated
      USING ((status = 'published' AND public.can_read_project(project_id))
             OR author_id = (SELECT auth.uid())
             OR public.owns_project(project_id)
             OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'documents' AND policyname = 'Project owners write documents') THEN
    CREATE POLICY "Project owners write documents" ON public.documents FOR INSERT TO authenticated
      WITH CHECK (author_id = (SELECT auth.uid()) AND public.owns_project(project_id));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'documents' AND policyname = 'Authors edit documents') THEN
    CREATE POLICY "Authors edit documents" ON public.documents FOR UPDATE TO authenticated
      USING (author_id = (SELECT auth.uid()) OR (SELECT public.is_admin()))
      WITH CHECK (author_id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'documents' AND policyname = 'Authors delete documents') THEN
    CREATE POLICY "Authors delete documents" ON public.documents FOR DELETE TO authenticated
      USING (author_id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'document_revisions' AND policyname = 'Authors view revisions') THEN
    CREATE POLICY "Authors view revisions" ON public.document_revisions FOR SELECT TO authenticated
      USING (EXISTS (SELECT 1 FROM public.documents d WHERE d.id = document_id AND d.author_id = (SELECT auth.uid()))
             OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'document_revisions' AND policyname = 'Authors save revisions') THEN
    CREATE POLICY "Authors save revisions" ON public.document_revisions FOR INSERT TO authenticated
      WITH CHECK (edited_by = (SELECT auth.uid())
                  AND EXISTS (SELECT 1 FROM public.documents d WHERE d.id = document_id AND d.author_id = (SELECT auth.uid())));
  END IF;
END
$$;

COMMIT;

-- Rollback:
-- DROP TABLE IF EXISTS public.document_revisions, public.documents CASCADE;
-- DROP TYPE IF EXISTS public.document_status;
