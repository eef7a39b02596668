//! Command-line interface: clap definitions and dispatch.

use clap::{Parser, Subcommand, ValueEnum};
use raia::assessment::{self, Assessment, SafeguardStatus, expected_value, store};
use raia::engine::{ProhibitionStatus, evaluate};
use raia::questionnaire::{QuestionKind, Questionnaire, QuestionnaireSource, load_questionnaire};
use raia::report::{Format, Templates};
use raia::session::{self, Session};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Writes to stdout and returns an error instead of panicking when the reader has gone away
/// (`raia score x | head`); `main` treats a broken pipe as success.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($arg)*)?
    }};
}

macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        write!(std::io::stdout(), $($arg)*)?
    }};
}

#[derive(Parser)]
#[command(
    name = "raia",
    version,
    about = "Responsible AI self-assessments against the AWS Responsible AI Policy (2023-09-28)",
    long_about = "raia walks a team through questions about an AI/ML use case, decides how it stands \
against the AWS Responsible AI Policy (prohibited uses, consequential decisions), and writes an \
assessment report that lists the safeguards required and what is missing.\n\n\
It is a self-assessment aid: not legal advice, and not an AWS product.",
    after_help = "Examples:\n  raia                         open the wizard (new, resume, open)\n  raia new triage.toml         start a new assessment saved to triage.toml\n  raia resume                  continue the most recent draft\n  raia score triage.toml       print tier, reasons and gaps\n  raia report triage.toml --format md --out triage.md"
)]
pub struct Cli {
    /// Questionnaire to use instead of the built-in AWS one (also: questionnaire.toml in the config dir).
    #[arg(long, global = true, value_name = "PATH")]
    questionnaire: Option<PathBuf>,
    /// Directory with report.md.tera / information-request.md.tera overriding the built-in templates.
    #[arg(long, global = true, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Do not use colour (NO_COLOR is respected too).
    #[arg(long, global = true)]
    no_color: bool,
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
        after_help = "Examples:\n  raia score triage.toml\n  raia score triage.toml --gate   exit 1 if prohibited, incomplete or a required safeguard is missing (for CI)"
    )]
    Score {
        file: PathBuf,
        /// Exit with status 1 when the use is prohibited, the assessment is incomplete, or a required safeguard is missing or only planned.
        #[arg(long)]
        gate: bool,
    },
    /// Render a report.
    #[command(
        after_help = "Examples:\n  raia report triage.toml --format md --out triage.md\n  raia report triage.toml --format json | jq .tier\n  raia report triage.toml --format info-request --out aws-response.md\n  raia report triage.toml --format csv --out safeguards.csv"
    )]
    Report {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
        format: ReportFormat,
        /// Write here (atomically) instead of standard output.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
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

/// A usage mistake: exit status 2, like clap's own.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct UsageError(String);

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let code = if e.is::<UsageError>() { 2 } else { 1 };
            // Each located problem gets its own "error:" line, as compilers print them.
            match e.downcast_ref::<raia::diag::Diagnostics>() {
                Some(all) => {
                    let mut out = std::io::BufWriter::new(std::io::stderr().lock());
                    for d in &all.0 {
                        let _ = writeln!(out, "error: {d}");
                    }
                }
                None => {
                    let _ = writeln!(std::io::stderr(), "error: {e:#}");
                }
            }
            ExitCode::from(code)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let (q, source) = load_questionnaire(cli.questionnaire.as_deref())?;
    // A questionnaire picked up from the config directory is easy to forget; when something
    // fails, say which one was used.
    let from_config = cli.questionnaire.is_none() && matches!(source, QuestionnaireSource::File(_));
    let shown = source.to_string();
    let result = dispatch(cli, q, source);
    if from_config && !matches!(result, Ok(ExitCode::SUCCESS)) {
        eprintln!(
            "note: the questionnaire in use is {shown}, from raia's config directory; pass --questionnaire PATH to use another"
        );
    }
    result
}

fn dispatch(cli: Cli, q: Questionnaire, source: QuestionnaireSource) -> anyhow::Result<ExitCode> {
    let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let drafts = raia::paths::drafts_dir();
    let interactive = std::io::stdin().is_terminal()
        && std::io::stdout().is_terminal()
        && std::env::var("TERM").map_or(true, |t| t != "dumb");
    let templates = || Templates::load(cli.templates.as_deref());
    match cli.command {
        None => {
            if interactive {
                wizard(q, templates()?, raia::tui::Start::Home, no_color, drafts)?;
            } else {
                plain(Session::new(q, None, drafts))?;
            }
        }
        Some(Command::New { file, plain: p }) => {
            if let Some(f) = &file
                && f.exists()
            {
                return Err(UsageError(format!(
                    "{} already exists: continue it with `raia resume {}`",
                    f.display(),
                    f.display()
                ))
                .into());
            }
            if p || !interactive {
                plain(Session::new(q, file, drafts))?;
            } else {
                wizard(
                    q,
                    templates()?,
                    raia::tui::Start::New(file),
                    no_color,
                    drafts,
                )?;
            }
        }
        Some(Command::Resume { target, plain: p }) => {
            let path = resolve_resume(target.as_deref(), drafts.as_deref())?;
            if p || !interactive {
                plain(Session::open(q, &path)?)?;
            } else {
                wizard(
                    q,
                    templates()?,
                    raia::tui::Start::Resume(path),
                    no_color,
                    drafts,
                )?;
            }
        }
        Some(Command::List) => list(&q, drafts.as_deref())?,
        Some(Command::Questions { format }) => questions(&q, &source, format)?,
        Some(Command::Init { file, force }) => init(&q, &file, force)?,
        Some(Command::Validate { files }) => {
            let files: Vec<PathBuf> = files
                .iter()
                .map(|f| draft_or_path(f, drafts.as_deref()))
                .collect();
            return validate(&q, &source, cli.questionnaire.is_some(), &files);
        }
        Some(Command::Score { file, gate }) => {
            return score(&q, &draft_or_path(&file, drafts.as_deref()), gate);
        }
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
        Some(Command::Report { file, format, out }) => {
            let file = draft_or_path(&file, drafts.as_deref());
            let a = assessment::read_assessment(&file, &q)?;
            let text = raia::report::render(&q, &a, format.into(), &templates()?)?;
            match out {
                Some(path) => {
                    store::write_atomic(&path, text.as_bytes())?;
                    eprintln!("wrote {}", path.display());
                }
                None => out!("{text}"),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn wizard(
    questionnaire: Questionnaire,
    templates: Templates,
    start: raia::tui::Start,
    no_color: bool,
    drafts_dir: Option<PathBuf>,
) -> anyhow::Result<()> {
    raia::tui::run(raia::tui::Options {
        questionnaire,
        templates,
        start,
        no_color,
        drafts_dir,
    })
}

fn plain(session: Session) -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut output = std::io::stdout();
    raia::plain::run(session, &mut input, &mut output)
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
            if p.is_file() {
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

fn list(q: &Questionnaire, drafts: Option<&Path>) -> anyhow::Result<()> {
    let Some(dir) = drafts else {
        outln!("No data directory is available for drafts.");
        return Ok(());
    };
    let all = session::draft_summaries(q, dir);
    if all.is_empty() {
        outln!("No drafts in {}. Start one with `raia new`.", dir.display());
        return Ok(());
    }
    outln!("Drafts in {}:", dir.display());
    // Columns are measured in terminal cells, so wide characters keep them aligned.
    let name_w = all.iter().map(|d| d.name.width()).max().unwrap_or(4).max(4);
    let sys_w = all
        .iter()
        .map(|d| d.system.width())
        .max()
        .unwrap_or(6)
        .clamp(6, 40);
    outln!(
        "{}  {}  {:>9}  {:<10}  TIER",
        pad("NAME", name_w),
        pad("SYSTEM", sys_w),
        "PROGRESS",
        "UPDATED"
    );
    for d in all {
        match d.error {
            None => outln!(
                "{}  {}  {:>9}  {:<10}  {}",
                pad(&d.name, name_w),
                pad(&truncate(&d.system, sys_w), sys_w),
                format!("{}/{}", d.answered, d.visible),
                d.updated,
                // No tier until something is answered: "low" would read as a verdict.
                if d.answered == 0 {
                    "-"
                } else {
                    d.tier.map_or("-", |t| t.name())
                }
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
            QuestionnaireSource::Embedded => out!("{}", raia::questionnaire::DEFAULT_QUESTIONNAIRE),
            QuestionnaireSource::File(p) => out!("{}", std::fs::read_to_string(p)?),
        },
        QuestionsFormat::Json => outln!("{}", serde_json::to_string_pretty(q)?),
        QuestionsFormat::Toml => out!("{}", toml::to_string_pretty(q)?),
        QuestionsFormat::Md => {
            outln!("# {} (version {})\n", q.title, q.version);
            outln!(
                "Policy: {}, {} <{}>\n",
                q.policy.name,
                q.policy.date,
                q.policy.url
            );
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
                        outln!("- shown when: {}", c.describe());
                    }
                    if !x.clause.is_empty() {
                        outln!("- policy: {}", x.clause);
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
                    Some(c) => outln!("- required when: {}", c.describe()),
                    None => outln!("- required when: its requirement applies"),
                }
                let by = q.satisfied_by(&s.id);
                if !by.is_empty() {
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
            file.display()
        ))
        .into());
    }
    let text = blank_assessment(q);
    store::write_atomic(file, text.as_bytes())?;
    outln!(
        "wrote {} ({} questions). Fill in [answers], then run `raia validate {}`.",
        file.display(),
        q.questions.len(),
        file.display()
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
                out.push_str(&format!("#   shown when: {}\n", c.describe()));
            }
            out.push_str(&format!(
                "#   {}{}\n",
                expected_value(x),
                if x.optional { " (optional)" } else { "" }
            ));
            for o in &x.options {
                if x.kind != QuestionKind::YesNo {
                    out.push_str(&format!("#     {:<24} {}\n", toml_str(&o.id), o.label));
                }
            }
            let example = match x.kind {
                QuestionKind::YesNo => "false".to_string(),
                QuestionKind::Single => {
                    x.options.first().map_or("\"\"".into(), |o| toml_str(&o.id))
                }
                // An empty list is not an answer, so the placeholder names an option.
                QuestionKind::Multi => format!(
                    "[{}]",
                    x.options
                        .iter()
                        .find(|o| o.exclusive)
                        .or(x.options.first())
                        .map_or("\"\"".into(), |o| toml_str(&o.id))
                ),
                QuestionKind::Number => "0".to_string(),
                QuestionKind::Date => toml_str("YYYY-MM-DD"),
                QuestionKind::Text | QuestionKind::LongText => "\"\"".to_string(),
            };
            out.push_str(&format!("# {} = {example}\n", x.id));
        }
    }
    out.push_str("\n[notes]\n# A note on any answer, keyed by question id:\n# question-id = \"why we answered this way\"\n\n[safeguards]\n# Status of each safeguard, with evidence a reviewer can follow:\n");
    let statuses: Vec<&str> = SafeguardStatus::ALL.iter().map(|s| s.name()).collect();
    for s in &q.safeguards {
        out.push_str(&format!(
            "# {}: {}\n# [safeguards.{}]\n# status = \"missing\"   # {}\n# evidence = \"\"\n",
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
            "{source}: ok (questionnaire {} version {}: {} sections, {} questions, {} safeguards)",
            q.id,
            q.version,
            q.sections.len(),
            q.questions.len(),
            q.safeguards.len()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let mut failed = false;
    for f in files {
        match assessment::read_assessment(f, q) {
            Ok(a) => {
                if let Some(w) = a.questionnaire_drift(q) {
                    eprintln!("{}: warning: {w}", f.display());
                }
                let e = evaluate(q, &a);
                for s in e
                    .safeguards
                    .iter()
                    .filter(|s| s.required && !s.conflict.is_empty())
                {
                    eprintln!(
                        "{}: warning: safeguard `{}` is recorded in place, but the answers do not show it ({})",
                        f.display(),
                        s.id,
                        s.conflict
                    );
                }
                let answered = e.visible.iter().filter(|id| a.has_answer(id)).count();
                let state = if e.complete {
                    "complete".to_string()
                } else {
                    format!(
                        "incomplete: {} unanswered, {} notes missing",
                        e.unanswered.len(),
                        e.notes_missing.len()
                    )
                };
                outln!(
                    "{}: ok ({answered} of {} visible questions answered, {state}; tier {})",
                    f.display(),
                    e.visible.len(),
                    e.tier
                );
            }
            Err(err) => {
                failed = true;
                // Buffered: a file with 100,000 problems took a million write calls (issue 7).
                let mut out = std::io::BufWriter::new(std::io::stderr().lock());
                let _ = writeln!(out, "{err:#}");
            }
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn score(q: &Questionnaire, file: &Path, gate: bool) -> anyhow::Result<ExitCode> {
    let a = assessment::read_assessment(file, q)?;
    if let Some(w) = a.questionnaire_drift(q) {
        eprintln!("{}: warning: {w}", file.display());
    }
    let e = evaluate(q, &a);
    let name = if a.metadata.system.is_empty() {
        file.display().to_string()
    } else {
        a.metadata.system.clone()
    };
    outln!("{name}: tier {}", e.tier.name().to_uppercase());
    outln!(
        "Score {} = {} - {} for safeguards in place (medium from {}, high from {})",
        e.score.total,
        raia::engine::risk_points(e.score.raw),
        e.score.mitigation,
        e.score.medium_at,
        e.score.high_at
    );
    let answered = e.visible.iter().filter(|id| a.has_answer(id)).count();
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
        let mut missing = Vec::new();
        if !e.unanswered.is_empty() {
            missing.push(format!(
                "{} unanswered ({})",
                e.unanswered.len(),
                e.unanswered.join(", ")
            ));
        }
        if !e.notes_missing.is_empty() {
            missing.push(format!(
                "{} required note{} missing ({})",
                e.notes_missing.len(),
                if e.notes_missing.len() == 1 { "" } else { "s" },
                e.notes_missing.join(", ")
            ));
        }
        outln!("INCOMPLETE: {}.", missing.join("; "));
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
        "Prohibitions: {}{}",
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
    if e.categories.is_empty() {
        outln!("Consequential decisions: none");
    } else {
        outln!(
            "Consequential decisions: {}",
            e.categories
                .iter()
                .map(|c| format!("{} ({})", c.title, c.id))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    outln!("Why:");
    for r in e.tier_reasons.iter().take(6) {
        outln!("  - {r}");
    }
    if e.gaps.is_empty() {
        outln!("Gaps: none; every required safeguard is in place or not applicable.");
    } else {
        outln!(
            "Gaps ({} required safeguards missing or planned):",
            e.gaps.len()
        );
        for id in &e.gaps {
            if let Some(s) = e.safeguard(id) {
                outln!("  - {} [{}] {}", s.id, s.status.label(), s.title);
            }
        }
    }
    if let Some(w) = e
        .what_if
        .first()
        .filter(|_| e.tier != raia::questionnaire::Tier::Prohibited)
    {
        outln!(
            "Largest single improvement: put `{}` in place -> score {}, tier {}.",
            w.safeguard,
            w.score_after,
            w.tier_after
        );
    }
    let conflicts: Vec<&raia::engine::SafeguardResult> = e
        .safeguards
        .iter()
        .filter(|s| s.required && !s.conflict.is_empty())
        .collect();
    if !conflicts.is_empty() {
        outln!(
            "To reconcile ({} recorded in place, but the answers do not show it):",
            conflicts.len()
        );
        for s in &conflicts {
            outln!("  - {} {}: {}", s.id, s.title, s.conflict);
        }
    }
    let fail = gate
        && (e.tier == raia::questionnaire::Tier::Prohibited
            || !e.complete
            || !e.gaps.is_empty()
            || !conflicts.is_empty());
    if fail {
        eprintln!(
            "gate: failed (prohibited use, incomplete assessment, required safeguards missing or planned, or a status the answers contradict)"
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Appends a sign-off naming the current answers hash. Approval needs a complete assessment
/// and no confirmed prohibition: the tool should not record an approval the policy rules out.
fn sign(
    q: &Questionnaire,
    file: &Path,
    name: String,
    role: String,
    decision: Decision,
    date: Option<String>,
) -> anyhow::Result<()> {
    let mut a = assessment::read_assessment(file, q)?;
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
    if matches!(decision, Decision::Approved) {
        if e.tier == raia::questionnaire::Tier::Prohibited {
            return Err(UsageError(
                "the answers confirm a prohibited use, which cannot be approved: record --decision rejected or changes-requested".into(),
            )
            .into());
        }
        if !e.complete {
            return Err(UsageError(format!(
                "the assessment is incomplete ({} unanswered, {} notes missing): complete it before approving, or record --decision changes-requested",
                e.unanswered.len(),
                e.notes_missing.len()
            ))
            .into());
        }
    }
    let hash = a.answers_hash();
    let entry = assessment::SignOff {
        name: name.trim().to_string(),
        role: role.trim().to_string(),
        date,
        decision: decision.name().to_string(),
        assessment_hash: hash.clone(),
    };
    // Append rather than rewrite, so a hand-edited file keeps its comments and layout and the
    // git diff is just the sign-off. The result is checked before it replaces the file.
    let mut text = std::fs::read_to_string(file)
        .map_err(|e| anyhow::anyhow!("{}: cannot read assessment: {e}", file.display()))?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&signoff_toml(&entry));
    let checked = assessment::parse_assessment(&file.display().to_string(), &text, q)?;
    anyhow::ensure!(
        checked.signoff.last() == Some(&entry),
        "{}: the sign-off could not be appended cleanly; the file was not changed",
        file.display()
    );
    a.signoff.push(entry);
    store::write_atomic(file, text.as_bytes())?;
    outln!(
        "{}: {} by {} for answers {}; it goes stale if any answer, note or safeguard status changes.",
        file.display(),
        decision.name(),
        name.trim(),
        &hash[..12]
    );
    if !e.gaps.is_empty() && matches!(decision, Decision::Approved) {
        eprintln!(
            "note: approved with {} required safeguard(s) missing or planned; the report lists them.",
            e.gaps.len()
        );
    }
    Ok(())
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
