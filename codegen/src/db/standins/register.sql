DO @tag@
DECLARE ext oid := pg_nextoid('pg_catalog.pg_extension', 'oid', 'pg_catalog.pg_extension_oid_index');
BEGIN
  @sql@
  INSERT INTO pg_catalog.pg_extension (oid, extname, extowner, extnamespace, extrelocatable, extversion)
  VALUES (ext, @name@, current_user::regrole, @schema_literal@::regnamespace, false, @version@);
  INSERT INTO pg_catalog.pg_depend (classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
  SELECT m.classid, m.objid, 0, 'pg_extension'::regclass, ext, 0, 'e'
    FROM (
      SELECT 'pg_type'::regclass AS classid, t.oid AS objid FROM pg_type t
       WHERE t.oid > ext AND (t.typrelid = 0 OR EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c'))
         AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
      UNION ALL SELECT 'pg_proc'::regclass, oid FROM pg_proc WHERE oid > ext
      UNION ALL SELECT 'pg_operator'::regclass, oid FROM pg_operator WHERE oid > ext
      UNION ALL SELECT 'pg_opclass'::regclass, oid FROM pg_opclass WHERE oid > ext
      UNION ALL SELECT 'pg_opfamily'::regclass, oid FROM pg_opfamily WHERE oid > ext
      UNION ALL SELECT 'pg_am'::regclass, oid FROM pg_am WHERE oid > ext
      UNION ALL SELECT 'pg_cast'::regclass, oid FROM pg_cast WHERE oid > ext
      UNION ALL SELECT 'pg_class'::regclass, oid FROM pg_class WHERE oid > ext AND relkind IN ('r', 'v', 'S')
      UNION ALL SELECT 'pg_namespace'::regclass, oid FROM pg_namespace WHERE oid > ext
    ) m;
  @vault@
END
@tag@
