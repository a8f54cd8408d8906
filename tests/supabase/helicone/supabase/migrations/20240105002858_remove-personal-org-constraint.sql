drop trigger if exists "check_personal_organization_constraint_trigger" on "public"."organization";


