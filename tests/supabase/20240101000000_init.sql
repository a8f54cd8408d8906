create extension if not exists vector with schema extensions;
create extension if not exists pg_net;
create extension if not exists pg_cron;

create table public.profiles (
  id uuid primary key references auth.users on delete cascade,
  username text unique,
  avatar_url text,
  api_key text default encode(gen_random_bytes(24), 'hex'),
  created_at timestamptz not null default now()
);
alter table public.profiles enable row level security;
create policy "own profile" on public.profiles for select using (auth.uid() = id);

create table public.documents (
  id bigint primary key generated always as identity,
  owner uuid not null references auth.users (id),
  content text not null,
  embedding vector(1536)
);
alter table public.documents enable row level security;
create index on public.documents using ivfflat (embedding vector_cosine_ops) with (lists = 100);
create index on public.documents using hnsw (embedding vector_ip_ops);

create or replace function public.match_documents(query_embedding vector(1536), match_count int)
returns table (id bigint, content text, similarity float)
language sql stable as $$
  select d.id, d.content, 1 - (d.embedding <=> query_embedding) as similarity
  from public.documents d order by d.embedding <=> query_embedding limit match_count;
$$;
