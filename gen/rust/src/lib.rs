//! The Leither API (`leither.v1`): prost messages and tonic clients and servers, generated from
//! `proto/` into `src/gen/` (never edited by hand).
#![allow(clippy::all)]

pub mod leither {
    pub mod v1 {
        include!("gen/leither/v1/leither.v1.rs");
        include!("gen/leither/v1/leither.v1.tonic.rs");
    }
}
