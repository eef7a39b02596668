//! Text helpers that measure by display width (wide characters take two cells), shared by the
//! views and the mouse hit-testing so both agree on where things are.

use ratatui::layout::Rect;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Display width of a string in terminal cells, one grapheme cluster at a time: 👩‍⚕️ (a woman,
/// a zero-width joiner and a staff of Aesculapius) is one emoji, two cells, as terminals draw it.
pub fn width(s: &str) -> usize {
    // Printable ASCII, most of what is drawn: one cell per byte, with no clusters to find
    // (the grapheme search was a fifth of the wizard's first frame, issue 7).
    if s.bytes().all(|b| matches!(b, b' '..=b'~')) {
        return s.len();
    }
    s.graphemes(true).map(cluster_width).sum()
}

/// The cells one grapheme cluster takes, as ratatui draws it: an emoji sequence (joined, or
/// with a variation selector) counts once, never as the sum of its code points.
fn cluster_width(g: &str) -> usize {
    UnicodeWidthStr::width(g)
}

/// Word-wraps `text` to `max` cells. Newlines start new lines; runs of spaces show as one;
/// words longer than a line are split. Always returns at least one line. Control characters
/// show as escapes ([`crate::term_text`]), as everywhere raia prints; ratatui would drop them
/// silently. The rows break where [`wrap_line`] breaks them: the one wrap rule of the wizard,
/// shared with the text boxes.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let text = crate::term_text::block(text);
    let mut out = Vec::new();
    for para in text.split('\n') {
        // Runs of white space show as one space; most text has none to fold.
        let folded = !para.starts_with(' ')
            && !para.ends_with(' ')
            && !para.contains("  ")
            && !para.contains(|c: char| c.is_whitespace() && c != ' ');
        let para: std::borrow::Cow<str> = if folded {
            para.into()
        } else {
            para.split_whitespace().collect::<Vec<_>>().join(" ").into()
        };
        out.extend(
            wrap_line(&para, max)
                .into_iter()
                .map(|r| para[r].trim_end().to_string()),
        );
    }
    out
}

/// A grapheme cluster as raia shows it: a control character as its escape
/// ([`crate::term_text::line`]), and a cluster that takes no cells of its own (a zero-width
/// space, a mark with nothing to sit on) as its code points, so a caret before and after it are
/// in different cells.
pub fn shown(g: &str) -> std::borrow::Cow<'_, str> {
    if !g.is_empty() && !is_space(g) && cluster_width(g) == 0 {
        let mut out = String::new();
        for c in g.chars() {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        }
        return out.into();
    }
    crate::term_text::line(g)
}

/// The cells one grapheme cluster takes as raia shows it ([`shown`]).
pub fn shown_width(g: &str) -> usize {
    if let [b' '..=b'~'] = g.as_bytes() {
        return 1;
    }
    if !g.chars().any(crate::term_text::is_unsafe) {
        match cluster_width(g) {
            0 if !g.is_empty() && !is_space(g) => {}
            w => return w,
        }
    }
    // An escape: printable ASCII, measured at once.
    width(&shown(g))
}

/// Whether a grapheme cluster is white space: where a line may break, and what hangs at the
/// end of a row instead of starting the next.
pub fn is_space(g: &str) -> bool {
    g.chars().all(char::is_whitespace)
}

/// Splits one line (no line breaks) into the rows it takes in `max` cells, as byte ranges that
/// together cover the line exactly, in order. Always at least one row.
///
/// The rule, for every wrapped text of the wizard: a row ends after white space, and the space
/// hangs at the end of the row it follows (it takes no room there), so no row after the first
/// starts with a space. A row never starts with punctuation (".", ",", "·", "—"): the word
/// before the mark goes down with it. A word wider than the row is cut between grapheme
/// clusters, never just before a punctuation mark or a space (the cluster before goes down
/// with it), unless nothing but marks and spaces is there to carry (a row of dots).
pub fn wrap_line(line: &str, max: usize) -> Vec<std::ops::Range<usize>> {
    let max = max.max(1);
    // Printable ASCII: every byte is a cluster one cell wide, found without the cluster search
    // (issue 7: it is costly), and most such lines fit on one row.
    if line.bytes().all(|b| matches!(b, b' '..=b'~')) {
        if line.len() <= max {
            return std::iter::once(0..line.len()).collect();
        }
        let byte = |i: usize| {
            line.get(i..=i).map(|g| Cluster {
                at: i,
                width: 1,
                space: g == " ",
                g,
            })
        };
        return rows(byte, line.len(), max);
    }
    let clusters = grapheme_indices(line);
    let cluster = |i: usize| {
        clusters.get(i).map(|&(at, g)| match g.as_bytes() {
            [b @ b' '..=b'~'] => Cluster {
                at,
                width: 1,
                space: *b == b' ',
                g,
            },
            _ => Cluster {
                at,
                width: shown_width(g),
                space: is_space(g),
                g,
            },
        })
    };
    rows(cluster, line.len(), max)
}

/// The grapheme clusters of `line` with their byte offsets, as `grapheme_indices(true)` finds
/// them, but with the cluster rules applied only around what is not printable ASCII: two
/// printable ASCII characters in a row always have a boundary between them, and nothing before
/// such a boundary changes what comes after it. Mostly ASCII text (an answer with one "—") is
/// then about as quick as ASCII.
pub fn grapheme_indices(line: &str) -> Vec<(usize, &str)> {
    let bytes = line.as_bytes();
    let printable = |i: usize| bytes.get(i).is_some_and(|c| matches!(c, b' '..=b'~'));
    let mut out = Vec::with_capacity(line.len());
    let mut p = 0;
    while p < bytes.len() {
        if printable(p) && bytes.get(p + 1).is_none_or(u8::is_ascii) {
            out.push((p, line.get(p..=p).unwrap_or_default()));
            p += 1;
            continue;
        }
        // Up to the next two printable ASCII characters in a row: a boundary for certain.
        let mut e = p + 1;
        while e < bytes.len() && !(printable(e - 1) && printable(e)) {
            e += 1;
        }
        let stretch = line.get(p..e).unwrap_or_default();
        out.extend(stretch.grapheme_indices(true).map(|(i, g)| (p + i, g)));
        p = e;
    }
    out
}

/// One grapheme cluster of a line being wrapped: where it starts, the cells it takes, whether
/// it is white space, and the cluster itself.
#[derive(Debug, Clone, Copy)]
struct Cluster<'a> {
    at: usize,
    width: usize,
    space: bool,
    g: &'a str,
}

/// The rows of a line of `len` bytes whose clusters `cluster` gives in order, by the rule of
/// [`wrap_line`].
fn rows<'a>(
    cluster: impl Fn(usize) -> Option<Cluster<'a>>,
    len: usize,
    max: usize,
) -> Vec<std::ops::Range<usize>> {
    let at = |i: usize| cluster(i).map_or(len, |c| c.at);
    let mut rows = Vec::new();
    let mut start = 0;
    while cluster(start).is_some() {
        let mut w = 0;
        // The width up to the last cluster that is not a space: what the row shows.
        let mut shown = 0;
        // The last cluster a row may end before, the shown part before it fitting.
        let mut brk = None;
        // How many clusters fit, spaces counted: where a word too wide is cut.
        let mut fit = start + 1;
        let mut end = None;
        let mut after_space = false;
        let mut i = start;
        while let Some(c) = cluster(i) {
            if i > start && !c.space && after_space && !is_punctuation(c.g) {
                brk = Some(i);
            }
            after_space = c.space;
            w += c.width;
            if !c.space {
                shown = w;
            }
            if w <= max {
                fit = fit.max(i + 1);
            }
            if shown > max {
                end = Some(brk.unwrap_or_else(|| cut(&cluster, start, fit)));
                break;
            }
            i += 1;
        }
        let end = end.unwrap_or(i);
        rows.push(at(start)..at(end));
        start = end;
    }
    if rows.is_empty() {
        rows.push(0..len);
    }
    rows
}

/// Where a run of clusters too wide for its row is cut: after `fit` clusters, or earlier so
/// that the next row starts with neither a punctuation mark nor a space.
fn cut<'a>(cluster: &impl Fn(usize) -> Option<Cluster<'a>>, start: usize, fit: usize) -> usize {
    let bad = |i: usize| cluster(i).is_some_and(|c| c.space || is_punctuation(c.g));
    let mut k = fit;
    while k > start + 1 && bad(k) {
        k -= 1;
    }
    if bad(k) { fit } else { k }
}

/// Whether `s` is punctuation only (".", ",", ";", "·", "—", "…", a closing bracket): text a
/// line must not start with.
pub fn is_punctuation(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_ascii_punctuation() && !matches!(c, '(' | '[' | '{' | '"' | '\'' | '#' | '$' | '@')
                || matches!(
                    c,
                    '·' | '—' | '–' | '…' | '»' | '”' | '’' | '→' | '、' | '。' | '，'
                )
        })
}

/// Cuts `s` to at most `max` cells, ending with "…" when something was cut. Line breaks and
/// control characters show as escapes.
pub fn truncate(s: &str, max: usize) -> String {
    let s = &*crate::term_text::line(s);
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    // Printable ASCII: one cell per byte, cut without the cluster search (issue 7: it was a
    // seventh of ↓ over the result's safeguards at 10,000 questions).
    if let Some(head) = s
        .get(..max - 1)
        .filter(|_| s.bytes().all(|b| matches!(b, b' '..=b'~')))
    {
        return format!("{head}…");
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.graphemes(true) {
        let cw = cluster_width(c);
        if w + cw > max - 1 {
            break;
        }
        out.push_str(c);
        w += cw;
    }
    out.push('…');
    out
}

/// Cuts `s` to at most `max` cells from the left, starting with "…": for paths, whose end
/// (the file name) matters most.
pub fn truncate_left(s: &str, max: usize) -> String {
    let s = &*crate::term_text::line(s);
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut tail: Vec<&str> = Vec::new();
    let mut w = 0;
    for c in s.graphemes(true).rev() {
        let cw = cluster_width(c);
        if w + cw > max - 1 {
            break;
        }
        tail.push(c);
        w += cw;
    }
    let mut out = String::from("…");
    out.extend(tail.into_iter().rev());
    out
}

/// Cuts a path to at most `max` cells by leaving out the front of its directory part, whole
/// directories at a time: "…/projects/credit/loan-pre-approval.toml". The file name is what
/// tells files apart, so it goes last: without room for "…/" and the name, the path is cut from
/// the left as [`truncate_left`] does ("…loan-pre-approval.toml", then its end). Cuts fall on
/// separators or between grapheme clusters, never inside a character.
pub fn elide_path(path: &str, max: usize) -> String {
    let s = &*crate::term_text::line(path);
    if width(s) <= max {
        return s.to_string();
    }
    // `name` keeps its separator: "…" goes in front of it.
    let Some((dir, name)) = s
        .rfind(std::path::is_separator)
        .and_then(|at| Some((s.get(..at)?, s.get(at..)?)))
    else {
        return truncate_left(s, max);
    };
    let name_w = width(name);
    if 1 + name_w > max {
        return truncate_left(s, max);
    }
    // The directories nearest the name, as many as fit after "…".
    let mut keep = dir.len();
    for (at, _) in dir.rmatch_indices(std::path::is_separator) {
        let tail = dir.get(at..).unwrap_or_default();
        if 1 + width(tail) + name_w > max {
            break;
        }
        keep = at;
    }
    format!("…{}{name}", dir.get(keep..).unwrap_or_default())
}

/// The fewest cells [`elide_path`] can show `path` in with its file name whole: "…/" and the
/// name, or the whole path when that is shorter.
pub fn path_name_width(path: &str) -> usize {
    let s = &*crate::term_text::line(path);
    let whole = width(s);
    s.rfind(std::path::is_separator)
        .and_then(|at| s.get(at..))
        .map_or(whole, |name| whole.min(1 + width(name)))
}

/// Pads `s` with spaces (or cuts it) to exactly `max` cells.
pub fn fit(s: &str, max: usize) -> String {
    let mut t = truncate(s, max);
    let w = width(&t);
    t.extend(std::iter::repeat_n(' ', max.saturating_sub(w)));
    t
}

/// The sentence with its first letter in upper case.
pub fn capital(s: &str) -> String {
    crate::explain::capital(s)
}

/// A text progress bar `width` cells wide.
pub fn bar(done: usize, total: usize, width: usize) -> String {
    let filled = (done.min(total) * width)
        .checked_div(total)
        .unwrap_or(width);
    let mut s = "█".repeat(filled);
    s.push_str(&"░".repeat(width - filled));
    s
}

/// Splits `area` from the top (`vertical`) or the left into parts of fixed length and parts
/// that take what is left (`None`), as ratatui's `Layout` does with `Length` and `Min(0)`
/// constraints. When the fixed lengths fit, the rest goes to the first `None`, by arithmetic:
/// ratatui's constraint solver took a tenth of the wizard's first frame (issue 7). When they
/// do not fit, the solver decides, as before.
pub fn stack<const N: usize>(area: Rect, vertical: bool, parts: [Option<u16>; N]) -> [Rect; N] {
    let total = if vertical { area.height } else { area.width };
    let fixed: u32 = parts.iter().flatten().map(|&l| u32::from(l)).sum();
    let fillers = parts.iter().filter(|p| p.is_none()).count();
    if fixed > u32::from(total) || fillers != 1 {
        use ratatui::layout::{Constraint, Layout};
        let constraints = parts.map(|p| p.map_or(Constraint::Min(0), Constraint::Length));
        let layout = if vertical {
            Layout::vertical(constraints)
        } else {
            Layout::horizontal(constraints)
        };
        return layout.areas(area);
    }
    // `fixed <= total`, a u16, so the rest and every offset below fit in a u16.
    let rest = total - u16::try_from(fixed).unwrap_or(total);
    let mut at = if vertical { area.y } else { area.x };
    parts.map(|p| {
        let len = p.unwrap_or(rest);
        let r = if vertical {
            Rect::new(area.x, at, area.width, len)
        } else {
            Rect::new(at, area.y, len, area.height)
        };
        at += len;
        r
    })
}

/// A rectangle of at most `w` x `h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// The first line to show so that lines `start..end` are visible in a window of `height`,
/// keeping the top of the content in view when it fits.
pub fn scroll_to(start: usize, end: usize, height: usize) -> usize {
    if end <= height {
        0
    } else if end - start >= height {
        start
    } else {
        end - height
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// `stack` cuts an area as ratatui's `Layout` does with `Length` and `Min(0)`, whether
        /// the lengths fit or not, on both axes.
        #[test]
        fn stack_cuts_as_layout_does(
            x in 0u16..50, y in 0u16..50, w in 0u16..300, h in 0u16..120,
            vertical: bool,
            parts in proptest::collection::vec(proptest::option::weighted(0.8, 0u16..60), 5),
        ) {
            use ratatui::layout::{Constraint, Layout};
            let area = Rect::new(x, y, w, h);
            let parts: [Option<u16>; 5] = [parts[0], parts[1], parts[2], parts[3], parts[4]];
            let constraints = parts.map(|p| p.map_or(Constraint::Min(0), Constraint::Length));
            let layout = if vertical {
                Layout::vertical(constraints)
            } else {
                Layout::horizontal(constraints)
            };
            let want: [Rect; 5] = layout.areas(area);
            proptest::prop_assert_eq!(stack(area, vertical, parts), want);
            let two = [parts[0], None];
            let want2: [Rect; 2] = if vertical {
                Layout::vertical(two.map(|p| p.map_or(Constraint::Min(0), Constraint::Length)))
            } else {
                Layout::horizontal(two.map(|p| p.map_or(Constraint::Min(0), Constraint::Length)))
            }
            .areas(area);
            proptest::prop_assert_eq!(stack(area, vertical, two), want2);
        }

        /// Cutting printable ASCII by bytes gives what cutting it by grapheme clusters gives.
        #[test]
        fn ascii_is_cut_as_clusters_cut_it(s in "[ -~]{0,40}", max in 0usize..45) {
            let by_clusters = |s: &str, max: usize| {
                if width(s) <= max {
                    return s.to_string();
                }
                if max == 0 {
                    return String::new();
                }
                let mut out: String = s.graphemes(true).take(max - 1).collect();
                out.push('…');
                out
            };
            proptest::prop_assert_eq!(truncate(&s, max), by_clusters(&s, max));
        }
    }

    /// Issue 11, point 15: soft wrap never breaks before punctuation.
    #[test]
    fn wrap_never_starts_a_line_with_punctuation() {
        // A mark standing alone takes the word before it along.
        assert_eq!(
            wrap("Tier HIGH · score 14", 10),
            vec!["Tier", "HIGH ·", "score 14"]
        );
        assert_eq!(wrap("one two — three", 8), vec!["one", "two —", "three"]);
        // Inside a word split for want of room, the mark takes the letter before it along.
        assert_eq!(wrap("abcdefgh.", 8), vec!["abcdefg", "h."]);
        assert_eq!(wrap("日本語。", 6), vec!["日本", "語。"]);
        for text in [
            "a b c d e f , g",
            "x · y · z · w",
            "long,words,with,commas,inside",
        ] {
            for max in 2..12 {
                for line in wrap(text, max).iter().skip(1) {
                    let first = line.graphemes(true).next().unwrap_or("");
                    assert!(
                        !is_punctuation(first) || line.len() == first.len(),
                        "{text:?} at {max}: {line:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn wraps_by_display_width() {
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
        // Each CJK character is two cells wide.
        assert_eq!(wrap("日本語 テキスト", 6), vec!["日本語", "テキス", "ト"]);
        assert_eq!(wrap("one\n\ntwo", 10), vec!["one", "", "two"]);
        assert_eq!(wrap("", 10), vec![""]);
    }

    #[test]
    fn truncates_by_display_width() {
        assert_eq!(truncate("hello", 5), "hello");
        assert_eq!(truncate("hello!", 5), "hell…");
        assert_eq!(truncate("日本語", 5), "日本…");
        assert_eq!(truncate_left("/tmp/a/report.md", 10), "…report.md");
        assert_eq!(truncate_left("short", 10), "short");
        assert_eq!(width(&fit("日本語", 5)), 5);
        assert_eq!(fit("ab", 4), "ab  ");
    }

    /// A new user's home screen showed "…r-with-a-long-name.toml": a path is cut from the front
    /// of its directories, whole ones, and the file name stays whole while it fits at all.
    #[test]
    fn paths_lose_their_directories_before_their_file_name() {
        let p = "/home/dana/some/projects/credit/loan-pre-approval.toml";
        assert_eq!(elide_path(p, 80), p);
        assert_eq!(
            elide_path(p, 40),
            "…/projects/credit/loan-pre-approval.toml"
        );
        assert_eq!(elide_path(p, 39), "…/credit/loan-pre-approval.toml");
        assert_eq!(elide_path(p, 24), "…/loan-pre-approval.toml");
        // Narrower than "…/" and the name: "…" and the name, then its end.
        assert_eq!(elide_path(p, 23), "…loan-pre-approval.toml");
        assert_eq!(elide_path(p, 21), "…an-pre-approval.toml");
        assert_eq!(path_name_width(p), 24);
        assert_eq!(path_name_width("short.toml"), 10);
        // By display width: wide characters take two cells, and a cut never splits one.
        let wide = "/srv/projets/crédit/審査/申請-loan.toml";
        assert_eq!(width(wide), 39);
        assert_eq!(elide_path(wide, 28), "…/crédit/審査/申請-loan.toml");
        assert_eq!(width(&elide_path(wide, 28)), 28);
        assert_eq!(elide_path(wide, 27), "…/審査/申請-loan.toml");
        assert_eq!(elide_path(wide, 20), "…/申請-loan.toml");
        assert_eq!(elide_path(wide, 15), "…申請-loan.toml");
        assert_eq!(elide_path(wide, 13), "…請-loan.toml");
        assert_eq!(elide_path(wide, 12), "…-loan.toml");
        for max in 0..=45 {
            let cut = elide_path(wide, max);
            assert!(width(&cut) <= max, "{max}: {cut}");
        }
        // A draft's name has no directory: cut from the left, as before.
        assert_eq!(elide_path("quickquote-pre-approval-2", 8), "…roval-2");
    }

    #[test]
    fn bars_and_scrolling() {
        assert_eq!(bar(1, 4, 8), "██░░░░░░");
        assert_eq!(bar(0, 0, 3), "███");
        assert_eq!(scroll_to(2, 4, 10), 0);
        assert_eq!(scroll_to(12, 14, 10), 4);
        assert_eq!(scroll_to(12, 30, 10), 12);
    }
}

#[cfg(test)]
mod grapheme_tests {
    use super::*;

    /// Issue 11, point 16: 👩‍⚕️ blanked the next character; it is one cluster of two cells.
    #[test]
    fn emoji_joined_with_zero_width_joiners_are_one_cluster() {
        let doctor = "👩\u{200d}⚕\u{fe0f}";
        assert_eq!(width(doctor), 2);
        assert_eq!(width(&format!("{doctor}x")), 3);
        assert_eq!(
            UnicodeWidthStr::width(doctor),
            width(doctor),
            "the same width ratatui gives it"
        );
        // Cut between clusters, never inside one.
        let t = truncate(&format!("{doctor}{doctor}{doctor}"), 5);
        assert_eq!(t, format!("{doctor}{doctor}…"));
        let t = truncate_left(&format!("{doctor}{doctor}{doctor}"), 3);
        assert_eq!(t, format!("…{doctor}"));
        let lines = wrap(&format!("{doctor}{doctor}{doctor}"), 4);
        assert_eq!(lines, vec![format!("{doctor}{doctor}"), doctor.to_string()]);
    }

    /// Printable ASCII is measured without looking for clusters; anything else by cluster,
    /// with the same result for every byte.
    #[test]
    fn ascii_is_measured_as_clusters_are() {
        let all: String = (0u8..=127).map(char::from).collect();
        for b in 0u8..=127 {
            let s = format!("ab{}c", char::from(b));
            assert_eq!(
                width(&s),
                s.graphemes(true).map(cluster_width).sum::<usize>(),
                "byte {b}"
            );
        }
        assert_eq!(
            width(&all),
            all.graphemes(true).map(cluster_width).sum::<usize>()
        );
        assert_eq!(width("plain words, 42!"), 16);
    }
}
