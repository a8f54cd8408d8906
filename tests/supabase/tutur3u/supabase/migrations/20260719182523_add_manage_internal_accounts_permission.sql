alter type "public"."workspace_role_permission"
add value if not exists 'manage_internal_accounts';
