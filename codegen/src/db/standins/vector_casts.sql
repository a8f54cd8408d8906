CREATE CAST (@schema@.vector AS @schema@.halfvec) WITH INOUT AS IMPLICIT;
CREATE CAST (@schema@.halfvec AS @schema@.vector) WITH INOUT AS IMPLICIT;
CREATE CAST (@schema@.vector AS @schema@.sparsevec) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@schema@.sparsevec AS @schema@.vector) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@schema@.halfvec AS @schema@.sparsevec) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@schema@.sparsevec AS @schema@.halfvec) WITH INOUT AS ASSIGNMENT;
