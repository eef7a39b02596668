//! raia binary: parse the command line, call the library, map errors to exit codes
//! (0 ok, 1 error, 2 usage).
#![forbid(unsafe_code)]
#![deny(clippy::indexing_slicing)]

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
