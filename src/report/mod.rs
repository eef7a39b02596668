//! Reports: one [`Report`] model built from the questionnaire, the assessment and the
//! evaluation, rendered as Markdown and as an information-request response (tera templates),
//! as TOML and JSON (serde, never a template) and as CSV (one row per safeguard).
//!
//! Rendering is deterministic: the same inputs give byte-identical output.

pub mod crosswalk;
pub mod escape;
mod model;

pub use model::*;

use crate::assessment::Assessment;
use crate::diag::Diagnostic;
use crate::questionnaire::Questionnaire;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tera::{Context, ErrorKind, Kwargs, State, Tera, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    Toml,
    Json,
    Csv,
    InfoRequest,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Markdown,
        Format::Toml,
        Format::Json,
        Format::Csv,
        Format::InfoRequest,
    ];

    /// The name used on the command line (`--format`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Toml => "toml",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::InfoRequest => "info-request",
        }
    }

    /// File extension for a default output path: two parts, so a report named after the
    /// assessment (`triage.toml` gives `triage.report.json`) can never be the assessment itself,
    /// whatever the assessment's own extension, and rarely anyone else's file.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "report.md",
            Format::Toml => "report.toml",
            Format::Json => "report.json",
            Format::Csv => "report.csv",
            Format::InfoRequest => "info-request.md",
        }
    }
}

/// File name of the assessment report template.
pub const REPORT_TEMPLATE: &str = "report.md.tera";
/// File name of the information-request response template.
pub const INFO_REQUEST_TEMPLATE: &str = "information-request.md.tera";

/// The built-in templates, by file name. A copy of one in the templates directory overrides it.
pub const BUILTIN_TEMPLATES: [(&str, &str); 2] = [
    (
        REPORT_TEMPLATE,
        include_str!("../../templates/report.md.tera"),
    ),
    (
        INFO_REQUEST_TEMPLATE,
        include_str!("../../templates/information-request.md.tera"),
    ),
];

/// Where a template in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateSource {
    BuiltIn,
    File(PathBuf),
}

impl std::fmt::Display for TemplateSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BuiltIn => f.write_str("built in"),
            Self::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// The Markdown templates in use: built in, or overridden from a directory.
///
/// Compiling a template takes longer than most commands take in all (issue 7), so the
/// built-in templates, which the tests compile, are compiled on first use, each on its own:
/// `raia report --format md` compiles the report template only, and `--format json` none.
/// Templates from a directory are all compiled when loaded, so a mistake in one is reported
/// whatever is rendered.
#[derive(Clone)]
pub struct Templates {
    /// Name, text and source of each template, in `BUILTIN_TEMPLATES` order.
    texts: Vec<(&'static str, String, TemplateSource)>,
    sources: BTreeMap<&'static str, TemplateSource>,
    /// All templates in one instance, when they were compiled together (from a directory).
    all: Option<Tera>,
    /// Each built-in template compiled alone on first use, by position in `texts`.
    each: [OnceLock<Result<Tera, TemplateError>>; 2],
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates")
            .field("sources", &self.sources)
            .finish_non_exhaustive()
    }
}

impl Templates {
    /// Loads templates from `dir` if given, else from `templates/` in the user's config
    /// directory where present, else the built-in ones. A directory may override one template
    /// and leave the other built in. Syntax errors are reported as `file:line:column`.
    pub fn load(dir: Option<&Path>) -> anyhow::Result<Templates> {
        let dir = match dir {
            Some(d) if !d.is_dir() => anyhow::bail!(
                "{}: templates directory not found\n  help: pass a directory that holds {REPORT_TEMPLATE} and/or {INFO_REQUEST_TEMPLATE}",
                d.display()
            ),
            Some(d) => Some(d.to_path_buf()),
            None => crate::paths::config_dir()
                .map(|c| c.join("templates"))
                .filter(|d| d.is_dir()),
        };
        let mut texts = Vec::new();
        for (name, builtin) in BUILTIN_TEMPLATES {
            // A template that is there but not a regular file is refused when read.
            let path = dir.as_ref().map(|d| d.join(name)).filter(|p| p.exists());
            let (text, source) = match path {
                Some(p) => {
                    let text = crate::textfile::read(&p, "template")?;
                    (text, TemplateSource::File(p))
                }
                None => (builtin.to_string(), TemplateSource::BuiltIn),
            };
            texts.push((name, text, source));
        }
        let mut t = Self::new(texts);
        if t.sources.values().any(|s| *s != TemplateSource::BuiltIn) {
            t.all = Some(compile(&t.texts)?);
        }
        Ok(t)
    }

    /// The built-in templates only, ignoring any override directory.
    pub fn builtin() -> anyhow::Result<Templates> {
        Ok(Self::new(
            BUILTIN_TEMPLATES
                .iter()
                .map(|&(name, text)| (name, text.to_string(), TemplateSource::BuiltIn))
                .collect(),
        ))
    }

    fn new(texts: Vec<(&'static str, String, TemplateSource)>) -> Self {
        let sources = texts
            .iter()
            .map(|(name, _, source)| (*name, source.clone()))
            .collect();
        Self {
            texts,
            sources,
            all: None,
            each: [OnceLock::new(), OnceLock::new()],
        }
    }

    /// Compiles every template now, reporting the first syntax error.
    pub fn check(&self) -> Result<(), TemplateError> {
        compile(&self.texts).map(|_| ())
    }

    /// Where the template with this file name comes from.
    pub fn source(&self, name: &str) -> Option<&TemplateSource> {
        self.sources.get(name)
    }

    /// The compiled instance that holds template `name`.
    fn tera(&self, name: &str) -> anyhow::Result<&Tera> {
        if let Some(all) = &self.all {
            return Ok(all);
        }
        let i = self
            .texts
            .iter()
            .position(|(n, _, _)| *n == name)
            .ok_or_else(|| anyhow::anyhow!("no template named {name}"))?;
        let slot = self
            .each
            .get(i)
            .ok_or_else(|| anyhow::anyhow!("no template named {name}"))?;
        slot.get_or_init(|| compile(self.texts.get(i..=i).unwrap_or_default()))
            .as_ref()
            .map_err(|e| anyhow::Error::from(e.clone()))
    }

    fn render(&self, name: &'static str, report: &Report) -> anyhow::Result<String> {
        let tera = self.tera(name)?;
        let context = Context::from_serialize(report)
            .map_err(|e| anyhow::anyhow!("cannot pass the report to the template {name}: {e}"))?;
        let out = tera.render(name, &context).map_err(|e| {
            let source = self
                .sources
                .get(name)
                .cloned()
                .unwrap_or(TemplateSource::BuiltIn);
            anyhow::Error::from(template_error(name, &source, &e))
        });
        if is_large(report) {
            drop_later(context);
        }
        out
    }
}

/// Compiles these templates into one instance, with raia's filters. The first syntax error
/// is reported as `file:line:column`.
fn compile(texts: &[(&'static str, String, TemplateSource)]) -> Result<Tera, TemplateError> {
    let mut tera = Tera::default();
    // Markdown is not HTML: escaping is done per field by the md, cell and code filters.
    tera.autoescape_on(Vec::<&str>::new());
    register_filters(&mut tera);
    for (name, text, source) in texts {
        tera.add_raw_template(name, text)
            .map_err(|e| syntax_error(name, source, text, &e))?;
    }
    Ok(tera)
}

/// A template problem as `file:line:column: message` with a hint on how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct TemplateError(pub Diagnostic);

/// Tera reports an unclosed block at the end of the file; point at the block instead.
fn syntax_error(name: &str, source: &TemplateSource, text: &str, e: &tera::Error) -> TemplateError {
    let mut err = template_error(name, source, e);
    if let ErrorKind::SyntaxError(r) = e.kind()
        && r.message().starts_with("Unexpected end of input")
        && let Some((line, column, tag)) = unclosed_block(text)
    {
        let restore = err
            .0
            .help
            .find("; or remove")
            .map(|i| err.0.help[i..].to_string())
            .unwrap_or_default();
        err.0.line = line;
        err.0.column = column;
        err.0.message = format!("template syntax error: this {{% {tag} %}} is never closed");
        err.0.help = format!("add {{% end{tag} %}} where the block should end{restore}");
    }
    err
}

/// The innermost block tag (`if`, `for`, ...) that has no end tag: line, column (1-based) and tag.
fn unclosed_block(text: &str) -> Option<(usize, usize, String)> {
    const BLOCKS: [&str; 6] = ["if", "for", "block", "component", "filter", "raw"];
    let mut open: Vec<(usize, String)> = Vec::new();
    let mut rest = 0;
    while let Some(found) = text.get(rest..).and_then(|t| t.find("{%")) {
        let start = rest + found;
        let after = text.get(start + 2..)?;
        let Some(close) = after.find("%}") else {
            break;
        };
        let inner = after
            .get(..close)?
            .trim_matches(|c: char| c == '-' || c.is_whitespace());
        let word = inner
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .next()
            .unwrap_or_default();
        rest = start + 2 + close + 2;
        if let Some(tag) = word.strip_prefix("end") {
            if open.last().is_some_and(|(_, t)| t == tag) {
                open.pop();
            }
        } else if BLOCKS.contains(&word) {
            open.push((start, word.to_string()));
        } else if word == "set" && !inner.contains('=') {
            // `{% set x %}...{% endset %}` captures a block; `{% set x = v %}` does not.
            open.push((start, word.to_string()));
        }
        if open.last().is_some_and(|(_, t)| t == "raw") {
            // Nothing inside {% raw %} is a tag.
            match text.get(rest..).and_then(|t| t.find("endraw")) {
                Some(i) => {
                    open.pop();
                    rest += i + "endraw".len();
                }
                None => break,
            }
        }
    }
    let (offset, tag) = open.pop()?;
    let (line, column) = crate::diag::SourceMap::new("", text).line_col(offset);
    Some((line, column, tag))
}

fn template_error(name: &str, source: &TemplateSource, e: &tera::Error) -> TemplateError {
    let file = match source {
        TemplateSource::BuiltIn => format!("built-in {name}"),
        TemplateSource::File(p) => p.display().to_string(),
    };
    let restore = match source {
        TemplateSource::BuiltIn => String::new(),
        TemplateSource::File(p) => {
            format!("; or remove {} to use the built-in template", p.display())
        }
    };
    let (line, column, message, help) = match e.kind() {
        ErrorKind::SyntaxError(r) => {
            let span = r.span();
            let help = if r.message().starts_with("Unexpected end of input") {
                "a tag is left open: close every {% if %} with {% endif %}, every {% for %} with {% endfor %} and every {{ with }}".to_string()
            } else {
                "fix the template syntax at this position (tera 2: {{ value | filter }}, {% if cond %}...{% endif %}, {% for x in list %}...{% endfor %})".to_string()
            };
            (
                span.start_line,
                span.start_col + 1,
                format!("template syntax error: {}", r.message()),
                help,
            )
        }
        ErrorKind::RenderingError(r) => {
            let span = r.span();
            (
                span.start_line,
                span.start_col + 1,
                format!("template error while rendering: {}", r.message()),
                "use only fields of the report model (see the JSON output, `--format json`), and test optional values with {% if x %} before using them".to_string(),
            )
        }
        _ => (
            1,
            1,
            format!("template error: {e}"),
            "check the template against the built-in one".to_string(),
        ),
    };
    TemplateError(Diagnostic {
        file,
        line,
        column,
        message,
        help: format!("{help}{restore}"),
    })
}

fn register_filters(tera: &mut Tera) {
    tera.register_filter(
        "md",
        |s: std::borrow::Cow<'_, str>, _: Kwargs, _: &State| escape::md(&s),
    );
    tera.register_filter(
        "cell",
        |s: std::borrow::Cow<'_, str>, _: Kwargs, _: &State| escape::cell(&s),
    );
    tera.register_filter(
        "code",
        |s: std::borrow::Cow<'_, str>, _: Kwargs, _: &State| escape::code(&s),
    );
    // `answers_by_id | pick(ids=["a", "b"])`: the first of these answers that is given, or none.
    tera.register_filter(
        "pick",
        |m: &tera::Map, kwargs: Kwargs, _: &State| -> tera::TeraResult<Value> {
            let ids: Vec<String> = kwargs.must_get("ids")?;
            Ok(ids
                .iter()
                .find_map(|id| m.get(&tera::value::Key::Str(id)).cloned())
                .unwrap_or_else(Value::none))
        },
    );
}

/// Renders one report. The same inputs always give byte-identical output.
pub fn render(
    q: &Questionnaire,
    a: &Assessment,
    format: Format,
    templates: &Templates,
) -> anyhow::Result<String> {
    let report = Report::build(q, a);
    let out = render_report(&report, format, templates);
    if is_large(&report) {
        drop_later(report);
    }
    out
}

/// Whether a report lists so many answers that freeing it takes noticeable time.
fn is_large(report: &Report) -> bool {
    report.answers_by_id.len() > 1_000
}

/// Frees `value` on another thread, so a caller waiting for a large report does not also wait
/// for its thousands of small allocations to be freed: at 10,000 questions freeing the template
/// context took a quarter of rendering the Markdown report (issue 7). Without a thread, it is
/// freed here.
fn drop_later<T: Send + 'static>(value: T) {
    // On failure the closure, and the value with it, is dropped right away.
    let _ = std::thread::Builder::new()
        .name("raia-free".into())
        .spawn(move || drop(value));
}

/// Renders a report already built.
pub fn render_report(
    report: &Report,
    format: Format,
    templates: &Templates,
) -> anyhow::Result<String> {
    match format {
        Format::Markdown => templates.render(REPORT_TEMPLATE, report).map(with_marker),
        Format::InfoRequest => templates
            .render(INFO_REQUEST_TEMPLATE, report)
            .map(with_marker),
        Format::Toml => Ok(toml::to_string_pretty(report)?),
        Format::Json => Ok(serde_json::to_string_pretty(report)? + "\n"),
        Format::Csv => safeguards_csv(report),
    }
}

/// The last line of every Markdown report, whatever the template: a comment (not shown when
/// the Markdown is rendered) by which raia knows a report it wrote, so writing the report again
/// replaces it without asking.
pub const MARKDOWN_MARKER: &str = "<!-- Written by raia from an assessment file; raia replaces it when the report is written again. -->";

fn with_marker(mut text: String) -> String {
    // A line of its own after a blank line, so no renderer takes it into a paragraph.
    while !text.is_empty() && !text.ends_with("\n\n") {
        text.push('\n');
    }
    text.push_str(MARKDOWN_MARKER);
    text.push('\n');
    text
}

/// Whether `bytes` are a report raia wrote, in any format: Markdown ending with
/// [`MARKDOWN_MARKER`], CSV starting with [`CSV_HEADER`], or JSON or TOML with raia's
/// `generator` and an `assessment_hash`.
pub fn is_raia_report(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    if text.trim_end().ends_with(MARKDOWN_MARKER)
        || text.lines().next() == Some(CSV_HEADER.join(",").as_str())
    {
        return true;
    }
    let ours = |generator: Option<&str>, has_hash: bool| {
        has_hash && generator.is_some_and(|g| g.starts_with("raia "))
    };
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(text) {
        return ours(
            v.get("generator").and_then(|g| g.as_str()),
            v.get("assessment_hash").is_some(),
        );
    }
    if let Ok(t) = toml::from_str::<toml::Table>(text) {
        return ours(
            t.get("generator").and_then(|g| g.as_str()),
            t.contains_key("assessment_hash"),
        );
    }
    false
}

/// What is at the path a report is about to be written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutTarget {
    /// Nothing, an empty file, or a report raia wrote: write it.
    Free,
    /// The assessment being reported (or another link to it): never written over.
    Assessment,
    /// A file raia did not write: only when the user says so.
    Foreign,
}

/// Where a report for the assessment at `assessment` may go: see [`OutTarget`].
pub fn out_target(out: &Path, assessment: &Path) -> OutTarget {
    let Ok(meta) = std::fs::metadata(out) else {
        return OutTarget::Free;
    };
    if same_file(out, assessment) {
        return OutTarget::Assessment;
    }
    if meta.is_file() && meta.len() == 0 {
        return OutTarget::Free;
    }
    match std::fs::read(out) {
        Ok(bytes) if is_raia_report(&bytes) => OutTarget::Free,
        _ => OutTarget::Foreign,
    }
}

/// Whether two paths name one file (through links, and hard links too).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
    }
}

/// The CSV columns, in order. `status` is what the file records; `state` is how a reviewer must
/// read it ("to be confirmed" when the answers contradict it, "not applicable, no reason
/// given"); `basis` and `obligation` tell a policy gap from a recommendation. The last two repeat
/// on every row, so a sheet filtered to one safeguard still says whether the assessment was
/// complete and which answers it reflects.
pub const CSV_HEADER: [&str; 16] = [
    "id",
    "title",
    "requirement",
    "clause",
    "required",
    "status",
    "state",
    "basis",
    "obligation",
    "source",
    "evidence",
    "why_required",
    "credit",
    "conflict",
    "assessment_status",
    "assessment_hash",
];

/// Spreadsheets run a cell that starts with one of these as a formula; such text gets a
/// leading apostrophe so it stays text.
pub(crate) fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// One row per safeguard in the questionnaire (required first, then the rest, each in
/// questionnaire order), after a header row.
fn safeguards_csv(report: &Report) -> anyhow::Result<String> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record(CSV_HEADER)?;
    for s in report
        .safeguards
        .required
        .iter()
        .chain(&report.safeguards.not_required)
    {
        w.write_record([
            s.id.clone(),
            spreadsheet_safe(&s.title),
            s.requirement.clone(),
            spreadsheet_safe(&s.clause),
            s.required.to_string(),
            s.status.name().to_string(),
            s.status_label.clone(),
            s.basis.name().to_string(),
            s.obligation.name().to_string(),
            source_name(s.source).to_string(),
            spreadsheet_safe(&s.evidence),
            spreadsheet_safe(&s.why_required.join("; ")),
            s.credit.to_string(),
            spreadsheet_safe(&s.conflict),
            report.status.label.clone(),
            report.assessment_hash.clone(),
        ])?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| anyhow::anyhow!("cannot write CSV: {}", e.error()))?;
    Ok(String::from_utf8(bytes)?)
}

fn source_name(s: crate::engine::StatusSource) -> &'static str {
    match s {
        crate::engine::StatusSource::Assessment => "assessment",
        crate::engine::StatusSource::Answer => "answer",
        crate::engine::StatusSource::Default => "default",
    }
}

/// The folder reports go to by default: next to the assessment file; for a draft (which lives
/// in the data directory, out of the user's sight) the directory raia was started in. The
/// wizard's export step and plain mode's `export` both use it.
pub fn default_dir(assessment: &Path, draft: bool) -> PathBuf {
    if draft && let Ok(cwd) = std::env::current_dir() {
        return cwd;
    }
    match assessment.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Each format's default report path: `<default_dir>/<stem>.<extension>`.
pub fn default_paths(assessment: &Path, draft: bool) -> Vec<(Format, PathBuf)> {
    let dir = default_dir(assessment, draft);
    let stem = assessment
        .file_stem()
        .map_or_else(|| "assessment".into(), |s| s.to_string_lossy().into_owned());
    Format::ALL
        .iter()
        .map(|&f| (f, dir.join(format!("{stem}.{}", f.extension()))))
        .collect()
}

/// Writes one report for the assessment at `assessment` to `out`, never over the assessment
/// itself and never over a file raia did not write unless `replace`. Returns the path written,
/// or why nothing was, in words (the caller adds how to choose another path). The wizard's export step and plain mode's `export` both use it.
pub fn write_report(
    q: &Questionnaire,
    a: &Assessment,
    format: Format,
    templates: &Templates,
    out: &Path,
    assessment: &Path,
    replace: bool,
) -> Result<String, String> {
    match out_target(out, assessment) {
        OutTarget::Assessment => Err(format!(
            "{} is the assessment itself: raia never writes a report over it",
            out.display()
        )),
        OutTarget::Foreign if !replace => Err(format!(
            "not written: {} exists and raia did not write it",
            out.display()
        )),
        _ => render(q, a, format, templates)
            .and_then(|text| crate::assessment::store::write_atomic_shared(out, text.as_bytes()))
            .map(|()| out.display().to_string())
            .map_err(|e| format!("{e:#}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unclosed_block_points_at_the_innermost_open_tag() {
        assert_eq!(unclosed_block("{% if a %}x{% endif %}"), None);
        assert_eq!(
            unclosed_block("{% if a %}\n  {%- for x in xs -%}\n{% endif %}"),
            // The `endif` does not close the `for`, so the `for` is what is left open.
            Some((2, 3, "for".to_string()))
        );
        assert_eq!(
            unclosed_block("{% for x in xs %}{% endfor %}\n{% if b %}"),
            Some((2, 1, "if".to_string()))
        );
        assert_eq!(unclosed_block("{% set x = 1 %}{% if a %}{% endif %}"), None);
        assert_eq!(
            unclosed_block("{% set x %}captured"),
            Some((1, 1, "set".to_string()))
        );
        // Tags inside raw are text.
        assert_eq!(unclosed_block("{% raw %}{% if %}{% endraw %}"), None);
    }

    #[test]
    fn built_in_templates_parse() -> anyhow::Result<()> {
        let t = Templates::builtin()?;
        t.check()?;
        // Each compiles on its own too, as they are compiled when first used.
        for (name, text) in BUILTIN_TEMPLATES {
            compile(&[(name, text.to_string(), TemplateSource::BuiltIn)])?;
        }
        assert_eq!(t.source(REPORT_TEMPLATE), Some(&TemplateSource::BuiltIn));
        assert_eq!(
            t.source(INFO_REQUEST_TEMPLATE),
            Some(&TemplateSource::BuiltIn)
        );
        Ok(())
    }
}
