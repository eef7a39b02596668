//! The Markdown templates: built in or from a directory, compiled on demand, their errors located by file, line and column.

use super::*;
use std::borrow::Cow;

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
    pub(crate) texts: Vec<(&'static str, Cow<'static, str>, TemplateSource)>,
    pub(crate) sources: BTreeMap<&'static str, TemplateSource>,
    /// All templates in one instance, when they were compiled together (from a directory).
    pub(crate) all: Option<Tera>,
    /// Each built-in template compiled alone on first use, by position in `texts`.
    pub(crate) each: [OnceLock<Result<Tera, TemplateError>>; 2],
    /// The report fields each template's text names, found on first use, by position.
    pub(crate) named: [OnceLock<Vec<&'static str>>; 2],
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
                    (Cow::Owned(text), TemplateSource::File(p))
                }
                // Borrowed from the binary: a copy was 35 KB of new memory for every report,
                // the CSV one that renders no template too (issue 7).
                None => (Cow::Borrowed(builtin), TemplateSource::BuiltIn),
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
                .map(|&(name, text)| (name, Cow::Borrowed(text), TemplateSource::BuiltIn))
                .collect(),
        ))
    }

    pub(crate) fn new(texts: Vec<(&'static str, Cow<'static, str>, TemplateSource)>) -> Self {
        let sources = texts
            .iter()
            .map(|(name, _, source)| (*name, source.clone()))
            .collect();
        Self {
            texts,
            sources,
            all: None,
            each: [OnceLock::new(), OnceLock::new()],
            named: [OnceLock::new(), OnceLock::new()],
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
    pub(crate) fn tera(&self, name: &str) -> anyhow::Result<&Tera> {
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

    /// The report fields template `name` names when it is compiled alone (a built-in one, not
    /// overridden): they are all it can read. Found once per template: each field looked up
    /// in 17 KB of template text on every report was a twentieth of `raia report` (issue 7).
    pub(crate) fn fields_alone(&self, name: &str) -> Option<&[&'static str]> {
        if self.all.is_some() {
            return None;
        }
        let i = self.texts.iter().position(|(n, _, _)| *n == name)?;
        let (_, text, _) = self.texts.get(i)?;
        let slot = self.named.get(i)?;
        Some(slot.get_or_init(|| fields_named(text)).as_slice())
    }

    pub(crate) fn render(&self, name: &'static str, report: &Report) -> anyhow::Result<String> {
        let tera = self.tera(name)?;
        // A template compiled alone gets only the report fields its text names: converting the
        // rest into tera's values was a tenth of rendering 10,000 answers (issue 7). Templates
        // compiled together (a directory's) may include each other, so they get everything.
        let context = match self.fields_alone(name) {
            Some(fields) => context_named_in(report, fields),
            None => Context::from_serialize(report),
        }
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

/// The report fields that `text` names as whole words, in [`REPORT_FIELDS`] order: as
/// [`names`] finds them, in one pass over the text's words.
pub(crate) fn fields_named(text: &str) -> Vec<&'static str> {
    let index: foldhash::HashMap<&str, usize> = REPORT_FIELDS
        .iter()
        .enumerate()
        .map(|(i, f)| (*f, i))
        .collect();
    let mut found = [false; REPORT_FIELDS.len()];
    // Byte by byte, ASCII decided in place; a character outside ASCII is decoded to ask whether
    // it is a letter. Splitting on a per-character closure cost more than the 35 searches it
    // replaced (issue 7).
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let (word, len) = if b.is_ascii() {
            (b.is_ascii_alphanumeric() || b == b'_', 1)
        } else {
            text.get(at..)
                .and_then(|rest| rest.chars().next())
                .map_or((false, 1), |c| (is_word(c), c.len_utf8()))
        };
        match (word, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                mark(&index, &mut found, text.get(from..at));
                start = None;
            }
            _ => {}
        }
        at += len;
    }
    if let Some(from) = start {
        mark(&index, &mut found, text.get(from..));
    }
    REPORT_FIELDS
        .iter()
        .zip(found)
        .filter_map(|(f, named)| named.then_some(*f))
        .collect()
}

/// Marks `word` found if it is a report field.
fn mark(index: &foldhash::HashMap<&str, usize>, found: &mut [bool], word: Option<&str>) {
    if let Some(slot) = word
        .and_then(|w| index.get(w))
        .and_then(|&i| found.get_mut(i))
    {
        *slot = true;
    }
}

/// Letters, digits and `_` make a word.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `text` names `field` as a whole word (letters, digits and `_` make a word).
#[cfg(test)]
pub(crate) fn names(text: &str, field: &str) -> bool {
    text.match_indices(field).any(|(i, _)| {
        let before = text.get(..i).and_then(|t| t.chars().next_back());
        let after = text.get(i + field.len()..).and_then(|t| t.chars().next());
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

macro_rules! report_fields {
    ($($field:ident),* $(,)?) => {
        /// Every field of [`Report`] by its serialised name (a test checks the list is whole).
        pub(crate) const REPORT_FIELDS: &[&str] = &[$(stringify!($field)),*];

        /// The template context with the report's `fields` (others are left out).
        pub(crate) fn context_named_in(
            report: &Report,
            fields: &[&str],
        ) -> tera::TeraResult<Context> {
            let mut context = Context::new();
            $(
                if fields.contains(&stringify!($field)) {
                    context.insert_value(
                        stringify!($field),
                        tera::Value::try_from_serializable(&report.$field)?,
                    );
                }
            )*
            Ok(context)
        }
    };
}

report_fields!(
    schema_version,
    generator,
    judged_on,
    questionnaire,
    assessment_hash,
    metadata,
    status,
    tier,
    tier_label,
    tier_in_doubt,
    vocabulary,
    terms,
    compliance,
    contradictions,
    cleared,
    verdict,
    reasons,
    prohibitions,
    screened_all_by,
    consequential,
    score,
    requirements,
    safeguards,
    gaps,
    remediation,
    sections,
    not_counted,
    noted,
    answers_by_id,
    answers_by_role,
    signoffs,
    lifted_objections,
    disclaimer,
);

/// Compiles these templates into one instance, with raia's filters. The first syntax error
/// is reported as `file:line:column`.
pub(crate) fn compile(
    texts: &[(&'static str, Cow<'static, str>, TemplateSource)],
) -> Result<Tera, TemplateError> {
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
pub(crate) fn syntax_error(
    name: &str,
    source: &TemplateSource,
    text: &str,
    e: &tera::Error,
) -> TemplateError {
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
pub(crate) fn unclosed_block(text: &str) -> Option<(usize, usize, String)> {
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

pub(crate) fn template_error(
    name: &str,
    source: &TemplateSource,
    e: &tera::Error,
) -> TemplateError {
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

/// A value through an escaping filter. A string the filter leaves as it is, as most are, is
/// handed back as the same value rather than copied out and in again (issue 7: the filters
/// were a third of rendering the Markdown report at 10,000 questions).
fn escaped(v: &Value, escape: fn(&str) -> std::borrow::Cow<'_, str>) -> Value {
    match v.as_str() {
        Some(s) => match escape(s) {
            // Borrowed from `s` and as long: `s` itself.
            std::borrow::Cow::Borrowed(b) if b.len() == s.len() => v.clone(),
            out => Value::from(out.as_ref()),
        },
        // A number or any other value reads as its text, as a string argument would.
        None => Value::from(escape(&v.to_string()).as_ref()),
    }
}

pub(crate) fn register_filters(tera: &mut Tera) {
    tera.register_filter("md", |v: &Value, _: Kwargs, _: &State| {
        escaped(v, escape::md_cow)
    });
    tera.register_filter("cell", |v: &Value, _: Kwargs, _: &State| {
        escaped(v, escape::cell_cow)
    });
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn examples() -> Vec<(Questionnaire, crate::assessment::Assessment)> {
        let q = crate::questionnaire::parse_questionnaire(
            crate::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
            crate::questionnaire::DEFAULT_QUESTIONNAIRE,
        )
        .unwrap();
        [
            include_str!("../../examples/loan-pre-approval.toml"),
            include_str!("../../examples/clinical-triage-assistant.toml"),
            include_str!("../../examples/deepfake-political-ad.toml"),
            include_str!("../../examples/homework-helper-children.toml"),
        ]
        .into_iter()
        .map(|text| {
            let a = crate::assessment::parse_assessment("a.toml", text, &q).unwrap();
            (q.clone(), a)
        })
        .collect()
    }

    /// The list behind `context_named_in` holds every field a report serialises: a field added
    /// to `Report` and not to the list would silently be missing from every template.
    #[test]
    fn the_field_list_is_every_field_of_the_report() {
        let (q, a) = examples().remove(0);
        let v = serde_json::to_value(Report::build(&q, &a)).unwrap();
        let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        let mut listed = REPORT_FIELDS.to_vec();
        keys.sort_unstable();
        listed.sort_unstable();
        assert_eq!(keys, listed);
    }

    /// A built-in template renders the same with only the fields it names as with all of them.
    #[test]
    fn a_trimmed_context_renders_what_the_whole_report_renders() {
        let t = Templates::builtin().unwrap();
        for (q, a) in examples() {
            let report = Report::build(&q, &a);
            for (name, text) in BUILTIN_TEMPLATES {
                let tera = t.tera(name).unwrap();
                let whole = tera
                    .render(name, &Context::from_serialize(&report).unwrap())
                    .unwrap();
                let trimmed = tera
                    .render(
                        name,
                        &context_named_in(&report, &fields_named(text)).unwrap(),
                    )
                    .unwrap();
                assert_eq!(trimmed, whole, "{name}");
                assert_eq!(t.render(name, &report).unwrap(), whole, "{name}");
            }
        }
    }

    /// Each format built with only the answer lists it reads renders what the whole report
    /// renders.
    #[test]
    fn a_report_built_for_its_format_renders_what_the_whole_report_renders() {
        let t = Templates::builtin().unwrap();
        for (q, a) in examples() {
            let whole = Report::build(&q, &a);
            for f in [
                crate::report::Format::Markdown,
                crate::report::Format::InfoRequest,
                crate::report::Format::Csv,
                crate::report::Format::Json,
            ] {
                assert_eq!(
                    crate::report::render(&q, &a, f, &t).unwrap(),
                    crate::report::render_report(&whole, f, &t).unwrap(),
                    "{}",
                    f.name()
                );
            }
        }
    }

    #[test]
    fn a_field_is_named_only_as_a_whole_word() {
        assert!(names("{{ tier }}", "tier"));
        assert!(names("{% for g in gaps %}", "gaps"));
        assert!(!names("{{ tier_label }}", "tier"));
        assert!(!names("{{ x.subtier }}", "tier"));
        assert!(names("{{ compliance.statement }}", "compliance"));
        assert!(!names("{{ é_tier }}", "tier"));
        assert!(names("{{ é.tier }}", "tier"));
    }

    /// The fields found in one pass over a text's words are those [`names`] finds one by one,
    /// in both built-in templates and in any text made of words, dots, spaces and braces.
    #[test]
    fn the_fields_named_are_found_as_a_search_for_each_finds_them() {
        let by_search = |text: &str| -> Vec<&'static str> {
            REPORT_FIELDS
                .iter()
                .copied()
                .filter(|f| names(text, f))
                .collect()
        };
        for (_, text) in BUILTIN_TEMPLATES {
            assert_eq!(fields_named(text), by_search(text));
            assert!(fields_named(text).contains(&"safeguards"));
        }
        let t = Templates::builtin().unwrap();
        assert_eq!(
            t.fields_alone(REPORT_TEMPLATE).unwrap(),
            fields_named(BUILTIN_TEMPLATES[0].1)
        );
        use proptest::prelude::*;
        proptest::proptest!(|(parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::sample::select(REPORT_FIELDS.to_vec()).prop_map(String::from),
                "[a-zé_0-9]{0,3}",
                "[ .{}%()|é—→_-]{1,2}",
            ],
            0..12,
        ))| {
            let text = parts.concat();
            proptest::prop_assert_eq!(fields_named(&text), by_search(&text));
        });
    }
}

#[cfg(test)]
mod filter_tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    /// The escaping filters give what the escaping functions give: for a string they leave
    /// alone (handed back as it was), one they trim, one they escape, and a number.
    #[test]
    fn the_escaping_filters_give_the_escaped_text_of_any_value() {
        let text = "{{ a | cell }}/{{ b | cell }}/{{ c | md }}/{{ n | cell }}/{{ m | md }}";
        let tera = compile(&[("t", text.to_string().into(), TemplateSource::BuiltIn)]).unwrap();
        let mut context = Context::new();
        context.insert("a", "plain text → kept");
        context.insert("b", "  padded # x ");
        context.insert("c", "- item\nsecond");
        context.insert("n", &12.5);
        context.insert("m", "line\u{1b}[31m one\r\n\r\nline two");
        let out = tera.render("t", &context).unwrap();
        let expected = [
            escape::cell("plain text → kept"),
            escape::cell("  padded # x "),
            escape::md("- item\nsecond"),
            escape::cell("12.5"),
            escape::md("line\u{1b}[31m one\r\n\r\nline two"),
        ]
        .join("/");
        assert_eq!(out, expected);
        assert_eq!(
            out,
            "plain text → kept/padded \\# x/\\- item\\\nsecond/12\\.5/line\\\\x1b\\[31m one\n\nline two"
        );
    }
}
