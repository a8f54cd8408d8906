CREATE TYPE @schema@.@t@;
CREATE FUNCTION @schema@.@t@_in(cstring) RETURNS @schema@.@t@ LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'textin';
CREATE FUNCTION @schema@.@t@_out(@schema@.@t@) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'textout';
CREATE FUNCTION @schema@.@t@_recv(internal) RETURNS @schema@.@t@ LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'textrecv';
CREATE FUNCTION @schema@.@t@_send(@schema@.@t@) RETURNS bytea LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'textsend';
CREATE FUNCTION @schema@.@t@_typmod_in(cstring[]) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
  $f$ SELECT coalesce(nullif(regexp_replace(($1::text[])[array_length($1::text[], 1)], '\D', '', 'g'), '')::int, 0) $f$;
CREATE TYPE @schema@.@t@ (
  INPUT = @schema@.@t@_in, OUTPUT = @schema@.@t@_out, RECEIVE = @schema@.@t@_recv, SEND = @schema@.@t@_send,
  TYPMOD_IN = @schema@.@t@_typmod_in, INTERNALLENGTH = VARIABLE, STORAGE = extended, ALIGNMENT = int4
);
CREATE CAST (text AS @schema@.@t@) WITH INOUT AS IMPLICIT;
CREATE CAST (@schema@.@t@ AS text) WITH INOUT;
CREATE FUNCTION @schema@.@t@_overlaps(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT true';
CREATE FUNCTION @schema@.@t@_distance(@schema@.@t@, @schema@.@t@) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT 0::double precision';
CREATE OPERATOR @schema@.&& (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_overlaps, COMMUTATOR = OPERATOR(@schema@.&&));
CREATE OPERATOR @schema@.<-> (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_distance, COMMUTATOR = OPERATOR(@schema@.<->));
CREATE FUNCTION @schema@.@t@_eq(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'byteaeq';
CREATE FUNCTION @schema@.@t@_lt(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'bytealt';
CREATE FUNCTION @schema@.@t@_le(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'byteale';
CREATE FUNCTION @schema@.@t@_gt(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'byteagt';
CREATE FUNCTION @schema@.@t@_ge(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'byteage';
CREATE FUNCTION @schema@.@t@_cmp(@schema@.@t@, @schema@.@t@) RETURNS integer LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'byteacmp';
CREATE OPERATOR @schema@.= (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_eq, COMMUTATOR = OPERATOR(@schema@.=));
CREATE OPERATOR @schema@.< (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_lt);
CREATE OPERATOR @schema@.<= (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_le);
CREATE OPERATOR @schema@.> (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_gt);
CREATE OPERATOR @schema@.>= (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_ge);
CREATE OPERATOR CLASS @schema@.btree_@t@_ops DEFAULT FOR TYPE @schema@.@t@ USING btree AS
  OPERATOR 1 @schema@.<, OPERATOR 2 @schema@.<=, OPERATOR 3 @schema@.=, OPERATOR 4 @schema@.>=, OPERATOR 5 @schema@.>,
  FUNCTION 1 @schema@.@t@_cmp(@schema@.@t@, @schema@.@t@);
CREATE FUNCTION @schema@.@t@_gist_consistent(internal, @schema@.@t@, smallint, oid, internal) RETURNS boolean LANGUAGE c IMMUTABLE STRICT AS '$libdir/btree_gist', 'gbt_bytea_consistent';
CREATE FUNCTION @schema@.@t@_gist_union(internal, internal) RETURNS bytea LANGUAGE c IMMUTABLE STRICT AS '$libdir/btree_gist', 'gbt_bytea_union';
CREATE FUNCTION @schema@.@t@_gist_compress(internal) RETURNS internal LANGUAGE c IMMUTABLE STRICT AS '$libdir/btree_gist', 'gbt_bytea_compress';
CREATE FUNCTION @schema@.@t@_gist_decompress(internal) RETURNS internal LANGUAGE c IMMUTABLE STRICT AS '$libdir/btree_gist', 'gbt_var_decompress';
CREATE FUNCTION @schema@.@t@_gist_penalty(internal, internal, internal) RETURNS internal LANGUAGE c IMMUTABLE STRICT AS '$libdir/btree_gist', 'gbt_bytea_penalty';
CREATE FUNCTION @schema@.@t@_gist_picksplit(internal, internal) RETURNS internal LANGUAGE c IMMUTABLE STRICT AS '$libdir/btree_gist', 'gbt_bytea_picksplit';
CREATE FUNCTION @schema@.@t@_gist_same(bytea, bytea, internal) RETURNS internal LANGUAGE c IMMUTABLE STRICT AS '$libdir/btree_gist', 'gbt_bytea_same';
CREATE OPERATOR CLASS @schema@.gist_@t@_ops DEFAULT FOR TYPE @schema@.@t@ USING gist AS
  OPERATOR 1 @schema@.<, OPERATOR 2 @schema@.<=, OPERATOR 3 @schema@.=, OPERATOR 4 @schema@.>=, OPERATOR 5 @schema@.>,
  FUNCTION 1 @schema@.@t@_gist_consistent(internal, @schema@.@t@, smallint, oid, internal),
  FUNCTION 2 @schema@.@t@_gist_union(internal, internal),
  FUNCTION 3 @schema@.@t@_gist_compress(internal),
  FUNCTION 4 @schema@.@t@_gist_decompress(internal),
  FUNCTION 5 @schema@.@t@_gist_penalty(internal, internal, internal),
  FUNCTION 6 @schema@.@t@_gist_picksplit(internal, internal),
  FUNCTION 7 @schema@.@t@_gist_same(bytea, bytea, internal),
  STORAGE bytea;
