//! A lean `serde::Deserialize` for generated structs.
//!
//! serde's derive writes, for every struct, a field enum, a map visitor and
//! a sequence visitor; for a crate of a hundred tables that was most of its
//! build time. Generated structs instead call [`record`] with their field
//! names and the tuple of their field types: the visitor below is written
//! once, here, for tuples of up to 48 fields, and compiled only for the
//! structs an application really deserializes. The behaviour is serde's
//! derive's: a map (keys = field names, unknown keys ignored, a repeated key
//! an error, a missing `Option` field `None`, any other missing field an
//! error) or a sequence of the fields in order.
//!
//! ```ignore
//! #[derive(serde::Serialize, runtime::Deserialize)]
//! pub struct Note { pub id: i32, pub body: Option<String> }
//! // expands to:
//! impl<'de> serde::Deserialize<'de> for Note {
//!     fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
//!         let (id, body) = runtime::de::record::<D, (i32, Option<String>)>(d, "Note", &["id", "body"])?;
//!         Ok(Note { id, body })
//!     }
//! }
//! ```

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// The largest struct [`record`] serves; larger ones use serde's derive.
/// Equal to `schema::types::MAX_RECORD_FIELDS`, which the generator and the
/// derive read (a test holds the two together).
pub const MAX_FIELDS: usize = 48;

/// Deserializes the struct `name` with `fields` into the tuple `T` of its
/// field types.
pub fn record<'de, D, T>(
    deserializer: D,
    name: &'static str,
    fields: &'static [&'static str],
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Fields<'de>,
{
    deserializer.deserialize_struct(
        name,
        fields,
        RecordVisitor {
            name,
            fields,
            tuple: PhantomData,
        },
    )
}

/// A tuple of field types [`record`] can fill, one slot per field.
pub trait Fields<'de>: Sized {
    type Slots;
    fn empty() -> Self::Slots;
    /// Reads the value of field `index` into its slot.
    fn set<A: MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        fields: &'static [&'static str],
        map: &mut A,
    ) -> Result<(), A::Error>;
    /// The tuple, with missing fields `None` where they are `Option`s.
    fn finish<E: de::Error>(slots: Self::Slots, fields: &'static [&'static str])
        -> Result<Self, E>;
    /// The fields in order, from a sequence.
    fn from_seq<A: SeqAccess<'de>>(
        seq: &mut A,
        expected: &dyn de::Expected,
    ) -> Result<Self, A::Error>;
}

struct RecordVisitor<T> {
    name: &'static str,
    fields: &'static [&'static str],
    tuple: PhantomData<T>,
}

impl<'de, T: Fields<'de>> Visitor<'de> for RecordVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "struct {}", self.name)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        T::from_seq(&mut seq, &self)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut slots = T::empty();
        while let Some(key) = map.next_key_seed(Key(self.fields))? {
            match key {
                Some(index) => T::set(&mut slots, index, self.fields, &mut map)?,
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        T::finish(slots, self.fields)
    }
}

/// A key: the index of the field it names, `None` for an unknown one.
struct Key(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|f| *f == v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|f| f.as_bytes() == v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<usize>, E> {
        Ok(usize::try_from(v).ok().filter(|i| *i < self.0.len()))
    }
}

/// What a missing field deserializes from: `None` for an `Option`, else
/// serde's "missing field" error.
struct Missing<E>(&'static str, PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for Missing<E> {
    type Error = E;
    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

fn missing<'de, T: de::Deserialize<'de>, E: de::Error>(name: &'static str) -> Result<T, E> {
    T::deserialize(Missing(name, PhantomData))
}

macro_rules! fields {
    ($($i:tt $t:ident),+) => {
        impl<'de, $($t: de::Deserialize<'de>),+> Fields<'de> for ($($t,)+) {
            type Slots = ($(Option<$t>,)+);
            fn empty() -> Self::Slots {
                ($(Option::<$t>::None,)+)
            }
            fn set<A: MapAccess<'de>>(
                slots: &mut Self::Slots,
                index: usize,
                fields: &'static [&'static str],
                map: &mut A,
            ) -> Result<(), A::Error> {
                match index {
                    $($i => {
                        if slots.$i.is_some() {
                            return Err(<A::Error as de::Error>::duplicate_field(fields[$i]));
                        }
                        slots.$i = Some(map.next_value()?);
                    })+
                    _ => {}
                }
                Ok(())
            }
            fn finish<E: de::Error>(slots: Self::Slots, fields: &'static [&'static str]) -> Result<Self, E> {
                Ok(($(match slots.$i {
                    Some(v) => v,
                    None => missing(fields[$i])?,
                },)+))
            }
            fn from_seq<A: SeqAccess<'de>>(seq: &mut A, expected: &dyn de::Expected) -> Result<Self, A::Error> {
                Ok(($(match seq.next_element()? {
                    Some(v) => v,
                    None => return Err(<A::Error as de::Error>::invalid_length($i, expected)),
                },)+))
            }
        }
    };
}

for_tuples!(fields);
