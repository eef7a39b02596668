//! What the user asked for, independent of which key or click asked for it. The event loop maps
//! terminal events to actions (`keys`); `update` applies them to the state.

use super::app::Screen;
use super::textbox::Input;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Move the cursor in the current list (options, rows, metadata fields).
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    /// Enter: choose and go on, open the row, or start typing.
    Confirm,
    /// Space in a list: tick or untick (multiple choice), choose (single choice).
    Toggle,
    /// Tab: the next question (or screen), as in a form: a text field there has the keyboard.
    /// Text typed so far is kept.
    Next,
    /// Shift+Tab: the previous question (or screen), as in a form. Always allowed.
    Back,
    /// → / l in lists: the next question (or screen). Letters stay commands there: a text
    /// field waits for Enter or e, so a run of h or l never types into an answer.
    StepNext,
    /// ← / h in lists: the previous question (or screen), letters staying commands.
    StepBack,
    /// A letter on a text field that holds an answer and waits for e: says how to edit it,
    /// changes nothing.
    EditHint,
    /// e in lists: start typing in the text field of this step.
    StartEdit,
    /// Digit keys and clicks on an option: choose (single) or tick (multiple) option N.
    Choose(usize),
    /// A digit key in a list, with when it was pressed: option N, or with the digit before it
    /// typed just now, a number of two digits ("1" then "4" is option 14 in a list of 14).
    Digit(u8, std::time::Instant),
    /// A click on a row: move the cursor there and open it.
    Activate(usize),
    /// D in a list of options: remove the answer to this question (u takes it back).
    Clear,
    /// u, or Ctrl+_ (Ctrl+/) anywhere: take back the last change to an answer, note, detail or
    /// safeguard made in this session.
    Undo,
    /// U, or Ctrl+R anywhere: make again the last change undo took back.
    Redo,
    /// A printable key on a text field waiting for e that is not a navigation key: start typing
    /// with it, so typing into what looks like a text box never quits, clears or undoes.
    StartTyping(char),
    /// A key for the text field that has focus.
    Edit(Input),
    /// Characters typed one after another, inserted at once (a fast burst of typing).
    Type(String),
    /// Ctrl+E in long text: edit it in $VISUAL or $EDITOR, as in huh.
    ExternalEditor,
    /// The text an external editor left: replaces the long text being edited.
    ReplaceText(String),
    /// `/` on the review or the result: type text to list only the rows that hold it.
    Filter,
    /// Bracketed paste.
    Paste(String),
    /// Esc: close the popup, or leave the text field so letter commands work.
    Escape,
    /// Open the note editor for this question.
    Note,
    /// Show or hide help on this question (why it is asked, the policy clause).
    Help,
    /// Show or hide the key overlay.
    Keys,
    /// Jump to a step (sidebar click). Letters stay commands there, as after h / l.
    GoTo(Screen),
    Review,
    /// Home: start a new assessment.
    New,
    /// Home: type the path of an assessment file.
    Open,
    /// Export: write the selected reports.
    Write,
    /// s on the result: record a sign-off, as `raia sign` does.
    SignOff,
    /// p on the result: who puts the selected safeguard in place, and by when.
    Plan,
    /// y in a yes/no question (replace files raia did not write).
    Yes,
    /// Ctrl+S: commit the field being typed and write the file now.
    Save,
    /// q / Ctrl+Q / Ctrl+C: commit and leave; everything is already on disk.
    Quit,
    /// Ctrl+L: clear and repaint the whole screen.
    Redraw,
    /// No input for a moment: save long text being typed.
    Idle,
    Resize(u16, u16),
}
