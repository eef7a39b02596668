use super::*;
use crate::tui::widgets::{is_punctuation, is_space, shown_width, wrap_line};
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::Widget;

fn key(key: Key) -> Input {
    Input {
        key,
        ..Input::default()
    }
}

fn ctrl(c: char) -> Input {
    Input {
        key: Key::Char(c),
        ctrl: true,
        ..Input::default()
    }
}

fn alt(k: Key) -> Input {
    Input {
        key: k,
        alt: true,
        ..Input::default()
    }
}

/// Draws the box in `w` x `h` cells and returns the rows as text.
fn draw(b: &TextBox, w: u16, h: u16) -> Vec<String> {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    b.render(area, &mut buf);
    (0..h)
        .map(|y| {
            (0..w)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect()
}

/// A wrapped box of `text`, drawn once at width `w` so it knows where its rows break.
fn wrapped(text: &str, w: u16) -> TextBox {
    let b = TextBox::new(text, true);
    draw(&b, w, 10);
    b
}

#[test]
fn typing_inserts_at_the_caret() {
    let mut b = TextBox::new("ac", false);
    b.input(key(Key::Left));
    assert!(b.input(key(Key::Char('b'))));
    assert_eq!(b.text(), "abc");
    assert_eq!(b.cursor(), (0, 2));
    assert!(b.insert_str("de"));
    assert_eq!(b.text(), "abdec");
    assert!(!b.insert_str(""), "nothing typed, nothing changed");
}

#[test]
fn paste_turns_crlf_and_cr_into_line_breaks_or_spaces_on_one_line() {
    let mut long = TextBox::new("", true);
    long.insert_str("one\r\ntwo\rthree");
    assert_eq!(long.lines(), ["one", "two", "three"]);
    assert_eq!(long.cursor(), (2, 5));
    let mut short = TextBox::new("", false);
    short.insert_str("one\r\ntwo\nthree");
    assert_eq!(short.lines(), ["one two three"]);
    // A line break in the text a one-line box is built with shows as a space.
    assert_eq!(TextBox::new("a\nb", false).lines(), ["a b"]);
}

#[test]
fn enter_starts_a_line_only_in_a_long_text() {
    let mut long = TextBox::new("ab", true);
    long.input(key(Key::Left));
    assert!(long.input(key(Key::Enter)));
    assert_eq!(long.lines(), ["a", "b"]);
    assert_eq!(long.cursor(), (1, 0));
    let mut short = TextBox::new("ab", false);
    assert!(!short.input(key(Key::Enter)));
    assert!(!short.input(ctrl('m')));
    assert_eq!(short.lines(), ["ab"]);
}

#[test]
fn backspace_and_delete_remove_a_whole_grapheme_cluster() {
    let doctor = "👩\u{200d}⚕\u{fe0f}";
    let mut b = TextBox::new(&format!("a{doctor}e\u{301}"), false);
    assert!(b.input(key(Key::Backspace)));
    assert_eq!(b.text(), format!("a{doctor}"), "e with its accent is one");
    assert!(b.input(key(Key::Backspace)));
    assert_eq!(b.text(), "a", "the doctor is one");
    b.insert_str(doctor);
    b.input(key(Key::Left));
    b.input(key(Key::Left));
    assert_eq!(b.cursor(), (0, 0));
    assert!(b.input(key(Key::Delete)));
    assert_eq!(b.text(), doctor);
    assert!(b.input(key(Key::Delete)));
    assert_eq!(b.text(), "");
    assert!(!b.input(key(Key::Delete)), "nothing left to delete");
    assert!(!b.input(key(Key::Backspace)));
    // At the start of a line Backspace joins it to the line above; Ctrl+H is Backspace.
    let mut long = TextBox::new("ab\ncd", true);
    long.input(ctrl('a'));
    assert!(long.input(ctrl('h')));
    assert_eq!(long.lines(), ["abcd"]);
    assert_eq!(long.cursor(), (0, 2));
    assert!(long.input(ctrl('d')));
    assert_eq!(long.lines(), ["abd"]);
}

#[test]
fn left_and_right_move_by_grapheme_and_across_lines() {
    let mut b = TextBox::new("日e\u{301}\nx", true);
    assert_eq!(b.cursor(), (1, 1));
    b.input(key(Key::Left));
    b.input(key(Key::Left));
    assert_eq!(b.cursor(), (0, 2), "the end of the line above");
    b.input(key(Key::Left));
    assert_eq!(b.cursor(), (0, 1));
    b.input(key(Key::Left));
    b.input(key(Key::Left));
    assert_eq!(b.cursor(), (0, 0), "stops at the start");
    b.input(key(Key::Right));
    b.input(key(Key::Right));
    b.input(key(Key::Right));
    assert_eq!(b.cursor(), (1, 0));
    b.input(ctrl('b'));
    assert_eq!(b.cursor(), (0, 2));
    b.input(ctrl('f'));
    assert_eq!(b.cursor(), (1, 0));
}

#[test]
fn word_moves_and_word_deletes() {
    let mut b = TextBox::new("alpha, beta gamma", false);
    let ctrl_left = Input {
        key: Key::Left,
        ctrl: true,
        ..Input::default()
    };
    let ctrl_right = Input {
        key: Key::Right,
        ctrl: true,
        ..Input::default()
    };
    b.input(ctrl_left);
    assert_eq!(b.cursor(), (0, 12));
    b.input(ctrl_left);
    assert_eq!(b.cursor(), (0, 7));
    b.input(alt(Key::Char('b')));
    assert_eq!(b.cursor(), (0, 0));
    b.input(ctrl_right);
    assert_eq!(
        b.cursor(),
        (0, 7),
        "past the comma and space to the next word"
    );
    b.input(alt(Key::Char('f')));
    assert_eq!(b.cursor(), (0, 12));
    b.input(ctrl('e'));
    // Ctrl+W deletes the word before, and Ctrl+Y puts it back.
    assert!(b.input(ctrl('w')));
    assert_eq!(b.text(), "alpha, beta ");
    assert!(b.input(ctrl('y')));
    assert_eq!(b.text(), "alpha, beta gamma");
    b.input(ctrl('a'));
    assert!(b.input(alt(Key::Char('d'))));
    assert_eq!(b.text(), "beta gamma");
    b.input(ctrl('e'));
    assert!(b.input(alt(Key::Backspace)));
    assert_eq!(b.text(), "beta ");
    // Ctrl+W takes back to the last space, as in a shell; Alt+Backspace a word of letters.
    b.insert_str("DOC-4411");
    assert!(b.input(alt(Key::Backspace)));
    assert_eq!(b.text(), "beta DOC-");
    b.insert_str("4411  ");
    assert!(b.input(ctrl('w')));
    assert_eq!(b.text(), "beta ");
}

#[test]
fn ctrl_u_and_ctrl_k_delete_to_the_start_and_end_of_the_line() {
    let mut b = TextBox::new("first\nsecond line", true);
    for _ in 0..4 {
        b.input(key(Key::Left));
    }
    assert!(b.input(ctrl('u')));
    assert_eq!(b.lines(), ["first", "line"]);
    assert_eq!(b.cursor(), (1, 0));
    assert!(!b.input(ctrl('u')), "nothing before the caret");
    assert!(b.input(ctrl('y')));
    assert_eq!(b.lines(), ["first", "second line"]);
    b.input(ctrl('a'));
    b.input(key(Key::Right));
    assert!(b.input(ctrl('k')));
    assert_eq!(b.lines(), ["first", "s"]);
    // At the end of a line, Ctrl+K joins the next one, as in a shell.
    b.input(key(Key::Up));
    b.input(ctrl('e'));
    assert!(b.input(ctrl('k')));
    assert_eq!(b.lines(), ["firsts"]);
}

#[test]
fn home_and_end_work_on_the_row_as_wrapped() {
    // At 12 cells: "alpha beta " / "gamma delta" / "epsilon".
    let mut b = wrapped("alpha beta gamma delta epsilon", 12);
    assert_eq!(draw(&b, 12, 3), ["alpha beta", "gamma delta", "epsilon"]);
    for _ in 0..10 {
        b.input(key(Key::Left));
    }
    assert_eq!(b.cursor(), (0, 20), "in \"delta\"");
    b.input(key(Key::Home));
    assert_eq!(b.cursor(), (0, 11), "the start of \"gamma\"");
    b.input(key(Key::End));
    assert_eq!(
        b.cursor(),
        (0, 22),
        "after \"delta\", before the row's last space"
    );
    b.input(key(Key::Down));
    b.input(key(Key::End));
    assert_eq!(b.cursor(), (0, 30), "the last row ends at the line's end");
    b.input(key(Key::Home));
    assert_eq!(b.cursor(), (0, 23));
    // Ctrl+A and Ctrl+E go to the ends of the whole line.
    b.input(ctrl('a'));
    assert_eq!(b.cursor(), (0, 0));
    b.input(ctrl('e'));
    assert_eq!(b.cursor(), (0, 30));
    // A one-line box: Home and End go to the ends of the line.
    let mut one = TextBox::new("some text", false);
    one.input(key(Key::Home));
    assert_eq!(one.cursor(), (0, 0));
    one.input(key(Key::End));
    assert_eq!(one.cursor(), (0, 9));
}

#[test]
fn up_and_down_move_by_screen_row_keeping_the_column() {
    let mut b = wrapped("one two x\nthree four", 10);
    assert_eq!(draw(&b, 10, 4), ["one two x", "three four", "", ""]);
    let mut b2 = wrapped("abcdefghij klm nopqrstuvw", 10);
    assert_eq!(draw(&b2, 10, 4), ["abcdefghij", "klm", "nopqrstuvw", ""]);
    // From column 8 of the last row, up through the short row and on keeps to column 8.
    for _ in 0..2 {
        b2.input(key(Key::Left));
    }
    assert_eq!(b2.cursor(), (0, 23));
    b2.input(key(Key::Up));
    assert_eq!(b2.cursor(), (0, 14), "the end of \"klm \"");
    b2.input(key(Key::Up));
    assert_eq!(b2.cursor(), (0, 8), "back at column 8");
    b2.input(key(Key::Up));
    assert_eq!(b2.cursor(), (0, 8), "the top row: nowhere to go");
    b2.input(key(Key::Down));
    b2.input(key(Key::Down));
    assert_eq!(b2.cursor(), (0, 23));
    // Across lines: Up from the second line lands on the first.
    b.input(key(Key::Up));
    assert_eq!(b.cursor(), (0, 9));
    b.input(ctrl('n'));
    assert_eq!(b.cursor(), (1, 10), "back to the column Up started from");
    b.input(ctrl('p'));
    b.input(key(Key::MouseScrollDown));
    assert_eq!(b.cursor(), (1, 10), "the wheel moves the caret a row");
}

#[test]
fn the_caret_stays_in_view_when_the_text_is_taller_than_the_box() {
    let text = (1..=8).map(|i| format!("line {i}")).collect::<Vec<_>>();
    let mut b = TextBox::new(&text.join("\n"), true);
    assert_eq!(draw(&b, 10, 3), ["line 6", "line 7", "line 8"]);
    for _ in 0..6 {
        b.input(key(Key::Up));
    }
    assert_eq!(draw(&b, 10, 3), ["line 2", "line 3", "line 4"]);
    assert_eq!(b.scroll_offset(), (1, 0));
    let caret = b.screen_caret(Rect::new(0, 0, 10, 3));
    assert_eq!(caret, Some(ratatui::layout::Position::new(6, 0)));
}

/// A caret after a full row (the space typed after its last word hangs there) shows at the
/// start of the row below, where the next word goes, never over the row's last letter.
#[test]
fn a_caret_past_a_full_row_shows_where_the_next_word_goes() {
    let mut b = wrapped("hello world", 11);
    let area = Rect::new(0, 0, 11, 2);
    draw(&b, 11, 2);
    assert_eq!(
        b.screen_caret(area),
        Some(Position::new(0, 1)),
        "the row is full: not on the d"
    );
    b.input(key(Key::Char(' ')));
    draw(&b, 11, 2);
    assert_eq!(b.screen_caret(area), Some(Position::new(0, 1)));
    b.input(key(Key::Char('x')));
    assert_eq!(draw(&b, 11, 2), ["hello world", "x"]);
    assert_eq!(b.screen_caret(area), Some(Position::new(1, 1)));
    // In a box of one row, the box scrolls to show it.
    let b = wrapped("hello world ", 11);
    assert_eq!(draw(&b, 11, 1), [""]);
    assert_eq!(
        b.screen_caret(Rect::new(0, 0, 11, 1)),
        Some(Position::new(0, 0))
    );
}

#[test]
fn a_one_line_box_scrolls_sideways_to_the_caret() {
    let mut b = TextBox::new("0123456789abcdef", false);
    assert_eq!(draw(&b, 8, 1), ["9abcdef"]);
    assert_eq!(b.scroll_offset(), (0, 9));
    b.input(key(Key::Home));
    assert_eq!(draw(&b, 8, 1), ["01234567"]);
    assert_eq!(
        b.screen_caret(Rect::new(0, 0, 8, 1)),
        Some(ratatui::layout::Position::new(0, 0))
    );
}

#[test]
fn set_text_replaces_everything_and_the_caret_goes_to_the_end() {
    let mut b = TextBox::new("old", true);
    b.set_text("new\ntext");
    assert_eq!(b.lines(), ["new", "text"]);
    assert_eq!(b.cursor(), (1, 4));
    b.set_text("");
    assert!(b.is_empty());
}

#[test]
fn control_characters_and_wide_text_are_drawn_as_measured() {
    let doctor = "👩\u{200d}⚕\u{fe0f}";
    let b = TextBox::new(&format!("a\u{1b}b {doctor}日"), false);
    let rows = draw(&b, 20, 1);
    assert_eq!(
        rows[0],
        format!("a\\x1bb {doctor} 日"),
        "every cluster drawn, the one after the doctor too (a wide cluster's second cell is blank)"
    );
    assert_eq!(
        b.screen_caret(Rect::new(0, 0, 20, 1)).map(|p| p.x),
        Some(11),
        "a, 4 for the escape, b, space, 2 for the doctor, 2 for 日"
    );
    assert_eq!(
        b.line_width(0),
        11,
        "the width the cut marks of a one-line field use"
    );
}

/// Issue 11, point 15: the rows of a text box never start with a punctuation mark.
#[test]
fn the_box_wraps_before_the_word_not_before_the_mark() {
    let b = wrapped("Please ask the adviser. Then wait, please", 22);
    assert_eq!(
        draw(&b, 22, 3),
        ["Please ask the", "adviser. Then wait,", "please"]
    );
    let b = wrapped("one two three · four", 14);
    assert_eq!(draw(&b, 14, 2), ["one two", "three · four"]);
}

/// Text of letters, spaces, marks and clusters that need care: wide characters, a joined
/// emoji, a combining accent, a zero-width space, a control character, a prepended mark, a
/// flag.
fn awkward() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "a",
        "b",
        "word",
        "x",
        " ",
        " ",
        "  ",
        ".",
        ",",
        "·",
        "—",
        "…",
        "日",
        "本",
        "👩\u{200d}⚕\u{fe0f}",
        "e\u{301}",
        "\u{301}",
        "\u{200b}",
        "\t",
        "\u{1b}",
        "(",
        "\"",
        // A prepended mark (it joins what follows) and a flag of two regional indicators.
        "\u{600}",
        "\u{1f1ec}\u{1f1e7}",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The one wrap rule: rows cover the text in order; none after the first starts with a
    /// space or a mark unless the row before is nothing but one cluster and more marks and
    /// spaces (there was nothing to carry down); no row shows more than fits unless it is one
    /// cluster wider than the row.
    #[test]
    fn wrapped_rows_never_start_with_a_mark_or_a_space(text in awkward(), max in 1usize..16) {
        let rows = wrap_line(&text, max);
        let joined: String = rows.iter().map(|r| &text[r.clone()]).collect();
        prop_assert_eq!(&joined, &text);
        for pair in rows.windows(2) {
            let (prev, row) = (&text[pair[0].clone()], &text[pair[1].clone()]);
            prop_assert!(!row.is_empty() && !prev.is_empty());
            let first = row.graphemes(true).next().unwrap_or("");
            if is_space(first) || is_punctuation(first) {
                prop_assert!(
                    prev.graphemes(true).skip(1).all(|g| is_space(g) || is_punctuation(g)),
                    "{:?} at {}: {:?} after {:?}", text, max, row, prev
                );
            }
        }
        for r in &rows {
            let row = &text[r.clone()];
            let shown: usize = row.trim_end_matches(char::is_whitespace)
                .graphemes(true).map(shown_width).sum();
            prop_assert!(shown <= max || row.graphemes(true).count() == 1,
                "{:?} at {}: {:?} is {} wide", text, max, row, shown);
        }
    }

    /// The quick cluster search finds the clusters the full one does.
    #[test]
    fn clusters_are_found_as_unicode_segmentation_finds_them(text in awkward()) {
        let quick = crate::tui::widgets::grapheme_indices(&text);
        let full: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
        prop_assert_eq!(quick, full);
    }

    /// Every caret place maps to a screen cell and back to the same place.
    #[test]
    fn caret_to_screen_and_back_is_the_same_place(
        lines in prop::collection::vec(awkward(), 1..4),
        max in 1u16..16,
    ) {
        let text = lines.join("\n");
        let mut b = TextBox::new(&text, true);
        draw(&b, max, 4);
        let rows = b.rows();
        for row in 0..b.lines.len() {
            let line = b.lines[row].clone();
            let places: Vec<usize> = line
                .grapheme_indices(true)
                .map(|(i, _)| i)
                .chain([line.len()])
                .collect();
            for at in places {
                b.row = row;
                b.at = at;
                let (r, x) = b.caret_in(&rows);
                prop_assert_eq!(b.place_at(&rows, r, x), (row, at), "{:?} at {}", text, max);
            }
        }
    }

    /// Whatever keys are pressed, the caret stays between clusters of a line that exists,
    /// and a one-line box holds one line.
    #[test]
    fn keys_keep_the_box_whole(
        text in awkward(),
        multiline in any::<bool>(),
        keys in prop::collection::vec(prop::sample::select(vec![
            key(Key::Left), key(Key::Right), key(Key::Up), key(Key::Down),
            key(Key::Home), key(Key::End), key(Key::Backspace), key(Key::Delete),
            key(Key::Enter), key(Key::Char('x')), key(Key::Char('.')), key(Key::Char(' ')),
            ctrl('u'), ctrl('k'), ctrl('w'), ctrl('y'), ctrl('a'), ctrl('e'),
            alt(Key::Left), alt(Key::Right), alt(Key::Backspace), alt(Key::Delete),
        ]), 0..40),
    ) {
        let mut b = TextBox::new(&text, multiline);
        for k in keys {
            b.input(k);
            draw(&b, 7, 3);
            prop_assert!(b.row < b.lines.len());
            prop_assert!(b.lines[b.row].is_char_boundary(b.at));
            prop_assert!(multiline || b.lines.len() == 1);
            prop_assert!(b.screen_caret(Rect::new(0, 0, 7, 3)).is_some());
        }
    }
}

/// A line break of any kind is one space in a one-line box, so a key typed and taken back leaves
/// no bare carriage return in the text (a hostile check saved "line1\r line2").
#[test]
fn a_one_line_box_shows_every_line_break_as_one_space() {
    let mut b = TextBox::new("\tline1\r\nline2  \n", false);
    assert!(b.input(key(Key::Char('n'))));
    assert!(b.input(key(Key::Backspace)));
    assert_eq!(b.text(), "\tline1 line2   ");
    assert!(!b.text().contains('\r'));
    assert_eq!(TextBox::new("a\rb", false).text(), "a b");
}
