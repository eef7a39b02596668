//! Command-line interface: clap definitions and dispatch.

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use raia::assessment::{self, Assessment, SafeguardStatus, expected_value, store};
use raia::engine::{ProhibitionStatus, evaluate};
use raia::questionnaire::{QuestionKind, Questionnaire, QuestionnaireSource, load_questionnaire};
use raia::report::{Format, Templates};
use raia::session::{self, Session};
use raia::term_text;
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

#[derive(Parser)]
#[command(
    name = "raia",
    version,
    about = "Responsible AI self-assessments in the terminal",
    long_about = "raia walks a team through questions about an AI/ML use case, decides how it stands \
against the rules its questionnaire encodes (prohibited uses, decisions that need safeguards), and \
writes an assessment report that lists the safeguards required and what is missing. The built-in \
questionnaire covers a published responsible-AI policy; `raia questions` shows which.\n\n\
It is a self-assessment aid, not legal advice.",
    after_help = "Examples:\n  raia                         open the wizard (new, resume, open)\n  raia new triage.toml         start a new assessment saved to triage.toml\n  raia resume                  continue the most recent draft\n  raia score triage.toml       print tier, reasons and gaps\n  raia report triage.toml --format md --out triage.report.md\n\nExit status: 0 success (the gate passed); 1 an error, such as a file that does not load;\n2 a usage mistake, or something raia refuses to do; 3 findings: the gate failed\n(`raia score --gate`, `raia status`)."
)]
pub struct Cli {
    /// Questionnaire to use instead of the built-in one (also: questionnaire.toml in the config dir).
    #[arg(long, global = true, value_name = "PATH")]
    questionnaire: Option<PathBuf>,
    /// Directory with report.md.tera / information-request.md.tera overriding the built-in templates.
    #[arg(long, global = true, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Do not use colour (NO_COLOR is respected too).
    #[arg(long, global = true)]
    no_color: bool,
    /// The wizard's colours: default (reads on light and dark), dark, light or mono. Also
    /// `theme = "light"` in config.toml in the config directory.
    #[arg(long, global = true, value_name = "THEME")]
    theme: Option<raia::tui::theme::Palette>,
    /// The date to judge review dates against (YYYY-MM-DD), instead of today: for tests and
    /// reproducible CI.
    #[arg(long, global = true, value_name = "DATE", value_parser = parse_date)]
    today: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start a new assessment in the wizard.
    #[command(
        after_help = "Examples:\n  raia new                     a draft in the data directory, named after the system\n  raia new cv-screener.toml    saved to cv-screener.toml as you answer\n  raia new --plain             line by line, for screen readers and scripts"
    )]
    New {
        /// File to save to (created owner-only). Without it, a draft in the data directory.
        file: Option<PathBuf>,
        /// Ask line by line without the full-screen interface.
        #[arg(long)]
        plain: bool,
    },
    /// Continue an assessment where it was left.
    #[command(
        after_help = "Examples:\n  raia resume                  the most recently edited draft\n  raia resume cv-screener      the draft named cv-screener (see `raia list`)\n  raia resume ./triage.toml    a file anywhere"
    )]
    Resume {
        /// A file path or a draft name from `raia list`. Default: the newest draft.
        target: Option<String>,
        #[arg(long)]
        plain: bool,
    },
    /// List the drafts in the data directory.
    #[command(after_help = "Example:\n  raia list")]
    List,
    /// Print the questionnaire.
    #[command(
        after_help = "Examples:\n  raia questions               readable Markdown\n  raia questions --format json > questions.json\n  raia questions --format source > my-questionnaire.toml   start a custom questionnaire"
    )]
    Questions {
        #[arg(long, value_enum, default_value_t = QuestionsFormat::Md)]
        format: QuestionsFormat,
        /// A released version of the built-in questionnaire instead of the one in use
        /// (`raia --version` lists them).
        #[arg(long = "version", value_name = "V")]
        builtin_version: Option<String>,
    },
    /// Write a blank assessment listing every question, for filling in with an editor.
    #[command(
        after_help = "Examples:\n  raia init                    writes assessment.toml\n  raia init chatbot.toml\n  raia validate chatbot.toml   after editing"
    )]
    Init {
        #[arg(default_value = "assessment.toml")]
        file: PathBuf,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Check assessment files, or with --questionnaire alone, the questionnaire.
    #[command(
        after_help = "Examples:\n  raia validate examples/*.toml\n  raia validate --questionnaire my-questionnaire.toml"
    )]
    Validate { files: Vec<PathBuf> },
    /// Print the tier, categories, top reasons and gaps.
    #[command(
        after_help = "Examples:\n  raia score triage.toml\n  raia score triage.toml --gate            exit 3 on a prohibited use or a policy gap (for CI)\n  raia score triage.toml --gate --strict   also on recommendations and \"should\" items\n  raia score triage.toml --gate --format sarif > raia.sarif   findings as CI annotations\n\nExit status: 0 the gate passed (or no --gate); 1 the file does not load; 2 a usage mistake;\n3 the gate failed."
    )]
    Score {
        file: PathBuf,
        /// Exit with status 3 when the use is prohibited, the assessment is incomplete, a safeguard the policy requires is not in place, answers or statuses contradict each other, or the assessment is not bound to the questionnaire in use.
        #[arg(long)]
        gate: bool,
        /// With --gate: also fail on safeguards the policy says "should" be in place and on the questionnaire's recommendations.
        #[arg(long, requires = "gate")]
        strict: bool,
        /// With --gate: `sarif` prints the gate's findings as SARIF 2.1.0 on standard output,
        /// each on the line of the assessment file it is about, instead of the summary.
        #[arg(long, value_enum, default_value_t = ScoreFormat::Text)]
        format: ScoreFormat,
    },
    /// One table of every assessment under some folders: tier, completeness, policy gaps,
    /// sign-off and gate.
    #[command(
        after_help = "Examples:\n  raia status                          every assessment under the current folder\n  raia status assessments/ --format csv > portfolio.csv\n  raia status assessments/ --format sarif > raia.sarif   every finding, for CI annotations\n\nFolders are searched recursively for .toml files that are assessments (hidden folders and\ntarget/ are skipped); a FILE named is always read.\n\nExit status: 0 every assessment passes its gate; 1 some file does not load; 3 some\nassessment fails its gate (and every file loads)."
    )]
    Status {
        /// Folders to search and files to read. Default: the current folder.
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = StatusFormat::Md)]
        format: StatusFormat,
        /// Judge with the strict gate: also "should" items and recommendations.
        #[arg(long)]
        strict: bool,
    },
    /// What changed between two versions of an assessment, in words: answers, tier and score,
    /// safeguards, and whether sign-offs still hold.
    #[command(
        after_help = "Examples:\n  raia diff old.toml new.toml\n  raia diff triage.toml --rev origin/main      the file as it is against the file at a git revision\n  raia diff triage.toml --rev HEAD~3 --format json"
    )]
    Diff {
        /// The earlier version (or, with --rev, the file as it is now).
        file: PathBuf,
        /// The later version.
        #[arg(required_unless_present = "rev", conflicts_with = "rev")]
        other: Option<PathBuf>,
        /// Compare FILE at this git revision (git show REV:FILE) with FILE as it is now.
        #[arg(long, value_name = "REV")]
        rev: Option<String>,
        #[arg(long, value_enum, default_value_t = DiffFormat::Md)]
        format: DiffFormat,
    },
    /// Carry an assessment over to a newer questionnaire version, keeping its comments.
    #[command(
        after_help = "Examples:\n  raia migrate triage.toml --dry-run          what would change\n  raia migrate triage.toml                    to the questionnaire in use\n  raia migrate triage.toml --to 2023-09-28.1  to a built-in version\n  raia migrate old.toml --from v1.toml --questionnaire v2.toml   custom questionnaires\n\nThe newer version's [migration] table says what was renamed, removed or needs\nreconfirming; sign-offs go stale, since the assessment hash covers the questionnaire."
    )]
    Migrate {
        file: PathBuf,
        /// A built-in version to migrate to. Default: the questionnaire in use.
        #[arg(long, value_name = "VERSION")]
        to: Option<String>,
        /// The questionnaire the file was made with, when it is not a built-in version.
        #[arg(long, value_name = "PATH")]
        from: Option<PathBuf>,
        /// Say what would change without writing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  raia completions bash > ~/.local/share/bash-completion/completions/raia\n  raia completions zsh > ~/.zfunc/_raia\n  raia completions fish > ~/.config/fish/completions/raia.fish"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `raia man > raia.1`.
    #[command(
        after_help = "Examples:\n  raia man > raia.1 && man ./raia.1\n  raia man | gzip > ~/.local/share/man/man1/raia.1.gz"
    )]
    Man,
    /// Render a report.
    #[command(
        after_help = "Examples:\n  raia report triage.toml --format md --out triage.report.md\n  raia report triage.toml --crosswalk eu-ai-act       the EU AI Act articles it bears on\n  raia report triage.toml --format json | jq .tier\n  raia report triage.toml --format info-request --out aws-response.md\n  raia report triage.toml --format csv --out safeguards.csv\n\n--out never writes over the assessment itself, and replaces a file that raia did not\nwrite (one that is not a raia report) only with --force."
    )]
    Report {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
        format: ReportFormat,
        /// Write here (atomically) instead of standard output. Never the assessment itself; a
        /// file raia did not write only with --force.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// Let --out replace a file that raia did not write.
        #[arg(long, requires = "out")]
        force: bool,
        /// Read the assessment against another framework (md or json): for each of its ids,
        /// the safeguards behind it, their status and evidence. Built in: eu-ai-act, nist-ai-rmf.
        #[arg(long, value_name = "FRAMEWORK")]
        crosswalk: Option<String>,
    },
    /// Record a reviewer's sign-off of the answers as they stand now.
    #[command(
        after_help = "Examples:\n  raia sign triage.toml --name \"J. Compliance\" --role \"Risk officer\"\n  raia sign triage.toml --name \"J. Compliance\" --decision changes-requested\n\nA sign-off names the assessment's answers hash; when any answer, note or safeguard status\nchanges, reports show it as STALE."
    )]
    Sign {
        file: PathBuf,
        /// Who signs.
        #[arg(long)]
        name: String,
        /// Their role, e.g. "Risk officer".
        #[arg(long, default_value = "")]
        role: String,
        #[arg(long, value_enum, default_value_t = Decision::Approved)]
        decision: Decision,
        /// The date of the sign-off (YYYY-MM-DD); default today.
        #[arg(long)]
        date: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Decision {
    Approved,
    ChangesRequested,
    Rejected,
}

impl Decision {
    fn name(self) -> &'static str {
        match self {
            Decision::Approved => "approved",
            Decision::ChangesRequested => "changes-requested",
            Decision::Rejected => "rejected",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ScoreFormat {
    /// The summary for people.
    Text,
    /// SARIF 2.1.0, for code-scanning annotations (with --gate).
    Sarif,
}

/// Exit status for an error: a file that does not load, a write that failed.
const EXIT_ERROR: u8 = 1;
/// Exit status for a usage mistake, like clap's own.
const EXIT_USAGE: u8 = 2;
/// Exit status for findings: the gate failed on files that load.
const EXIT_FINDINGS: u8 = 3;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StatusFormat {
    /// A Markdown table, readable in a terminal.
    Md,
    Csv,
    Json,
    /// SARIF 2.1.0: every finding on its assessment's line, for code-scanning annotations.
    Sarif,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    Md,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum QuestionsFormat {
    /// Readable Markdown.
    Md,
    /// The loaded model as TOML (for tools; not the authoring format).
    Toml,
    /// The loaded model as JSON (for tools).
    Json,
    /// The questionnaire file itself, to copy and customise.
    Source,
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    Md,
    Toml,
    Json,
    Csv,
    InfoRequest,
}

impl From<ReportFormat> for Format {
    fn from(f: ReportFormat) -> Self {
        match f {
            ReportFormat::Md => Format::Markdown,
            ReportFormat::Toml => Format::Toml,
            ReportFormat::Json => Format::Json,
            ReportFormat::Csv => Format::Csv,
            ReportFormat::InfoRequest => Format::InfoRequest,
        }
    }
}

fn parse_date(s: &str) -> Result<String, String> {
    if raia::answer::valid_date(s) {
        Ok(s.to_string())
    } else {
        Err(format!("{s} is not a date: write YYYY-MM-DD"))
    }
}

/// A usage mistake: exit status 2, like clap's own.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct UsageError(String);

/// The released versions built in, oldest first: "aws-responsible-ai 2023-09-28.1".
fn builtin_versions() -> String {
    raia::questionnaire::BUILTIN
        .iter()
        .map(|(_, text)| {
            let (id, version) = raia::questionnaire::header_id_version(text);
            format!("{id} {version}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `raia --version`: the program's version and the questionnaires built into it.
fn version() -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        let (id, version) = raia::questionnaire::builtin_id_version();
        format!(
            "{}\nbuilt-in questionnaire: {id} version {version} (content hash {})\nversions built in: {}",
            env!("CARGO_PKG_VERSION"),
            &raia::questionnaire::builtin_hash()[..12],
            builtin_versions()
        )
    })
}

/// The command-line interface as clap builds it, with the version that names the questionnaire.
fn command() -> clap::Command {
    Cli::command().version(version())
}

pub fn main() -> ExitCode {
    let cli = match Cli::from_arg_matches(&command().get_matches()) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
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

/// The one printer of errors on stderr, for a failed command and for each file `validate`
/// could not load: each located problem gets its own "error:" line, as compilers print them.
fn print_error(e: &anyhow::Error) {
    match e.downcast_ref::<raia::diag::Diagnostics>() {
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
        Some(Command::Man) => {
            let mut out = Vec::new();
            // The page's header takes a one-line version.
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
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
            "note: {shown} has the id and version of the built-in questionnaire but other text; its results are not those of the built-in rules"
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
    let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let config = || raia::config::load(raia::paths::config_dir().as_deref());
    let palette = || -> anyhow::Result<raia::tui::theme::Palette> {
        Ok(match cli.theme {
            Some(p) => p,
            None => config()?.theme.unwrap_or_default(),
        })
    };
    let drafts = raia::paths::drafts_dir();
    let interactive = std::io::stdin().is_terminal()
        && std::io::stdout().is_terminal()
        && std::env::var("TERM").map_or(true, |t| t != "dumb");
    let templates = || Templates::load(cli.templates.as_deref());
    let today = cli.today.clone().unwrap_or_else(session::today);
    match cli.command {
        None => {
            if interactive {
                wizard(
                    q,
                    templates()?,
                    raia::tui::Start::Home,
                    (no_color, palette()?),
                    drafts,
                )?;
            } else {
                // Plain mode has a home too: the drafts to resume, or a new assessment.
                let templates = templates()?;
                let stdin = std::io::stdin();
                raia::plain::run_home(
                    q,
                    drafts,
                    Some(&templates),
                    &mut stdin.lock(),
                    &mut std::io::stdout(),
                )?;
            }
        }
        Some(Command::New { file, plain: p }) => {
            if let Some(f) = &file
                && f.exists()
            {
                return Err(UsageError(format!(
                    "{} already exists: continue it with `raia resume {}`",
                    term_text::path(f),
                    term_text::path(f)
                ))
                .into());
            }
            if p || !interactive {
                plain(Session::new(q, file, drafts), &templates()?)?;
            } else {
                wizard(
                    q,
                    templates()?,
                    raia::tui::Start::New(file),
                    (no_color, palette()?),
                    drafts,
                )?;
            }
        }
        Some(Command::Resume { target, plain: p }) => {
            let path = resolve_resume(target.as_deref(), drafts.as_deref())?;
            if p || !interactive {
                let mut session = Session::open(q, &path)?;
                session.drafts_dir = drafts;
                plain(session, &templates()?)?;
            } else {
                wizard(
                    q,
                    templates()?,
                    raia::tui::Start::Resume(path),
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
                (format, raia::questionnaire::builtin_version(&v))
            {
                data(text)?;
            } else {
                questions(&q, &QuestionnaireSource::Embedded, format)?;
            }
        }
        Some(Command::Init { file, force }) => init(&q, &file, force)?,
        Some(Command::Validate { files }) => {
            let files: Vec<PathBuf> = files
                .iter()
                .map(|f| draft_or_path(f, drafts.as_deref()))
                .collect();
            return validate(&q, &source, cli.questionnaire.is_some(), &files);
        }
        Some(Command::Score {
            file,
            gate,
            strict,
            format,
        }) => {
            let file = draft_or_path(&file, drafts.as_deref());
            if format == ScoreFormat::Sarif {
                if !gate {
                    return Err(UsageError(
                        "--format sarif lists the gate's findings: add --gate".into(),
                    )
                    .into());
                }
                return score_sarif(&q, &file, strict, &today);
            }
            return score(&q, &file, gate, strict, &today);
        }
        Some(Command::Status {
            paths,
            format,
            strict,
        }) => return status(&q, &paths, format, strict, &today),
        Some(Command::Migrate {
            file,
            to,
            from,
            dry_run,
        }) => migrate(&q, &file, to.as_deref(), from.as_deref(), dry_run)?,
        // Handled in `run`, before a questionnaire is loaded.
        Some(Command::Completions { .. } | Command::Man) => {}
        Some(Command::Diff {
            file,
            other,
            rev,
            format,
        }) => diff(&q, &file, other.as_deref(), rev.as_deref(), format)?,
        Some(Command::Sign {
            file,
            name,
            role,
            decision,
            date,
        }) => sign(
            &q,
            &draft_or_path(&file, drafts.as_deref()),
            name,
            role,
            decision,
            date,
        )?,
        Some(Command::Report {
            file,
            format,
            out,
            force,
            crosswalk,
        }) => {
            let file = draft_or_path(&file, drafts.as_deref());
            let a = assessment::read_assessment(&file, &q)?;
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
                    raia::report::crosswalk::render(q, &a, &fw, json)?
                }
                None => raia::report::render(&q, &a, format.into(), &templates()?)?,
            };
            match out {
                Some(path) => {
                    check_out(&path, &file, format.into(), force)?;
                    // A report is meant to be shared: it follows the umask.
                    store::write_atomic_shared(&path, text.as_bytes())?;
                    errln!("wrote {}", term_text::path(&path));
                }
                None => data(&text)?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Refuses a report path that is the assessment itself (whatever --force says), or a file raia
/// did not write (unless --force).
fn check_out(out: &Path, file: &Path, format: Format, force: bool) -> anyhow::Result<()> {
    let suggestion = || {
        let stem = file
            .file_stem()
            .map_or_else(|| "assessment".into(), |s| s.to_string_lossy().into_owned());
        file.with_file_name(format!("{stem}.{}", format.extension()))
    };
    match raia::report::out_target(out, file) {
        raia::report::OutTarget::Assessment => Err(UsageError(format!(
            "{} is the assessment being reported: raia never writes a report over it; choose another --out, e.g. {}",
            term_text::path(out),
            term_text::path(&suggestion())
        ))
        .into()),
        raia::report::OutTarget::Foreign if !force => Err(UsageError(format!(
            "{} exists and raia did not write it: pass --force to replace it, or choose another --out, e.g. {}",
            term_text::path(out),
            term_text::path(&suggestion())
        ))
        .into()),
        _ => Ok(()),
    }
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

fn wizard(
    questionnaire: Questionnaire,
    templates: Templates,
    start: raia::tui::Start,
    (no_color, palette): (bool, raia::tui::theme::Palette),
    drafts_dir: Option<PathBuf>,
) -> anyhow::Result<()> {
    raia::tui::run(raia::tui::Options {
        questionnaire,
        templates,
        start,
        no_color,
        palette,
        drafts_dir,
    })
}

fn plain(session: Session, templates: &Templates) -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut output = std::io::stdout();
    raia::plain::run_with(session, Some(templates), &mut input, &mut output)
}

/// A FILE argument: the path if it exists, else a draft of that name (as `raia resume` and the
/// wizard's quit message name drafts), else the path as given so the error names it.
fn draft_or_path(file: &Path, drafts: Option<&Path>) -> PathBuf {
    if file.exists() {
        return file.to_path_buf();
    }
    let name = file.to_string_lossy();
    let is_plain_name = file.components().count() == 1;
    match drafts {
        Some(d) if is_plain_name => {
            let draft = d.join(format!("{}.toml", name.trim_end_matches(".toml")));
            if draft.is_file() {
                draft
            } else {
                file.to_path_buf()
            }
        }
        _ => file.to_path_buf(),
    }
}

fn resolve_resume(target: Option<&str>, drafts: Option<&Path>) -> anyhow::Result<PathBuf> {
    match target {
        Some(t) => {
            let p = PathBuf::from(t);
            // Something that is there but not a regular file is refused, with the reason, when read.
            if p.exists() {
                return Ok(p);
            }
            if let Some(d) = drafts {
                let named = d.join(format!("{}.toml", t.trim_end_matches(".toml")));
                if named.is_file() {
                    return Ok(named);
                }
            }
            Err(UsageError(format!(
                "no assessment file or draft named `{t}`: see `raia list` for drafts"
            ))
            .into())
        }
        None => {
            let newest = drafts
                .map(store::list_drafts)
                .and_then(|d| d.into_iter().next());
            match newest {
                Some(d) => Ok(d.path),
                None => Err(UsageError(
                    "there are no drafts to resume: start one with `raia new`".into(),
                )
                .into()),
            }
        }
    }
}

fn list(q: &Questionnaire, drafts: Option<&Path>, today: &str) -> anyhow::Result<()> {
    let Some(dir) = drafts else {
        outln!("No data directory is available for drafts.");
        return Ok(());
    };
    // Names and systems are escaped before they are measured, so columns stay aligned.
    let all: Vec<session::DraftSummary> = session::draft_summaries(q, dir)
        .into_iter()
        .map(|mut d| {
            d.name = term_text::line(&d.name).into_owned();
            d.system = term_text::line(&d.system).into_owned();
            d
        })
        .collect();
    if all.is_empty() {
        outln!(
            "No drafts in {}. Start one with `raia new`.",
            term_text::path(dir)
        );
        return Ok(());
    }
    outln!("Drafts in {}:", term_text::path(dir));
    // Columns are measured in terminal cells, so wide characters keep them aligned.
    let name_w = all.iter().map(|d| d.name.width()).max().unwrap_or(4).max(4);
    let sys_w = all
        .iter()
        .map(|d| d.system.width())
        .max()
        .unwrap_or(6)
        .clamp(6, 40);
    outln!(
        "{}  {}  {:>9}  {:<10}  {:<10}  REVIEW",
        pad("NAME", name_w),
        pad("SYSTEM", sys_w),
        "PROGRESS",
        "UPDATED",
        "TIER"
    );
    for d in all {
        // No review date until something is answered, as for the tier.
        let review = d.review.as_ref().filter(|_| d.answered > 0);
        let review = raia::explain::review_cell(
            review.and_then(|r| r.due.as_deref()),
            review.is_some_and(|r| r.overdue(today)),
            "-",
        );
        match d.error {
            None => outln!(
                "{}  {}  {:>9}  {:<10}  {:<10}  {review}",
                pad(&d.name, name_w),
                pad(&truncate(&d.system, sys_w), sys_w),
                format!("{}/{}", d.answered, d.visible),
                d.updated,
                d.tier_label(q)
            ),
            Some(e) => outln!(
                "{}  cannot be read: {}",
                pad(&d.name, name_w),
                e.lines().next().unwrap_or_default()
            ),
        }
    }
    Ok(())
}

/// Pads to `w` terminal cells.
fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(s.width())))
}

/// Cuts to at most `w` terminal cells, with an ellipsis when cut.
fn truncate(s: &str, w: usize) -> String {
    if s.width() <= w {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if out.width() + c.width().unwrap_or(0) + 1 > w {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

fn questions(
    q: &Questionnaire,
    source: &QuestionnaireSource,
    format: QuestionsFormat,
) -> anyhow::Result<()> {
    match format {
        QuestionsFormat::Source => match source {
            QuestionnaireSource::Embedded => data(raia::questionnaire::DEFAULT_QUESTIONNAIRE)?,
            QuestionnaireSource::File(p) | QuestionnaireSource::Project(p) => {
                data(&raia::textfile::read(p, "questionnaire")?)?
            }
        },
        QuestionsFormat::Json => data(&(serde_json::to_string_pretty(q)? + "\n"))?,
        QuestionsFormat::Toml => data(&toml::to_string_pretty(q)?)?,
        QuestionsFormat::Md => {
            outln!("# {} (version {})\n", q.title, q.version);
            outln!(
                "Policy: {}, {} <{}>\n",
                q.policy.name,
                q.policy.date,
                q.policy.url
            );
            if q.layers.len() > 1 {
                outln!("Layers: {}\n", raia::explain::layers(q));
            }
            for s in &q.sections {
                outln!("## {}\n", s.title);
                if !s.intro.is_empty() {
                    outln!("{}\n", s.intro);
                }
                for x in q.questions.iter().filter(|x| x.section == s.id) {
                    outln!("### `{}`: {}\n", x.id, x.prompt);
                    outln!(
                        "- type: {}{}",
                        x.kind.name(),
                        if x.optional { " (optional)" } else { "" }
                    );
                    if let Some(c) = &x.show_if {
                        outln!("- shown when: {}", c.describe(q));
                    }
                    if !x.clause.is_empty() {
                        outln!("- policy: {}", x.clause);
                    }
                    if let Some(l) = q.layers.get(x.layer).filter(|_| x.layer > 0) {
                        outln!("- added by: {}", l.title);
                    }
                    if !x.help.is_empty() {
                        outln!("- why: {}", x.help);
                    }
                    for o in &x.options {
                        outln!("  - `{}`: {}", o.id, o.label);
                    }
                    outln!();
                }
            }
            outln!("## Safeguards\n");
            for s in &q.safeguards {
                outln!("### `{}`: {}\n", s.id, s.title);
                let requirement = q
                    .requirement(&s.requirement)
                    .map_or(s.requirement.as_str(), |r| r.title.as_str());
                outln!(
                    "- serves: {requirement}{}",
                    if s.clause.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", s.clause)
                    }
                );
                match &s.required_when {
                    Some(c) => outln!("- required when: {}", c.describe(q)),
                    None => outln!("- required when: its requirement applies"),
                }
                outln!(
                    "- basis: {}",
                    raia::explain::safeguard_basis(
                        q,
                        &s.id,
                        s.basis,
                        q.requirement(&s.requirement)
                            .map_or(raia::questionnaire::Obligation::Must, |r| r.obligation)
                    )
                );
                let by = q.satisfied_by(&s.id);
                if by.is_empty() {
                    outln!("- shown in place by: no answer; set its status with evidence");
                } else {
                    outln!("- shown in place by: {}", by.join("; "));
                }
                if !s.good.is_empty() {
                    outln!("- good looks like: {}", s.good);
                }
                outln!();
            }
        }
    }
    Ok(())
}

/// A blank assessment with every question as a comment, for people who prefer an editor.
fn init(q: &Questionnaire, file: &Path, force: bool) -> anyhow::Result<()> {
    if file.exists() && !force {
        return Err(UsageError(format!(
            "{} already exists; pass --force to overwrite it",
            term_text::path(file)
        ))
        .into());
    }
    let text = blank_assessment(q);
    store::write_atomic(file, text.as_bytes())?;
    outln!(
        "wrote {} ({} questions). Fill in [answers], then run `raia validate {}`.",
        term_text::path(file),
        q.questions.len(),
        term_text::path(file)
    );
    Ok(())
}

fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn blank_assessment(q: &Questionnaire) -> String {
    let mut a = Assessment::new(q);
    let today = session::today();
    a.metadata.created = today.clone();
    a.metadata.updated = today;
    let mut out = String::new();
    out.push_str(&format!(
        "# raia assessment for {} (version {}).\n# Fill in [metadata] and [answers]; uncomment each answer you give.\n# Questions marked \"shown when\" only count when their condition holds.\n# Check with `raia validate FILE`; see the result with `raia score FILE`.\n\nschema_version = {}\n\n[metadata]\n",
        q.title, q.version, assessment::SCHEMA_VERSION
    ));
    for (key, label, _) in assessment::Metadata::FIELDS {
        out.push_str(&format!("# {label}\n{key} = \"\"\n"));
    }
    out.push_str(&format!(
        "created = {}\nupdated = {}\n\n",
        toml_str(&a.metadata.created),
        toml_str(&a.metadata.updated)
    ));
    out.push_str(&format!(
        "[questionnaire]\nid = {}\nversion = {}\nhash = {}\n\n[answers]\n",
        toml_str(&q.id),
        toml_str(&q.version),
        toml_str(&q.content_hash)
    ));
    for s in &q.sections {
        out.push_str(&format!("\n# ==== {} ====\n", s.title));
        for x in q.questions.iter().filter(|x| x.section == s.id) {
            out.push_str(&format!("\n# {}\n", x.prompt));
            if let Some(c) = &x.show_if {
                out.push_str(&format!("#   shown when: {}\n", c.describe(q)));
            }
            out.push_str(&format!(
                "#   {}{}\n",
                expected_value(x),
                if x.optional { " (optional)" } else { "" }
            ));
            for o in &x.options {
                let note = if o.effects.note_required {
                    format!(
                        "   (needs a note{})",
                        if o.effects.note_hint.trim().is_empty() {
                            String::new()
                        } else {
                            format!(": {}", o.effects.note_hint.trim())
                        }
                    )
                } else {
                    String::new()
                };
                if x.kind == QuestionKind::YesNo {
                    if !note.is_empty() {
                        out.push_str(&format!("#     {:<24}{note}\n", o.id == "yes"));
                    }
                } else {
                    out.push_str(&format!(
                        "#     {:<24} {}{note}\n",
                        toml_str(&o.id),
                        o.label
                    ));
                }
            }
            // A placeholder is never a valid answer: uncommenting it without choosing gives an
            // error that says what to write, instead of silently recording the first option.
            let example = match x.kind {
                QuestionKind::YesNo => toml_str("<true or false>"),
                QuestionKind::Single => toml_str("<choose one>"),
                QuestionKind::Multi => format!("[{}]", toml_str("<choose>")),
                QuestionKind::Number => toml_str("<a number>"),
                QuestionKind::Date => toml_str("YYYY-MM-DD"),
                QuestionKind::Text | QuestionKind::LongText => "\"\"".to_string(),
            };
            out.push_str(&format!("# {} = {example}\n", x.id));
            if x.options.iter().any(|o| o.effects.note_required)
                || x.bands.iter().any(|b| b.effects.note_required)
            {
                out.push_str(&format!(
                    "#   the note goes under [notes]: {} = \"...\"\n",
                    x.id
                ));
            }
        }
    }
    out.push_str("\n[notes]\n# A note on any answer, keyed by question id:\n# question-id = \"why we answered this way\"\n\n[safeguards]\n# Status of each safeguard, with evidence a reviewer can follow:\n");
    let statuses: Vec<&str> = SafeguardStatus::ALL.iter().map(|s| s.name()).collect();
    for s in &q.safeguards {
        let by = q.satisfied_by(&s.id);
        let shown = if by.is_empty() {
            "# No answer can show this one in place: set its status here, with evidence.\n"
                .to_string()
        } else {
            format!("# Shown in place by an answer: {}\n", by.join("; "))
        };
        out.push_str(&format!(
            "# {}: {}\n{shown}# [safeguards.{}]\n# status = \"missing\"   # {}\n# evidence = \"\"\n",
            s.title,
            s.good,
            s.id,
            statuses.join(" | ")
        ));
    }
    out
}

fn validate(
    q: &Questionnaire,
    source: &QuestionnaireSource,
    explicit_q: bool,
    files: &[PathBuf],
) -> anyhow::Result<ExitCode> {
    if files.is_empty() {
        if !explicit_q {
            return Err(UsageError(
                "give assessment files to check, or --questionnaire PATH to check a questionnaire"
                    .into(),
            )
            .into());
        }
        outln!(
            "{}: ok (questionnaire {} version {}: {} sections, {} questions, {} safeguards, {} declared contradictions; content hash {})",
            term_text::line(&source.to_string()),
            q.id,
            q.version,
            q.sections.len(),
            q.questions.len(),
            q.safeguards.len(),
            q.contradictions.len(),
            &q.content_hash[..12]
        );
        if q.layers.len() > 1 {
            outln!("layers: {}", term_text::line(&raia::explain::layers(q)));
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut failed = false;
    for f in files {
        match assessment::read_assessment(f, q) {
            Ok(a) => {
                let e = evaluate(q, &a);
                let warned = warnings(q, &a, &e);
                for w in &warned {
                    errln!("{}: warning: {w}", term_text::path(f));
                }
                let answered = answered_count(&a, &e);
                let state = if e.complete {
                    "complete".to_string()
                } else {
                    format!(
                        "incomplete: {}",
                        raia::explain::missing(e.unanswered.len(), e.notes_missing.len())
                    )
                };
                // "ok" only when nothing needs a reader's attention: a file that loads but has
                // contradictions or is unbound says so.
                outln!(
                    "{}: {} ({answered} of {} visible questions answered, {state}; tier {})",
                    term_text::path(f),
                    if warned.is_empty() {
                        "ok".to_string()
                    } else {
                        format!(
                            "loads, with {}",
                            raia::explain::plural(warned.len(), "warning", "warnings")
                        )
                    },
                    e.visible.len(),
                    raia::explain::tier(q, e.tier)
                );
                for line in missing_lines(q, &e) {
                    outln!("  {line}");
                }
            }
            Err(err) => {
                failed = true;
                print_error(&err);
            }
        }
    }
    Ok(if failed {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    })
}

/// Visible questions with an answer that counts (a placeholder such as "n/a" does not).
fn answered_count(a: &Assessment, e: &raia::engine::Evaluation) -> usize {
    e.visible
        .iter()
        .filter(|id| a.answers.get(*id).is_some_and(raia::engine::is_given))
        .count()
}

/// What a reader must know before trusting a result: binding, contradictions, contradicted
/// statuses and answers kept for hidden questions.
fn warnings(q: &Questionnaire, a: &Assessment, e: &raia::engine::Evaluation) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(b) = raia::explain::binding(q, a, raia::engine::Binding::of(q, a)) {
        out.push(b);
    }
    out.extend(raia::explain::disagreements(q, e));
    if !e.hidden_answered.is_empty() {
        out.push(format!(
            "{} kept for questions that earlier answers now hide; they do not count: {}",
            raia::explain::plural(e.hidden_answered.len(), "answer is", "answers are"),
            e.hidden_answered
                .iter()
                .filter_map(|id| q.question(id))
                .map(|x| format!("\"{}\" ({})", x.prompt, x.id))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out
}

/// The unanswered questions and missing notes, by prompt with the id to edit.
fn missing_lines(q: &Questionnaire, e: &raia::engine::Evaluation) -> Vec<String> {
    let name = |id: &String| {
        q.question(id)
            .map_or_else(|| id.clone(), |x| format!("{} ({})", x.prompt, x.id))
    };
    let mut out: Vec<String> = e
        .unanswered
        .iter()
        .map(|id| format!("unanswered: {}", name(id)))
        .collect();
    out.extend(
        e.notes_missing
            .iter()
            .map(|id| format!("note missing: {}", name(id))),
    );
    out
}

fn score(
    q: &Questionnaire,
    file: &Path,
    gate: bool,
    strict: bool,
    today: &str,
) -> anyhow::Result<ExitCode> {
    use raia::explain;
    let a = assessment::read_assessment(file, q)?;
    let e = evaluate(q, &a);
    for w in warnings(q, &a, &e) {
        errln!("{}: warning: {w}", term_text::path(file));
    }
    let v = &q.vocabulary;
    let name = if a.metadata.system.is_empty() {
        term_text::path(file)
    } else {
        term_text::line(&a.metadata.system).into_owned()
    };
    outln!("{name}: tier {}", explain::tier(q, e.tier).to_uppercase());
    if e.score_counts() {
        outln!(
            "Score {} = {} - {} for safeguards in place ({} from {}, {} from {})",
            e.score.total,
            raia::engine::risk_points(e.score.raw),
            e.score.mitigation,
            v.tier_medium,
            e.score.medium_at,
            v.tier_high,
            e.score.high_at
        );
    } else {
        outln!(
            "Score not used: a confirmed {} decides the result.",
            v.prohibited_use
        );
    }
    let answered = answered_count(&a, &e);
    if e.complete {
        outln!(
            "Assessment complete: {answered} of {} questions answered{}.",
            e.visible.len(),
            if answered < e.visible.len() {
                " (the rest are optional)"
            } else {
                ""
            }
        );
    } else {
        outln!(
            "INCOMPLETE: {}; {}.",
            explain::missing(e.unanswered.len(), e.notes_missing.len()),
            explain::incomplete_effect(e.unanswered.len(), e.notes_missing.len())
        );
        for line in missing_lines(q, &e) {
            outln!("  - {line}");
        }
    }
    // Titles for people, ids in brackets for editing the file.
    let confirmed: Vec<String> = e
        .confirmed()
        .map(|p| format!("{} ({})", p.title, p.id))
        .collect();
    let concerns: Vec<String> = e
        .prohibitions
        .iter()
        .filter(|p| p.status == ProhibitionStatus::Concern)
        .map(|p| format!("{} ({})", p.title, p.id))
        .collect();
    outln!(
        "{}: {}{}",
        explain::capital(&format!("{}s", v.prohibited_use)),
        if confirmed.is_empty() {
            "none confirmed".to_string()
        } else {
            format!("CONFIRMED {}", confirmed.join(", "))
        },
        if concerns.is_empty() {
            String::new()
        } else {
            format!("; concerns: {}", concerns.join(", "))
        }
    );
    outln!(
        "{}s: {}",
        explain::capital(&v.consequential),
        if e.categories.is_empty() {
            "none".to_string()
        } else {
            e.categories
                .iter()
                .map(|c| format!("{} ({})", c.title, c.id))
                .collect::<Vec<_>>()
                .join(", ")
        }
    );
    outln!("Why:");
    for r in explain::tier_reasons(q, &e).iter().take(8) {
        outln!("  - {r}");
    }
    outln!("Requirements:");
    for r in e.requirements.iter().filter(|r| r.applies) {
        let note = explain::requirement_note(&e, r);
        outln!(
            "  - {}: {} ({}){}",
            r.title,
            explain::requirement_state(r),
            explain::requirement_basis(q, &r.id, r.basis, r.obligation),
            if note.is_empty() {
                String::new()
            } else {
                format!(": {note}")
            }
        );
    }
    let in_group = |basis: raia::questionnaire::Basis,
                    obligation: Option<raia::questionnaire::Obligation>|
     -> Vec<&raia::engine::SafeguardResult> {
        e.gaps
            .iter()
            .filter_map(|id| e.safeguard(id))
            .filter(|s| s.basis == basis && obligation.is_none_or(|o| s.obligation == o))
            .collect()
    };
    use raia::questionnaire::{Basis, Obligation};
    let groups = [
        (
            in_group(Basis::Policy, Some(Obligation::Must)),
            "Policy gaps",
            "required by the policy's words, not in place",
        ),
        (
            in_group(Basis::Policy, Some(Obligation::Should)),
            "Not shown",
            "the policy says it should be done; not called a breach",
        ),
        (
            in_group(Basis::Practice, None),
            "Recommendations open",
            "recommended practice, not a breach of the policy",
        ),
    ];
    if e.gaps.is_empty() {
        outln!("Gaps: none; every required safeguard is in place or not applicable with a reason.");
    }
    for (list, heading, meaning) in &groups {
        if list.is_empty() {
            continue;
        }
        outln!(
            "{heading} ({}; {meaning}):",
            explain::plural(list.len(), "safeguard", "safeguards")
        );
        for s in list {
            outln!("  - {} [{}] {}", s.id, explain::safeguard_state(s), s.title);
        }
    }
    // The change that lowers the score most, or failing that closes the most gaps.
    if let Some(w) = e
        .what_if
        .iter()
        .filter(|w| {
            w.score_after < e.score.total || w.gaps_closed.len() > 1 || w.tier_after < e.tier
        })
        .min_by_key(|w| {
            // Lowest result first; on a tie, a policy gap before a recommendation.
            let policy = e.safeguard(&w.safeguard).is_some_and(|s| s.is_policy_gap());
            (
                w.tier_after,
                w.score_after,
                !policy,
                std::cmp::Reverse(w.gaps_closed.len()),
            )
        })
    {
        outln!("Largest single change: {}.", explain::what_if(q, &e, w));
    }
    let conflicts: Vec<&raia::engine::SafeguardResult> = e.conflicts().collect();
    if !conflicts.is_empty() || !e.contradictions.is_empty() {
        outln!(
            "To be confirmed ({}):",
            explain::plural(
                conflicts.len() + e.contradictions.len(),
                "contradiction",
                "contradictions"
            )
        );
        for d in raia::explain::disagreements(q, &e) {
            outln!("  - {d}");
        }
    }
    if e.review.due.is_some() {
        outln!(
            "Review: {}{}",
            explain::review_due(q, &e),
            if e.review.overdue(today) {
                ": OVERDUE"
            } else {
                ""
            }
        );
    }
    for s in e.safeguards.iter().filter(|s| s.evidence_expired(today)) {
        outln!("Evidence expired: {}.", explain::evidence_expired(s));
    }
    if gate {
        let failures: Vec<raia::engine::GateFailure> = e
            .gate_on(raia::engine::Binding::of(q, &a), strict, Some(today))
            .into_iter()
            .map(|f| f.failure)
            .collect();
        return Ok(gate_verdict(q, &failures, strict));
    }
    Ok(ExitCode::SUCCESS)
}

/// Says on stderr whether the gate passed and why not, and returns the exit status: 3 when it
/// failed.
fn gate_verdict(
    q: &Questionnaire,
    failures: &[raia::engine::GateFailure],
    strict: bool,
) -> ExitCode {
    if !failures.is_empty() {
        errln!("gate: failed:");
        for f in raia::explain::gate_failures(failures, q) {
            errln!("  - {f}");
        }
        return ExitCode::from(EXIT_FINDINGS);
    }
    errln!(
        "gate: passed{}",
        if strict {
            " (strict)"
        } else {
            " (policy gaps only; --strict also fails on recommendations)"
        }
    );
    ExitCode::SUCCESS
}

/// `raia score --gate --format sarif`: the gate's findings as SARIF on stdout, the verdict on
/// stderr, and the same exit status as the text gate.
fn score_sarif(
    q: &Questionnaire,
    file: &Path,
    strict: bool,
    today: &str,
) -> anyhow::Result<ExitCode> {
    let text = raia::textfile::read(file, "assessment")?;
    let a = assessment::parse_assessment(&file.display().to_string(), &text, q)?;
    let e = evaluate(q, &a);
    let findings = e.gate_on(raia::engine::Binding::of(q, &a), strict, Some(today));
    let mut log = raia::sarif::Log::new();
    log.add_findings(q, &a, &e, &findings, &file.to_string_lossy(), &text);
    data(&log.to_text())?;
    let failures: Vec<raia::engine::GateFailure> =
        findings.into_iter().map(|f| f.failure).collect();
    Ok(gate_verdict(q, &failures, strict))
}

/// A built-in questionnaire by version, loaded.
fn builtin(version: &str) -> anyhow::Result<Questionnaire> {
    let Some((name, text)) = raia::questionnaire::builtin_version(version) else {
        return Err(UsageError(format!(
            "no built-in questionnaire has version {version}; built in: {}",
            builtin_versions()
        ))
        .into());
    };
    Ok(raia::questionnaire::builtin_questionnaire(name, text)?)
}

/// `raia migrate`: the file carried over to a newer questionnaire version, and what happened
/// to each answer, in words.
fn migrate(
    q: &Questionnaire,
    file: &Path,
    to: Option<&str>,
    from: Option<&Path>,
    dry_run: bool,
) -> anyhow::Result<()> {
    let new = match to {
        Some(v) => builtin(v)?,
        None => q.clone(),
    };
    let modified = std::fs::metadata(file).and_then(|m| m.modified()).ok();
    let text = raia::textfile::read(file, "assessment")?;
    let read = store::Fingerprint::of(text.as_bytes(), modified);
    let old = match from {
        Some(p) => raia::questionnaire::parse_questionnaire(
            &p.display().to_string(),
            &raia::textfile::read(p, "questionnaire")?,
        )?,
        None => {
            let recorded = toml::from_str::<toml::Table>(&text)
                .ok()
                .and_then(|t| {
                    t.get("questionnaire")?
                        .get("version")?
                        .as_str()
                        .map(str::to_string)
                })
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "{}: no [questionnaire] version to migrate from",
                        term_text::path(file)
                    )
                })?;
            if raia::questionnaire::builtin_version(&recorded).is_none() {
                return Err(UsageError(format!(
                    "{} was made with version {recorded}, which is not built in: pass --from PATH with that questionnaire",
                    term_text::path(file)
                ))
                .into());
            }
            builtin(&recorded)?
        }
    };
    let out = raia::migrate::migrate(&old, &new, &text)?;
    // The result must load under the new version before it replaces anything.
    let migrated = assessment::parse_assessment(&file.display().to_string(), &out.text, &new)
        .map_err(|e| {
            anyhow::anyhow!("the migrated file would not load, so it was not changed:\n{e}")
        })?;
    outln!(
        "{}: from version {} to version {} of `{}`",
        term_text::path(file),
        old.version,
        new.version,
        new.id
    );
    let list = |heading: &str, items: Vec<String>| -> std::io::Result<()> {
        if !items.is_empty() {
            outln!("{heading} ({}):", items.len());
            for i in items {
                outln!("  - {i}");
            }
        }
        Ok(())
    };
    list(
        "Carried over unchanged",
        out.unchanged.iter().map(|p| format!("\"{p}\"")).collect(),
    )?;
    list(
        "Carried over to a renamed question",
        out.renamed
            .iter()
            .map(|(a, b)| format!("\"{a}\" is now \"{b}\""))
            .collect(),
    )?;
    list(
        "Option renamed",
        out.options
            .iter()
            .map(|(p, _, label)| format!("\"{p}\": now \"{label}\""))
            .collect(),
    )?;
    list(
        "To reconfirm",
        out.reconfirm
            .iter()
            .map(|(p, why)| format!("\"{p}\": {why}"))
            .collect(),
    )?;
    list(
        "Removed with its question",
        out.removed
            .iter()
            .map(|(p, why)| format!("\"{p}\": {why}"))
            .collect(),
    )?;
    list(
        "New questions to answer",
        out.new.iter().map(|p| format!("\"{p}\"")).collect(),
    )?;
    if dry_run {
        outln!("Dry run: {} was not changed.", term_text::path(file));
    } else {
        // Refused if the file changed since it was read (the wizard saved it meanwhile).
        store::write_atomic_if(file, out.text.as_bytes(), store::Expect::Same(&read))?;
        outln!("Wrote {}.", term_text::path(file));
        if !migrated.signoff.is_empty() {
            outln!(
                "Its sign-offs are stale now, since the questionnaire changed: review it and sign it again."
            );
        }
    }
    Ok(())
}

/// `raia diff`: two files, or a file against itself at a git revision.
fn diff(
    q: &Questionnaire,
    file: &Path,
    other: Option<&Path>,
    rev: Option<&str>,
    format: DiffFormat,
) -> anyhow::Result<()> {
    let (before_name, before, after_name, after) = match (other, rev) {
        (Some(other), _) => (
            file.display().to_string(),
            assessment::read_assessment(file, q)?,
            other.display().to_string(),
            assessment::read_assessment(other, q)?,
        ),
        (None, Some(rev)) => {
            let name = format!("{rev}:{}", file.display());
            let text = git_show(rev, file)?;
            (
                name.clone(),
                assessment::parse_assessment(&name, &text, q)?,
                file.display().to_string(),
                assessment::read_assessment(file, q)?,
            )
        }
        (None, None) => {
            return Err(UsageError("give a second file, or --rev REV".into()).into());
        }
    };
    let d = raia::diff::diff(q, &before_name, &before, &after_name, &after);
    data(&match format {
        DiffFormat::Md => d.markdown(),
        DiffFormat::Json => d.json(),
    })?;
    Ok(())
}

/// The text of `file` at git revision `rev`, by `git show REV:./NAME` run in the file's folder.
fn git_show(rev: &str, file: &Path) -> anyhow::Result<String> {
    if rev.starts_with('-') || rev.contains(':') || rev.trim().is_empty() {
        return Err(UsageError(format!(
            "--rev {rev} is not a revision: give a branch, tag or commit, e.g. --rev origin/main"
        ))
        .into());
    }
    let dir = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = file
        .file_name()
        .ok_or_else(|| UsageError(format!("{} is not a file name", term_text::path(file))))?;
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("show")
        .arg(format!("{rev}:./{}", name.to_string_lossy()))
        .output()
        .map_err(|e| {
            anyhow::anyhow!(
                "cannot run git to read {rev}:{}: {e}",
                term_text::path(file)
            )
        })?;
    if !out.status.success() {
        anyhow::bail!(
            "git cannot show {} at {rev}: {}",
            term_text::path(file),
            term_text::line(String::from_utf8_lossy(&out.stderr).trim())
        );
    }
    String::from_utf8(out.stdout)
        .map_err(|_| anyhow::anyhow!("{} at {rev} is not UTF-8 text", term_text::path(file)))
}

/// `raia status`: the portfolio table, and the worst outcome as the exit status.
fn status(
    q: &Questionnaire,
    paths: &[PathBuf],
    format: StatusFormat,
    strict: bool,
    today: &str,
) -> anyhow::Result<ExitCode> {
    use raia::portfolio;
    let paths = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let files = portfolio::find_files(&paths);
    if files.is_empty() {
        return Err(UsageError(format!(
            "no assessment files under {}: name folders or files that hold assessments",
            paths
                .iter()
                .map(|p| term_text::path(p))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .into());
    }
    let entries = portfolio::assess_all(q, &files, strict, today);
    let rows: Vec<portfolio::Row> = entries.iter().map(|e| portfolio::Row::of(q, e)).collect();
    match format {
        StatusFormat::Md => data(&portfolio::markdown(&rows))?,
        StatusFormat::Csv => data(&portfolio::csv(&rows)?)?,
        StatusFormat::Json => data(&portfolio::json(&rows))?,
        StatusFormat::Sarif => data(&portfolio::sarif(q, &entries))?,
    }
    if format != StatusFormat::Md {
        errln!("{}", portfolio::summary(&rows));
    }
    Ok(match portfolio::outcome(&entries) {
        portfolio::Outcome::Pass => ExitCode::SUCCESS,
        portfolio::Outcome::Findings => ExitCode::from(EXIT_FINDINGS),
        portfolio::Outcome::Error => ExitCode::from(EXIT_ERROR),
    })
}

/// Appends a sign-off naming the current assessment hash. Approval needs a complete assessment
/// bound to the questionnaire in use, with no confirmed prohibition and no contradiction: the
/// tool should not record an approval the answers do not support.
fn sign(
    q: &Questionnaire,
    file: &Path,
    name: String,
    role: String,
    decision: Decision,
    date: Option<String>,
) -> anyhow::Result<()> {
    // The wizard may save the file between our read and our write: then read it again, so
    // neither its answers nor this sign-off is lost, and the hash signed is the one on disk.
    let mut attempts = 0;
    loop {
        match sign_once(q, file, &name, &role, decision, date.clone()) {
            Err(e) if e.is::<store::ChangedOnDisk>() && attempts < 5 => attempts += 1,
            r => return r,
        }
    }
}

fn sign_once(
    q: &Questionnaire,
    file: &Path,
    name: &str,
    role: &str,
    decision: Decision,
    date: Option<String>,
) -> anyhow::Result<()> {
    let (mut a, read) = assessment::read_assessment_fingerprinted(file, q)?;
    if name.trim().is_empty() {
        return Err(UsageError("--name must not be empty".into()).into());
    }
    let date = match date {
        Some(d) if raia::answer::valid_date(&d) => d,
        Some(d) => {
            return Err(UsageError(format!("--date {d} is not a date: write YYYY-MM-DD")).into());
        }
        None => session::today(),
    };
    let e = evaluate(q, &a);
    let binding = raia::engine::Binding::of(q, &a);
    if matches!(decision, Decision::Approved) {
        if e.tier == raia::questionnaire::Tier::Prohibited {
            return Err(UsageError(
                "the answers confirm a prohibited use, which cannot be approved: record --decision rejected or changes-requested".into(),
            )
            .into());
        }
        if !e.complete {
            return Err(UsageError(format!(
                "the assessment is incomplete ({}): complete it before approving, or record --decision changes-requested",
                raia::explain::missing(e.unanswered.len(), e.notes_missing.len())
            ))
            .into());
        }
        if binding == raia::engine::Binding::Changed {
            return Err(UsageError(format!(
                "cannot approve: {}",
                raia::explain::binding(q, &a, binding).unwrap_or_default()
            ))
            .into());
        }
        let contradicted = e.conflicts().count() + e.contradictions.len();
        if contradicted > 0 {
            return Err(UsageError(format!(
                "cannot approve: {} (see raia score); resolve them, or record --decision changes-requested",
                raia::explain::plural(
                    contradicted,
                    "answer or status is contradicted",
                    "answers or statuses are contradicted"
                )
            ))
            .into());
        }
    }
    // An unbound file is bound to the questionnaire in use as it is signed: the sign-off covers
    // that exact text.
    a.questionnaire.hash = q.content_hash.clone();
    let hash = a.answers_hash(q);
    let entry = assessment::SignOff {
        name: name.trim().to_string(),
        role: role.trim().to_string(),
        date,
        decision: decision.name().to_string(),
        assessment_hash: hash.clone(),
    };
    // Edit rather than rewrite, so a hand-edited file keeps its comments and layout and the
    // git diff is the sign-off (and, the first time, the questionnaire hash). The result is
    // checked before it replaces the file.
    let original = raia::textfile::read(file, "assessment")?;
    if !store::Fingerprint::of(original.as_bytes(), None).same_contents(&read) {
        return Err(store::ChangedOnDisk(file.to_path_buf()).into());
    }
    let mut text = bind_questionnaire_hash(&original, &q.content_hash).ok_or_else(|| {
        anyhow::anyhow!(
            "{}: cannot record the questionnaire hash in [questionnaire]; the file was not changed",
            term_text::path(file)
        )
    })?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&signoff_toml(&entry));
    let checked = assessment::parse_assessment(&file.to_string_lossy(), &text, q)?;
    anyhow::ensure!(
        checked.signoff.last() == Some(&entry) && checked.questionnaire.hash == q.content_hash,
        "{}: the sign-off could not be appended cleanly; the file was not changed",
        term_text::path(file)
    );
    a.signoff.push(entry);
    store::write_atomic_if(file, text.as_bytes(), store::Expect::Same(&read))?;
    outln!(
        "{}: {} by {} for assessment {}; it goes stale if any answer, note, safeguard status or the questionnaire text changes.",
        term_text::path(file),
        decision.name(),
        name.trim(),
        &hash[..12]
    );
    let policy_gaps = e.safeguards.iter().filter(|s| s.is_policy_gap()).count();
    if policy_gaps > 0 && matches!(decision, Decision::Approved) {
        errln!(
            "note: approved with {} the policy requires not in place; the report lists them.",
            raia::explain::plural(policy_gaps, "safeguard", "safeguards")
        );
    }
    Ok(())
}

/// The file text with `hash` under [questionnaire] set to `hash`, changing nothing else.
/// None when the table cannot be found.
fn bind_questionnaire_hash(text: &str, hash: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 80);
    let mut in_table = false;
    let mut done = false;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            if in_table && !done {
                out.push_str(&format!("hash = {}\n", toml_str(hash)));
                done = true;
            }
            in_table = trimmed == "[questionnaire]";
        } else if in_table && !done {
            let key = trimmed.split('=').next().map(str::trim);
            if key == Some("hash") {
                out.push_str(&format!("hash = {}\n", toml_str(hash)));
                done = true;
                continue;
            }
        }
        out.push_str(line);
        if lines.peek().is_none() && in_table && !done {
            if !line.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&format!("hash = {}\n", toml_str(hash)));
            done = true;
        }
    }
    done.then_some(out)
}

/// One [[signoff]] entry as TOML text, with its values quoted by the toml crate.
fn signoff_toml(s: &assessment::SignOff) -> String {
    format!(
        "\n[[signoff]]\nname = {}\nrole = {}\ndate = {}\ndecision = {}\nassessment_hash = {}\n",
        toml_str(&s.name),
        toml_str(&s.role),
        toml_str(&s.date),
        toml_str(&s.decision),
        toml_str(&s.assessment_hash)
    )
}
