-- Cluster-wide settings some histories apply (harmless on the embedded cluster).
alter role postgres set idle_session_timeout = '3min';
alter role authenticated set statement_timeout = '8s';
create table public.notes (id uuid primary key default uuid_generate_v4(), body text, token text default gen_random_bytes(8)::text);
