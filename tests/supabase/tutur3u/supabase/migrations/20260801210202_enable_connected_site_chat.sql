UPDATE public.canonical_external_projects
SET allowed_features = array_append(allowed_features, 'chat')
WHERE adapter = 'custom'
  AND NOT ('chat' = ANY(allowed_features));
