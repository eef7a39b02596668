//! raia: Responsible AI self-assessments against the AWS Responsible AI Policy.
//!
//! The core is pure: a [`questionnaire::Questionnaire`] and an [`assessment::Assessment`] go
//! into [`engine::evaluate`], which returns an [`engine::Evaluation`]; [`report`] renders it.
//! The terminal wizard, plain mode and the CLI sit at the edges and do the I/O.
#![forbid(unsafe_code)]

pub mod answer;
pub mod assessment;
pub mod diag;
mod embedded;
pub mod engine;
pub mod paths;
pub mod plain;
pub mod questionnaire;
pub mod report;
pub mod session;
pub mod tui;
