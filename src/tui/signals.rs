//! Signals that would otherwise end or stop the wizard with the terminal still in raw mode, on
//! the alternate screen, with mouse capture on and the cursor hidden.
//!
//! A thread waits for SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP and SIGCONT (with the
//! `signal-hook` crate, which keeps the unsafe part out of raia) and queues them for the event
//! loop. The loop sleeps in crossterm's `poll`, which wakes on input and on SIGWINCH (it reports
//! a resize); the thread raises SIGWINCH after queueing, so the loop sees the signal at once
//! rather than at its next timeout. The loop then saves what is being typed and restores the
//! terminal before the process ends or stops.
//!
//! SIGKILL and SIGSTOP cannot be caught: after those, `reset` repairs the terminal.

/// What a caught signal asks of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT: save, restore the terminal, and end by this signal.
    Terminate(i32),
    /// SIGTSTP: restore the terminal and stop until continued.
    Suspend,
    /// SIGCONT: take the terminal again and repaint.
    Continue,
}

#[cfg(unix)]
pub use unix::{Watch, stop, terminate};

#[cfg(not(unix))]
pub use other::{Watch, stop, terminate};

#[cfg(unix)]
mod unix {
    use super::Signal;
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
    use signal_hook::iterator::{Handle, Signals};
    use std::sync::mpsc::{Receiver, channel};

    /// The signals caught while the wizard runs. Dropping it stops the watching thread.
    pub struct Watch {
        queue: Receiver<i32>,
        handle: Handle,
        thread: Option<std::thread::JoinHandle<()>>,
    }

    impl Watch {
        /// Starts catching the signals. Call it before the terminal changes mode, so that no
        /// signal can end the process in between.
        pub fn start() -> std::io::Result<Self> {
            let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT])?;
            let handle = signals.handle();
            let (tx, queue) = channel();
            let thread = std::thread::Builder::new()
                .name("raia-signals".into())
                .spawn(move || {
                    for sig in signals.forever() {
                        if tx.send(sig).is_err() {
                            break;
                        }
                        // Wakes crossterm's poll in the event loop (see the module comment).
                        let _ = signal_hook::low_level::raise(SIGWINCH);
                    }
                })?;
            Ok(Self {
                queue,
                handle,
                thread: Some(thread),
            })
        }

        /// The next signal caught and not yet handled.
        pub fn next(&self) -> Option<Signal> {
            self.queue.try_recv().ok().map(|sig| match sig {
                SIGTSTP => Signal::Suspend,
                SIGCONT => Signal::Continue,
                other => Signal::Terminate(other),
            })
        }
    }

    impl Drop for Watch {
        fn drop(&mut self) {
            self.handle.close();
            if let Some(t) = self.thread.take() {
                let _ = t.join();
            }
        }
    }

    /// Stops the process as SIGTSTP would have; returns once it is continued.
    pub fn stop() {
        let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
    }

    /// Ends the process by `signal`, as it would have ended without a handler, so the shell and
    /// any parent see the usual status (128 + the signal number in `$?`).
    pub fn terminate(signal: i32) -> ! {
        let _ = signal_hook::low_level::emulate_default_handler(signal);
        std::process::exit(128 + signal)
    }
}

#[cfg(not(unix))]
mod other {
    use super::Signal;

    /// No signals to catch here; Ctrl+C arrives as a key in raw mode.
    pub struct Watch;

    impl Watch {
        pub fn start() -> std::io::Result<Self> {
            Ok(Self)
        }

        pub fn next(&self) -> Option<Signal> {
            None
        }
    }

    pub fn stop() {}

    pub fn terminate(signal: i32) -> ! {
        std::process::exit(128 + signal)
    }
}
