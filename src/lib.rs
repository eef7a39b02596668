//! raia: Responsible AI self-assessments. The rules are data: the built-in questionnaire encodes
//! the AWS Responsible AI Policy, and any other questionnaire in the same format works the same.
//!
//! The core is pure: a [`questionnaire::Questionnaire`] and an [`assessment::Assessment`] go
//! into [`engine::evaluate`], which returns an [`engine::Evaluation`]; [`report`] renders it.
//! The terminal wizard, plain mode and the CLI sit at the edges and do the I/O.
#![forbid(unsafe_code)]
// An index out of range is a panic, and bad input must never panic: outside tests, reach into
// a slice with `get` or iterate. (Integration tests are separate crates and keep indexing.)
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

pub mod answer;
pub mod assessment;
pub mod cli;
pub mod config;
pub mod diag;
pub mod diff;
mod embedded;
pub mod engine;
pub mod explain;
pub mod flow;
pub mod migrate;
pub mod number;
pub mod paths;
pub mod plain;
pub mod portfolio;
pub mod questionnaire;
pub mod report;
pub mod sarif;
pub mod session;
pub mod signoff;
pub mod term_text;
pub mod textfile;
pub mod tui;
pub mod typed;
