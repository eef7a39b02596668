//! How a text box is laid out in rows, where its caret is on screen, and how it is drawn.

use super::TextBox;
use crate::tui::widgets::{shown, shown_width, wrap_line};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::Widget;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// One screen row of a text box: a piece of one of its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The line the row shows part of.
    pub line: usize,
    /// The bytes of the line on this row; a wrapped line's rows cover it in order.
    pub bytes: Range<usize>,
}

impl TextBox {
    /// The rows the text takes in `width` cells: a line each when the box does not wrap (or
    /// has not been drawn yet), else each line wrapped by the wizard's one rule.
    pub fn layout(&self, width: usize) -> Vec<Row> {
        let mut rows = Vec::with_capacity(self.lines.len());
        for (i, line) in self.lines.iter().enumerate() {
            if self.wrap && width > 0 {
                rows.extend(
                    wrap_line(line, width)
                        .into_iter()
                        .map(|bytes| Row { line: i, bytes }),
                );
            } else {
                rows.push(Row {
                    line: i,
                    bytes: 0..line.len(),
                });
            }
        }
        rows
    }

    /// The cells line `row` takes on one row, as the box draws it.
    pub fn line_width(&self, row: usize) -> usize {
        self.line_at(row).graphemes(true).map(shown_width).sum()
    }

    /// How many rows the text takes in `width` cells.
    pub fn height_in(&self, width: usize) -> usize {
        self.layout(width).len()
    }

    /// The rows as the box was last drawn.
    pub(super) fn rows(&self) -> Vec<Row> {
        self.layout(usize::from(self.width.get()))
    }

    /// The caret's row (in `rows`) and column (in cells from the row's start).
    pub fn caret_in(&self, rows: &[Row]) -> (usize, usize) {
        let r = rows
            .iter()
            .rposition(|r| r.line == self.row && r.bytes.start <= self.at)
            .unwrap_or(0);
        let x = rows.get(r).map_or(0, |row| {
            self.line_at(row.line)
                .get(row.bytes.start..self.at)
                .unwrap_or_default()
                .graphemes(true)
                .map(shown_width)
                .sum()
        });
        (r, x)
    }

    /// The caret place nearest to column `x` of row `r`: a row that wraps on to the next ends
    /// before its last cluster (its end is the next row's start).
    pub fn place_at(&self, rows: &[Row], r: usize, x: usize) -> (usize, usize) {
        let Some(row) = rows.get(r) else {
            return (self.row, self.at);
        };
        let line = self.line_at(row.line);
        let last = rows.get(r + 1).is_none_or(|n| n.line != row.line);
        let mut at = row.bytes.start;
        let mut w = 0;
        let shown_part = line.get(row.bytes.clone()).unwrap_or_default();
        for (i, g) in shown_part.grapheme_indices(true) {
            let gw = shown_width(g);
            let after = row.bytes.start + i + g.len();
            if w + gw > x || (!last && after == row.bytes.end) {
                break;
            }
            w += gw;
            at = after;
        }
        (row.line, at)
    }

    /// Home: the start of the row the caret is on, as wrapped on screen.
    pub(super) fn home(&mut self) {
        let rows = self.rows();
        let (r, _) = self.caret_in(&rows);
        let to = self.place_at(&rows, r, 0);
        self.go(to);
    }

    /// End: the end of the row the caret is on, as wrapped on screen.
    pub(super) fn end(&mut self) {
        let rows = self.rows();
        let (r, _) = self.caret_in(&rows);
        let to = self.place_at(&rows, r, usize::MAX);
        self.go(to);
    }

    /// Up or down one screen row, keeping to the column the first of a run of such moves
    /// started from.
    /// Whether ↑ (or ↓ with `down`) has a row of this box to go to: in a one-line field that
    /// wraps (the description), the keys move between rows first, then between fields.
    pub fn has_row(&self, down: bool) -> bool {
        let rows = self.rows();
        let (r, _) = self.caret_in(&rows);
        if down { r + 1 < rows.len() } else { r > 0 }
    }

    pub(super) fn vertical(&mut self, down: bool) {
        let rows = self.rows();
        let (r, x) = self.caret_in(&rows);
        let goal = self.goal.unwrap_or(x);
        let target = if down {
            r + 1
        } else {
            match r.checked_sub(1) {
                Some(t) => t,
                None => return,
            }
        };
        if target >= rows.len() {
            return;
        }
        let to = self.place_at(&rows, target, goal);
        self.go(to);
        self.goal = Some(goal);
    }

    /// Where the caret shows: its row and column, except that a caret past the end of a full
    /// wrapped row (after a space hanging there, or after a row that fills the box) shows at
    /// the start of the row below, where what is typed next goes.
    fn shown_caret(&self, rows: &[Row]) -> (usize, usize) {
        let (r, x) = self.caret_in(rows);
        let w = usize::from(self.width.get());
        if self.wrap && w > 0 && x >= w {
            (r + 1, 0)
        } else {
            (r, x)
        }
    }

    /// The first row and the first column shown, after the box was drawn.
    pub fn scroll_offset(&self) -> (usize, usize) {
        (self.top.get(), self.left.get())
    }

    /// Scrolls so that the caret is in view in a box of `width` x `height`, and returns the
    /// rows and the caret's row and column.
    fn scroll_to_caret(&self, width: u16, height: u16) -> (Vec<Row>, usize, usize) {
        self.width.set(width);
        self.height.set(height);
        let rows = self.rows();
        let (r, x) = self.shown_caret(&rows);
        let h = usize::from(height).max(1);
        let mut top = self.top.get().min(rows.len().max(r + 1).saturating_sub(h));
        if r < top {
            top = r;
        } else if r >= top + h {
            top = r + 1 - h;
        }
        self.top.set(top);
        let w = usize::from(width).max(1);
        // A wrapped box never scrolls sideways.
        let mut left = self.left.get();
        if self.wrap {
            left = 0;
        } else if x < left {
            left = x;
        } else if x >= left + w {
            left = x + 1 - w;
        }
        self.left.set(left);
        (rows, r, x)
    }

    /// Where the caret is on the screen when the box is drawn in `area` (None when it is
    /// scrolled out of view, which drawing prevents).
    pub fn screen_caret(&self, area: Rect) -> Option<Position> {
        let rows = self.rows();
        let (r, x) = self.shown_caret(&rows);
        let row = r.checked_sub(self.top.get())?;
        let col = x.checked_sub(self.left.get())?;
        let (row, col) = (u16::try_from(row).ok()?, u16::try_from(col).ok()?);
        let col = col.min(area.width.saturating_sub(1));
        (row < area.height && area.width > 0).then(|| Position::new(area.x + col, area.y + row))
    }
}

impl Widget for &TextBox {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (rows, _, _) = self.scroll_to_caret(area.width, area.height);
        let (top, left) = self.scroll_offset();
        let width = usize::from(area.width);
        for (y, row) in (area.y..area.y + area.height).zip(rows.iter().skip(top)) {
            let mut x = 0;
            let part = self.line_at(row.line).get(row.bytes.clone());
            for g in part.unwrap_or_default().graphemes(true) {
                let gw = shown_width(g);
                if x + gw > left + width {
                    break;
                }
                if x >= left {
                    let col = u16::try_from(x - left).unwrap_or(u16::MAX);
                    buf.set_stringn(area.x + col, y, shown(g), gw, ratatui::style::Style::new());
                }
                x += gw;
            }
        }
        if let Some(p) = self.screen_caret(area)
            && let Some(cell) = buf.cell_mut(p)
        {
            cell.set_style(self.caret_style);
        }
    }
}
