drop policy "Enable read access for normal users" on "public"."nova_challenges";

drop policy "Enable read access for normal users" on "public"."nova_problems";


