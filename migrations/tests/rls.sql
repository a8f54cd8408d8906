-- Row-level security of every table in public, as the platform promises
-- (README, "The platform schema"): anon sees exactly the published rows,
-- the admin (dana) sees every row, alice sees her own rows and none of
-- bob's private ones, and cannot update or delete bob's rows.
-- Runs on the seeded platform schema: `cargo run -p codegen -- test`.
BEGIN;

CREATE EXTENSION IF NOT EXISTS "basejump-supabase_test_helpers";

-- Per table: who owns a row (SQL over the row; NULL: nobody), and which
-- rows are published. Every table of public must be listed (test 1).
CREATE TEMP TABLE claims (ord int, tbl text, owner text, published text) ON COMMIT DROP;
INSERT INTO claims VALUES
  (1, 'users', $q$id$q$, $q$false$q$),
  (2, 'organizations', $q$owner_id$q$, $q$false$q$),
  (3, 'memberships', $q$user_id$q$, $q$false$q$),
  (4, 'projects', $q$user_id$q$, $q$is_public$q$),
  (5, 'project_settings', $q$(SELECT p.user_id FROM public.projects p WHERE p.id = project_id)$q$, $q$false$q$),
  (6, 'profiles', $q$id$q$, $q$false$q$),
  (7, 'api_keys', $q$user_id$q$, $q$false$q$),
  (8, 'user_sessions', $q$user_id$q$, $q$false$q$),
  (9, 'oauth_identities', $q$user_id$q$, $q$false$q$),
  (10, 'events', $q$user_id$q$, $q$false$q$),
  (11, 'page_views', $q$user_id$q$, $q$false$q$),
  (12, 'daily_usage', $q$user_id$q$, $q$false$q$),
  (13, 'teams', $q$(SELECT o.owner_id FROM public.organizations o WHERE o.id = organization_id)$q$, $q$false$q$),
  (14, 'team_members', $q$user_id$q$, $q$false$q$),
  (15, 'invitations', $q$invited_by$q$, $q$false$q$),
  (16, 'comments', $q$author_id$q$, $q$(SELECT p.is_public FROM public.projects p WHERE p.id = project_id)$q$),
  (17, 'shares', $q$created_by$q$, $q$false$q$),
  (18, 'template_categories', $q$NULL::uuid$q$, $q$true$q$),
  (19, 'templates', $q$author_id$q$, $q$is_published$q$),
  (20, 'template_versions', $q$(SELECT t.author_id FROM public.templates t WHERE t.id = template_id)$q$, $q$(SELECT t.is_published FROM public.templates t WHERE t.id = template_id)$q$),
  (21, 'purchases', $q$buyer_id$q$, $q$false$q$),
  (22, 'reviews', $q$reviewer_id$q$, $q$(SELECT t.is_published FROM public.templates t WHERE t.id = template_id)$q$),
  (23, 'documents', $q$author_id$q$, $q$status = 'published' AND (SELECT p.is_public FROM public.projects p WHERE p.id = project_id)$q$),
  (24, 'document_revisions', $q$edited_by$q$, $q$false$q$),
  (25, 'agents', $q$owner_id$q$, $q$false$q$),
  (26, 'agent_runs', $q$triggered_by$q$, $q$false$q$),
  (27, 'agent_tasks', $q$(SELECT r.triggered_by FROM public.agent_runs r WHERE r.id = run_id)$q$, $q$false$q$),
  (28, 'agent_messages', $q$(SELECT r.triggered_by FROM public.agent_runs r WHERE r.id = run_id)$q$, $q$false$q$),
  (29, 'tool_calls', $q$(SELECT r.triggered_by FROM public.agent_runs r WHERE r.id = run_id)$q$, $q$false$q$),
  (30, 'system_metrics', $q$NULL::uuid$q$, $q$false$q$),
  (31, 'error_logs', $q$user_id$q$, $q$false$q$),
  (32, 'health_checks', $q$NULL::uuid$q$, $q$false$q$),
  (33, 'audit_log', $q$NULL::uuid$q$, $q$false$q$);

SELECT plan((SELECT count(*)::int * 7 + 1 FROM claims));

SELECT set_eq(
  $$ SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' $$,
  $$ SELECT tbl FROM claims $$,
  'every table of public has its row-level security claims here'
);

-- The rows of `tbl` matching `filter` (as text), read as `who` with the
-- JWT claims of user `uid` (NULL: none), as PostgREST sets them.
CREATE FUNCTION pg_temp.rows_as(who text, uid text, tbl text, filter text)
RETURNS SETOF text LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM set_config('request.jwt.claims',
    CASE WHEN uid IS NULL THEN json_build_object('role', who)::text
         ELSE json_build_object('sub', uid, 'role', who)::text END, true);
  PERFORM set_config('role', who, true);
  RETURN QUERY EXECUTE format('SELECT t::text FROM public.%I t WHERE %s', tbl, filter);
  PERFORM set_config('role', 'none', true);
  PERFORM set_config('request.jwt.claims', '', true);
END
$fn$;

-- Rows changed by `sql` run as authenticated user `uid`.
CREATE FUNCTION pg_temp.changed_as(uid text, sql text)
RETURNS bigint LANGUAGE plpgsql AS $fn$
DECLARE n bigint;
BEGIN
  PERFORM set_config('request.jwt.claims', json_build_object('sub', uid, 'role', 'authenticated')::text, true);
  PERFORM set_config('role', 'authenticated', true);
  EXECUTE sql;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('role', 'none', true);
  PERFORM set_config('request.jwt.claims', '', true);
  RETURN n;
END
$fn$;

CREATE FUNCTION pg_temp.checks() RETURNS SETOF text LANGUAGE plpgsql AS $fn$
DECLARE
  c record;
  alice constant text := '00000000-0000-4000-8000-00000000000a';
  bob constant text := '00000000-0000-4000-8000-00000000000b';
  dana constant text := '00000000-0000-4000-8000-00000000000d';
  col text;
  rows_of constant text := 'SELECT t::text FROM public.%I t WHERE %s';
BEGIN
  FOR c IN SELECT * FROM claims ORDER BY ord LOOP
    -- (tests.rls_enabled('public') would count the views too)
    RETURN NEXT tests.rls_enabled('public', c.tbl);
    RETURN NEXT set_eq(
      format('SELECT * FROM pg_temp.rows_as(%L, NULL, %L, %L)', 'anon', c.tbl, 'true'),
      format(rows_of, c.tbl, c.published),
      format('anon sees exactly the published rows of %s', c.tbl));
    RETURN NEXT set_eq(
      format('SELECT * FROM pg_temp.rows_as(%L, %L, %L, %L)', 'authenticated', dana, c.tbl, 'true'),
      format(rows_of, c.tbl, 'true'),
      format('the admin sees every row of %s', c.tbl));
    RETURN NEXT set_has(
      format('SELECT * FROM pg_temp.rows_as(%L, %L, %L, %L)', 'authenticated', alice, c.tbl, 'true'),
      format(rows_of, c.tbl, format('%s = %L', c.owner, alice)),
      format('alice sees her own rows of %s', c.tbl));
    RETURN NEXT is_empty(
      format('SELECT * FROM pg_temp.rows_as(%L, %L, %L, %L) INTERSECT (%s EXCEPT %s)',
        'authenticated', alice, c.tbl, 'true',
        format(rows_of, c.tbl, format('%s = %L', c.owner, bob)),
        format(rows_of, c.tbl, c.published)),
      format('alice sees none of bob''s private rows of %s', c.tbl));
    SELECT attname::text INTO col FROM pg_attribute
     WHERE attrelid = format('public.%I', c.tbl)::regclass AND attnum > 0 AND NOT attisdropped
       AND attgenerated = '' AND attidentity <> 'a'
     ORDER BY attnum DESC LIMIT 1;
    RETURN NEXT is(
      pg_temp.changed_as(alice, format('UPDATE public.%I SET %I = %I WHERE %s = %L', c.tbl, col, col, c.owner, bob)),
      0::bigint,
      format('alice updates none of bob''s rows of %s', c.tbl));
    RETURN NEXT is(
      pg_temp.changed_as(alice, format('DELETE FROM public.%I WHERE %s = %L', c.tbl, c.owner, bob)),
      0::bigint,
      format('alice deletes none of bob''s rows of %s', c.tbl));
  END LOOP;
END
$fn$;

SELECT * FROM pg_temp.checks();

SELECT * FROM finish();
ROLLBACK;
