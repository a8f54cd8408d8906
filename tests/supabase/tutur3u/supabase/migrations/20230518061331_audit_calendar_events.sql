select audit.enable_tracking('public.calendar_event_colors'::regclass);
select audit.enable_tracking('public.workspace_calendar_events'::regclass);