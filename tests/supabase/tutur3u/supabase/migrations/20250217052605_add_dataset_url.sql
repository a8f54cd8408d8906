alter table
    "public"."workspace_datasets"
add
    column "url" text;