insert into storage.buckets (id, name, public) values ('avatars', 'avatars', true);
create policy "Avatar images are publicly accessible." on storage.objects
  for select using (bucket_id = 'avatars');
create policy "Users upload their own avatar." on storage.objects
  for insert to authenticated with check (bucket_id = 'avatars' and (storage.foldername(name))[1] = auth.uid()::text);

create or replace function public.notify_new_doc() returns trigger language plpgsql security definer set search_path = '' as $$
begin
  perform net.http_post(url := 'https://example.com/hook', body := jsonb_build_object('id', new.id));
  return new;
end $$;
create trigger on_doc after insert on public.documents for each row execute function public.notify_new_doc();

select cron.schedule('nightly-cleanup', '0 3 * * *', $$delete from public.documents where content = ''$$);
alter publication supabase_realtime add table public.documents;
create extension if not exists pg_graphql;
comment on extension vector is 'embeddings';
