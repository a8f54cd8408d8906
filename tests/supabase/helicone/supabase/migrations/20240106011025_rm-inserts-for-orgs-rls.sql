drop policy "Enable insert for owner" on "public"."organization";


