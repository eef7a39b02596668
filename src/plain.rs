//! Plain line-by-line mode. STUB: the plain-mode work replaces this; keep the signature.

use crate::session::Session;
use std::io::{BufRead, Write};

/// Asks the session's visible questions line by line on `input`/`output`, saving each answer.
pub fn run(
    _session: Session,
    _input: &mut dyn BufRead,
    _output: &mut dyn Write,
) -> anyhow::Result<()> {
    anyhow::bail!("plain mode is not built yet")
}
