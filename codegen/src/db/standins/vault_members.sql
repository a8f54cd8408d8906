INSERT INTO pg_catalog.pg_depend (classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
SELECT m.classid, m.objid, 0, 'pg_extension'::regclass, ext, 0, 'e'
  FROM (
    SELECT 'pg_class'::regclass AS classid, c.oid AS objid FROM pg_class c
     WHERE c.relnamespace = 'vault'::regnamespace AND c.relkind IN ('r', 'v', 'S') AND c.oid < ext
    UNION ALL SELECT 'pg_proc'::regclass, p.oid FROM pg_proc p
     WHERE p.pronamespace = 'vault'::regnamespace AND p.oid < ext
  ) m
 WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = m.classid AND d.objid = m.objid AND d.deptype = 'e');
