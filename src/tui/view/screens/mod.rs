//! The main panel of each step: metadata, a question, review, result, export.

use super::Content;
use crate::answer::Answer;
use crate::assessment::Detail;
use crate::assessment::SafeguardStatus;
use crate::engine::{answer_effects, display_answer};
use crate::questionnaire::QuestionKind;
use crate::tui::app::{App, ReviewItem};
use crate::tui::widgets::{fit, truncate, truncate_left, width, wrap};
use ratatui::text::{Line, Span};
use std::path::Path;

/// Marks an answer that has a note, on the review.
const NOTE_MARK: &str = "✎";

/// Marks a safeguard recorded in place while the answers that could show it say otherwise.
pub const CONFLICT_MARK: &str = "?";

mod export;
mod question;
mod result;
mod review;

pub use export::*;
pub use question::*;
pub use result::*;
pub use review::*;
