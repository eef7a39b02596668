//! One module per command; the dispatcher in `cli` calls them.

use super::*;

mod diff;
mod init;
mod list;
mod migrate;
mod questions;
mod report;
mod score;
mod sign;
mod status;
mod validate;
mod wizard;

pub(super) use diff::*;
pub(super) use init::*;
pub(super) use list::*;
pub(super) use migrate::*;
pub(super) use questions::*;
pub(super) use report::*;
pub(super) use score::*;
pub(super) use sign::*;
pub(super) use status::*;
pub(super) use validate::*;
pub(super) use wizard::*;
