grant all on table private.inventory_bundle_category_components to service_role;

notify pgrst, 'reload schema';
