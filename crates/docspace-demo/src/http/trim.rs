//! Writing a `response` trimmed by [`Fields`], while it is serialised: a serde
//! `Serializer` wrapper that drops the properties of every object (struct or map) the
//! selection does not keep, at any depth, and passes everything else through. No
//! intermediate `serde_json::Value` is built, so a trimmed answer costs what it writes.

use std::borrow::Cow;

use serde::ser::{self, Serialize, Serializer};

use super::fields::{Fields, Next, joined};

/// Where a value sits: the objects met in it are at `depth` (1 = an object of
/// `response`) and have the full name `full`.
#[derive(Clone, Copy)]
struct Scope<'a> {
    fields: &'a Fields,
    depth: usize,
    full: Full<'a>,
}

/// A full name, built only when an object actually needs it.
#[derive(Clone, Copy)]
enum Full<'a> {
    Name(&'a str),
    /// `parent.name` for a property of an object at `depth`.
    Join {
        parent: &'a str,
        depth: usize,
        name: &'a str,
    },
}

impl<'a> Full<'a> {
    fn get(self) -> Cow<'a, str> {
        match self {
            Full::Name(s) => Cow::Borrowed(s),
            Full::Join { depth, name, .. } if depth <= 1 => Cow::Borrowed(name),
            Full::Join {
                parent,
                depth,
                name,
            } => Cow::Owned(joined(depth, parent, name)),
        }
    }
}

/// The scope of the value of property `name`, kept as `next`, of an object at `depth`
/// with full name `full`.
fn below<'b>(
    fields: &'b Fields,
    depth: usize,
    full: &'b str,
    name: &'b str,
    next: Next,
) -> Scope<'b> {
    Scope {
        fields,
        depth: depth + 1,
        full: match next {
            Next::Same => Full::Name(full),
            Next::Joined => Full::Join {
                parent: full,
                depth,
                name,
            },
        },
    }
}

/// A value written through the selection.
pub(super) struct Trimmed<'a, T: ?Sized> {
    value: &'a T,
    scope: Scope<'a>,
}

impl<'a, T: ?Sized> Trimmed<'a, T> {
    /// `value` as the `response` of a success envelope, trimmed by `fields`.
    pub(super) fn response(value: &'a T, fields: &'a Fields) -> Self {
        Self {
            value,
            scope: Scope {
                fields,
                depth: 1,
                full: Full::Name(""),
            },
        }
    }
}

impl<T: Serialize + ?Sized> Serialize for Trimmed<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(Ser {
            inner: s,
            scope: self.scope,
        })
    }
}

struct Ser<'a, S> {
    inner: S,
    scope: Scope<'a>,
}

impl<'a, S> Ser<'a, S> {
    fn wrap<'v, T: ?Sized>(&self, value: &'v T) -> Trimmed<'v, T>
    where
        'a: 'v,
    {
        Trimmed {
            value,
            scope: self.scope,
        }
    }
}

macro_rules! pass {
    ($($name:ident($t:ty)),* $(,)?) => {
        $(fn $name(self, v: $t) -> Result<S::Ok, S::Error> {
            self.inner.$name(v)
        })*
    };
}

impl<'a, S: Serializer> Serializer for Ser<'a, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Each<'a, S::SerializeSeq>;
    type SerializeTuple = Each<'a, S::SerializeTuple>;
    type SerializeTupleStruct = Each<'a, S::SerializeTupleStruct>;
    type SerializeTupleVariant = Each<'a, S::SerializeTupleVariant>;
    type SerializeMap = Map<'a, S::SerializeMap>;
    type SerializeStruct = Obj<'a, S::SerializeStruct>;
    type SerializeStructVariant = Obj<'a, S::SerializeStructVariant>;

    pass!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_unit_struct(&'static str),
    );

    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        self.inner.serialize_none()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        let v = self.wrap(value);
        self.inner.serialize_some(&v)
    }

    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        self.inner.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
    ) -> Result<S::Ok, S::Error> {
        self.inner.serialize_unit_variant(name, index, variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        let v = self.wrap(value);
        self.inner.serialize_newtype_struct(name, &v)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        let v = self.wrap(value);
        self.inner
            .serialize_newtype_variant(name, index, variant, &v)
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        Ok(Each {
            inner: self.inner.serialize_seq(len)?,
            scope: self.scope,
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        Ok(Each {
            inner: self.inner.serialize_tuple(len)?,
            scope: self.scope,
        })
    }

    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        Ok(Each {
            inner: self.inner.serialize_tuple_struct(name, len)?,
            scope: self.scope,
        })
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        Ok(Each {
            inner: self
                .inner
                .serialize_tuple_variant(name, index, variant, len)?,
            scope: self.scope,
        })
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        Ok(Map {
            inner: self.inner.serialize_map(len)?,
            fields: self.scope.fields,
            depth: self.scope.depth,
            full: self.scope.full.get(),
            pending: None,
        })
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        Ok(Obj {
            inner: self.inner.serialize_struct(name, len)?,
            fields: self.scope.fields,
            depth: self.scope.depth,
            full: self.scope.full.get(),
        })
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        Ok(Obj {
            inner: self
                .inner
                .serialize_struct_variant(name, index, variant, len)?,
            fields: self.scope.fields,
            depth: self.scope.depth,
            full: self.scope.full.get(),
        })
    }

    fn collect_str<T: std::fmt::Display + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.inner.collect_str(value)
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// The elements of a sequence: each sits where the sequence does.
pub(super) struct Each<'a, C> {
    inner: C,
    scope: Scope<'a>,
}

macro_rules! each {
    ($trait:ident, $method:ident) => {
        impl<C: ser::$trait> ser::$trait for Each<'_, C> {
            type Ok = C::Ok;
            type Error = C::Error;

            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), C::Error> {
                let v = Trimmed {
                    value,
                    scope: self.scope,
                };
                self.inner.$method(&v)
            }

            fn end(self) -> Result<C::Ok, C::Error> {
                self.inner.end()
            }
        }
    };
}

each!(SerializeSeq, serialize_element);
each!(SerializeTuple, serialize_element);
each!(SerializeTupleStruct, serialize_field);
each!(SerializeTupleVariant, serialize_field);

/// An object written from a struct: only the kept properties.
pub(super) struct Obj<'a, C> {
    inner: C,
    fields: &'a Fields,
    depth: usize,
    full: Cow<'a, str>,
}

macro_rules! obj {
    ($trait:ident) => {
        impl<C: ser::$trait> ser::$trait for Obj<'_, C> {
            type Ok = C::Ok;
            type Error = C::Error;

            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), C::Error> {
                let Self {
                    inner,
                    fields,
                    depth,
                    full,
                } = self;
                match fields.admit(*depth, full, key) {
                    None => inner.skip_field(key),
                    Some(next) => {
                        let v = Trimmed {
                            value,
                            scope: below(fields, *depth, full, key, next),
                        };
                        inner.serialize_field(key, &v)
                    }
                }
            }

            fn end(self) -> Result<C::Ok, C::Error> {
                self.inner.end()
            }
        }
    };
}

obj!(SerializeStruct);
obj!(SerializeStructVariant);

/// An object written from a map: string keys are property names like a struct's.
pub(super) struct Map<'a, C> {
    inner: C,
    fields: &'a Fields,
    depth: usize,
    full: Cow<'a, str>,
    /// The last key, if it is kept: its name and how its value is matched.
    pending: Option<(String, Next)>,
}

/// A map key as text, if it is one a JSON object can have.
fn key_text<K: Serialize + ?Sized>(key: &K) -> Option<String> {
    match serde_json::to_value(key).ok()? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

impl<C: ser::SerializeMap> ser::SerializeMap for Map<'_, C> {
    type Ok = C::Ok;
    type Error = C::Error;

    fn serialize_key<K: Serialize + ?Sized>(&mut self, key: &K) -> Result<(), C::Error> {
        self.pending = key_text(key).and_then(|name| {
            let next = self.fields.admit(self.depth, &self.full, &name)?;
            Some((name, next))
        });
        match self.pending {
            Some(_) => self.inner.serialize_key(key),
            None => Ok(()),
        }
    }

    fn serialize_value<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), C::Error> {
        let Some((name, next)) = self.pending.take() else {
            return Ok(());
        };
        let v = Trimmed {
            value,
            scope: below(self.fields, self.depth, &self.full, &name, next),
        };
        self.inner.serialize_value(&v)
    }

    fn end(self) -> Result<C::Ok, C::Error> {
        self.inner.end()
    }
}

#[cfg(test)]
#[path = "trim_tests.rs"]
mod tests;
