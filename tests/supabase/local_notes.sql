-- scratch file the Supabase CLI skips
select 1;
