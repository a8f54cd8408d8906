grant select, insert, update, delete
on table public.workspace_external_project_relation_definitions
to service_role;

grant select, insert, update, delete
on table public.workspace_external_project_relation_definition_targets
to service_role;

grant select, insert, update, delete
on table public.workspace_external_project_entry_relations
to service_role;
