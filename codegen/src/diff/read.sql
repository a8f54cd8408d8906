-- The schema objects of every user schema, one row each: kind, name (a
-- quoted SQL name), parent (the object it belongs to), def (what is
-- compared), ddl (creates it), undo (drops it), deps (objects it reads),
-- implicit (made by another object's DDL), info (facts the planner needs,
-- a text array whose positions per kind diff/object.rs's Info::parse reads;
-- catalog codes are given raw, and an unknown one is an error there).
-- A catalog function whose text is used twice is called once, in a
-- LATERAL subquery with OFFSET 0 (else the planner inlines it per use).
WITH ns AS (
  SELECT oid, nspname FROM pg_namespace
   WHERE nspname <> ALL($1) AND nspname NOT LIKE 'pg\_temp\_%' AND nspname NOT LIKE 'pg\_toast\_temp\_%'
), ext AS (
  SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
), rel AS NOT MATERIALIZED (
  SELECT c.*, format('%I.%I', n.nspname, c.relname) AS qname, n.nspname
    FROM pg_class c JOIN ns n ON n.oid = c.relnamespace
   WHERE c.oid NOT IN (SELECT objid FROM ext WHERE classid = 'pg_class'::regclass)
), fn AS NOT MATERIALIZED (
  SELECT p.*, format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) AS qname
    FROM pg_proc p JOIN ns n ON n.oid = p.pronamespace
   WHERE p.prokind IN ('f', 'p') AND p.oid NOT IN (SELECT objid FROM ext WHERE classid = 'pg_proc'::regclass)
     -- A range type's constructors come with the type.
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
), typ AS NOT MATERIALIZED (
  SELECT t.*, format('%I.%I', n.nspname, t.typname) AS qname
    FROM pg_type t JOIN ns n ON n.oid = t.typnamespace
   WHERE t.oid NOT IN (SELECT objid FROM ext WHERE classid = 'pg_type'::regclass)
), acl AS (
  -- Privileges on tables, views, sequences, functions and schemas, one per
  -- grantee and privilege; the owner's own are left out.
  SELECT CASE WHEN r.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS on_kind, r.qname AS object, NULL::text AS col,
         r.relowner AS owner, (aclexplode(r.relacl)).*
    FROM rel r WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND r.relacl IS NOT NULL
  UNION ALL
  SELECT 'TABLE', r.qname, quote_ident(a.attname), r.relowner, (aclexplode(a.attacl)).*
    FROM pg_attribute a JOIN rel r ON r.oid = a.attrelid
   WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT CASE WHEN f.prokind = 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, f.qname, NULL, f.proowner,
         (aclexplode(coalesce(f.proacl, acldefault('f', f.proowner)))).*
    FROM fn f
  UNION ALL
  SELECT 'SCHEMA', quote_ident(s.nspname), NULL, s.nspowner, (aclexplode(s.nspacl)).*
    FROM pg_namespace s JOIN ns n ON n.oid = s.oid WHERE s.nspacl IS NOT NULL
)
SELECT kind, name, parent, def, ddl, undo, deps, implicit, info FROM (
  SELECT 'schema' AS kind, quote_ident(n.nspname) AS name, NULL::text AS parent, '' AS def,
         format('CREATE SCHEMA IF NOT EXISTS %I;', n.nspname) AS ddl,
         format('DROP SCHEMA IF EXISTS %I;', n.nspname) AS undo,
         '{}'::text[] AS deps, n.nspname = 'public' AS implicit, NULL::text[] AS info
    -- (A schema an extension makes, as pg_cron makes `cron`, comes with it.)
    FROM ns n WHERE n.oid NOT IN (SELECT objid FROM ext WHERE classid = 'pg_namespace'::regclass)
  UNION ALL
  SELECT 'extension', quote_ident(e.extname), quote_ident(e.extnamespace::regnamespace::text),
         format('schema=%I', e.extnamespace::regnamespace::text),
         format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I;', e.extname, e.extnamespace::regnamespace::text),
         format('DROP EXTENSION IF EXISTS %I;', e.extname), '{}', e.extname = 'plpgsql', NULL
    FROM pg_extension e
  UNION ALL
  -- Enums, domains, composite types.
  SELECT 'type', t.qname, quote_ident(t.typnamespace::regnamespace::text),
         CASE t.typtype
           WHEN 'e' THEN format('enum (%s)', (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid))
           WHEN 'r' THEN (SELECT format('range (SUBTYPE = %s%s%s)', format_type(g.rngsubtype, NULL),
                                       CASE WHEN g.rngsubopc <> 0 THEN format(', SUBTYPE_OPCLASS = %s', (SELECT format('%I.%I', opcnamespace::regnamespace::text, opcname) FROM pg_opclass WHERE oid = g.rngsubopc)) ELSE '' END,
                                       CASE WHEN g.rngcanonical <> 0 THEN format(', CANONICAL = %s', g.rngcanonical::regproc) ELSE '' END)
                            FROM pg_range g WHERE g.rngtypid = t.oid)
           WHEN 'd' THEN format('domain %s%s%s%s%s', format_type(t.typbasetype, t.typtypmod),
                                CASE WHEN t.typcollation <> 0 AND t.typcollation <> (SELECT typcollation FROM pg_type WHERE oid = t.typbasetype)
                                     THEN format(' COLLATE %s', t.typcollation::regcollation) ELSE '' END,
                                CASE WHEN t.typdefault IS NOT NULL THEN ' DEFAULT ' || t.typdefault ELSE '' END,
                                CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END,
                                coalesce((SELECT string_agg(format(' CONSTRAINT %I %s', k.conname, pg_get_constraintdef(k.oid)), '' ORDER BY k.conname)
                                            FROM pg_constraint k WHERE k.contypid = t.oid), ''))
           ELSE format('composite (%s)', (SELECT string_agg(format('%I %s%s', a.attname, format_type(a.atttypid, a.atttypmod),
                                                                   CASE WHEN a.attcollation <> 0 AND a.attcollation <> (SELECT typcollation FROM pg_type WHERE oid = a.atttypid)
                                                                        THEN format(' COLLATE %s', a.attcollation::regcollation) ELSE '' END), ', ' ORDER BY a.attnum)
                                            FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped))
         END,
         NULL, format('DROP TYPE IF EXISTS %s;', t.qname), '{}', false,
         ARRAY[t.typtype::text] || ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
    FROM typ t
   WHERE t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
  UNION ALL
  -- Sequences not made by an identity column.
  -- (An unlogged one, as a serial of an unlogged table is, says so.)
  SELECT 'sequence', r.qname, quote_ident(r.nspname),
         o.options || CASE WHEN r.relpersistence = 'u' THEN ' UNLOGGED' ELSE '' END,
         NULL, format('DROP SEQUENCE IF EXISTS %s;', r.qname), '{}',
         EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid AND d.deptype = 'i'),
         ARRAY[o.options, r.relpersistence::text]
    FROM rel r JOIN pg_sequence s ON s.seqrelid = r.oid
    CROSS JOIN LATERAL (
      SELECT format('AS %s INCREMENT BY %s MINVALUE %s MAXVALUE %s START WITH %s CACHE %s %s', format_type(s.seqtypid, NULL),
                    s.seqincrement, s.seqmin, s.seqmax, s.seqstart, s.seqcache, CASE WHEN s.seqcycle THEN 'CYCLE' ELSE 'NO CYCLE' END) AS options
    ) o
   WHERE r.relkind = 'S'
  UNION ALL
  SELECT 'sequence-owner', r.qname, r.qname, format('%s.%I', o.qname, a.attname),
         format('ALTER SEQUENCE %s OWNED BY %s.%I;', r.qname, o.qname, a.attname),
         format('ALTER SEQUENCE IF EXISTS %s OWNED BY NONE;', r.qname), ARRAY[o.qname], false, NULL
    FROM rel r JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = r.oid AND d.deptype = 'a'
                                AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
    JOIN rel o ON o.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = o.oid AND a.attnum = d.refobjsubid
   WHERE r.relkind = 'S'
  UNION ALL
  SELECT 'table', r.qname, quote_ident(r.nspname),
         format('kind=%s persistence=%s partition-by=%s partition-of=%s options=%s', r.relkind, r.relpersistence,
                pg_get_partkeydef(r.oid),
                (SELECT format('%s %s', p.qname, pg_get_expr(r.relpartbound, r.oid)) FROM pg_inherits i JOIN rel p ON p.oid = i.inhparent WHERE i.inhrelid = r.oid AND r.relispartition),
                r.reloptions),
         NULL, format('DROP TABLE IF EXISTS %s;', r.qname),
         ARRAY(SELECT p.qname FROM pg_inherits i JOIN rel p ON p.oid = i.inhparent WHERE i.inhrelid = r.oid
               UNION
               SELECT f.qname FROM pg_constraint k JOIN rel f ON f.oid = k.confrelid
                WHERE k.conrelid = r.oid AND k.contype = 'f' AND k.confrelid <> r.oid), false,
         ARRAY[r.relkind::text, r.relpersistence::text, pg_get_partkeydef(r.oid),
               (SELECT p.qname FROM pg_inherits i JOIN rel p ON p.oid = i.inhparent WHERE i.inhrelid = r.oid AND r.relispartition),
               (SELECT string_agg(p.qname, ', ' ORDER BY i.inhseqno) FROM pg_inherits i JOIN rel p ON p.oid = i.inhparent WHERE i.inhrelid = r.oid AND NOT r.relispartition),
               pg_get_expr(r.relpartbound, r.oid)] || coalesce(r.reloptions, '{}')
    FROM rel r WHERE r.relkind IN ('r', 'p')
  UNION ALL
  SELECT 'rls', r.qname, r.qname, 'enabled', format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY;', r.qname),
         format('ALTER TABLE %s DISABLE ROW LEVEL SECURITY;', r.qname), '{}', false, NULL
    FROM rel r WHERE r.relrowsecurity
  UNION ALL
  SELECT 'replica-identity', r.qname, r.qname,
         CASE r.relreplident WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING'
              WHEN 'i' THEN format('USING INDEX %I', (SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                                              WHERE i.indrelid = r.oid AND i.indisreplident)) END,
         format('ALTER TABLE %s REPLICA IDENTITY %s;', r.qname,
                CASE r.relreplident WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING'
                     WHEN 'i' THEN format('USING INDEX %I', (SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                                                     WHERE i.indrelid = r.oid AND i.indisreplident)) END),
         format('ALTER TABLE %s REPLICA IDENTITY DEFAULT;', r.qname), '{}', false, ARRAY[r.relreplident::text]
    FROM rel r WHERE r.relkind IN ('r', 'p') AND r.relreplident <> 'd'
  UNION ALL
  SELECT 'rls-forced', r.qname, r.qname, 'forced', format('ALTER TABLE %s FORCE ROW LEVEL SECURITY;', r.qname),
         format('ALTER TABLE %s NO FORCE ROW LEVEL SECURITY;', r.qname), '{}', false, NULL
    FROM rel r WHERE r.relforcerowsecurity
  UNION ALL
  SELECT 'column', format('%s.%I', r.qname, a.attname), r.qname,
         format('%s%s notnull=%s default=%s identity=%s generated=%s', f.type,
                CASE WHEN f.collate IS NOT NULL THEN ' COLLATE ' || f.collate ELSE '' END,
                a.attnotnull, f.dflt, a.attidentity, a.attgenerated),
         NULL, NULL, '{}', a.attinhcount > 0,
         ARRAY[quote_ident(a.attname), f.type, f.collate, a.attnotnull::text, f.dflt, a.attidentity::text,
               a.attgenerated::text, a.attnum::text, t.typtype::text,
               format('%I.%I', t.typnamespace::regnamespace::text, t.typname),
               CASE WHEN a.attidentity <> '' THEN pg_get_serial_sequence(r.qname, a.attname) END,
               t.typcategory::text]
    FROM pg_attribute a JOIN rel r ON r.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    CROSS JOIN LATERAL (
      SELECT format_type(a.atttypid, a.atttypmod) AS type, pg_get_expr(d.adbin, d.adrelid) AS dflt,
             CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN a.attcollation::regcollation::text END AS collate
      OFFSET 0
    ) f
   WHERE a.attnum > 0 AND NOT a.attisdropped AND r.relkind IN ('r', 'p')
  UNION ALL
  SELECT CASE WHEN k.contype = 'f' THEN 'foreign-key' ELSE 'constraint' END,
         format('%I ON %s', k.conname, r.qname), r.qname, cd.def,
         format('ALTER TABLE %s ADD CONSTRAINT %I %s;', r.qname, k.conname, cd.def),
         format('ALTER TABLE %s DROP CONSTRAINT IF EXISTS %I;', r.qname, k.conname),
         CASE WHEN k.contype = 'f' THEN ARRAY[(SELECT qname FROM rel WHERE oid = k.confrelid)] ELSE '{}' END,
         k.coninhcount > 0 OR k.conparentid <> 0,
         ARRAY[r.qname, quote_ident(k.conname), cd.def, k.contype::text, (r.relkind = 'p')::text]
    FROM pg_constraint k JOIN rel r ON r.oid = k.conrelid
    CROSS JOIN LATERAL (SELECT pg_get_constraintdef(k.oid) AS def OFFSET 0) cd
  UNION ALL
  SELECT 'index', format('%I.%I', r.nspname, r.relname), t.qname, x.def,
         x.def || ';', format('DROP INDEX IF EXISTS %s;', r.qname), ARRAY[t.qname],
         EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = r.oid),
         ARRAY[t.qname, t.relkind::text]
    FROM pg_index i JOIN rel r ON r.oid = i.indexrelid JOIN rel t ON t.oid = i.indrelid
    CROSS JOIN LATERAL (SELECT pg_get_indexdef(r.oid) AS def OFFSET 0) x
   WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
  UNION ALL
  SELECT 'view', r.qname, quote_ident(r.nspname),
         format('kind=%s options=%s def=%s', r.relkind, r.reloptions, v.def),
         CASE WHEN r.relkind = 'v'
              THEN format('CREATE OR REPLACE VIEW %s%s AS%s', r.qname,
                          CASE WHEN r.reloptions IS NOT NULL THEN format(' WITH (%s)', array_to_string(r.reloptions, ', ')) ELSE '' END,
                          E'\n' || v.def)
              ELSE format('CREATE MATERIALIZED VIEW IF NOT EXISTS %s%s AS%s', r.qname,
                          CASE WHEN r.reloptions IS NOT NULL THEN format(' WITH (%s)', array_to_string(r.reloptions, ', ')) ELSE '' END,
                          E'\n' || rtrim(v.def, ';') || ';') END,
         format('DROP %sVIEW IF EXISTS %s;', CASE WHEN r.relkind = 'm' THEN 'MATERIALIZED ' ELSE '' END, r.qname),
         ARRAY(SELECT DISTINCT x.qname FROM pg_rewrite w JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = w.oid
                 JOIN rel x ON x.oid = d.refobjid AND d.refclassid = 'pg_class'::regclass
                WHERE w.ev_class = r.oid AND x.oid <> r.oid
               UNION
               SELECT DISTINCT f.qname FROM pg_rewrite w JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = w.oid
                 JOIN fn f ON f.oid = d.refobjid AND d.refclassid = 'pg_proc'::regclass
                WHERE w.ev_class = r.oid),
         false, ARRAY[r.relkind::text]
    FROM rel r CROSS JOIN LATERAL (SELECT pg_get_viewdef(r.oid) AS def OFFSET 0) v
   WHERE r.relkind IN ('v', 'm')
  UNION ALL
  SELECT 'function', f.qname, quote_ident(f.pronamespace::regnamespace::text), fd.def,
         rtrim(fd.def, E'\n') || ';',
         format('DROP %s IF EXISTS %s;', CASE WHEN f.prokind = 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, f.qname),
         ARRAY(SELECT t.qname FROM unnest(f.proargtypes::oid[] || f.prorettype) u(oid) JOIN pg_type ty ON ty.oid = u.oid
                 JOIN rel t ON t.oid = ty.typrelid WHERE t.relkind IN ('r', 'p', 'v', 'm')),
         false,
         ARRAY[pg_get_function_result(f.oid), f.prokind::text, pg_get_function_arguments(f.oid)]
    FROM fn f CROSS JOIN LATERAL (SELECT pg_get_functiondef(f.oid) AS def OFFSET 0) fd
  UNION ALL
  SELECT 'trigger', format('%I ON %s', g.tgname, r.qname), r.qname, format('%s enabled=%s', tg.def, g.tgenabled),
         format(E'DROP TRIGGER IF EXISTS %I ON %s;\n%s;%s', g.tgname, r.qname, tg.def,
                CASE g.tgenabled WHEN 'D' THEN format(E'\nALTER TABLE %s DISABLE TRIGGER %I;', r.qname, g.tgname)
                                 WHEN 'R' THEN format(E'\nALTER TABLE %s ENABLE REPLICA TRIGGER %I;', r.qname, g.tgname)
                                 WHEN 'A' THEN format(E'\nALTER TABLE %s ENABLE ALWAYS TRIGGER %I;', r.qname, g.tgname) ELSE '' END),
         format('DROP TRIGGER IF EXISTS %I ON %s;', g.tgname, r.qname),
         ARRAY(SELECT qname FROM fn WHERE oid = g.tgfoid), g.tgparentid <> 0, ARRAY[g.tgenabled::text]
    FROM pg_trigger g JOIN rel r ON r.oid = g.tgrelid
    CROSS JOIN LATERAL (SELECT pg_get_triggerdef(g.oid) AS def OFFSET 0) tg
   WHERE NOT g.tgisinternal
  UNION ALL
  SELECT 'policy', format('%I ON %s', p.polname, r.qname), r.qname,
         format('%s %s %s using=%s check=%s', CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,
                p.polcmd, roles.list, pe.qual, pe.with_check),
         format(E'DROP POLICY IF EXISTS %I ON %s;\nCREATE POLICY %I ON %s AS %s FOR %s TO %s%s%s;', p.polname, r.qname, p.polname, r.qname,
                CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,
                CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' WHEN '*' THEN 'ALL' END,
                roles.list,
                CASE WHEN p.polqual IS NOT NULL THEN format(E'\n  USING (%s)', pe.qual) ELSE '' END,
                CASE WHEN p.polwithcheck IS NOT NULL THEN format(E'\n  WITH CHECK (%s)', pe.with_check) ELSE '' END),
         format('DROP POLICY IF EXISTS %I ON %s;', p.polname, r.qname),
         -- (The other tables it reads.)
         ARRAY(SELECT DISTINCT x.qname FROM pg_depend d JOIN rel x ON x.oid = d.refobjid
                WHERE d.classid = 'pg_policy'::regclass AND d.objid = p.oid AND d.refclassid = 'pg_class'::regclass
                  AND x.oid <> r.oid),
         false, ARRAY[p.polcmd::text]
    FROM pg_policy p JOIN rel r ON r.oid = p.polrelid
    CROSS JOIN LATERAL (SELECT string_agg(CASE WHEN o = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(o)) END, ', ' ORDER BY CASE WHEN o = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(o)::text END) AS list
                          FROM unnest(p.polroles) o) roles
    CROSS JOIN LATERAL (SELECT pg_get_expr(p.polqual, p.polrelid) AS qual, pg_get_expr(p.polwithcheck, p.polrelid) AS with_check OFFSET 0) pe
  UNION ALL
  SELECT 'grant', format('%s%s ON %s %s TO %s', a.privilege_type, coalesce(' (' || a.col || ')', ''), a.on_kind, a.object,
                         CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END),
         a.object, CASE WHEN a.is_grantable THEN 'WITH GRANT OPTION' ELSE '' END,
         format('GRANT %s%s ON %s %s TO %s%s;', a.privilege_type, coalesce(' (' || a.col || ')', ''), a.on_kind, a.object,
                CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END,
                CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END),
         format('REVOKE %s%s ON %s %s FROM %s;', a.privilege_type, coalesce(' (' || a.col || ')', ''), a.on_kind, a.object,
                CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END),
         '{}', false, NULL
    FROM acl a WHERE a.grantee <> a.owner
  UNION ALL
  -- A privilege the owner of a table, view or sequence took from itself.
  SELECT 'grant', format('%s ON %s %s FROM OWNER %s', o.privilege_type, k.on_kind, r.qname, quote_ident(pg_get_userbyid(r.relowner))),
         r.qname, 'revoked',
         format('REVOKE %s ON %s %s FROM %I;', o.privilege_type, k.on_kind, r.qname, pg_get_userbyid(r.relowner)),
         format('GRANT %s ON %s %s TO %I;', o.privilege_type, k.on_kind, r.qname, pg_get_userbyid(r.relowner)),
         '{}', false, NULL
    FROM rel r CROSS JOIN LATERAL (SELECT CASE WHEN r.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS on_kind) k
    CROSS JOIN LATERAL aclexplode(acldefault((CASE WHEN r.relkind = 'S' THEN 's' ELSE 'r' END)::"char", r.relowner)) o
   WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND r.relacl IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM aclexplode(r.relacl) x WHERE x.grantee = r.relowner AND x.privilege_type = o.privilege_type)
  UNION ALL
  SELECT 'default-acl', format('%s ON %s IN %s FOR %s TO %s', x.privilege_type, kinds.word,
                               coalesce(quote_ident(d.defaclnamespace::regnamespace::text), 'ALL SCHEMAS'),
                               quote_ident(pg_get_userbyid(d.defaclrole)),
                               CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END),
         NULL, CASE WHEN x.is_grantable THEN 'WITH GRANT OPTION' ELSE '' END,
         format('ALTER DEFAULT PRIVILEGES FOR ROLE %I%s GRANT %s ON %s TO %s%s;', pg_get_userbyid(d.defaclrole),
                CASE WHEN d.defaclnamespace <> 0 THEN format(' IN SCHEMA %I', d.defaclnamespace::regnamespace::text) ELSE '' END,
                x.privilege_type, kinds.word, CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END,
                CASE WHEN x.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END),
         format('ALTER DEFAULT PRIVILEGES FOR ROLE %I%s REVOKE %s ON %s FROM %s;', pg_get_userbyid(d.defaclrole),
                CASE WHEN d.defaclnamespace <> 0 THEN format(' IN SCHEMA %I', d.defaclnamespace::regnamespace::text) ELSE '' END,
                x.privilege_type, kinds.word, CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END),
         '{}', false,
         ARRAY[d.defaclobjtype::text, CASE WHEN d.defaclnamespace <> 0 THEN quote_ident(d.defaclnamespace::regnamespace::text) END,
               quote_ident(pg_get_userbyid(d.defaclrole)), x.privilege_type,
               CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END]
    FROM pg_default_acl d CROSS JOIN LATERAL aclexplode(d.defaclacl) x
    CROSS JOIN LATERAL (SELECT CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                                                    WHEN 'T' THEN 'TYPES' WHEN 'n' THEN 'SCHEMAS' END AS word) kinds
   WHERE (d.defaclnamespace = 0 OR d.defaclnamespace IN (SELECT oid FROM ns))
     AND NOT (x.grantee = d.defaclrole AND d.defaclnamespace = 0)
  UNION ALL
  SELECT 'publication', quote_ident(p.pubname), NULL,
         format('all=%s insert=%s update=%s delete=%s truncate=%s', p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete, p.pubtruncate),
         format(E'DO %1$s BEGIN\n  CREATE PUBLICATION %2$I%3$s WITH (publish = %4$L);\nEXCEPTION WHEN duplicate_object THEN NULL;\nEND %1$s;',
                tag.tag, p.pubname, CASE WHEN p.puballtables THEN ' FOR ALL TABLES' ELSE '' END,
                concat_ws(', ', CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
                          CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END)),
         format('DROP PUBLICATION IF EXISTS %I;', p.pubname), '{}', false, NULL
    FROM pg_publication p
   CROSS JOIN LATERAL (SELECT CASE WHEN strpos(p.pubname, '$codegen') > 0 THEN '$codegen_' || md5(p.pubname) || '$'
                                   ELSE '$codegen$' END AS tag) tag
  UNION ALL
  SELECT 'publication-table', format('%s IN %I', r.qname, p.pubname), quote_ident(p.pubname), '',
         format(E'DO %1$s BEGIN\n  ALTER PUBLICATION %2$I ADD TABLE %3$s;\nEXCEPTION WHEN duplicate_object THEN NULL;\nEND %1$s;', tag.tag, p.pubname, r.qname),
         format(E'DO %1$s BEGIN\n  ALTER PUBLICATION %2$I DROP TABLE %3$s;\nEXCEPTION WHEN undefined_object THEN NULL;\nEND %1$s;', tag.tag, p.pubname, r.qname),
         ARRAY[r.qname], false, NULL
    FROM pg_publication_rel pr JOIN pg_publication p ON p.oid = pr.prpubid JOIN rel r ON r.oid = pr.prrelid
   CROSS JOIN LATERAL (SELECT CASE WHEN strpos(p.pubname || r.qname, '$codegen') > 0 THEN '$codegen_' || md5(p.pubname || r.qname) || '$'
                                   ELSE '$codegen$' END AS tag) tag
  UNION ALL
  SELECT 'comment', target.what, target.owner, d.description,
         format('COMMENT ON %s IS %L;', target.what, d.description), format('COMMENT ON %s IS NULL;', target.what),
         '{}', false, ARRAY[target.relkind]
    FROM pg_description d
    -- PostgreSQL's own objects (oids below 16384) have most descriptions;
    -- its comment on `public` is its own too, whatever the schema's oid
    -- (`migrate reset` on a URL re-makes the schema with that comment).
    CROSS JOIN LATERAL (SELECT WHERE d.objoid >= 16384
                          AND NOT (d.classoid = 'pg_namespace'::regclass AND d.description = 'standard public schema'
                                   AND d.objoid = (SELECT oid FROM pg_namespace WHERE nspname = 'public'))) user_object
    CROSS JOIN LATERAL (
      SELECT CASE WHEN d.objsubid > 0 THEN format('COLUMN %s.%I', r.qname, (SELECT attname FROM pg_attribute WHERE attrelid = r.oid AND attnum = d.objsubid))
                  ELSE format('%s %s', CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                                                      WHEN 'i' THEN 'INDEX' WHEN 'I' THEN 'INDEX' WHEN 'f' THEN 'FOREIGN TABLE'
                                                      WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'TABLE' END, r.qname) END AS what,
             r.qname AS owner, r.relkind::text AS relkind
        FROM rel r WHERE d.classoid = 'pg_class'::regclass AND r.oid = d.objoid AND (r.relkind <> 'c' OR d.objsubid > 0)
      UNION ALL
      SELECT format('%s %s', CASE WHEN t.typtype = 'd' THEN 'DOMAIN' ELSE 'TYPE' END, t.qname), t.qname, NULL
        FROM typ t WHERE d.classoid = 'pg_type'::regclass AND t.oid = d.objoid

      UNION ALL
      SELECT format('%s %s', CASE WHEN f.prokind = 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, f.qname), f.qname, NULL
        FROM fn f WHERE d.classoid = 'pg_proc'::regclass AND f.oid = d.objoid
      UNION ALL
      SELECT format('SCHEMA %I', n.nspname), quote_ident(n.nspname), NULL
        FROM ns n WHERE d.classoid = 'pg_namespace'::regclass AND n.oid = d.objoid
      UNION ALL
      SELECT format('CONSTRAINT %I ON %s', k.conname, r.qname), format('%I ON %s', k.conname, r.qname), NULL
        FROM pg_constraint k JOIN rel r ON r.oid = k.conrelid WHERE d.classoid = 'pg_constraint'::regclass AND k.oid = d.objoid
      UNION ALL
      SELECT format('CONSTRAINT %I ON DOMAIN %s', k.conname, t.qname), t.qname, NULL
        FROM pg_constraint k JOIN typ t ON t.oid = k.contypid WHERE d.classoid = 'pg_constraint'::regclass AND k.oid = d.objoid
      UNION ALL
      SELECT format('POLICY %I ON %s', p.polname, r.qname), format('%I ON %s', p.polname, r.qname), NULL
        FROM pg_policy p JOIN rel r ON r.oid = p.polrelid WHERE d.classoid = 'pg_policy'::regclass AND p.oid = d.objoid
      UNION ALL
      SELECT format('TRIGGER %I ON %s', g.tgname, r.qname), format('%I ON %s', g.tgname, r.qname), NULL
        FROM pg_trigger g JOIN rel r ON r.oid = g.tgrelid WHERE d.classoid = 'pg_trigger'::regclass AND g.oid = d.objoid
    ) target
) objects
