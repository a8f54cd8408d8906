CREATE TYPE @schema@.@t@;
CREATE FUNCTION @schema@.@t@_in(cstring, oid, integer) RETURNS @schema@.@t@ LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'textin';
CREATE FUNCTION @schema@.@t@_out(@schema@.@t@) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'textout';
CREATE FUNCTION @schema@.@t@_recv(internal, oid, integer) RETURNS @schema@.@t@ LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'textrecv';
CREATE FUNCTION @schema@.@t@_send(@schema@.@t@) RETURNS bytea LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'textsend';
CREATE FUNCTION @schema@.@t@_typmod_in(cstring[]) RETURNS integer LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'varchartypmodin';
CREATE FUNCTION @schema@.@t@_typmod_out(integer) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'varchartypmodout';
CREATE TYPE @schema@.@t@ (
  INPUT = @schema@.@t@_in, OUTPUT = @schema@.@t@_out, RECEIVE = @schema@.@t@_recv, SEND = @schema@.@t@_send,
  TYPMOD_IN = @schema@.@t@_typmod_in, TYPMOD_OUT = @schema@.@t@_typmod_out,
  INTERNALLENGTH = VARIABLE, STORAGE = extended, ALIGNMENT = int4
);
CREATE FUNCTION @schema@.@t@_eq(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'byteaeq';
CREATE FUNCTION @schema@.@t@_hash(@schema@.@t@) RETURNS integer LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'hashvarlena';
CREATE OPERATOR @schema@.= (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_eq, COMMUTATOR = OPERATOR(@schema@.=), HASHES);
-- pgvector's btree class (@t@_ops): comparisons, so DISTINCT, UNION, GROUP BY
-- and ORDER BY of a vector column plan as on a real server (bytewise here).
CREATE FUNCTION @schema@.@t@_ne(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'byteane';
CREATE FUNCTION @schema@.@t@_lt(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'bytealt';
CREATE FUNCTION @schema@.@t@_le(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'byteale';
CREATE FUNCTION @schema@.@t@_gt(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'byteagt';
CREATE FUNCTION @schema@.@t@_ge(@schema@.@t@, @schema@.@t@) RETURNS boolean LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'byteage';
CREATE FUNCTION @schema@.@t@_cmp(@schema@.@t@, @schema@.@t@) RETURNS integer LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'byteacmp';
CREATE OPERATOR @schema@.<> (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_ne, COMMUTATOR = OPERATOR(@schema@.<>), NEGATOR = OPERATOR(@schema@.=));
CREATE OPERATOR @schema@.< (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_lt, COMMUTATOR = OPERATOR(@schema@.>), NEGATOR = OPERATOR(@schema@.>=));
CREATE OPERATOR @schema@.<= (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_le, COMMUTATOR = OPERATOR(@schema@.>=), NEGATOR = OPERATOR(@schema@.>));
CREATE OPERATOR @schema@.> (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_gt, COMMUTATOR = OPERATOR(@schema@.<), NEGATOR = OPERATOR(@schema@.<=));
CREATE OPERATOR @schema@.>= (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.@t@_ge, COMMUTATOR = OPERATOR(@schema@.<=), NEGATOR = OPERATOR(@schema@.<));
CREATE OPERATOR CLASS @schema@.@t@_ops DEFAULT FOR TYPE @schema@.@t@ USING btree AS
  OPERATOR 1 @schema@.<, OPERATOR 2 @schema@.<=, OPERATOR 3 @schema@.=, OPERATOR 4 @schema@.>=, OPERATOR 5 @schema@.>,
  FUNCTION 1 @schema@.@t@_cmp(@schema@.@t@, @schema@.@t@);
CREATE FUNCTION @schema@.l2_distance(@schema@.@t@, @schema@.@t@) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT 0::double precision';
CREATE FUNCTION @schema@.inner_product(@schema@.@t@, @schema@.@t@) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT 0::double precision';
CREATE FUNCTION @schema@.cosine_distance(@schema@.@t@, @schema@.@t@) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT 0::double precision';
CREATE FUNCTION @schema@.l1_distance(@schema@.@t@, @schema@.@t@) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT 0::double precision';
CREATE FUNCTION @schema@.negative_inner_product(@schema@.@t@, @schema@.@t@) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT 0::double precision';
CREATE FUNCTION @schema@.vector_dims(@schema@.@t@) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT 0';
CREATE FUNCTION @schema@.vector_norm(@schema@.@t@) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT 0::double precision';
CREATE FUNCTION @schema@.l2_normalize(@schema@.@t@) RETURNS @schema@.@t@ LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT $1';
CREATE OPERATOR @schema@.<-> (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.l2_distance, COMMUTATOR = OPERATOR(@schema@.<->));
CREATE OPERATOR @schema@.<#> (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.negative_inner_product, COMMUTATOR = OPERATOR(@schema@.<#>));
CREATE OPERATOR @schema@.<=> (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.cosine_distance, COMMUTATOR = OPERATOR(@schema@.<=>));
CREATE OPERATOR @schema@.<+> (LEFTARG = @schema@.@t@, RIGHTARG = @schema@.@t@, PROCEDURE = @schema@.l1_distance, COMMUTATOR = OPERATOR(@schema@.<+>));
CREATE CAST (real[] AS @schema@.@t@) WITH INOUT AS ASSIGNMENT;
CREATE CAST (double precision[] AS @schema@.@t@) WITH INOUT AS ASSIGNMENT;
CREATE CAST (integer[] AS @schema@.@t@) WITH INOUT AS ASSIGNMENT;
CREATE CAST (numeric[] AS @schema@.@t@) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@schema@.@t@ AS real[]) WITH INOUT AS IMPLICIT;
CREATE OPERATOR CLASS @schema@.@t@_l2_ops DEFAULT FOR TYPE @schema@.@t@ USING hnsw AS OPERATOR 1 @schema@.= , FUNCTION 1 @schema@.@t@_hash(@schema@.@t@);
CREATE OPERATOR CLASS @schema@.@t@_ip_ops FOR TYPE @schema@.@t@ USING hnsw AS OPERATOR 1 @schema@.= , FUNCTION 1 @schema@.@t@_hash(@schema@.@t@);
CREATE OPERATOR CLASS @schema@.@t@_cosine_ops FOR TYPE @schema@.@t@ USING hnsw AS OPERATOR 1 @schema@.= , FUNCTION 1 @schema@.@t@_hash(@schema@.@t@);
CREATE OPERATOR CLASS @schema@.@t@_l1_ops FOR TYPE @schema@.@t@ USING hnsw AS OPERATOR 1 @schema@.= , FUNCTION 1 @schema@.@t@_hash(@schema@.@t@);
CREATE OPERATOR CLASS @schema@.@t@_l2_ops DEFAULT FOR TYPE @schema@.@t@ USING ivfflat AS OPERATOR 1 @schema@.= , FUNCTION 1 @schema@.@t@_hash(@schema@.@t@);
CREATE OPERATOR CLASS @schema@.@t@_ip_ops FOR TYPE @schema@.@t@ USING ivfflat AS OPERATOR 1 @schema@.= , FUNCTION 1 @schema@.@t@_hash(@schema@.@t@);
CREATE OPERATOR CLASS @schema@.@t@_cosine_ops FOR TYPE @schema@.@t@ USING ivfflat AS OPERATOR 1 @schema@.= , FUNCTION 1 @schema@.@t@_hash(@schema@.@t@);
