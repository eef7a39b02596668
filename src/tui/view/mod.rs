//! Drawing. `draw(&App, &mut Frame)` reads the state and never changes it. The same layout
//! functions serve `hit_test`, so a click lands on what was drawn there.

mod flow;
pub mod footer;
mod home;
pub mod overlay;
mod screens;

use super::action::Action;
use super::app::{App, Field, Screen};
use super::widgets::{centered, scroll_to, stack, width, wrap};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// Below this size the wizard shows a notice instead of the screens.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Width from which the live result panel gets its own column.
const WIDE: u16 = 100;

/// Width from which the steps get a column on the left.
pub const SIDEBAR_MIN_WIDTH: u16 = 70;

/// Height from which narrow terminals show the live result as a strip under the main panel.
const STRIP_MIN_HEIGHT: u16 = 20;

/// Lines of a screen's main panel, with the rows the cursor and the mouse can reach.
#[derive(Default)]
pub struct Content {
    pub lines: Vec<Line<'static>>,
    /// Line ranges (start, end) of the rows, in the order of the App's cursor rows.
    pub items: Vec<(usize, usize)>,
    /// Lines to keep in view.
    pub focus: (usize, usize),
    /// Where the text field is drawn: first line and height. Those lines are left blank.
    pub field: Option<(usize, usize)>,
    /// A first line chosen by scrolling (PgUp/PgDn past the ends of a list, popups), in place
    /// of the one that keeps `focus` in view. Clamped to the content.
    pub top: Option<usize>,
    /// A line kept on the top row while line `.0` and those above it are scrolled out of view:
    /// the question's prompt over a long list of options, so the user still sees what is asked.
    pub pin: Option<(usize, Line<'static>)>,
    /// The first line the last frame showed of this screen: following the cursor keeps it
    /// while the cursor stays in view, and moves it least when not (a wizard review: ↑ from the
    /// top row of the panel threw the view a page, the cursor to the bottom edge).
    pub prev: Option<usize>,
}

/// Panels shorter than this give no row to the pinned line.
const PIN_MIN_HEIGHT: usize = 6;

impl Content {
    pub fn push(&mut self, line: impl Into<Line<'static>>) {
        self.lines.push(line.into());
    }

    pub fn blank(&mut self) {
        self.lines.push(Line::default());
    }

    /// Adds `text` wrapped to `w` cells, each line styled `style`, indented by `indent` spaces.
    pub fn wrapped(&mut self, text: &str, w: usize, indent: usize, style: Style) {
        for l in wrap(text, w.saturating_sub(indent)) {
            self.lines.push(Line::from(Span::styled(
                format!("{}{l}", " ".repeat(indent)),
                style,
            )));
        }
    }

    /// Adds a bullet point: " • text", continuation lines aligned under the text.
    pub fn bullet(&mut self, text: &str, w: usize, style: Style) {
        for (i, l) in wrap(text, w.saturating_sub(3)).into_iter().enumerate() {
            let lead = if i == 0 { " • " } else { "   " };
            self.lines
                .push(Line::from(Span::styled(format!("{lead}{l}"), style)));
        }
    }

    /// Adds a labelled paragraph: "Label: text", wrapped with a hanging indent.
    pub fn labelled(
        &mut self,
        label: &str,
        text: &str,
        w: usize,
        label_style: Style,
        style: Style,
    ) {
        let lw = width(label) + 1;
        if lw > 8 && lw > w / 4 {
            // A long label over a narrow panel: the label gets its own line.
            self.lines
                .push(Line::from(Span::styled(label.to_string(), label_style)));
            self.wrapped(text, w, 1, style);
            return;
        }
        let mut first = true;
        for l in wrap(text, w.saturating_sub(lw)) {
            if first {
                self.lines.push(Line::from(vec![
                    Span::styled(format!("{label} "), label_style),
                    Span::styled(l, style),
                ]));
                first = false;
            } else {
                self.lines.push(Line::from(Span::styled(
                    format!("{}{l}", " ".repeat(lw)),
                    style,
                )));
            }
        }
    }

    /// Starts a row: returns its first line index.
    pub fn start(&self) -> usize {
        self.lines.len()
    }

    pub fn end_item(&mut self, start: usize) {
        self.items.push((start, self.lines.len()));
    }

    /// The first line shown in a window of `height` lines (under the pinned line, if any).
    pub fn scroll(&self, height: usize) -> usize {
        match self.top {
            Some(top) => top.min(self.max_scroll(height)),
            None => self.follow(height),
        }
    }

    /// Whether the pinned line takes the top row when the first line shown is `top`.
    pub(crate) fn pinned(&self, top: usize, height: usize) -> bool {
        height >= PIN_MIN_HEIGHT && self.pin.as_ref().is_some_and(|(p, _)| top > *p)
    }

    /// Rows of a window of `height` left for the content's lines.
    fn rows(&self, top: usize, height: usize) -> usize {
        height - usize::from(self.pinned(top, height))
    }

    /// The first line that keeps the focus in view: the last frame's, while it does.
    pub fn follow(&self, height: usize) -> usize {
        if let Some(p) = self.prev.map(|p| p.min(self.max_scroll(height))) {
            let (start, end) = self.focus;
            let shown = |top: usize| {
                let rows = self.rows(top, height);
                start >= top && end <= top + rows
            };
            if shown(p) {
                return p;
            }
            // Above the window: the focus on its top row.
            if start < p && shown(start) {
                return start;
            }
        }
        let top = scroll_to(self.focus.0, self.focus.1, height);
        if self.pinned(top, height) {
            // The pinned line takes a row: one line further down.
            scroll_to(self.focus.0, self.focus.1, height - 1).max(top)
        } else {
            top
        }
    }

    /// The last first line that still fills the window.
    pub fn max_scroll(&self, height: usize) -> usize {
        let top = self.lines.len().saturating_sub(height);
        if self.pinned(top, height) {
            self.lines.len().saturating_sub(height - 1)
        } else {
            top
        }
    }

    /// Draws the lines that fit in `area`, scrolled to keep the focus in view, and the field.
    pub fn render(
        &self,
        f: &mut Frame,
        area: Rect,
        field: Option<&Field>,
        app: &App,
        focused: bool,
    ) -> usize {
        let height = area.height as usize;
        let top = self.scroll(height);
        let rows = self.rows(top, height);
        let skip = height - rows;
        let mut lines: Vec<Line> = Vec::new();
        if let Some((_, pin)) = self.pin.as_ref().filter(|_| skip > 0) {
            lines.push(pin.clone());
        }
        lines.extend(self.lines.iter().skip(top).take(rows).cloned());
        f.render_widget(Paragraph::new(lines), area);
        self.scroll_marks(f, area, top, rows, app);
        if let (Some((start, h)), Some(field)) = (self.field, field)
            && start >= top
            && start - top < rows
        {
            let y = area.y + (skip + start - top) as u16;
            let h = (h as u16).min(area.y + area.height - y);
            let rect = Rect::new(area.x, y, area.width, h);
            draw_field(f, rect, field, app, focused);
        }
        top
    }

    /// "▲ more" / "▼ more" on the panel's border when lines are scrolled out of view. "▲ more"
    /// goes on the top border where the title leaves room, else on the bottom border's left.
    fn scroll_marks(&self, f: &mut Frame, area: Rect, top: usize, rows: usize, app: &App) {
        let style = app.theme.muted();
        let x = (area.x + area.width).saturating_sub(9);
        if area.width < 12 {
            return;
        }
        let border = area.y + area.height;
        let has_bottom = border < f.area().height;
        if top > 0 && area.y > 0 {
            let free = |f: &mut Frame, x: u16, y: u16| {
                (x.saturating_sub(1)..x + 8).all(|x| f.buffer_mut()[(x, y)].symbol() == "─")
            };
            let up = Paragraph::new(Span::styled(" ▲ more ", style));
            if free(f, x, area.y - 1) {
                f.render_widget(up, Rect::new(x, area.y - 1, 8, 1));
            } else if has_bottom && area.width >= 20 {
                f.render_widget(up, Rect::new(area.x + 1, border, 8, 1));
            }
        }
        let below = self.lines.len() > top + rows;
        if below && has_bottom {
            f.render_widget(
                Paragraph::new(Span::styled(" ▼ more ", style)),
                Rect::new(x, border, 8, 1),
            );
        }
    }

    /// Which line is at screen row `y` when drawn in `area` (none on the pinned line).
    pub fn line_at(&self, area: Rect, y: u16) -> Option<usize> {
        if y < area.y || y >= area.y + area.height {
            return None;
        }
        let height = area.height as usize;
        let top = self.scroll(height);
        let skip = height - self.rows(top, height);
        ((y - area.y) as usize)
            .checked_sub(skip)
            .map(|row| top + row)
    }

    /// Which row is at screen row `y` when drawn in `area`.
    pub fn row_at(&self, area: Rect, y: u16) -> Option<usize> {
        let line = self.line_at(area, y)?;
        self.items.iter().position(|&(s, e)| line >= s && line < e)
    }
}

/// A text field in a box; the box is bold when the field has the keyboard.
pub fn draw_field(f: &mut Frame, rect: Rect, field: &Field, app: &App, focused: bool) {
    let t = &app.theme;
    let block = Block::bordered().border_style(if focused {
        t.focus_border()
    } else {
        t.border()
    });
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    // An empty field shows its placeholder wrapped when the field wraps, else cut with "…".
    if field.editor.is_empty() && !field.editor.placeholder().is_empty() {
        draw_placeholder(f, inner, field, app, focused);
        return;
    }
    f.render_widget(&field.editor, inner);
    if field.editor.wraps() {
        mark_hidden_rows(f, rect, inner, field, app);
    } else {
        mark_cut_ends(f, inner, field, app);
    }
    if focused && let Some(p) = field.editor.screen_caret(inner) {
        f.set_cursor_position(p);
    }
}

/// A text box taller than its box says on its border where rows are out of sight ("▲ more",
/// "▼ more"), as the panels do: a new user lost the first rows of a long answer silently.
fn mark_hidden_rows(f: &mut Frame, rect: Rect, inner: Rect, field: &Field, app: &App) {
    if rect.width < 12 || inner.height == 0 {
        return;
    }
    let (top, _) = field.editor.scroll_offset();
    let rows = field.editor.layout(usize::from(inner.width)).len();
    let below = rows > top + usize::from(inner.height);
    let x = rect.x + rect.width - 9;
    for (show, y, mark) in [
        (top > 0, rect.y, " ▲ more "),
        (below, rect.y + rect.height - 1, " ▼ more "),
    ] {
        if show {
            f.buffer_mut().set_string(x, y, mark, app.theme.muted());
        }
    }
}

/// A one-line field scrolled sideways (a long path) shows "…" where text goes on beyond an
/// edge, as every cut text does; never over the caret.
fn mark_cut_ends(f: &mut Frame, inner: Rect, field: &Field, app: &App) {
    if inner.width < 3 || inner.height == 0 {
        return;
    }
    let (_, left) = field.editor.scroll_offset();
    let caret = field
        .editor
        .screen_caret(inner)
        .map(|p| usize::from(p.x - inner.x));
    let text_w = field.editor.line_width(0);
    let shown = usize::from(inner.width);
    let ends = [
        (left > 0, 0usize),
        (text_w > left + shown, shown.saturating_sub(1)),
    ];
    for (cut, col) in ends {
        if !cut || Some(col) == caret {
            continue;
        }
        let x = inner.x + u16::try_from(col).unwrap_or(0);
        if let Some(cell) = f.buffer_mut().cell_mut((x, inner.y)) {
            cell.set_symbol("…");
            cell.set_style(app.theme.muted());
        }
    }
}

/// An empty field's placeholder, muted, with the caret on its first cell: wrapped over the
/// rows of a field that wraps, else on one row cut with "…".
fn draw_placeholder(f: &mut Frame, inner: Rect, field: &Field, app: &App, focused: bool) {
    let t = &app.theme;
    let text = field.editor.placeholder();
    let w = usize::from(inner.width);
    let mut lines = if field.editor.wraps() {
        crate::tui::widgets::wrap(text, w)
    } else {
        vec![crate::tui::widgets::truncate(text, w)]
    };
    let rows = usize::from(inner.height);
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            *last = crate::tui::widgets::truncate(&format!("{last}…"), w);
        }
    }
    let para: Vec<Line> = lines
        .into_iter()
        .map(|l| Line::from(Span::styled(l, t.muted())))
        .collect();
    f.render_widget(Paragraph::new(para), inner);
    if focused && inner.width > 0 && inner.height > 0 {
        let cell = &mut f.buffer_mut()[(inner.x, inner.y)];
        cell.set_style(t.caret());
        f.set_cursor_position((inner.x, inner.y));
    }
}

/// Where each part of a flow screen goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub title: Rect,
    pub sidebar: Rect,
    pub main: Rect,
    /// The live result panel: a column on wide terminals, a strip under the main panel on
    /// narrow ones (none on the metadata screens of narrow terminals, to leave room).
    pub side: Option<Rect>,
    pub progress: Rect,
    pub status: Rect,
    pub footer: Rect,
}

pub fn areas(app: &App, area: Rect) -> Areas {
    let [title, body, progress, status, footer] = stack(
        area,
        true,
        [
            Some(1),
            None,
            Some(1),
            Some(flow::status_height(app, area)),
            Some(1),
        ],
    );
    if area.width >= WIDE {
        let (side_w, bar_w) = match area.width {
            w if w >= 140 => (42, 28),
            w if w >= 120 => (36, 26),
            _ => (30, 22),
        };
        let [sidebar, main, side] = stack(body, false, [Some(bar_w), None, Some(side_w)]);
        return Areas {
            title,
            sidebar,
            main,
            side: Some(side),
            progress,
            status,
            footer,
        };
    }
    // Below SIDEBAR_MIN_WIDTH the question needs the columns more than the list of steps: the
    // title and the progress bar still say where the user is.
    let bar_w = if area.width >= SIDEBAR_MIN_WIDTH {
        22
    } else {
        0
    };
    let [sidebar, col] = stack(body, false, [Some(bar_w), None]);
    // On short terminals the question panel needs every row for the prompt and the answer.
    let strip = !matches!(app.screen, Screen::Detail(_)) && area.height >= STRIP_MIN_HEIGHT;
    if strip {
        let h = if app.screen == Screen::Result { 7 } else { 5 };
        let [main, side] = stack(col, true, [None, Some(h)]);
        Areas {
            title,
            sidebar,
            main,
            side: Some(side),
            progress,
            status,
            footer,
        }
    } else {
        Areas {
            title,
            sidebar,
            main: col,
            side: None,
            progress,
            status,
            footer,
        }
    }
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Where the last frame put the parts of a flow screen, in a terminal of `area`: computed once
/// per frame by [`draw`], kept by the event loop in `App::drawn`, and read by mouse hit-testing,
/// so that a click means what was on screen even when keys typed since changed the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drawn {
    pub area: Rect,
    pub areas: Areas,
    /// The screen drawn, and the first line its main panel showed.
    pub screen: Screen,
    pub main_top: usize,
}

impl Drawn {
    /// The first line the last frame showed of the main panel, if it showed this screen in a
    /// terminal of this width and at least this height. Once the terminal is taller or wraps
    /// the text anew, the panel follows the focus from the top again: a question opened
    /// scrolled in a small window stayed scrolled under its pinned prompt after the window
    /// grew back (a new user's trial).
    pub fn top_of(app: &App) -> Option<usize> {
        let (w, h) = app.size;
        app.drawn
            .as_ref()
            .filter(|d| d.screen == app.screen && d.area.width == w && d.area.height >= h)
            .map(|d| d.main_top)
    }
}

/// Draws the whole screen; returns the layout of a flow screen (`None` at home, or behind the
/// too-small notice), for the event loop to keep for hit-testing.
pub fn draw(app: &App, f: &mut Frame) -> Option<Drawn> {
    let area = f.area();
    if too_small(area) {
        overlay::too_small(app, f, area);
        return None;
    }
    let drawn = if app.screen == Screen::Home {
        home::draw(app, f, area);
        None
    } else {
        let (areas, main_top) = flow::draw(app, f, area);
        Some(Drawn {
            area,
            areas,
            screen: app.screen,
            main_top,
        })
    };
    if app.tour && app.overlay.is_none() {
        overlay::tour(app, f, area);
    }
    overlay::draw(app, f, area);
    drawn
}

/// The main panel's block and the area inside it.
pub fn main_block(app: &App, area: Rect, title: String, focused: bool) -> (Block<'static>, Rect) {
    let t = &app.theme;
    // Cut with an ellipsis where the border would cut it (new-user pass: "generated con┐"),
    // leaving the border's right end for the scroll mark.
    let room = usize::from(area.width).saturating_sub(14).max(8);
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", super::widgets::truncate(&title, room)),
            t.heading(),
        ))
        .border_style(if focused {
            t.focus_border()
        } else {
            t.border()
        });
    let inner = block.inner(area);
    (block, inner)
}

/// The content of the main panel on the current screen, for an inner area of `w` x `h`.
pub fn main_content(app: &App, w: usize, h: usize) -> Content {
    match app.screen {
        Screen::Home => home::content(app, w),
        Screen::Detail(d) => screens::metadata(app, d.index(), w),
        Screen::Question(qi) => screens::question(app, qi, w, h),
        Screen::Review => screens::review(app, w, h),
        Screen::Result => screens::result(app, w, h),
        Screen::Export => screens::export(app, w),
    }
}

/// The main panel of a flow screen in a terminal of `area`: the rectangle inside its border
/// and its content, scrolled as the user chose.
pub fn main_panel(app: &App, area: Rect) -> (Rect, Content) {
    main_panel_in(app, areas(app, area).main)
}

/// [`main_panel`], for the panel at `main`.
fn main_panel_in(app: &App, main: Rect) -> (Rect, Content) {
    let (_, inner) = main_block(app, main, String::new(), false);
    let mut content = main_content(app, inner.width as usize, inner.height as usize);
    content.top = app.scroll;
    content.prev = Drawn::top_of(app);
    (inner, content)
}

/// How far the key list or help popup can scroll in a terminal of `area`.
pub fn popup_max_scroll(app: &App, area: Rect) -> usize {
    overlay::popup_max_scroll(app, area)
}

/// What a left click at (x, y) means, if anything.
pub fn hit_test(app: &App, area: Rect, x: u16, y: u16) -> Option<Action> {
    if too_small(area) {
        return None;
    }
    let pos = Position::new(x, y);
    if !app.overlay.is_none() {
        return overlay::hit_test(app, area, pos);
    }
    if app.screen == Screen::Home {
        return home::hit_test(app, area, pos);
    }
    // The layout the user saw: the last frame's, when it was drawn at this size.
    let a = match app.drawn {
        Some(d) if d.area == area => d.areas,
        _ => areas(app, area),
    };
    if a.sidebar.contains(pos) {
        return flow::sidebar_hit(app, a.sidebar, pos);
    }
    if a.main.contains(pos) {
        let (inner, content) = main_panel_in(app, a.main);
        if let Some(row) = content.row_at(inner, y) {
            return Some(Action::Activate(row));
        }
        if let (Some((start, h)), Some(line)) = (content.field, content.line_at(inner, y))
            && app.field.is_some()
            && line >= start
            && line < start + h
        {
            return Some(Action::Activate(0));
        }
        return None;
    }
    None
}

/// A popup rectangle of at most `w` x `h` centred in `area`, leaving a margin.
pub fn popup(area: Rect, w: u16, h: u16) -> Rect {
    centered(
        area,
        w.min(area.width.saturating_sub(4)),
        h.min(area.height.saturating_sub(2)),
    )
}
