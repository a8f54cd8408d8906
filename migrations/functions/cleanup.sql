-- Functions: cleanup
-- Description: Retention clean-up for expired and old rows.
--   Re-applied after every `codegen migrate up` (CREATE OR REPLACE only).

-- cleanup_expired(retention): deletes expired sessions and invitations, and
-- events, page views, metrics and resolved errors older than the retention;
-- returns one row per table with the number of rows deleted.
CREATE OR REPLACE FUNCTION public.cleanup_expired(p_retention interval DEFAULT interval '90 days')
  RETURNS TABLE (table_name text, deleted bigint)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = ''
AS $$
DECLARE
  cutoff timestamptz := now() - p_retention;
  n bigint;
BEGIN
  IF p_retention < interval '1 day' THEN
    RAISE EXCEPTION 'retention % is shorter than one day', p_retention
      USING HINT = 'pass an interval of at least 1 day';
  END IF;

  DELETE FROM public.user_sessions s WHERE s.expires_at < now();
  GET DIAGNOSTICS n = ROW_COUNT;
  table_name := 'user_sessions'; deleted := n; RETURN NEXT;

  DELETE FROM public.invitations i WHERE i.accepted_at IS NULL AND i.expires_at < now();
  GET DIAGNOSTICS n = ROW_COUNT;
  table_name := 'invitations'; deleted := n; RETURN NEXT;

  DELETE FROM public.events e WHERE e.occurred_at < cutoff;
  GET DIAGNOSTICS n = ROW_COUNT;
  table_name := 'events'; deleted := n; RETURN NEXT;

  DELETE FROM public.page_views v WHERE v.viewed_at < cutoff;
  GET DIAGNOSTICS n = ROW_COUNT;
  table_name := 'page_views'; deleted := n; RETURN NEXT;

  DELETE FROM public.system_metrics m WHERE m.recorded_at < cutoff;
  GET DIAGNOSTICS n = ROW_COUNT;
  table_name := 'system_metrics'; deleted := n; RETURN NEXT;

  DELETE FROM public.error_logs l WHERE l.resolved_at IS NOT NULL AND l.resolved_at < cutoff;
  GET DIAGNOSTICS n = ROW_COUNT;
  table_name := 'error_logs'; deleted := n; RETURN NEXT;
END
$$;
COMMENT ON FUNCTION public.cleanup_expired(interval) IS 'Deletes expired sessions/invitations and analytics rows older than the retention';
REVOKE EXECUTE ON FUNCTION public.cleanup_expired(interval) FROM PUBLIC, anon, authenticated;
