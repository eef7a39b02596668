//! Standard input for plain mode that a signal ends as the end of input would.
//!
//! Plain mode blocks reading a line, so SIGINT (Ctrl+C), SIGTERM, SIGHUP or SIGQUIT used to end
//! the process there, losing the lines of a long answer already entered and saying nothing of
//! where the file is (a review lost a paragraph that way). Here standard input is read on a
//! thread of its own and a second thread (`signal-hook`) waits for those signals; either feeds
//! one channel, and a signal reads as the end of input. Plain mode then does what it does at the
//! end of piped input (saves the text typed so far and says how to resume), and the caller ends
//! the process by that signal, so the shell sees the usual status.

use std::io::{BufRead, Read};
use std::sync::mpsc::{Receiver, channel};

enum Chunk {
    Data(Vec<u8>),
    End,
    Signal(i32),
}

/// Standard input, ended early by a signal ([`Interruptible::signal`] says which).
pub struct Interruptible {
    chunks: Receiver<Chunk>,
    buf: Vec<u8>,
    at: usize,
    ended: bool,
    signal: Option<i32>,
}

impl Interruptible {
    /// Starts reading standard input and watching for the signals. Without a way to watch
    /// them (not Unix, or the handler cannot be set), signals act as before.
    pub fn stdin() -> Self {
        let (tx, chunks) = channel();
        let data = tx.clone();
        let _ = std::thread::Builder::new()
            .name("raia-stdin".into())
            .spawn(move || {
                let mut stdin = std::io::stdin();
                let mut buf = vec![0u8; 64 * 1024];
                loop {
                    let chunk = match stdin.read(&mut buf) {
                        Ok(0) => Chunk::End,
                        Ok(n) => Chunk::Data(buf.get(..n).unwrap_or_default().to_vec()),
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(_) => Chunk::End,
                    };
                    let end = matches!(chunk, Chunk::End);
                    if data.send(chunk).is_err() || end {
                        break;
                    }
                }
            });
        watch(tx);
        Self {
            chunks,
            buf: Vec::new(),
            at: 0,
            ended: false,
            signal: None,
        }
    }

    /// The signal that ended the input, if one did.
    pub fn signal(&self) -> Option<i32> {
        self.signal
    }
}

#[cfg(unix)]
fn watch(tx: std::sync::mpsc::Sender<Chunk>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT])
    else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("raia-signals".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                let _ = tx.send(Chunk::Signal(sig));
            }
        });
}

#[cfg(not(unix))]
fn watch(_tx: std::sync::mpsc::Sender<Chunk>) {}

impl Read for Interruptible {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        if let (Some(to), Some(from)) = (out.get_mut(..n), available.get(..n)) {
            to.copy_from_slice(from);
        }
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Interruptible {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        while self.at >= self.buf.len() && !self.ended {
            match self.chunks.recv() {
                Ok(Chunk::Data(d)) => {
                    self.buf = d;
                    self.at = 0;
                }
                Ok(Chunk::Signal(sig)) => {
                    self.signal = Some(sig);
                    self.ended = true;
                }
                Ok(Chunk::End) | Err(_) => self.ended = true,
            }
        }
        // Once ended, nothing more is read, even what the input thread still sends.
        if self.ended && self.at >= self.buf.len() {
            return Ok(&[]);
        }
        Ok(self.buf.get(self.at..).unwrap_or_default())
    }

    fn consume(&mut self, n: usize) {
        self.at = (self.at + n).min(self.buf.len());
    }
}
