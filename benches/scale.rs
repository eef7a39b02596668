#![allow(clippy::unwrap_used, clippy::expect_used)] // benches fail loudly by design
//! Speed at scale, on questionnaires of 1,250, 5,000 and 10,000 questions generated in the
//! documented format (see `support`), with assessments that answer them:
//!
//! - loading and evaluating, and every report format;
//! - the wizard: first frame (resume an assessment, draw it) and key to frame for the keys
//!   people press most, driven through `keys::map_event`, `update` and a ratatui TestBackend
//!   as the event loop does;
//! - validating an assessment file with 100,000 errors.
//!
//! Targets (README, docs/performance.md): at 10,000 questions a key to frame in at most 2 ms,
//! a first frame in at most 50 ms, any report in at most 100 ms; 100,000 errors validated in
//! under 1 s.
//!
//! `cargo bench --bench scale` runs them all. `cargo bench --bench scale -- --write-fixtures DIR`
//! writes the generated files instead, for whole-process measurements (docs/performance.md).

mod support;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use divan::{Bencher, black_box};
use raia::assessment::{Assessment, parse_assessment};
use raia::questionnaire::{Questionnaire, parse_questionnaire};
use raia::report::{Format, Templates};
use raia::tui::app::Screen;
use raia::tui::{Action, App, Options, Start, apply, keys, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use support::SIZES;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write-fixtures") {
        let dir = PathBuf::from(args.get(i + 1).expect("--write-fixtures DIR"));
        write_fixtures(&dir);
        return;
    }
    divan::main();
}

/// Writes generated-N.toml and assessment-N.toml for every size, and errors-100000.toml.
fn write_fixtures(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    for n in SIZES {
        let text = support::questionnaire_text(n);
        let q = parse_questionnaire("generated", &text).unwrap();
        std::fs::write(dir.join(format!("generated-{n}.toml")), &text).unwrap();
        let a = support::assessment(&q);
        std::fs::write(dir.join(format!("assessment-{n}.toml")), a.to_toml(&q)).unwrap();
    }
    let q = support::default_questionnaire();
    let a = support::assessment(&q);
    std::fs::write(dir.join("assessment-default.toml"), a.to_toml(&q)).unwrap();
    std::fs::write(dir.join("errors-100000.toml"), support::errors_text(ERRORS)).unwrap();
    // A developer's own temp path, printed once by a bench helper: no untrusted text.
    #[allow(clippy::disallowed_macros)]
    {
        println!("wrote fixtures to {}", dir.display());
    }
}

const ERRORS: usize = 100_000;

/// Each size is generated and loaded once per run.
fn fixture(n: usize) -> &'static (Questionnaire, Assessment) {
    static CACHE: [OnceLock<(Questionnaire, Assessment)>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = SIZES.iter().position(|&s| s == n).expect("a size in SIZES");
    CACHE[slot].get_or_init(|| {
        let q = support::questionnaire(n);
        let a = support::assessment(&q);
        (q, a)
    })
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn load_questionnaire(b: Bencher, n: usize) {
    let text = support::questionnaire_text(n);
    b.bench(|| parse_questionnaire("generated.toml", black_box(&text)).unwrap());
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn parse_assessment_file(b: Bencher, n: usize) {
    let (q, a) = fixture(n);
    let text = a.to_toml(q);
    b.bench(|| parse_assessment("a.toml", black_box(&text), q).unwrap());
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn evaluate(b: Bencher, n: usize) {
    let (q, a) = fixture(n);
    b.bench(|| raia::engine::evaluate(q, a));
}

/// Evaluation as the wizard runs it after every change: without the what-ifs.
#[divan::bench(args = SIZES, sample_count = 20)]
fn evaluate_without_what_if(b: Bencher, n: usize) {
    let (q, a) = fixture(n);
    b.bench(|| raia::engine::evaluate_without_what_if(q, a));
}

/// What the wizard derives from an evaluation for its screens (visible rows, counts).
#[divan::bench(args = SIZES, sample_count = 20)]
fn wizard_derived(b: Bencher, n: usize) {
    let (q, a) = fixture(n);
    let e = raia::engine::evaluate_without_what_if(q, a);
    b.bench(|| raia::tui::derived::Derived::new(q, Some(&e)));
}

/// Evaluation, report model, then the format: what `raia report` does after loading.
fn report(b: Bencher, n: usize, format: Format) {
    let (q, a) = fixture(n);
    let templates = Templates::builtin().unwrap();
    b.bench(|| raia::report::render(q, a, format, &templates).unwrap());
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn report_md(b: Bencher, n: usize) {
    report(b, n, Format::Markdown);
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn report_info_request(b: Bencher, n: usize) {
    report(b, n, Format::InfoRequest);
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn report_toml(b: Bencher, n: usize) {
    report(b, n, Format::Toml);
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn report_json(b: Bencher, n: usize) {
    report(b, n, Format::Json);
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn report_csv(b: Bencher, n: usize) {
    report(b, n, Format::Csv);
}

/// An assessment of the default questionnaire with 100,000 errors of four kinds, located and
/// reported as `raia validate` does.
#[divan::bench(sample_count = 10)]
fn validate_100k_errors(b: Bencher) {
    let q = support::default_questionnaire();
    let text = support::errors_text(ERRORS);
    b.bench(|| {
        let errors = parse_assessment("errors.toml", black_box(&text), &q).unwrap_err();
        assert_eq!(errors.0.len(), ERRORS);
        errors
    });
}

/// The wizard on a saved assessment in a temporary directory, in a 120x40 terminal.
struct Wizard {
    app: App,
    term: Terminal<TestBackend>,
    _dir: tempfile::TempDir,
}

const AREA: Rect = Rect::new(0, 0, 120, 40);

impl Wizard {
    fn open(n: usize) -> Wizard {
        let (q, a) = fixture(n);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        std::fs::write(&path, a.to_toml(q)).unwrap();
        let app = wizard_app(q, &path);
        let mut term = Terminal::new(TestBackend::new(AREA.width, AREA.height)).unwrap();
        term.draw(|f| {
            view::draw(&app, f);
        })
        .unwrap();
        Wizard {
            app,
            term,
            _dir: dir,
        }
    }

    fn go(&mut self, screen: Screen) {
        apply(&mut self.app, Action::GoTo(screen));
        self.frame();
    }

    /// One key press as the event loop handles it: map, update, draw.
    fn key(&mut self, code: KeyCode) {
        let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        // As the event loop runs it: a change is written after the frame that shows it.
        if let Some(action) = keys::map_event(&self.app, event, AREA) {
            raia::tui::update::apply_before_frame(&mut self.app, action);
        }
        self.frame();
    }

    fn frame(&mut self) {
        let app = &self.app;
        self.term
            .draw(|f| {
                view::draw(app, f);
            })
            .unwrap();
    }

    /// What the event loop does after a frame: write the changes it shows.
    fn write(&mut self) {
        if raia::tui::update::after_frame(&mut self.app) {
            self.frame();
        }
    }

    /// The first question of this kind that the assessment shows.
    fn first_visible(&self, kind: raia::questionnaire::QuestionKind) -> Screen {
        let q = self.app.q();
        let e = self.app.eval().unwrap();
        let i = q
            .questions
            .iter()
            .position(|x| x.kind == kind && e.is_visible(&x.id))
            .unwrap();
        Screen::Question(i)
    }
}

fn wizard_app(q: &Questionnaire, path: &Path) -> App {
    App::new(Options {
        questionnaire: q.clone(),
        templates: Templates::builtin().unwrap(),
        start: Start::Resume(path.to_path_buf()),
        no_color: false,
        palette: raia::tui::theme::Palette::Default,
        drafts_dir: None,
    })
    .unwrap()
}

/// From a loaded questionnaire to the first frame: read and check the assessment, evaluate,
/// lay out and draw.
#[divan::bench(args = SIZES, sample_count = 10)]
fn wizard_first_frame(b: Bencher, n: usize) {
    let (q, a) = fixture(n);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    std::fs::write(&path, a.to_toml(q)).unwrap();
    b.with_inputs(|| q.clone()).bench_local_values(|q| {
        let app = App::new(Options {
            questionnaire: q,
            templates: Templates::builtin().unwrap(),
            start: Start::Resume(path.clone()),
            no_color: false,
            palette: raia::tui::theme::Palette::Default,
            drafts_dir: None,
        })
        .unwrap();
        let mut term = Terminal::new(TestBackend::new(AREA.width, AREA.height)).unwrap();
        term.draw(|f| {
            view::draw(&app, f);
        })
        .unwrap();
        app
    });
}

/// ↓ on the review screen, which lists every visible question.
#[divan::bench(args = SIZES, sample_count = 20)]
fn key_review_down(b: Bencher, n: usize) {
    let mut w = Wizard::open(n);
    w.go(Screen::Review);
    b.bench_local(|| w.key(KeyCode::Down));
}

/// PgDn on the review screen.
#[divan::bench(args = SIZES, sample_count = 20)]
fn key_review_page_down(b: Bencher, n: usize) {
    let mut w = Wizard::open(n);
    w.go(Screen::Review);
    b.bench_local(|| w.key(KeyCode::PageDown));
}

/// ↓ and ↑ over the options of a multiple-choice question.
#[divan::bench(args = SIZES, sample_count = 20)]
fn key_option_down(b: Bencher, n: usize) {
    let mut w = Wizard::open(n);
    let s = w.first_visible(raia::questionnaire::QuestionKind::Multi);
    w.go(s);
    let mut k = 0usize;
    b.bench_local(|| {
        k += 1;
        w.key(if k % 8 < 4 {
            KeyCode::Down
        } else {
            KeyCode::Up
        });
    });
}

/// A character typed into a long-text answer, and Backspace, in turn.
#[divan::bench(args = SIZES, sample_count = 20)]
fn key_type_character(b: Bencher, n: usize) {
    let mut w = Wizard::open(n);
    let s = w.first_visible(raia::questionnaire::QuestionKind::LongText);
    w.go(s);
    w.key(KeyCode::Char('e'));
    let mut k = 0usize;
    b.bench_local(|| {
        k += 1;
        w.key(if k % 2 == 1 {
            KeyCode::Char('x')
        } else {
            KeyCode::Backspace
        });
    });
}

/// Space on an option of a multiple-choice question: the answer changes and the result is
/// evaluated again, to the frame. The event loop then writes the file (untimed here, before each
/// key: `save_assessment` and `key_tick_option_and_write` measure it).
#[divan::bench(args = SIZES, sample_count = 20, sample_size = 1)]
fn key_tick_option(b: Bencher, n: usize) {
    let w = std::cell::RefCell::new(Wizard::open(n));
    let s = w
        .borrow()
        .first_visible(raia::questionnaire::QuestionKind::Multi);
    w.borrow_mut().go(s);
    w.borrow_mut().key(KeyCode::Down);
    b.with_inputs(|| w.borrow_mut().write())
        .bench_local_values(|()| w.borrow_mut().key(KeyCode::Char(' ')));
}

/// Space, its frame, and writing the file (TOML, fsync, rename), as one.
#[divan::bench(args = SIZES, sample_count = 20)]
fn key_tick_option_and_write(b: Bencher, n: usize) {
    let mut w = Wizard::open(n);
    let s = w.first_visible(raia::questionnaire::QuestionKind::Multi);
    w.go(s);
    w.key(KeyCode::Down);
    b.bench_local(|| {
        w.key(KeyCode::Char(' '));
        w.write();
    });
}

/// Tab to the next question, to the frame (the position is then written, untimed here).
#[divan::bench(args = SIZES, sample_count = 20, sample_size = 1)]
fn key_next_question(b: Bencher, n: usize) {
    let w = std::cell::RefCell::new(Wizard::open(n));
    w.borrow_mut().go(Screen::Question(0));
    b.with_inputs(|| {
        let mut w = w.borrow_mut();
        w.write();
        if matches!(w.app.screen, Screen::Review) {
            w.go(Screen::Question(0));
        }
    })
    .bench_local_values(|()| w.borrow_mut().key(KeyCode::Tab));
}

/// ↓ on the result screen, over the safeguards.
#[divan::bench(args = SIZES, sample_count = 20)]
fn key_result_down(b: Bencher, n: usize) {
    let mut w = Wizard::open(n);
    w.go(Screen::Result);
    b.bench_local(|| w.key(KeyCode::Down));
}

/// Writing the assessment file, as every answer in the wizard does: TOML text, then an
/// atomic replace (temporary file, fsync, rename).
#[divan::bench(args = SIZES, sample_count = 20)]
fn save_assessment(b: Bencher, n: usize) {
    let (q, a) = fixture(n);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    b.bench(|| raia::assessment::store::save(&path, a, q).unwrap());
}

/// The assessment as TOML text, without writing it.
#[divan::bench(args = SIZES, sample_count = 20)]
fn assessment_to_toml(b: Bencher, n: usize) {
    let (q, a) = fixture(n);
    b.bench(|| a.to_toml(q));
}
