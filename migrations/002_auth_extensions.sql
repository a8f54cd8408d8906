-- Migration: 002_auth_extensions
-- Description: Profiles tied to auth.users, hashed API keys, sessions and OAuth identities
-- Author: AI Guided SaaS Team
-- Date: 2025-07-26

BEGIN;

DO $$
BEGIN
  IF to_regtype('public.api_scope') IS NULL THEN
    CREATE TYPE public.api_scope AS ENUM ('read', 'write', 'admin');
  END IF;
  IF to_regtype('public.oauth_provider') IS NULL THEN
    CREATE TYPE public.oauth_provider AS ENUM ('github', 'google', 'gitlab', 'azure');
  END IF;
END
$$;

CREATE TABLE IF NOT EXISTS public.profiles (
  id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
  username varchar(40) UNIQUE CONSTRAINT profiles_username_format CHECK (username ~ '^[A-Za-z0-9_]{3,40}$'),
  bio text,
  website text,
  locale text NOT NULL DEFAULT 'en',
  timezone text NOT NULL DEFAULT 'UTC',
  last_seen_ip inet,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.profiles IS 'Public profile of an auth user';

CREATE TABLE IF NOT EXISTS public.api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  name varchar(80) NOT NULL,
  prefix char(8) NOT NULL UNIQUE,
  key_hash bytea NOT NULL,
  scopes public.api_scope[] NOT NULL DEFAULT '{read}',
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT api_keys_expiry_check CHECK (expires_at IS NULL OR expires_at > created_at)
);
COMMENT ON TABLE public.api_keys IS 'API keys; only a SHA-256 hash of the secret is stored';
COMMENT ON COLUMN public.api_keys.prefix IS 'First 8 characters of the key, shown to identify it';
COMMENT ON COLUMN public.api_keys.key_hash IS 'sha256 of the whole key; the key itself is never stored';
CREATE INDEX IF NOT EXISTS idx_api_keys_user_id ON public.api_keys (user_id);
CREATE INDEX IF NOT EXISTS idx_api_keys_active ON public.api_keys (user_id) WHERE revoked_at IS NULL;

CREATE TABLE IF NOT EXISTS public.user_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  device_name varchar(120),
  user_agent text,
  ip_address inet,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_active_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL DEFAULT now() + interval '30 days'
);
COMMENT ON TABLE public.user_sessions IS 'Signed-in devices; expired rows are removed by cleanup_expired()';
CREATE INDEX IF NOT EXISTS idx_user_sessions_user_id ON public.user_sessions (user_id);
CREATE INDEX IF NOT EXISTS idx_user_sessions_expires_at ON public.user_sessions (expires_at);

CREATE TABLE IF NOT EXISTS public.oauth_identities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  provider public.oauth_provider NOT NULL,
  provider_user_id text NOT NULL,
  raw_profile jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT oauth_identities_provider_user_key UNIQUE (provider, provider_user_id)
);
COMMENT ON TABLE public.oauth_identities IS 'Accounts at OAuth providers linked to a user';
CREATE INDEX IF NOT EXISTS idx_oauth_identities_user_id ON public.oauth_identities (user_id);

CREATE OR REPLACE TRIGGER profiles_set_updated_at BEFORE UPDATE ON public.profiles
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.user_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.oauth_identities ENABLE ROW LEVEL SECURITY;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'profiles' AND policyname = 'Users can view own profile') THEN
    CREATE POLICY "Users can view own profile" ON public.profiles FOR SELECT TO authenticated
      USING (id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'profiles' AND policyname = 'Users can create own profile') THEN
    CREATE POLICY "Users can create own profile" ON public.profiles FOR INSERT TO authenticated
      WITH CHECK (id = (SELECT auth.uid()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'profiles' AND policyname = 'Users can change own profile') THEN
    CREATE POLICY "Users can change own profile" ON public.profiles FOR UPDATE TO authenticated
      USING (id = (SELECT auth.uid())) WITH CHECK (id = (SELECT auth.uid()));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'api_keys' AND policyname = 'Users manage own API keys') THEN
    CREATE POLICY "Users manage own API keys" ON public.api_keys FOR ALL TO authenticated
      USING (user_id = (SELECT auth.uid()) OR (SELECT public.is_admin()))
      WITH CHECK (user_id = (SELECT auth.uid()));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'user_sessions' AND policyname = 'Users manage own sessions') THEN
    CREATE POLICY "Users manage own sessions" ON public.user_sessions FOR ALL TO authenticated
      USING (user_id = (SELECT auth.uid()) OR (SELECT public.is_admin()))
      WITH CHECK (user_id = (SELECT auth.uid()));
  END IF;

  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'oauth_identities' AND policyname = 'Users view own identities') THEN
    CREATE POLICY "Users view own identities" ON public.oauth_identities FOR SELECT TO authenticated
      USING (user_id = (SELECT auth.uid()) OR (SELECT public.is_admin()));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = 'oauth_identities' AND policyname = 'Users unlink own identities') THEN
    CREATE POLICY "Users unlink own identities" ON public.oauth_identities FOR DELETE TO authenticated
      USING (user_id = (SELECT auth.uid()));
  END IF;
END
$$;

COMMIT;

-- Rollback:
-- DROP TABLE IF EXISTS public.oauth_identities, public.user_sessions, public.api_keys, public.profiles CASCADE;
-- DROP TYPE IF EXISTS public.oauth_provider, public.api_scope;
