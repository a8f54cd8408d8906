-- Seed data for local development and tests: fake people at example.com,
-- fake hashes, no real secrets. Re-runnable: every insert is ON CONFLICT DO NOTHING.
-- Users: alice and bob (ordinary), carol (member of alice's organization),
-- dana (admin). Each owns one private and one published project.

BEGIN;

INSERT INTO auth.users (id, email, role, aud, raw_user_meta_data) VALUES
  ('00000000-0000-4000-8000-00000000000a', 'alice@example.com', 'authenticated', 'authenticated', '{"name": "Alice Example"}'),
  ('00000000-0000-4000-8000-00000000000b', 'bob@example.com', 'authenticated', 'authenticated', '{"name": "Bob Example"}'),
  ('00000000-0000-4000-8000-00000000000c', 'carol@example.com', 'authenticated', 'authenticated', '{"name": "Carol Example"}'),
  ('00000000-0000-4000-8000-00000000000d', 'dana@example.com', 'authenticated', 'authenticated', '{"name": "Dana Admin"}')
ON CONFLICT DO NOTHING;

INSERT INTO public.users (id, email, full_name, role) VALUES
  ('00000000-0000-4000-8000-00000000000a', 'alice@example.com', 'Alice Example', 'user'),
  ('00000000-0000-4000-8000-00000000000b', 'bob@example.com', 'Bob Example', 'user'),
  ('00000000-0000-4000-8000-00000000000c', 'carol@example.com', 'Carol Example', 'user'),
  ('00000000-0000-4000-8000-00000000000d', 'dana@example.com', 'Dana Admin', 'admin')
ON CONFLICT DO NOTHING;

INSERT INTO public.profiles (id, username, bio, locale, timezone, last_seen_ip) VALUES
  ('00000000-0000-4000-8000-00000000000a', 'alice', 'Builds things.', 'en', 'Europe/Berlin', '192.0.2.10'),
  ('00000000-0000-4000-8000-00000000000b', 'bob', NULL, 'fr', 'Europe/Paris', '198.51.100.7')
ON CONFLICT DO NOTHING;

INSERT INTO public.organizations (id, name, slug, owner_id, plan) VALUES
  ('10000000-0000-4000-8000-00000000000a', 'Acme Example', 'acme', '00000000-0000-4000-8000-00000000000a', 'pro'),
  ('10000000-0000-4000-8000-00000000000b', 'Bobco Example', 'bobco', '00000000-0000-4000-8000-00000000000b', 'free')
ON CONFLICT DO NOTHING;

INSERT INTO public.memberships (organization_id, user_id, role) VALUES
  ('10000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000a', 'owner'),
  ('10000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000c', 'member'),
  ('10000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000b', 'owner')
ON CONFLICT DO NOTHING;

INSERT INTO public.projects (id, user_id, organization_id, name, description, status, tags, is_public) VALUES
  ('20000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', '10000000-0000-4000-8000-00000000000a', 'Alice private', 'Internal tool', 'active', '{internal,rust}', false),
  ('20000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-00000000000a', NULL, 'Alice published', 'A public demo', 'active', '{demo}', true),
  ('20000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', '10000000-0000-4000-8000-00000000000b', 'Bob private', NULL, 'draft', '{}', false),
  ('20000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-00000000000b', NULL, 'Bob published', 'Another demo', 'archived', '{demo,old}', true)
ON CONFLICT DO NOTHING;

INSERT INTO public.project_settings (project_id, settings, ai_model, max_tokens) VALUES
  ('20000000-0000-4000-8000-0000000000a1', '{"theme": "dark"}', 'small', 4096),
  ('20000000-0000-4000-8000-0000000000b1', '{"theme": "light"}', 'large', NULL)
ON CONFLICT DO NOTHING;

INSERT INTO public.api_keys (id, user_id, name, prefix, key_hash, scopes, expires_at) VALUES
  ('30000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', 'ci', 'sk_alic1', sha256('fake-key-alice'), '{read,write}', now() + interval '1 year'),
  ('30000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', 'laptop', 'sk_bob01', sha256('fake-key-bob'), '{read}', NULL)
ON CONFLICT DO NOTHING;

INSERT INTO public.user_sessions (id, user_id, device_name, user_agent, ip_address) VALUES
  ('31000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', 'laptop', 'Mozilla/5.0 (X11; Linux x86_64)', '192.0.2.10'),
  ('31000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', 'phone', 'Mozilla/5.0 (iPhone)', '198.51.100.7')
ON CONFLICT DO NOTHING;

INSERT INTO public.oauth_identities (id, user_id, provider, provider_user_id, raw_profile) VALUES
  ('32000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', 'github', 'alice-example', '{"login": "alice-example"}'),
  ('32000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', 'google', '100000000000000000001', '{}')
ON CONFLICT DO NOTHING;

INSERT INTO public.events (id, user_id, project_id, name, properties, occurred_at) OVERRIDING SYSTEM VALUE VALUES
  (1, '00000000-0000-4000-8000-00000000000a', '20000000-0000-4000-8000-0000000000a1', 'project.opened', '{"tokens": 120, "cost": 0.02}', now() - interval '1 day'),
  (2, '00000000-0000-4000-8000-00000000000a', '20000000-0000-4000-8000-0000000000a2', 'agent.run', '{"tokens": 900, "cost": 0.15}', now() - interval '1 day'),
  (3, '00000000-0000-4000-8000-00000000000b', '20000000-0000-4000-8000-0000000000b1', 'project.opened', '{}', now() - interval '2 days')
ON CONFLICT DO NOTHING;

INSERT INTO public.page_views (id, user_id, path, referrer, time_on_page, client_ip) VALUES
  (1, '00000000-0000-4000-8000-00000000000a', '/projects', NULL, interval '42 seconds', '192.0.2.10'),
  (2, '00000000-0000-4000-8000-00000000000b', '/marketplace', 'https://example.org/', interval '3 minutes', '198.51.100.7')
ON CONFLICT DO NOTHING;

INSERT INTO public.daily_usage (user_id, day, events_count, tokens_used, cost) VALUES
  ('00000000-0000-4000-8000-00000000000a', current_date - 1, 2, 1020, 0.17),
  ('00000000-0000-4000-8000-00000000000b', current_date - 2, 1, 0, 0)
ON CONFLICT DO NOTHING;

INSERT INTO public.teams (id, organization_id, name, description) VALUES
  ('40000000-0000-4000-8000-0000000000a1', '10000000-0000-4000-8000-00000000000a', 'Core', 'The core team'),
  ('40000000-0000-4000-8000-0000000000b1', '10000000-0000-4000-8000-00000000000b', 'Solo', NULL)
ON CONFLICT DO NOTHING;

INSERT INTO public.team_members (team_id, user_id, role) VALUES
  ('40000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', 'owner'),
  ('40000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000c', 'member'),
  ('40000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', 'owner')
ON CONFLICT DO NOTHING;

INSERT INTO public.invitations (id, organization_id, team_id, email, role, token_hash, invited_by) VALUES
  ('41000000-0000-4000-8000-0000000000a1', '10000000-0000-4000-8000-00000000000a', '40000000-0000-4000-8000-0000000000a1', 'erin@example.com', 'member', sha256('fake-invite-1'), '00000000-0000-4000-8000-00000000000a'),
  ('41000000-0000-4000-8000-0000000000b1', '10000000-0000-4000-8000-00000000000b', NULL, 'frank@example.com', 'viewer', sha256('fake-invite-2'), '00000000-0000-4000-8000-00000000000b')
ON CONFLICT DO NOTHING;

INSERT INTO public.comments (id, project_id, author_id, parent_id, body) VALUES
  ('42000000-0000-4000-8000-0000000000a1', '20000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', NULL, 'First thoughts on the tool.'),
  ('42000000-0000-4000-8000-0000000000a2', '20000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000c', '42000000-0000-4000-8000-0000000000a1', 'A reply from Carol.'),
  ('42000000-0000-4000-8000-0000000000b1', '20000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', NULL, 'Bob''s private note.'),
  ('42000000-0000-4000-8000-0000000000b2', '20000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-00000000000b', NULL, 'Comment on a published project.')
ON CONFLICT DO NOTHING;

INSERT INTO public.shares (id, project_id, shared_with_user_id, shared_with_team_id, permission, created_by) VALUES
  ('43000000-0000-4000-8000-0000000000a1', '20000000-0000-4000-8000-0000000000a1', NULL, '40000000-0000-4000-8000-0000000000a1', 'edit', '00000000-0000-4000-8000-00000000000a'),
  ('43000000-0000-4000-8000-0000000000b1', '20000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000c', NULL, 'view', '00000000-0000-4000-8000-00000000000b')
ON CONFLICT DO NOTHING;

INSERT INTO public.template_categories (id, parent_id, slug, name, position) VALUES
  (1, NULL, 'web', 'Web apps', 1),
  (2, 1, 'dashboards', 'Dashboards', 1)
ON CONFLICT DO NOTHING;

INSERT INTO public.templates (id, author_id, category_id, slug, name, description, tags, price, sale_period, is_published, published_at) VALUES
  ('50000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', 2, 'alice-dashboard', 'Dashboard starter', 'Charts and tables', '{dashboard,charts}', 19.00, tstzrange(now(), now() + interval '7 days'), true, now()),
  ('50000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', 1, 'bob-draft', 'Unreleased template', NULL, '{}', 0, NULL, false, NULL),
  ('50000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-00000000000b', 1, 'bob-kit', 'Starter kit', 'Auth and billing', '{auth}', 9.00, NULL, true, now())
ON CONFLICT DO NOTHING;

INSERT INTO public.template_versions (id, template_id, version, changelog, content) VALUES
  ('51000000-0000-4000-8000-0000000000a1', '50000000-0000-4000-8000-0000000000a1', '1.0.0', 'First release', '{"files": 12}'),
  ('51000000-0000-4000-8000-0000000000b1', '50000000-0000-4000-8000-0000000000b1', '0.1.0', NULL, '{"files": 1}')
ON CONFLICT DO NOTHING;

INSERT INTO public.purchases (id, template_id, buyer_id, amount) VALUES
  ('52000000-0000-4000-8000-0000000000b1', '50000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000b', 19.00),
  ('52000000-0000-4000-8000-0000000000a1', '50000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-00000000000a', 9.00)
ON CONFLICT DO NOTHING;

INSERT INTO public.reviews (id, template_id, reviewer_id, rating, body) VALUES
  ('53000000-0000-4000-8000-0000000000b1', '50000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000b', 5, 'Saved me a week.'),
  ('53000000-0000-4000-8000-0000000000a1', '50000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-00000000000a', 4, 'Good start.')
ON CONFLICT DO NOTHING;

INSERT INTO public.documents (id, project_id, author_id, slug, title, body, status) VALUES
  ('60000000-0000-4000-8000-0000000000a1', '20000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-00000000000a', 'getting-started', 'Getting started', 'Install, then run the demo.', 'published'),
  ('60000000-0000-4000-8000-0000000000a2', '20000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', 'internal-notes', 'Internal notes', 'Not for publication.', 'draft'),
  ('60000000-0000-4000-8000-0000000000b1', '20000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', 'plan', 'Plan', 'Bob''s plan.', 'draft')
ON CONFLICT DO NOTHING;

INSERT INTO public.document_revisions (id, document_id, revision, title, body, edited_by) OVERRIDING SYSTEM VALUE VALUES
  (1, '60000000-0000-4000-8000-0000000000a1', 1, 'Getting started', 'Install.', '00000000-0000-4000-8000-00000000000a'),
  (2, '60000000-0000-4000-8000-0000000000b1', 1, 'Plan', 'Draft.', '00000000-0000-4000-8000-00000000000b')
ON CONFLICT DO NOTHING;

INSERT INTO public.agents (id, project_id, owner_id, name, model, system_prompt, temperature, capabilities) VALUES
  ('70000000-0000-4000-8000-0000000000a1', '20000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', 'planner', 'small-model', 'You plan work.', 0.20, '{plan,search}'),
  ('70000000-0000-4000-8000-0000000000b1', '20000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', 'writer', 'large-model', NULL, 0.90, '{write}')
ON CONFLICT DO NOTHING;

INSERT INTO public.agent_runs (id, agent_id, triggered_by, status, input, output, started_at, finished_at, usage, cost_usd) VALUES
  ('71000000-0000-4000-8000-0000000000a1', '70000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', 'succeeded', '{"goal": "plan"}', '{"steps": 2}', now() - interval '5 minutes', now() - interval '4 minutes', ROW(800, 100), 0.012345),
  ('71000000-0000-4000-8000-0000000000b1', '70000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000b', 'running', '{}', NULL, now(), NULL, NULL, 0)
ON CONFLICT DO NOTHING;

INSERT INTO public.agent_tasks (id, run_id, parent_task_id, title, state, priority) VALUES
  ('72000000-0000-4000-8000-0000000000a1', '71000000-0000-4000-8000-0000000000a1', NULL, 'Outline', 'done', 1),
  ('72000000-0000-4000-8000-0000000000a2', '71000000-0000-4000-8000-0000000000a1', '72000000-0000-4000-8000-0000000000a1', 'Detail step 1', 'done', 0),
  ('72000000-0000-4000-8000-0000000000b1', '71000000-0000-4000-8000-0000000000b1', NULL, 'Write', 'in_progress', 0)
ON CONFLICT DO NOTHING;

INSERT INTO public.agent_messages (id, run_id, role, content, tokens) OVERRIDING SYSTEM VALUE VALUES
  (1, '71000000-0000-4000-8000-0000000000a1', 'user', 'Plan the work.', 4),
  (2, '71000000-0000-4000-8000-0000000000a1', 'assistant', 'Two steps.', 3),
  (3, '71000000-0000-4000-8000-0000000000b1', 'user', 'Write it.', 3)
ON CONFLICT DO NOTHING;

INSERT INTO public.tool_calls (id, run_id, message_id, tool_name, arguments, result, succeeded, latency) VALUES
  ('73000000-0000-4000-8000-0000000000a1', '71000000-0000-4000-8000-0000000000a1', 2, 'search', '{"q": "plan"}', '{"hits": 3}', true, interval '120 milliseconds'),
  ('73000000-0000-4000-8000-0000000000b1', '71000000-0000-4000-8000-0000000000b1', 3, 'write_file', '{"path": "a.md"}', NULL, NULL, NULL)
ON CONFLICT DO NOTHING;

INSERT INTO public.system_metrics (id, name, value, labels) OVERRIDING SYSTEM VALUE VALUES
  (1, 'api.latency_ms', 42.5, '{"route": "/projects"}'),
  (2, 'db.connections', 12, '{}')
ON CONFLICT DO NOTHING;

INSERT INTO public.error_logs (id, level, message, context, user_id) OVERRIDING SYSTEM VALUE VALUES
  (1, 'error', 'Template render failed', '{"template": "alice-dashboard"}', '00000000-0000-4000-8000-00000000000a'),
  (2, 'warning', 'Slow query', '{}', '00000000-0000-4000-8000-00000000000b')
ON CONFLICT DO NOTHING;

INSERT INTO public.health_checks (id, service, status, latency_ms, details) VALUES
  ('80000000-0000-4000-8000-000000000001', 'api', 'ok', 12, '{}'),
  ('80000000-0000-4000-8000-000000000002', 'worker', 'degraded', 950, '{"queue": 120}')
ON CONFLICT DO NOTHING;

INSERT INTO public.audit_log (id, actor_id, action, table_name, record_id, new_data, client_ip) OVERRIDING SYSTEM VALUE VALUES
  (1, '00000000-0000-4000-8000-00000000000d', 'update', 'users', '00000000-0000-4000-8000-00000000000b', '{"role": "user"}', '203.0.113.5'),
  (2, '00000000-0000-4000-8000-00000000000a', 'insert', 'projects', '20000000-0000-4000-8000-0000000000a1', '{"name": "demo"}', '203.0.113.10'),
  (3, '00000000-0000-4000-8000-00000000000b', 'insert', 'projects', '20000000-0000-4000-8000-0000000000b1', '{"name": "private"}', '203.0.113.11')
ON CONFLICT DO NOTHING;

-- Identity sequences past the explicit ids above.
SELECT setval(pg_get_serial_sequence(t, 'id'), greatest(m, 1))
  FROM (VALUES
    ('public.events', (SELECT max(id) FROM public.events)),
    ('public.page_views', (SELECT max(id) FROM public.page_views)),
    ('public.template_categories', (SELECT max(id) FROM public.template_categories)),
    ('public.document_revisions', (SELECT max(id) FROM public.document_revisions)),
    ('public.agent_messages', (SELECT max(id) FROM public.agent_messages)),
    ('public.system_metrics', (SELECT max(id) FROM public.system_metrics)),
    ('public.error_logs', (SELECT max(id) FROM public.error_logs)),
    ('public.audit_log', (SELECT max(id) FROM public.audit_log))
  ) AS s(t, m);

SELECT public.refresh_daily_activity();

COMMIT;
