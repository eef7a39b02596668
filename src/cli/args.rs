//! The command line as clap parses it: the arguments, commands and their value types.

use super::*;

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
    after_help = "Examples:\n  raia                         open the wizard (new, resume, open)\n  raia new triage.toml         start a new assessment saved to triage.toml\n  raia resume                  continue the newest draft or file opened by name\n  raia score triage.toml       print tier, reasons and gaps\n  raia report triage.toml --format md --out triage.report.md\n\nExit status: 0 success (the gate passed); 1 an error, such as a file that does not load;\n2 a usage mistake, or something raia refuses to do; 3 findings: the gate failed\n(`raia score --gate`, `raia status`)."
)]
pub struct Cli {
    /// Questionnaire to use instead of the built-in one (also: questionnaire.toml in the config dir).
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "PATH"
    )]
    pub(crate) questionnaire: Option<PathBuf>,
    /// Directory with report.md.tera / information-request.md.tera overriding the built-in templates.
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "DIR"
    )]
    pub(crate) templates: Option<PathBuf>,
    /// Do not use colour (NO_COLOR is respected too).
    #[arg(long, global = true, help_heading = "Global options")]
    pub(crate) no_color: bool,
    /// The wizard's colours: default (reads on light and dark), dark, light or mono. Also
    /// `theme = "light"` in config.toml in the config directory.
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "THEME"
    )]
    pub(crate) theme: Option<crate::tui::theme::Palette>,
    /// The day to take as today (YYYY-MM-DD) in every mode: review dates and evidence are
    /// judged against it, and sign-offs are dated by it. For tests and reproducible CI.
    #[arg(long, global = true, help_heading = "Global options", value_name = "DATE", value_parser = parse_date)]
    pub(crate) today: Option<String>,
    #[command(subcommand)]
    pub(crate) command: Option<Command>,
}

#[derive(Subcommand)]
pub(crate) enum Command {
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
        /// Ask line by line without the full-screen interface.
        #[arg(long)]
        plain: bool,
    },
    /// List the drafts in the data directory, then the assessment files opened by name.
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
        after_help = "Examples:\n  raia validate examples/*.toml\n  raia validate --questionnaire my-questionnaire.toml\n  raia validate triage.toml --forget-hidden   remove answers kept for hidden questions"
    )]
    Validate {
        /// Assessment files to check; none, with --questionnaire, checks the questionnaire.
        files: Vec<PathBuf>,
        /// Remove the answers (and their notes) kept for questions the other answers now hide,
        /// which count for nothing and are warned of on every command; the file is rewritten in
        /// place, atomically, keeping its comments.
        #[arg(long)]
        forget_hidden: bool,
    },
    /// Print the tier, categories, top reasons and gaps.
    #[command(
        after_help = "Examples:\n  raia score triage.toml\n  raia score triage.toml --gate            exit 3 on a prohibited use or a policy gap (for CI)\n  raia score triage.toml --gate --strict   also on recommendations and \"should\" items\n  raia score triage.toml --gate --require-signoff   also unless a current sign-off approves it\n  raia score triage.toml --gate --format sarif > raia.sarif   findings as CI annotations\n\nExit status: 0 the gate passed (or no --gate); 1 the file does not load; 2 a usage mistake;\n3 the gate failed."
    )]
    Score {
        /// The assessment file.
        file: PathBuf,
        /// Exit with status 3 when the use is prohibited, the assessment is incomplete, a safeguard the policy requires is not in place, answers or statuses contradict each other, or the assessment is not bound to the questionnaire in use.
        #[arg(long)]
        gate: bool,
        /// With --gate: also fail on safeguards the policy says "should" be in place and on the questionnaire's recommendations.
        #[arg(long, requires = "gate")]
        strict: bool,
        /// With --gate: also fail unless a sign-off approves the answers as they stand (none, a stale one, or one that cannot stand fails).
        #[arg(long, requires = "gate")]
        require_signoff: bool,
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
        /// How to print it. Default: text on a terminal, a Markdown table otherwise.
        #[arg(long, value_enum)]
        format: Option<StatusFormat>,
        /// Judge with the strict gate: also "should" items and recommendations.
        #[arg(long)]
        strict: bool,
        /// Also fail an assessment unless a sign-off approves its answers as they stand.
        #[arg(long)]
        require_signoff: bool,
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
        after_help = "Examples:\n  raia migrate triage.toml --dry-run          what would change\n  raia migrate triage.toml                    to the questionnaire in use\n  raia migrate triage.toml --to 2023-09-28.2  to a built-in version\n  raia migrate old.toml --from v1.toml --questionnaire v2.toml   custom questionnaires\n\nThe newer version's [migration] table says what was renamed, removed or needs\nreconfirming; sign-offs go stale, since the assessment hash covers the questionnaire."
    )]
    Migrate {
        /// The assessment file; rewritten in place (atomically) unless --dry-run.
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
    /// Print a manual page (roff): raia's, or a command's, e.g. `raia man score > raia-score.1`.
    #[command(
        after_help = "Examples:\n  raia man > raia.1 && man ./raia.1\n  raia man score > raia-score.1      the page raia's lists as raia-score(1)\n  raia man | gzip > ~/.local/share/man/man1/raia.1.gz"
    )]
    Man {
        /// The command whose page to print (the page raia's lists as raia-COMMAND(1)).
        /// Default: raia's own page.
        command: Option<String>,
    },
    /// Render a report.
    #[command(
        after_help = "Examples:\n  raia report triage.toml --format md --out triage.report.md\n  raia report triage.toml --crosswalk eu-ai-act       the EU AI Act articles it bears on\n  raia report triage.toml --format json | jq .tier\n  raia report triage.toml --format info-request --out aws-response.md\n  raia report triage.toml --format csv --out safeguards.csv\n\n--out never writes over the assessment itself, and replaces a file that raia did not\nwrite, or a report someone changed since raia wrote it, only with --force."
    )]
    Report {
        /// The assessment file.
        file: PathBuf,
        /// The report to render.
        #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
        format: ReportFormat,
        /// Write here (atomically) instead of standard output ("-" is standard output). Never
        /// the assessment itself; a file raia did not write, or a report changed since raia
        /// wrote it, only with --force.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// Let --out replace a file that raia did not write, or a report changed since.
        #[arg(long, requires = "out")]
        force: bool,
        /// Read the assessment against another framework (md or json): for each of its ids,
        /// the safeguards behind it, their status and evidence. A questionnaire of your own may
        /// map more.
        #[arg(long, value_name = "FRAMEWORK", value_parser = Frameworks)]
        crosswalk: Option<String>,
    },
    /// Record a reviewer's sign-off of the answers as they stand now.
    #[command(
        after_help = "Examples:\n  raia sign triage.toml --name \"Dana Reyes\" --role \"Risk officer\"\n  raia sign triage.toml --name \"Dana Reyes\" --decision changes-requested --comment \"Name the appeals reviewer\"\n\nA sign-off names the assessment's answers hash; when any answer, note or safeguard status\nchanges, reports show it as STALE."
    )]
    Sign {
        /// The assessment file to sign; the sign-off is appended to it.
        file: PathBuf,
        /// Who signs.
        #[arg(long)]
        name: String,
        /// Their role, e.g. "Risk officer".
        #[arg(long, default_value = "")]
        role: String,
        /// What the reviewer decides. Without it, an approval, but only where the answers leave
        /// no policy gap and no prohibited use unguarded: over those it must be said.
        #[arg(long, value_enum)]
        decision: Option<Decision>,
        /// Why, in the reviewer's words: what must change, for a request for changes or a
        /// rejection. Kept in the sign-off and shown wherever the decision is.
        #[arg(long, default_value = "")]
        comment: String,
        /// The date of the sign-off (YYYY-MM-DD); default today.
        #[arg(long)]
        date: Option<String>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ScoreFormat {
    /// The summary for people.
    Text,
    /// SARIF 2.1.0, for code-scanning annotations (with --gate).
    Sarif,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum StatusFormat {
    /// A few lines per assessment, to read in a terminal.
    Text,
    /// A Markdown table, for a pull request or a wiki page.
    Md,
    /// One row per assessment, for a spreadsheet.
    Csv,
    /// Every assessment's summary and gate findings, for scripts.
    Json,
    /// SARIF 2.1.0: every finding on its assessment's line, for code-scanning annotations.
    Sarif,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DiffFormat {
    /// Markdown, for a pull request or a terminal.
    Md,
    /// What changed, for scripts.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum QuestionsFormat {
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
pub(crate) enum ReportFormat {
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

pub(crate) fn parse_date(s: &str) -> Result<String, String> {
    if crate::answer::valid_date(s) {
        Ok(s.to_string())
    } else {
        Err(format!("{s} is not a date: write YYYY-MM-DD"))
    }
}

/// A framework's name for `--crosswalk`: any name a questionnaire maps is taken, and the
/// built-in ones are listed in the help and offered by shell completion (which offered file
/// names before: a new-user trial).
#[derive(Clone)]
pub(crate) struct Frameworks;

impl clap::builder::TypedValueParser for Frameworks {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::NonEmptyStringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        use clap::builder::PossibleValue;
        Some(Box::new(
            [
                PossibleValue::new("eu-ai-act").help("The EU AI Act's articles (built in)"),
                PossibleValue::new("nist-ai-rmf")
                    .help("The NIST AI Risk Management Framework's subcategories (built in)"),
            ]
            .into_iter(),
        ))
    }
}
