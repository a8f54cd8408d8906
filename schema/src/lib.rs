//! The schema model (IR): see issue 4.
