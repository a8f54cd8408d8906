//! `#[derive(runtime::Deserialize)]`: serde's `Deserialize` for a struct
//! with named fields, through `runtime::de::record` (one generic visitor
//! in `runtime` instead of a field enum and two visitors per struct).

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Error, Fields};

use schema::types::MAX_RECORD_FIELDS as MAX_FIELDS;

pub fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let name = &input.ident;
    if !input.generics.params.is_empty() {
        return Err(Error::new_spanned(
            &input.generics,
            "runtime::Deserialize takes structs without generics; use serde::Deserialize",
        ));
    }
    let fields = match &input.data {
        Data::Struct(s) => match &s.fields {
            Fields::Named(f) => &f.named,
            _ => {
                return Err(Error::new_spanned(
                    name,
                    "runtime::Deserialize takes structs with named fields",
                ))
            }
        },
        _ => {
            return Err(Error::new_spanned(
                name,
                "runtime::Deserialize takes structs",
            ))
        }
    };
    if fields.is_empty() || fields.len() > MAX_FIELDS {
        return Err(Error::new_spanned(
            name,
            format!(
                "runtime::Deserialize takes 1 to {MAX_FIELDS} fields ({} here); use serde::Deserialize",
                fields.len()
            ),
        ));
    }
    let idents: Vec<&syn::Ident> = fields.iter().filter_map(|f| f.ident.as_ref()).collect();
    let types = fields.iter().map(|f| &f.ty);
    let keys = idents
        .iter()
        .map(|i| i.to_string().trim_start_matches("r#").to_owned());
    let struct_name = name.to_string();
    Ok(quote! {
        impl<'de> ::runtime::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::runtime::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                let (#(#idents,)*) = ::runtime::de::record::<D, (#(#types,)*)>(
                    deserializer, #struct_name, &[#(#keys),*],
                )?;
                ::core::result::Result::Ok(Self { #(#idents),* })
            }
        }
    })
}
