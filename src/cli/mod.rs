//! The command line: parse it, run the command, and print errors one way, with the exit
//! codes the README documents (0 pass, 1 error, 2 usage, 3 findings). Each command is in
//! `commands/`, its arguments in `args`.

use crate::assessment::{self, Assessment, store};
use crate::engine::{ProhibitionStatus, evaluate};
use crate::questionnaire::{Questionnaire, QuestionnaireSource, load_questionnaire};
use crate::report::{Format, Templates};
use crate::session::{self, Session};
use crate::signoff::Decision;
use crate::term_text;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Writes one message and a line break to stdout, through [`term_text::block`] so that no
/// control character from a file, a name or an answer reaches the terminal as itself. Returns an
/// error instead of panicking when the reader has gone away (`raia score x | head`); `main`
/// treats a broken pipe as success. clippy.toml disallows `println!` and friends, so every
/// message goes through this or [`errln!`].
macro_rules! outln {
    () => {
        term_text::Lines::new(std::io::stdout()).line("")?
    };
    ($($arg:tt)*) => {
        term_text::Lines::new(std::io::stdout()).line(&format!($($arg)*))?
    };
}

/// [`outln!`] for stderr. A failure to write there is ignored (`eprintln!` would panic).
macro_rules! errln {
    ($($arg:tt)*) => {{
        let _ = term_text::Lines::new(std::io::stderr()).line(&format!($($arg)*));
    }};
}

// The macros above are declared before these modules so that they can use them.
mod args;
mod commands;

pub use args::Cli;
use args::*;
use commands::*;

/// Exit status for an error: a file that does not load, a write that failed.
const EXIT_ERROR: u8 = 1;

/// Exit status for a usage mistake, like clap's own.
const EXIT_USAGE: u8 = 2;

/// Exit status for findings: the gate failed on files that load.
const EXIT_FINDINGS: u8 = 3;

/// A usage mistake: exit status 2, like clap's own.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct UsageError(String);

/// The released versions built in, oldest first: "aws-responsible-ai 2023-09-28.1, aws-responsible-ai 2023-09-28.2".
fn builtin_versions() -> String {
    crate::questionnaire::BUILTIN
        .iter()
        .map(|(_, text)| {
            let (id, version) = crate::questionnaire::header_id_version(text);
            format!("{id} {version}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `raia --version`: the program's version and the questionnaires built into it.
fn version() -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        let (id, version) = crate::questionnaire::builtin_id_version();
        format!(
            "{}\nbuilt-in questionnaire: {id} version {version} (content hash {})\nversions built in: {}",
            env!("CARGO_PKG_VERSION"),
            &crate::questionnaire::builtin_hash()[..12],
            builtin_versions()
        )
    })
}

/// The command-line interface as clap builds it, with the version that names the questionnaire.
fn command() -> clap::Command {
    Cli::command().version(version())
}

pub fn main() -> ExitCode {
    // The parser and its matches are freed before the command runs: freeing them costs 2% of
    // `raia score`'s instructions, but the questionnaire and the assessment are then read into
    // the 180 KB of heap they held, which saves 37 of its 306 page faults, each dearer than
    // those instructions (issue 7, docs/performance.md).
    let mut parser = command();
    let parsed = parser
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|mut m| Cli::from_arg_matches_mut(&mut m));
    drop(parser);
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return clap_exit(e),
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let code = if e.is::<UsageError>() {
                EXIT_USAGE
            } else {
                EXIT_ERROR
            };
            print_error(&e);
            ExitCode::from(code)
        }
    }
}

/// Ends on what clap has to say. Help and the version are printed as clap prints them; an error
/// quotes the arguments given, which may be a file name holding escape codes (a glob matched
/// `--x<ESC>]0;...`; hostile review), so it is printed as plain text through
/// [`term_text::block`], with clap's exit code.
fn clap_exit(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit()
    }
    let mut e = e;
    // `raia file.toml`, as one opens a file in an editor: say what opens it, where clap gives
    // its own tips (a new user's trial read only "unrecognized subcommand").
    if e.kind() == ErrorKind::InvalidSubcommand
        && let Some(clap::error::ContextValue::String(given)) =
            e.get(clap::error::ContextKind::InvalidSubcommand).cloned()
        && (given.ends_with(".toml") || std::path::Path::new(&given).is_file())
    {
        e.insert(
            clap::error::ContextKind::Suggested,
            clap::error::ContextValue::StyledStrs(vec![
                format!(
                    "to open it in the wizard, run `raia resume {given}`; to print its result, `raia score {given}`"
                )
                .into(),
            ]),
        );
    }
    let text = e.render().to_string();
    let _ = term_text::Lines::new(std::io::stderr()).line(text.trim_end_matches('\n'));
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(EXIT_USAGE))
}

/// The one printer of errors on stderr, for a failed command and for each file `validate`
/// could not load: each located problem gets its own "error:" line, as compilers print them.
fn print_error(e: &anyhow::Error) {
    match e.downcast_ref::<crate::diag::Diagnostics>() {
        Some(all) => {
            // Buffered: 100,000 problems took a million write calls (issue 7).
            let mut out = term_text::Lines::new(std::io::BufWriter::new(std::io::stderr().lock()));
            for d in &all.0 {
                let _ = out.line(&format!("error: {d}"));
            }
            let _ = out.flush();
        }
        None => errln!("error: {e:#}"),
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    // These describe the program, not an assessment: no questionnaire is needed.
    match &cli.command {
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut command(), "raia", &mut out);
            data(&String::from_utf8_lossy(&out))?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Man { command: name }) => {
            let mut out = Vec::new();
            // Built, so each command's page is titled as raia's page lists it: raia-score(1).
            let mut cli = Cli::command().disable_help_subcommand(true);
            cli.build();
            let page = match name {
                None => cli,
                Some(n) => cli
                    .get_subcommands()
                    .find(|c| c.get_name() == n.as_str())
                    .cloned()
                    .ok_or_else(|| {
                        UsageError(format!(
                            "raia has no command {}: give one of {}",
                            term_text::line(n),
                            cli.get_subcommands()
                                .map(|c| c.get_name())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ))
                    })?,
            };
            // The page's header takes a one-line version, raia's on every page.
            clap_mangen::Man::new(page)
                .source(format!("raia {}", env!("CARGO_PKG_VERSION")))
                .render(&mut out)?;
            data(&String::from_utf8_lossy(&out))?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    let (q, source) = load_questionnaire(cli.questionnaire.as_deref())?;
    // A questionnaire picked up from the config directory is easy to forget; when something
    // fails, say which one was used.
    let from_config = cli.questionnaire.is_none() && matches!(source, QuestionnaireSource::File(_));
    let shown = term_text::line(&source.to_string()).into_owned();
    // Every command says so up front (the wizard shows it on its home screen), so a result is
    // never read without knowing which rules made it.
    let full_screen = matches!(
        cli.command,
        None | Some(Command::New { .. }) | Some(Command::Resume { .. })
    ) && std::io::stdout().is_terminal();
    if q.imitates_builtin() && !full_screen {
        errln!(
            "note: {shown} has the id of the built-in questionnaire but is not one of its releases; its results are not those of the built-in rules"
        );
    }
    if q.reads_builtin_policy_its_own_way() && !full_screen {
        errln!(
            "note: {shown} names the {} but is not raia's built-in questionnaire or an overlay of it; what it requires is its own reading of the policy",
            term_text::line(&q.policy.name)
        );
    }
    if from_config && !full_screen {
        errln!(
            "note: the questionnaire in use is {shown}, from raia's config directory; pass --questionnaire PATH to use another"
        );
    }
    if matches!(source, QuestionnaireSource::Project(_)) && !full_screen {
        errln!(
            "note: the questionnaire in use is {shown}, from the project's .raia folder; pass --questionnaire PATH to use another"
        );
    }
    dispatch(cli, q, source)
}

fn dispatch(cli: Cli, q: Questionnaire, source: QuestionnaireSource) -> anyhow::Result<ExitCode> {
    // The process ends after the command: freeing the questionnaire's thousands of strings one
    // by one was a tenth of `raia score` (issue 7); the system takes the memory back at exit.
    let q = std::mem::ManuallyDrop::new(q);
    let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let config = || crate::config::load(crate::paths::config_dir().as_deref());
    let palette = || -> anyhow::Result<crate::tui::theme::Palette> {
        Ok(match cli.theme {
            Some(p) => p,
            None => config()?.theme.unwrap_or_default(),
        })
    };
    let drafts = crate::paths::drafts_dir();
    let interactive = std::io::stdin().is_terminal()
        && std::io::stdout().is_terminal()
        && std::env::var("TERM").map_or(true, |t| t != "dumb");
    let templates = || Templates::load(cli.templates.as_deref());
    if let Some(day) = &cli.today {
        session::set_today(day);
    }
    let today = cli.today.clone().unwrap_or_else(session::today);
    match cli.command {
        None => {
            if interactive {
                wizard(
                    std::mem::ManuallyDrop::into_inner(q),
                    templates()?,
                    crate::tui::Start::Home,
                    (no_color, palette()?),
                    drafts,
                )?;
            } else {
                // Plain mode has a home too: the drafts to resume, or a new assessment.
                let templates = templates()?;
                let mut input = crate::plain::Interruptible::stdin();
                let mut output = std::io::stdout();
                let r = crate::plain::run_home(
                    std::mem::ManuallyDrop::into_inner(q),
                    drafts,
                    Some(&templates),
                    &mut input,
                    &mut output,
                );
                end_by_signal(&input, &mut output);
                r?;
            }
        }
        Some(Command::New { file, plain: p }) => {
            if let Some(f) = &file
                && f.exists()
            {
                // In plain mode, the plain way on: the wizard is no use to a screen reader (a
                // plain-mode review).
                return Err(UsageError(format!(
                    "{} already exists: continue it with `raia resume {}{}`",
                    term_text::path(f),
                    if p { "--plain " } else { "" },
                    term_text::path(f)
                ))
                .into());
            }
            if let Some(f) = &file {
                remember(f, drafts.as_deref());
            }
            if p || !interactive {
                plain(
                    Session::new(std::mem::ManuallyDrop::into_inner(q), file, drafts),
                    &templates()?,
                )?;
            } else {
                wizard(
                    std::mem::ManuallyDrop::into_inner(q),
                    templates()?,
                    crate::tui::Start::New(file),
                    (no_color, palette()?),
                    drafts,
                )?;
            }
        }
        Some(Command::Resume { target, plain: p }) => {
            let path = resolve_resume(target.as_deref(), drafts.as_deref())?;
            remember(&path, drafts.as_deref());
            if p || !interactive {
                let mut session = Session::open(std::mem::ManuallyDrop::into_inner(q), &path)?;
                session.drafts_dir = drafts;
                plain(session, &templates()?)?;
            } else {
                wizard(
                    std::mem::ManuallyDrop::into_inner(q),
                    templates()?,
                    crate::tui::Start::Resume(path),
                    (no_color, palette()?),
                    drafts,
                )?;
            }
        }
        Some(Command::List) => list(&q, drafts.as_deref(), &today)?,
        Some(Command::Questions {
            format,
            builtin_version: None,
        }) => questions(&q, &source, format)?,
        Some(Command::Questions {
            format,
            builtin_version: Some(v),
        }) => {
            if cli.questionnaire.is_some() {
                return Err(UsageError(
                    "--version picks a built-in questionnaire: leave out --questionnaire".into(),
                )
                .into());
            }
            let q = builtin(&v)?;
            if let (QuestionsFormat::Source, Some((_, text))) =
                (format, crate::questionnaire::builtin_version(&v))
            {
                data(text)?;
            } else {
                questions(&q, &QuestionnaireSource::Embedded, format)?;
            }
        }
        Some(Command::Init { file, force }) => init(&q, &file, force)?,
        Some(Command::Validate {
            files,
            forget_hidden,
        }) => {
            let files: Vec<PathBuf> = files
                .iter()
                .map(|f| draft_or_path(f, drafts.as_deref()))
                .collect();
            if forget_hidden {
                return forget_hidden_answers(&q, &files);
            }
            return validate(&q, &source, cli.questionnaire.is_some(), &files);
        }
        Some(Command::Score {
            file,
            gate,
            strict,
            require_signoff,
            format,
        }) => {
            let rules = crate::portfolio::GateRules {
                strict,
                require_signoff,
            };
            let file = draft_or_path(&file, drafts.as_deref());
            if format == ScoreFormat::Sarif {
                if !gate {
                    return Err(UsageError(
                        "--format sarif lists the gate's findings: add --gate".into(),
                    )
                    .into());
                }
                return score_sarif(&q, &file, rules, &today);
            }
            return score(&q, &file, gate, rules, &today);
        }
        Some(Command::Status {
            paths,
            format,
            strict,
            require_signoff,
        }) => {
            let rules = crate::portfolio::GateRules {
                strict,
                require_signoff,
            };
            return status(&q, &paths, format, rules, &today);
        }
        Some(Command::Migrate {
            file,
            to,
            from,
            dry_run,
        }) => migrate(&q, &file, to.as_deref(), from.as_deref(), dry_run)?,
        // Handled in `run`, before a questionnaire is loaded.
        Some(Command::Completions { .. } | Command::Man { .. }) => {}
        Some(Command::Diff {
            file,
            other,
            rev,
            format,
        }) => {
            let beside = overlay_beside(&q, &file);
            let q = beside.as_ref().unwrap_or(&q);
            diff(q, &file, other.as_deref(), rev.as_deref(), format, &today)?
        }
        Some(Command::Sign {
            file,
            name,
            role,
            decision,
            comment,
            date,
        }) => {
            // A sign-off records the day it was made: one dated later would put the review off.
            if let Some(d) = date
                .as_deref()
                .filter(|d| crate::answer::valid_date(d) && *d > today.as_str())
            {
                return Err(UsageError(format!(
                    "--date {d} is after today ({today}): a sign-off records the day it was made"
                ))
                .into());
            }
            let file = draft_or_path(&file, drafts.as_deref());
            // Read as `raia score` reads it: with the overlay beside it, or its own older
            // built-in release (a team review: sign refused a file score judged).
            let beside = overlay_beside(&q, &file).or_else(|| own_release(&q, &file));
            sign(
                beside.as_ref().unwrap_or(&q),
                &file,
                name,
                role,
                decision,
                comment,
                // --date, else --today: a sign-off made "today" in a reproducible run bears that day.
                date.or_else(|| Some(today.clone())),
            )?
        }
        Some(Command::Report {
            file,
            format,
            out,
            force,
            crosswalk,
        }) => {
            let file = draft_or_path(&file, drafts.as_deref());
            let (own, a) = read_with_release(&q, &file)?;
            let q = own.as_ref().unwrap_or(&q);
            let text = match crosswalk {
                Some(fw) => {
                    let json = match format {
                        ReportFormat::Md => false,
                        ReportFormat::Json => true,
                        _ => {
                            return Err(UsageError(
                                "--crosswalk writes md or json: pass --format md or --format json"
                                    .into(),
                            )
                            .into());
                        }
                    };
                    crate::report::crosswalk::render(q.clone(), &a, &fw, json, Some(&today))?
                }
                None => {
                    crate::report::render_on(q, &a, format.into(), &templates()?, Some(&today))?
                }
            };
            match out {
                // "-" is standard output, as in most tools (a report file named "-" was once
                // committed by accident).
                Some(path) if path.as_os_str() == "-" => data(&text)?,
                Some(path) => {
                    check_out(&path, &file, format.into(), force)?;
                    crate::report::write_out(&path, &text)?;
                    errln!("wrote {}", term_text::path(&path));
                }
                None => data(&text)?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A document (a report, the questionnaire) on stdout: byte for byte into a pipe or a file, as
/// JSON, TOML and CSV must carry the exact text; with its control characters escaped when stdout
/// is a terminal, which would obey them.
fn data(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    if out.is_terminal() {
        write!(out, "{}", term_text::block(text))
    } else {
        out.write_all(text.as_bytes())
    }
}

/// The questionnaire to read `file` against: its own older built-in release, with a notice
/// that a newer one exists, else None (the questionnaire in use).
fn own_release(q: &Questionnaire, file: &Path) -> Option<Questionnaire> {
    let text = crate::textfile::read(file, "assessment").ok()?;
    own_release_of(q, file, &text)
}

fn own_release_of(q: &Questionnaire, file: &Path, text: &str) -> Option<Questionnaire> {
    if let Some((old, notice)) = assessment::file::own_release(q, text) {
        errln!("note: {}: {notice}", term_text::path(file));
        return Some(old);
    }
    overlay_beside_text(q, file, text)
}

/// The questionnaire `file` was made with, where it is another than `q` kept beside it or in
/// the nearest `.raia/` folder (see [`overlay_beside_text`]).
fn overlay_beside(q: &Questionnaire, file: &Path) -> Option<Questionnaire> {
    let text = crate::textfile::read(file, "assessment").ok()?;
    overlay_beside_text(q, file, &text)
}

/// A file made with another questionnaire, a team's overlay kept beside it or in the nearest
/// `.raia/` folder, is read with that one, as `raia status` reads it: a team review saw status
/// judge a file by the overlay beside it and `raia score --gate` refuse the same file.
fn overlay_beside_text(q: &Questionnaire, file: &Path, text: &str) -> Option<Questionnaire> {
    match crate::questionnaire::made_with_beside(&q.id, file, text)? {
        Ok(other) => {
            errln!(
                "note: {}: made with `{}` version {}, so it is read with {}, found beside it",
                term_text::path(file),
                other.id,
                other.version,
                other.source
            );
            Some(other)
        }
        Err(e) => {
            errln!(
                "note: {}: the questionnaire it was made with was found beside it, but does not load: {}",
                term_text::path(file),
                term_text::line(&format!("{e:#}"))
            );
            None
        }
    }
}

/// Reads the assessment at `file` once, against its own older built-in release if it is bound
/// to one (see [`own_release`]) and else `q`; returns that release with the assessment.
fn read_with_release(
    q: &Questionnaire,
    file: &Path,
) -> anyhow::Result<(Option<Questionnaire>, Assessment)> {
    let text = crate::textfile::read(file, "assessment")?;
    let own = own_release_of(q, file, &text);
    let a = assessment::assessment_from_text(file, &text, own.as_ref().unwrap_or(q))?;
    Ok((own, a))
}
