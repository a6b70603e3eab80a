//! Whether the code change *explains* a new value, beyond "the code changed after the test".
//!
//! A developer's change explains a failing test's new value when a constant or literal it touched flows into
//! the test (the test imports the changed module) and the value agrees with it (a number for a changed number,
//! the pieces of a changed format string inside the new string), or when a function's behaviour and its
//! documentation changed together. A change that only flips a comparison operator, moves a boundary (a number
//! beside a comparison, a slice bound) or moves a `0`/`1` inside a function's code (a base case, identity or
//! step: `return 0` -> `return 1`, `(1 + rate)` -> `(2 + rate)`) explains nothing, committed or not; a test
//! whose name, comment or docstring states the value the change replaced says the change is the bug.
//!
//! ```
//! use maestro_test_healer::context::Hunk;
//! use maestro_test_healer::source::SourceFile;
//! use maestro_test_healer::strategies::assertion_update::evidence::{judge, Verdict};
//! use maestro_test_healer::strategies::value::Value;
//! let test = SourceFile::from_text("tests/test_vat.py", "from vat import vat\n\ndef test_vat():\n    assert vat(100) == 20\n").unwrap();
//! let hunk = Hunk { file: "vat.py".into(), removed: vec!["RATE = 0.20".into()], added: vec!["RATE = 0.21".into()] };
//! let verdict = judge(&test, None, &[&hunk], &Default::default(), &Value::parse("21").unwrap(), &Value::parse("20").unwrap());
//! assert!(matches!(verdict, Verdict::Explained(_)));
//! ```

use std::path::{Path, PathBuf};

use tree_sitter::Node;

use crate::change::{ChangeSet, Delta};
use crate::context::Hunk;
use crate::source::SourceFile;
use crate::strategies::value::Value;

/// What the change says about a new value, strongest reason first.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// The test states the value the change replaced (its name, a comment, a docstring): the test is right.
    StatedOld(String),
    /// The change removed a parameter the failing test still passes: the test's input is now ignored.
    IgnoredInput(String),
    /// A constant or literal the change touched flows into the test and agrees with the new value.
    Explained(String),
    /// A function's code and its documentation changed together.
    Documented(String),
    /// Code the test reaches was rewritten; nothing more specific.
    Rewritten,
    /// Only comparison operators or boundaries changed: nothing explains the new value.
    Flipped(String),
    /// A literal swap explains the value, but the swap is an uncommitted edit that nothing written with it
    /// (a comment, a docstring, a changelog line) says is meant: work in progress, which a bug is too.
    Unrecorded(String),
    /// No source change is known.
    Unknown,
}

/// One literal replaced by another in place.
#[derive(Debug, Clone, PartialEq)]
struct LiteralSwap {
    file: std::path::PathBuf,
    old: String,
    new: String,
}

/// What the hunks did, by kind.
#[derive(Debug, Default)]
struct Summary {
    swaps: Vec<LiteralSwap>,
    flips: Vec<String>,
    /// Files whose code was rewritten (lines added, removed or changed beyond literals/operators).
    rewritten: Vec<std::path::PathBuf>,
    /// Per file, the words of its removed lines (code and docs).
    removed_words: Vec<(std::path::PathBuf, Vec<String>)>,
    /// Files whose existing documentation was revised (a doc line removed and one added), not only added to.
    revised: Vec<std::path::PathBuf>,
    /// Files of `revised` whose every revision kept the old description word for word and appended to it: they
    /// document something added, not a change of what was there.
    extended: Vec<std::path::PathBuf>,
    /// Words the change's documentation gained, by file (`words_of` spelling: lower case, split on case).
    doc_words: Vec<(std::path::PathBuf, Vec<String>)>,
    /// Names the change declared (`const remaining = ...`, `def helper`), by file, in `words_of` spelling.
    declared: Vec<(std::path::PathBuf, Vec<String>)>,
    /// Off-by-one shifts the change introduced (`+ 1`/`- 1` appended to an expression), by file.
    shifts: Vec<(std::path::PathBuf, String)>,
    /// Numbers that left a file's code while another number arrived, in lines too rewritten to pair up.
    loose: Vec<LiteralSwap>,
    /// Numbers moved as boundaries (beside a comparison, a slice bound), by value: the change model reports
    /// them as changed literals too, which must not then explain a value.
    bounds: Vec<(f64, f64)>,
    /// Structural numbers (`0`, `1`, `-1`) a function's code moved, as the change model reported them.
    steps: Vec<LiteralSwap>,
    /// Files where an operator, logical word or dual function was swapped (`+` -> `-`, `ceil` -> `floor`).
    flipped: Vec<PathBuf>,
}

/// The hunks' [`Summary`] with the change model's changed constants and literals added as swaps, except the
/// numbers the hunks show moving as boundaries and the structural numbers a function's code moved (see
/// [`is_step`]), which become flips unless a comment or docstring written with the change describes it: neither
/// explains a value, committed or not.
fn summarize_with(hunks: &[&Hunk], change: &ChangeSet, doc_lines: &[(PathBuf, Vec<String>)]) -> Summary {
    let mut summary = summarize_docs(hunks, doc_lines);
    // A comment or docstring written with the change describes the move (`return 2  # new rate`): then it is a
    // literal like any other.
    let documented = documents(hunks, &summary);
    for delta in &change.deltas {
        let (file, old, new, inline) = match delta {
            Delta::ConstantChanged { constant, old, new } => (&constant.file, old, new, None),
            Delta::LiteralChanged { function, old, new } => (&function.file, old, new, Some(function)),
            _ => continue,
        };
        let swap = LiteralSwap { file: file.clone(), old: old.clone(), new: new.clone() };
        if let Some(function) = inline.filter(|_| !documented && is_step(old, new)) {
            summary.swaps.retain(|s| s != &swap);
            summary.loose.retain(|s| s != &swap);
            summary.flips.push(format!(
                "the {old} in `{}` became {new} (a base case, step or identity moved)",
                function.qualified()
            ));
            summary.steps.push(swap);
            continue;
        }
        if !summary.swaps.contains(&swap) && !summary.is_bound(&swap) && !summary.steps.contains(&swap) {
            summary.swaps.push(swap);
        }
    }
    summary
}

/// Whether a number changed inside a function's code is a structural one: `0`, `1` or `-1` moved to another
/// number (`return 0` -> `return 1`, `get(k, 0) + n` -> `get(k, 1) + n`, `(1 + rate)` -> `(2 + rate)`,
/// `timedelta(days=1)` -> `days=2`, `quantity=1` -> `quantity=2`). Those are base cases, identities, steps
/// and counts: moving one is the off-by-one the issue calls a boundary moved, and it explains no particular
/// new value. A named constant (`MAX_RETRIES = 1` -> `2`) is a setting and is not judged here.
fn is_step(old: &str, new: &str) -> bool {
    // A string holding a number (`Decimal("1")`, a label `"0"`) is text, not code's arithmetic.
    if [old, new].iter().any(|t| t.starts_with(['"', '\'', '`'])) {
        return false;
    }
    let (Some(o), Some(n)) = (number_of(old), number_of(new)) else { return false };
    [0.0, 1.0, -1.0].contains(&o) && o != n
}

impl Summary {
    /// Whether a changed number is one the hunks show moving as a boundary (`-4` -> `-5` for `digits[-4:]`).
    fn is_bound(&self, swap: &LiteralSwap) -> bool {
        let (Some(o), Some(n)) = (number_of(&swap.old), number_of(&swap.new)) else { return false };
        self.bounds.iter().any(|&(bo, bn)| (bo.abs() - o.abs()).abs() < 1e-9 && (bn.abs() - n.abs()).abs() < 1e-9)
    }
}

/// Judges the change (`hunks` since the test last changed, `change` as the change model read it) against the
/// failing test (`test_node` inside `test`), the value it now gets (`new_value`) and the one it expected.
pub fn judge(
    test: &SourceFile,
    test_node: Option<Node>,
    hunks: &[&Hunk],
    change: &ChangeSet,
    new_value: &Value,
    old_value: &Value,
) -> Verdict {
    judge_with(test, test_node, hunks, change, (new_value, old_value), &|_| None)
}

/// [`judge`], also reading the changed files as they are now (`current`, by project-relative path): their own
/// documentation may still state the value a change replaced (`"""19% standard, 7% reduced"""` above a rate
/// typed as `0.7`), which says the change is the mistake.
pub fn judge_with(
    test: &SourceFile,
    test_node: Option<Node>,
    hunks: &[&Hunk],
    change: &ChangeSet,
    (new_value, old_value): (&Value, &Value),
    current: &dyn Fn(&Path) -> Option<String>,
) -> Verdict {
    // The lines inside the changed files' docstrings and JSDoc blocks as they are now: a docstring's inner lines
    // are prose the hunks alone cannot tell from code.
    let mut doc_lines: Vec<(PathBuf, Vec<String>)> = Vec::new();
    for hunk in hunks {
        if doc_lines.iter().any(|(f, _)| f == &hunk.file) {
            continue;
        }
        let python = hunk.file.extension().is_some_and(|e| e == "py" || e == "pyi");
        let docs = current(&hunk.file).map(|t| split_docs(&t, python).0).unwrap_or_default();
        doc_lines.push((hunk.file.clone(), docs.lines().map(|l| l.trim().to_string()).collect()));
    }
    let summary = summarize_with(hunks, change, &doc_lines);
    if let Some(said) = states_old(test, test_node, &summary.swaps, old_value) {
        return Verdict::StatedOld(said);
    }
    if let Some(dropped) = ignored_input(test, test_node, change) {
        return Verdict::IgnoredInput(dropped);
    }
    let imports = reached_segments(test, current);
    let packages = imported_modules(test);
    let reached = |file: &Path| reaches(&imports, file) || in_package(&packages, file);
    let current = |f: &Path| current(f).map(|text| without_added(&text, hunks, f));
    if let Some(said) = stale_docs(summary.swaps.iter().chain(&summary.loose).filter(|s| reached(&s.file)), &current) {
        return Verdict::StatedOld(said);
    }
    let touched = summary.rewritten.iter().chain(summary.swaps.iter().map(|s| &s.file));
    if let Some(said) = documents_old_text(touched.filter(|f| reached(f)), &current, new_value, old_value) {
        return Verdict::StatedOld(said);
    }
    if let Some(s) = summary.swaps.iter().find(|s| reached(&s.file) && agrees(s, new_value, old_value)) {
        return Verdict::Explained(format!(
            "{} changed from {} to {} in {}",
            "a literal",
            s.old,
            s.new,
            s.file.display()
        ));
    }
    if let Some(said) = announced(change, &reached) {
        return Verdict::Documented(said);
    }
    if let Some(format) = added_format(hunks.iter().filter(|h| reached(&h.file)), new_value, old_value) {
        return Verdict::Explained(format!("the new text is what the format {format} the change wrote renders"));
    }
    // An expression moved by one with nothing else explaining the value is the classic off-by-one, however
    // confidently a comment beside it describes it.
    if let Some((_, shift)) = summary.shifts.iter().find(|(f, _)| reached(f)) {
        return Verdict::Flipped(shift.clone());
    }
    // Documentation only added (a comment beside new code, a docstring of a new helper) is what a refactoring
    // that introduced a bug writes too; a revised description of existing behaviour is a statement of intent.
    // Even then it does not explain a value whose telling new words (a `4.90`) the old code already had: that is
    // a fee a refactor moved into a table under a reworded docstring, not a new fee (measured on blind traps).
    let novel = novel_words(new_value, old_value);
    let moved =
        |f: &Path| summary.removed_words.iter().any(|(file, gone)| file == f && novel.iter().any(|n| gone.contains(n)));
    // A description only extended ("Records a failed login." + what a new field means) documents an addition:
    // a value that gained parts (a key, items, text) and kept the rest, not one whose existing parts changed,
    // unless the words it gained say what the value now holds ("### Added" sections).
    let says_new =
        |f: &Path| summary.doc_words.iter().any(|(file, words)| file == f && novel.iter().any(|n| words.contains(n)));
    // ...and the words it gained describe a name the change declared (`remaining: failures left before a lock`
    // beside a new `const remaining`): an extension about a new part, not a reworded description of behaviour
    // ("..., lowercased", "..., ties by name").
    let about_new_name = |f: &Path| {
        let declared = summary.declared.iter().filter(|(file, _)| file == f).flat_map(|(_, w)| w);
        let gained: Vec<&String> =
            summary.doc_words.iter().filter(|(file, _)| file == f).flat_map(|(_, w)| w).collect();
        declared.into_iter().any(|d| d.chars().count() >= 4 && gained.contains(&d))
    };
    let extension_only = |f: &Path| {
        summary.extended.iter().any(|e| e == f) && about_new_name(f) && !only_adds(old_value, new_value) && !says_new(f)
    };
    if let Some(f) = summary.revised.iter().find(|f| summary.rewritten.contains(f) && reached(f) && !moved(f)) {
        // Unless the same file also swapped an operator or a dual function (`ceil` -> `floor`): a revised
        // docstring about something else (a parameter that now takes strings) does not make that swap meant.
        if summary.flipped.contains(f) {
            return Verdict::Flipped(summary.flips.first().cloned().unwrap_or_default());
        }
        if !extension_only(f) {
            return Verdict::Documented(format!("{} changed its code and its documentation together", f.display()));
        }
    }
    if summary.rewritten.iter().any(|f| reached(f)) || summary.swaps.iter().any(|s| agrees(s, new_value, old_value)) {
        return Verdict::Rewritten;
    }
    if let Some(flip) = summary.flips.first() {
        return Verdict::Flipped(flip.clone());
    }
    if summary.rewritten.is_empty() {
        Verdict::Unknown
    } else {
        Verdict::Rewritten
    }
}

/// The names a hunk's code lines declare: after `const`/`let`/`var`/`def`/`function`/`class`, and Python's
/// `name = ...` at the start of a line.
fn declared_names(lines: &[Vec<Token>]) -> Vec<String> {
    let mut out = Vec::new();
    for line in lines {
        for pair in line.windows(2) {
            if let [Token::Word(k), Token::Word(name)] = pair {
                if matches!(k.as_str(), "const" | "let" | "var" | "def" | "function" | "class") {
                    out.push(name.clone());
                }
            }
        }
        if let [Token::Word(name), Token::Op(eq), ..] = line.as_slice() {
            if eq == "=" {
                out.push(name.clone());
            }
        }
    }
    out
}

/// The tokens of the lines of every function `added` defines whose name `removed` did not define (its
/// signature and its body: the lines indented deeper than the signature after it).
fn new_function_lines(added: &[String], removed: &[String], python: bool) -> Vec<Vec<Token>> {
    let defined = |line: &str| {
        let tokens = tokenize(line.trim(), python);
        let name = tokens.windows(2).find_map(|w| match w {
            [Token::Word(k), Token::Word(name)] if matches!(k.as_str(), "def" | "function") => Some(name.clone()),
            [Token::Word(k), Token::Word(name)] if matches!(k.as_str(), "const" | "let") && line.contains("=>") => {
                Some(name.clone())
            }
            _ => None,
        });
        (name, tokens)
    };
    let old: Vec<String> = removed.iter().filter_map(|l| defined(l).0).collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut out = Vec::new();
    let mut body: Option<usize> = None;
    for line in added.iter().filter(|l| !l.trim().is_empty()) {
        if body.is_some_and(|k| indent(line) > k) {
            out.push(tokenize(line.trim(), python));
            continue;
        }
        body = None;
        if let (Some(name), tokens) = defined(line) {
            if !old.contains(&name) {
                body = Some(indent(line));
                out.push(tokens);
            }
        }
    }
    out
}

/// Whether `line` uses `name` as an object or dict field: `{ a, name }`, `name: x`, `"name": x`, `name=x`.
fn as_field(line: &str, name: &str) -> bool {
    let bytes = line.as_bytes();
    line.match_indices(name).any(|(i, _)| {
        let before = line[..i].trim_end_matches(['"', '\'']).trim_end();
        let after = line[i + name.len()..].trim_start_matches(['"', '\'']).trim_start();
        let whole = !line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_')
            && !bytes.get(i + name.len()).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
        let keyed = after.starts_with(':') || after.starts_with('=') && !after.starts_with("==");
        let shorthand =
            (before.ends_with('{') || before.ends_with(',')) && (after.starts_with('}') || after.starts_with(','));
        whole && (keyed || shorthand) && !before.ends_with("const") && !before.ends_with("let")
    })
}

/// Whether `new` is `old` with parts added and none changed: a dict with more keys, a list or tuple with more
/// items around the old ones in order, a string holding the old one.
fn only_adds(old: &Value, new: &Value) -> bool {
    match (old, new) {
        (Value::Map(o), Value::Map(n)) => {
            n.len() > o.len() && o.iter().all(|p| n.iter().any(|q| q.0 == p.0 && q.1 == p.1))
        }
        (Value::List(o), Value::List(n)) | (Value::Tuple(o), Value::Tuple(n)) => {
            let mut rest = n.iter();
            n.len() > o.len() && o.iter().all(|x| rest.any(|y| y == x))
        }
        (Value::Str(o), Value::Str(n)) => n.len() > o.len() && n.contains(o.as_str()),
        _ => false,
    }
}

/// What was written with the changes since the test, and whether they are committed yet.
#[derive(Debug, Default, Clone, Copy)]
pub struct Record<'a> {
    /// Commit messages and lines added to changelogs or other documentation files.
    pub notes: &'a [&'a str],
    /// Every change since the test is an uncommitted edit (none has been committed yet).
    pub uncommitted: bool,
    /// A note of each change since the test, when every one of them is described as changing no behaviour
    /// (see [`refactoring`]); one refactoring among other commits says nothing about the others.
    pub refactoring: Option<&'a str>,
}

/// The first no-behaviour-change claim ("simplify the calculation", "refactor", "no behaviour change") when each
/// change (`notes_by_change`, one list per commit or working tree) makes one.
pub fn refactoring<'n>(notes_by_change: &[Vec<&'n str>]) -> Option<&'n str> {
    let claims: Vec<Option<&str>> = notes_by_change
        .iter()
        .map(|notes| {
            // A claim about the whole change first ("tidied up" beside "other rates are unchanged").
            let whole = notes.iter().copied().find(|n| claims_whole_change(n));
            let claim = whole.or_else(|| notes.iter().copied().find(|n| claims_no_change(n)))?;
            // "EEA and international rates are unchanged." beside "domestic rate 1.5% from 1 March": what stayed
            // is said of some things, while the change is described as changing others.
            let scoped = !claims_whole_change(claim)
                && (of_the_rest(claim)
                    || notes.iter().any(|n| *n != claim && !claims_no_change(n) && describes_a_change(n)));
            (!scoped).then_some(claim)
        })
        .collect();
    if claims.is_empty() || claims.iter().any(Option::is_none) {
        return None;
    }
    claims.into_iter().flatten().next()
}

/// Weighs what the developer wrote about the change (`record`) against a [`judge`]d verdict:
/// - notes that describe the change as a refactoring ("simplify", "no behaviour change") and state none of the
///   new values say a changed value is the mistake ([`Verdict::StatedOld`]);
/// - notes that state the new value (or a literal's new value) document a rewrite ([`Verdict::Documented`]);
/// - a literal swap in an uncommitted edit with nothing written about it (no comment or docstring changed with
///   it, no changelog line) is work in progress: [`Verdict::Unrecorded`]. A mutation tool's `25 -> 26` and a
///   developer's `20 -> 21` cannot be told apart otherwise (scripts/mutants/RESULTS.md).
///
/// ```
/// use maestro_test_healer::context::Hunk;
/// use maestro_test_healer::strategies::assertion_update::evidence::{settle, Record, Verdict};
/// use maestro_test_healer::strategies::value::Value;
/// let hunk = Hunk { file: "fees.py".into(), removed: vec!["FEE = 25".into()], added: vec!["FEE = 30".into()] };
/// let (new, old) = (Value::parse("150").unwrap(), Value::parse("125").unwrap());
/// let explained = || Verdict::Explained("FEE changed".into());
/// let bare = Record { notes: &[], uncommitted: true, refactoring: None };
/// assert!(matches!(settle(explained(), &[&hunk], bare, (&new, &old)), Verdict::Unrecorded(_)));
/// let noted = Record { notes: &["Raise the late fee to 30 cents"], uncommitted: true, refactoring: None };
/// assert!(matches!(settle(explained(), &[&hunk], noted, (&new, &old)), Verdict::Explained(_)));
/// let message = "fees: simplify the calculation";
/// let refactor = Record { notes: &[message], uncommitted: false, refactoring: Some(message) };
/// assert!(matches!(settle(explained(), &[&hunk], refactor, (&new, &old)), Verdict::StatedOld(_)));
/// ```
pub fn settle(verdict: Verdict, hunks: &[&Hunk], record: Record, (new_value, old_value): (&Value, &Value)) -> Verdict {
    if matches!(verdict, Verdict::StatedOld(_) | Verdict::IgnoredInput(_) | Verdict::Flipped(_)) {
        return verdict;
    }
    let summary = summarize(hunks);
    let stated = notes_state(record.notes, &summary, new_value, old_value);
    if stated.is_none() {
        if let Some(line) = record.refactoring {
            return Verdict::StatedOld(format!(
                "the change is described as changing no behaviour ('{}'), yet the value changed",
                line.trim()
            ));
        }
    }
    match (verdict, stated) {
        (v @ (Verdict::Explained(_) | Verdict::Documented(_)), Some(_)) => v,
        (Verdict::Rewritten | Verdict::Unknown | Verdict::Unrecorded(_), Some(line)) => {
            Verdict::Documented(format!("the notes written with the change state the new value ('{line}')"))
        }
        (Verdict::Explained(how), None) if record.uncommitted && !documents(hunks, &summary) => Verdict::Unrecorded(
            format!("{how}, in an uncommitted edit that no comment, docstring or changelog line describes"),
        ),
        (v, _) => v,
    }
}

/// Words a developer uses for a change meant to keep behaviour as it was.
const NO_CHANGE: &[&str] = &[
    "refactor",
    "simplif",
    "clean up",
    "cleanup",
    "clean-up",
    "tidy",
    // "`line_vat` tidied up": the past tense does not contain "tidy".
    "tidied",
    "tidies",
    "no behaviour change",
    "no behavior change",
    "no functional change",
    "behaviour unchanged",
    "behavior unchanged",
    "without changing behavio",
    "reformat",
    "no behavioural change",
    "no behavioral change",
    "no output change",
    "no visible change",
    "no user-facing change",
    "no change to any",
    "no changes to any",
    "no change in behavio",
    "no change to behavio",
    "behaviour is unchanged",
    "behavior is unchanged",
    "output is unchanged",
    "output unchanged",
    "purely internal",
    // "Amounts are unchanged.", "results stay the same": the change claims what it produces did not move.
    "are unchanged",
    "stay the same",
    "stays the same",
    "no change in output",
];

fn claims_no_change(note: &str) -> bool {
    let lower = note.to_lowercase();
    NO_CHANGE.iter().any(|w| lower.contains(w))
}

/// Claims that say what stayed of some things ("rates are unchanged", "results stay the same") rather than of the
/// whole change: the last entries of [`NO_CHANGE`].
const SCOPED_CLAIMS: &[&str] = &["are unchanged", "stay the same", "stays the same"];

fn claims_whole_change(note: &str) -> bool {
    let lower = note.to_lowercase();
    NO_CHANGE.iter().filter(|w| !SCOPED_CLAIMS.contains(w)).any(|w| lower.contains(w))
}

/// A claim of what stayed that is said of the rest ("Other public fields are unchanged."): it implies a change
/// elsewhere, so it is never a claim about the whole change.
fn of_the_rest(note: &str) -> bool {
    words_of(note).iter().any(|w| matches!(w.as_str(), "other" | "others" | "rest" | "remaining"))
}

/// A note that says something changed: a percentage, or a word of change ("from 1 March", "raise", "now").
fn describes_a_change(note: &str) -> bool {
    const CHANGE: &[&str] = &["from", "now", "raise", "lower", "increase", "decrease", "instead", "->", "→", "new"];
    note.contains('%') || words_of(note).iter().any(|w| CHANGE.contains(&w.as_str()))
}

/// The first note that states the new value: one of its telling new words or numbers, or the new text of a
/// literal the change swapped.
fn notes_state<'n>(notes: &[&'n str], summary: &Summary, new_value: &Value, old_value: &Value) -> Option<&'n str> {
    // Words any message may hold say nothing: short ones, and the changed files' names (`fees: update`).
    let stems: Vec<String> = summary
        .removed_words
        .iter()
        .filter_map(|(f, _)| f.file_stem().and_then(|s| s.to_str()).map(str::to_lowercase))
        .collect();
    let novel: Vec<String> = novel_words(new_value, old_value)
        .into_iter()
        .filter(|w| (number_of(w).is_some() || w.chars().count() >= 4) && !stems.contains(w))
        .collect();
    notes.iter().copied().find(|note| {
        let words = words_of(note);
        let lower = note.to_lowercase();
        novel.iter().any(|n| words.contains(n))
            || summary.swaps.iter().chain(&summary.loose).any(|s| match (number_of(&s.new), string_body(&s.new)) {
                (Some(x), _) => states_number(&words, x).is_some(),
                (None, Some(text)) => text.trim().chars().count() >= 3 && lower.contains(&text.trim().to_lowercase()),
                _ => false,
            })
    })
}

/// Whether the change wrote any documentation of itself: a docstring or JSDoc revised, or a comment added or
/// reworded (a comment a changed line merely kept does not count).
fn documents(hunks: &[&Hunk], summary: &Summary) -> bool {
    !summary.revised.is_empty()
        || hunks.iter().any(|h| {
            let python = h.file.extension().is_some_and(|e| e == "py" || e == "pyi");
            let kept: Vec<String> = h.removed.iter().filter_map(|l| comment_of(l, python)).collect();
            h.added.iter().filter_map(|l| comment_of(l, python)).any(|c| !kept.contains(&c))
        })
}

/// The comment or documentation text of a line (`# ...`, `// ...`, `/* ... */`, `* ...`, a docstring line),
/// strings skipped.
fn comment_of(line: &str, python: bool) -> Option<String> {
    let t = line.trim();
    if ["/*", "*", "\"\"\"", "'''"].iter().any(|p| t.starts_with(p)) {
        return Some(t.to_string()).filter(|c| c.chars().any(char::is_alphanumeric));
    }
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' | b'\'' | b'`' => i = string_end(b, i),
            b'#' if python => return Some(t[i..].to_string()),
            b'/' if !python && matches!(b.get(i + 1), Some(b'/' | b'*')) => return Some(t[i..].to_string()),
            _ => i += 1,
        }
    }
    None
}

/// The text substitutions the change made in code the test imports: each changed string literal's old and new
/// text (`"user.login"` -> `"auth.login"`), each changed number's (`8` -> `12`, `25n` -> `30n`), for rewriting
/// expected text that quotes them (`toThrow('at least 8 characters')`). Format strings, emptied strings and
/// numbers the file's own documentation still states the old way are left out.
pub fn substitutions(
    test: &SourceFile,
    hunks: &[&Hunk],
    change: &ChangeSet,
    current: &dyn Fn(&Path) -> Option<String>,
) -> Vec<(String, String)> {
    let summary = summarize_with(hunks, change, &[]);
    let imports = reached_segments(test, current);
    let packages = imported_modules(test);
    let mut out = Vec::new();
    for swap in &summary.swaps {
        if !(reaches(&imports, &swap.file) || in_package(&packages, &swap.file)) {
            continue;
        }
        let current = |f: &Path| current(f).map(|text| without_added(&text, hunks, f));
        if stale_docs(std::iter::once(swap), &current).is_some() {
            continue;
        }
        let pair = match (number_of(&swap.old), number_of(&swap.new)) {
            (Some(_), Some(_)) => {
                let plain = |t: &str| t.trim_end_matches('n').replace('_', "");
                let (old, new) = (plain(&swap.old), plain(&swap.new));
                (!old.contains(['"', '\'', '`']) && !new.contains(['"', '\'', '`'])).then_some((old, new))
            }
            _ => match (string_body(&swap.old), string_body(&swap.new)) {
                (Some(old), Some(new)) if !old.trim().is_empty() && !new.trim().is_empty() => {
                    (pieces(&old) == [old.clone()] && pieces(&new) == [new.clone()]).then_some((old, new))
                }
                _ => None,
            },
        };
        if let Some(pair) = pair.filter(|(o, n)| o != n && !out.contains(&(o.clone(), n.clone()))) {
            out.push(pair);
        }
    }
    out
}

/// A constant the test reaches whose change a commit message of the change names ("Change `RATE` from 0.20 to
/// 0.18"): the developer said the new value is the point of the commit, as a revised docstring would. A slip
/// rides along in a commit about something else, so its message does not name the constant.
fn announced(change: &ChangeSet, reached: &dyn Fn(&Path) -> bool) -> Option<String> {
    change.deltas.iter().find_map(|d| {
        let Delta::ConstantChanged { constant, old, new } = d else { return None };
        if !reached(&constant.file) {
            return None;
        }
        let message = change.messages.iter().find(|m| names_word(m, &constant.name))?;
        let subject = message.lines().next().unwrap_or_default();
        Some(format!(
            "`{}` changed from {old} to {new} in {}, and the commit message says so: \"{subject}\"",
            constant.name,
            constant.file.display()
        ))
    })
}

/// `word` occurs in `text` as a whole identifier (`RATE` in "Raise `RATE`", not in "RATES" or "FLAT_RATE").
fn names_word(text: &str, word: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    !word.is_empty()
        && text.match_indices(word).any(|(i, _)| {
            !text[..i].chars().next_back().is_some_and(ident)
                && !text[i + word.len()..].chars().next().is_some_and(ident)
        })
}

/// A parameter the change removed from a function the failing test calls with at least that many arguments.
fn ignored_input(test: &SourceFile, test_node: Option<Node>, change: &ChangeSet) -> Option<String> {
    let node = test_node?;
    let text = test.node_text(node);
    change.deltas.iter().find_map(|d| match d {
        Delta::ParamRemoved { function, name, .. } if text.contains(&format!("{}(", function.name)) => Some(format!(
            "the change removed parameter `{name}` of `{}`, which this test still passes",
            function.qualified()
        )),
        _ => None,
    })
}

/// The literals the hunks swapped in place (`f"{m / 60:.2f} h"` -> `f"{h}h {m:02d}m"` on an edited line), as
/// (file, old source text, new source text).
pub(super) fn literal_swaps(hunks: &[&Hunk]) -> Vec<(PathBuf, String, String)> {
    summarize(hunks).swaps.into_iter().map(|s| (s.file, s.old, s.new)).collect()
}

fn summarize(hunks: &[&Hunk]) -> Summary {
    summarize_docs(hunks, &[])
}

/// Five words in a row with nothing between them: a sentence, not code.
fn prose(tokens: &[Token]) -> bool {
    tokens.windows(5).any(|w| w.iter().all(|t| matches!(t, Token::Word(_))))
}

/// [`summarize`], knowing which lines of each file are inside its documentation now (`doc_lines`): an added
/// line found there is documentation, and so is a removed sentence in a hunk that added some.
fn summarize_docs(hunks: &[&Hunk], doc_lines: &[(PathBuf, Vec<String>)]) -> Summary {
    let mut s = Summary::default();
    for hunk in hunks {
        let python = hunk.file.extension().is_some_and(|e| e == "py" || e == "pyi");
        let docs_now: &[String] = doc_lines.iter().find(|(f, _)| f == &hunk.file).map_or(&[], |(_, d)| d);
        let in_docs = |t: &str| docs_now.iter().any(|d| d == t);
        let doc_added = hunk.added.iter().any(|l| {
            let t = l.trim();
            !t.is_empty() && in_docs(t) && prose(&tokenize(t, python))
        });
        let split = |lines: &[String]| -> (Vec<Vec<Token>>, Vec<String>) {
            let mut doc = Vec::new();
            let mut code = Vec::new();
            for line in lines {
                let t = line.trim();
                if t.is_empty() {
                    continue;
                }
                let tokens = tokenize(t, python);
                // Comments say how the code works; only docstrings and JSDoc say what it promises callers.
                let comment = t.starts_with('#') || t.starts_with("//");
                let is_doc = (tokens.is_empty() && !comment)
                    || in_docs(t)
                    || (doc_added && !in_docs(t) && prose(&tokens) && !t.contains('='))
                    || t.starts_with("/*")
                    || t.starts_with('*')
                    || t.starts_with("\"\"\"")
                    || t.starts_with("'''")
                    || matches!(tokens.as_slice(), [Token::Lit(l)] if l.starts_with('"') || l.starts_with('\''));
                if is_doc {
                    doc.extend(words_of(t));
                }
                if !is_doc && !comment {
                    code.push(tokens);
                }
            }
            (code, doc)
        };
        let (removed, doc_removed) = split(&hunk.removed);
        let (added, doc_added) = split(&hunk.added);
        // A description kept word for word with more appended ("Records a failed login." + what a new field
        // means) documents the addition: what it said of the existing behaviour still stands.
        if !doc_removed.is_empty() && !doc_added.is_empty() {
            if !s.revised.contains(&hunk.file) {
                s.revised.push(hunk.file.clone());
                s.extended.push(hunk.file.clone());
            }
            if !doc_removed.iter().all(|w| doc_added.contains(w)) {
                s.extended.retain(|f| f != &hunk.file);
            }
        }
        let fresh: Vec<String> = doc_added.iter().filter(|w| !doc_removed.contains(w)).cloned().collect();
        if !fresh.is_empty() {
            s.doc_words.push((hunk.file.clone(), fresh));
        }
        // Names the change declared and put in a result as a new field (`return { locked, remaining }`).
        let declared: Vec<String> = declared_names(&added)
            .into_iter()
            .filter(|n| !declared_names(&removed).contains(n) && hunk.added.iter().any(|l| as_field(l, n)))
            .flat_map(|n| words_of(&n))
            .collect();
        if !declared.is_empty() {
            s.declared.push((hunk.file.clone(), declared));
        }
        let ones = |lines: &[Vec<Token>]| lines.iter().map(|l| off_by_ones(l)).sum::<usize>();
        // A function the hunk defines anew computes with `width - 1` as it likes: no bound there moved.
        let fresh = new_function_lines(&hunk.added, &hunk.removed, python);
        let edited: Vec<Vec<Token>> = added.iter().filter(|l| !fresh.contains(l)).cloned().collect();
        if ones(&edited) > ones(&removed) {
            s.shifts.push((hunk.file.clone(), "an added `+ 1`/`- 1` (a boundary moved by one)".into()));
        }
        loose_swaps(&hunk.file, &removed, &added, &mut s.loose);
        let mut used = vec![false; added.len()];
        let mut rewritten = false;
        for r in &removed {
            let pair = added.iter().enumerate().find(|(i, a)| !used[*i] && pairs_with(r, a));
            let Some((i, a)) = pair else {
                rewritten = true;
                continue;
            };
            used[i] = true;
            classify_pair(&hunk.file, r, a, &mut s, &mut rewritten);
        }
        if used.iter().any(|u| !u) {
            rewritten = true;
        }
        if rewritten && !s.rewritten.contains(&hunk.file) {
            s.rewritten.push(hunk.file.clone());
        }
        // Per file, not per hunk: git puts a value moved to the top of the module in another hunk.
        let removed = hunk.removed.iter().flat_map(|l| words_of(l));
        match s.removed_words.iter_mut().find(|(f, _)| f == &hunk.file) {
            Some((_, gone)) => gone.extend(removed),
            None => s.removed_words.push((hunk.file.clone(), removed.collect())),
        }
    }
    s
}

/// The words of `new` that `old` lacks and that could only come from a change that meant them: numbers other
/// than single digits (a `1` or `2` turns up in any diff), and words of three letters or more.
fn novel_words(new: &Value, old: &Value) -> Vec<String> {
    fn words(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Number(n) => out.push(n.trim_start_matches('-').to_lowercase()),
            Value::Str(s) => out.extend(words_of(s)),
            Value::List(items) | Value::Tuple(items) | Value::Ctor { args: items, .. } => {
                items.iter().for_each(|i| words(i, out))
            }
            Value::Map(entries) => entries.iter().for_each(|(k, v)| {
                words(k, out);
                words(v, out);
            }),
            _ => {}
        }
    }
    let (mut new_words, mut old_words) = (Vec::new(), Vec::new());
    words(new, &mut new_words);
    words(old, &mut old_words);
    let telling = |w: &String| match number_of(w) {
        Some(x) => x.fract() != 0.0 || x.abs() >= 10.0,
        None => w.chars().count() >= 3,
    };
    new_words.into_iter().filter(|w| !old_words.contains(w) && telling(w)).collect()
}

/// Two lines are the same line edited when they have as many tokens and most of them agree.
fn pairs_with(a: &[Token], b: &[Token]) -> bool {
    a.len() == b.len() && {
        let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
        same * 2 >= a.len()
    }
}

fn classify_pair(file: &Path, r: &[Token], a: &[Token], s: &mut Summary, rewritten: &mut bool) {
    let diffs: Vec<usize> = (0..r.len()).filter(|&i| r[i] != a[i]).collect();
    if diffs.is_empty() {
        return;
    }
    let is_cmp = |t: &Token| matches!(t, Token::Op(o) if COMPARISONS.contains(&o.as_str()));
    // Any operator or logical keyword swapped for another (`//` -> `/`, `+` -> `-`, `and` -> `or`,
    // `True` -> `False`): the same values combined differently, which explains no particular new value.
    let is_op = |t: &Token| match t {
        Token::Op(o) => !matches!(o.as_str(), "(" | ")" | "[" | "]" | "{" | "}" | "," | ";" | ":" | "."),
        Token::Word(w) => FLIP_WORDS.contains(&w.as_str()),
        Token::Lit(_) => false,
    };
    let is_dual = |x: &Token, y: &Token| matches!((x, y), (Token::Word(x), Token::Word(y)) if dual(x, y));
    if diffs
        .iter()
        .all(|&i| (is_cmp(&r[i]) && is_cmp(&a[i])) || (is_op(&r[i]) && is_op(&a[i])) || is_dual(&r[i], &a[i]))
    {
        s.flips.push(format!("`{}` became `{}`", r[diffs[0]].text(), a[diffs[0]].text()));
        if !s.flipped.contains(&file.to_path_buf()) {
            s.flipped.push(file.to_path_buf());
        }
        return;
    }
    if diffs.iter().all(|&i| matches!((&r[i], &a[i]), (Token::Lit(_), Token::Lit(_)))) {
        for &i in &diffs {
            // A number compared with something is a boundary: moving it explains no value by itself.
            let beside_cmp = (i > 0 && is_cmp(&a[i - 1])) || a.get(i + 1).is_some_and(is_cmp);
            // So is a slice bound (`digits[-4:]` -> `digits[-5:]`): it moves where the cut falls.
            if (beside_cmp || in_slice(a, i)) && is_number(a[i].text()) {
                s.flips.push(format!("the boundary {} became {}", r[i].text(), a[i].text()));
                if let (Some(o), Some(n)) = (number_of(r[i].text()), number_of(a[i].text())) {
                    s.bounds.push((o, n));
                }
            } else {
                s.swaps.push(LiteralSwap {
                    file: file.to_path_buf(),
                    old: r[i].text().into(),
                    new: a[i].text().into(),
                });
            }
        }
        return;
    }
    *rewritten = true;
}

/// Whether token `i` is a bound of a slice: inside `[...]` (the innermost open bracket) that holds a `:` at
/// its own level (`xs[1:]`, `s[-4:]`, `key[4:8]`). A dict's `"a": 1` is inside `{`, a call's inside `(`.
fn in_slice(line: &[Token], i: usize) -> bool {
    let op = |t: &Token, o: &str| matches!(t, Token::Op(x) if x == o);
    let mut depth = 0usize;
    let mut open = None;
    for j in (0..i).rev() {
        if [")", "]", "}"].iter().any(|c| op(&line[j], c)) {
            depth += 1;
        } else if ["(", "[", "{"].iter().any(|c| op(&line[j], c)) {
            if depth == 0 {
                open = Some(j);
                break;
            }
            depth -= 1;
        }
    }
    let Some(open) = open.filter(|&j| op(&line[j], "[")) else { return false };
    let mut depth = 0usize;
    for t in &line[open + 1..] {
        if ["(", "[", "{"].iter().any(|c| op(t, c)) {
            depth += 1;
        } else if [")", "]", "}"].iter().any(|c| op(t, c)) {
            if depth == 0 {
                return false;
            }
            depth -= 1;
        } else if depth == 0 && op(t, ":") {
            return true;
        }
    }
    false
}

/// Functions that come in opposite pairs or families: swapping one for another (`Math.ceil` -> `Math.floor`,
/// `min` -> `max`, `startswith` -> `endswith`) combines the same values differently, like an operator flip; the
/// method swaps mutation tools make for the same reason.
const DUALS: &[&[&str]] = &[
    &["ceil", "floor", "round", "trunc"],
    &["min", "max"],
    &["startswith", "endswith"],
    &["startsWith", "endsWith"],
    &["lstrip", "rstrip"],
    &["trimStart", "trimEnd"],
    &["ljust", "rjust"],
    &["padStart", "padEnd"],
    &["upper", "lower"],
    &["toUpperCase", "toLowerCase"],
    &["any", "all"],
    &["some", "every"],
];

/// Whether two words are members of one [`DUALS`] family.
fn dual(a: &str, b: &str) -> bool {
    a != b && DUALS.iter().any(|family| family.contains(&a) && family.contains(&b))
}

const COMPARISONS: &[&str] = &["<", "<=", ">", ">=", "==", "!=", "===", "!==", "is", "in"];
const FLIP_WORDS: &[&str] = &[
    "and",
    "or",
    "not",
    "is",
    "in",
    "True",
    "False",
    "true",
    "false",
    "None",
    "null",
    "undefined",
    "break",
    "continue",
];

/// How many `+ 1` / `- 1` a line's code holds (`n + 1`, `size - 1`, `i += 1` is not one: it counts, not shifts).
/// A sign with no operand before it is no shift either: `plan[-1]` is the last item, `(-1, 1)` a literal.
fn off_by_ones(line: &[Token]) -> usize {
    // A number before the sign is arithmetic on constants or a name like `ISO 3166-1`, not a bound moved.
    let operand = |t: &Token| match t {
        Token::Lit(l) => number_of(l).is_none(),
        Token::Word(_) => true,
        Token::Op(o) => o == ")" || o == "]",
    };
    (0..line.len().saturating_sub(1))
        .filter(|&i| {
            matches!(&line[i], Token::Op(o) if o == "+" || o == "-")
                && matches!(&line[i + 1], Token::Lit(l) if l == "1")
                && i.checked_sub(1).is_some_and(|p| operand(&line[p]) && !(o_is(&line[i], "-") && last_index(line, p)))
        })
        .count()
}

fn o_is(t: &Token, op: &str) -> bool {
    matches!(t, Token::Op(o) if o == op)
}

/// Whether the operand ending at `p` is a length (`xs.length`, `len(xs)`, `items.size`; a variable named
/// `size` is not): `length - 1` is the
/// last index, an idiom of new code rather than a bound moved.
fn last_index(line: &[Token], p: usize) -> bool {
    match &line[p] {
        Token::Word(w) => {
            matches!(w.as_str(), "length" | "size") && p.checked_sub(1).is_some_and(|d| o_is(&line[d], "."))
        }
        Token::Op(o) if o == ")" => {
            let mut depth = 0usize;
            for q in (0..=p).rev() {
                match line[q].text() {
                    ")" => depth += 1,
                    "(" => {
                        depth -= 1;
                        if depth == 0 {
                            return q.checked_sub(1).is_some_and(|w| matches!(&line[w], Token::Word(n) if n == "len"));
                        }
                    }
                    _ => {}
                }
            }
            false
        }
        _ => false,
    }
}

/// Numbers that left a hunk's code and numbers that arrived, when exactly one of each: `Decimal("0.07")` in
/// a removed conditional, `"reduced": Decimal("0.7")` in an added table.
fn loose_swaps(file: &Path, removed: &[Vec<Token>], added: &[Vec<Token>], out: &mut Vec<LiteralSwap>) {
    let numbers = |lines: &[Vec<Token>]| -> Vec<(f64, String)> {
        lines
            .iter()
            .flatten()
            .filter_map(|t| match t {
                Token::Lit(l) => number_of(l).map(|n| (n, l.clone())),
                _ => None,
            })
            .collect()
    };
    let (gone, came) = (numbers(removed), numbers(added));
    let only = |xs: &[(f64, String)], ys: &[(f64, String)]| -> Vec<(f64, String)> {
        let mut left: Vec<(f64, String)> = ys.to_vec();
        let mut out = Vec::new();
        for x in xs {
            match left.iter().position(|y| y.0 == x.0) {
                Some(i) => {
                    left.swap_remove(i);
                }
                None => out.push(x.clone()),
            }
        }
        out
    };
    if let ([(_, old)], [(_, new)]) = (only(&gone, &came).as_slice(), only(&came, &gone).as_slice()) {
        let swap = LiteralSwap { file: file.to_path_buf(), old: old.clone(), new: new.clone() };
        if !out.contains(&swap) {
            out.push(swap);
        }
    }
}

/// A changed number whose file still documents the number it replaced (and not the new one), while the old
/// number is gone from the file's code: the documentation says what the code should do.
fn stale_docs<'s>(
    swaps: impl Iterator<Item = &'s LiteralSwap>,
    current: &dyn Fn(&Path) -> Option<String>,
) -> Option<String> {
    for swap in swaps {
        let (Some(old), Some(new)) = (number_of(&swap.old), number_of(&swap.new)) else { continue };
        if old == new {
            continue;
        }
        let Some(text) = current(&swap.file) else { continue };
        let python = swap.file.extension().is_some_and(|e| e == "py" || e == "pyi");
        let (docs, code) = split_docs(&text, python);
        let still_in_code = code.iter().flatten().any(|t| matches!(t, Token::Lit(l) if number_of(l) == Some(old)));
        if still_in_code {
            continue;
        }
        let words = words_of(&docs);
        if states_number(&words, new).is_some() {
            continue;
        }
        if let Some(said) = states_number(&words, old) {
            return Some(format!(
                "the documentation of {} still says {said}, the value the change replaced with {}",
                swap.file.display(),
                swap.new
            ));
        }
    }
    None
}

/// A changed file whose documentation (a doctest, a JSDoc example, a docstring) still shows the text the test
/// expects, quoted whole, and not the text the code now returns: `>>> format_duration(3900)` / `'1h 05m'` above
/// a rewrite that prints `1h 5m` says the rewrite lost a behaviour its author still documents.
fn documents_old_text<'p>(
    files: impl Iterator<Item = &'p std::path::PathBuf>,
    current: &dyn Fn(&Path) -> Option<String>,
    new_value: &Value,
    old_value: &Value,
) -> Option<String> {
    let (Value::Str(old), Value::Str(new)) = (old_value, new_value) else { return None };
    // Short or wordless strings ("", "ok", "-") turn up in any documentation by chance.
    if old.trim().chars().count() < 4 || old == new || !old.chars().any(|c| c.is_alphanumeric()) {
        return None;
    }
    let quoted = |docs: &str, s: &str| ['\'', '"', '`'].iter().any(|q| docs.contains(&format!("{q}{s}{q}")));
    let mut seen: Vec<&std::path::PathBuf> = Vec::new();
    for file in files {
        if seen.contains(&file) {
            continue;
        }
        seen.push(file);
        let Some(text) = current(file) else { continue };
        let python = file.extension().is_some_and(|e| e == "py" || e == "pyi");
        let (docs, _) = split_docs(&text, python);
        if quoted(&docs, old) && !quoted(&docs, new) {
            return Some(format!(
                "the documentation of {} still shows {old:?}, the value this test expects, not {new:?}",
                file.display()
            ));
        }
    }
    None
}

/// `text` without the lines the change added to `file`: a comment the change wrote ("lowered it from 1.5")
/// describes the change, it is not documentation the change forgot to update.
fn without_added(text: &str, hunks: &[&Hunk], file: &Path) -> String {
    let added: Vec<&str> =
        hunks.iter().filter(|h| h.file == file).flat_map(|h| h.added.iter().map(|l| l.trim())).collect();
    text.lines().filter(|l| !added.contains(&l.trim())).collect::<Vec<_>>().join("\n")
}

/// A file's documentation (comments, docstrings, JSDoc) and the tokens of its code lines.
fn split_docs(text: &str, python: bool) -> (String, Vec<Vec<Token>>) {
    let mut docs = String::new();
    let mut code = Vec::new();
    let mut in_doc: Option<&str> = None;
    for line in text.lines() {
        let t = line.trim();
        if let Some(end) = in_doc {
            docs.push_str(t);
            docs.push('\n');
            if t.contains(end) {
                in_doc = None;
            }
            continue;
        }
        for (open, close) in [("\"\"\"", "\"\"\""), ("'''", "'''"), ("/*", "*/")] {
            if t.starts_with(open) && !t[open.len()..].contains(close) {
                in_doc = Some(close);
            }
        }
        let tokens = tokenize(t, python);
        let comment = if python { t.find('#') } else { t.find("//") };
        if let Some(at) = comment {
            docs.push_str(&t[at..]);
            docs.push('\n');
        }
        let whole_doc = in_doc.is_some()
            || t.starts_with('*')
            || t.starts_with("/*")
            || matches!(tokens.as_slice(), [Token::Lit(l)] if l.starts_with("\"\"\"") || l.starts_with("'''"));
        if whole_doc {
            docs.push_str(t);
            docs.push('\n');
        } else {
            code.push(tokens);
        }
    }
    (docs, code)
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Lit(String),
    Word(String),
    Op(String),
}

impl Token {
    fn text(&self) -> &str {
        match self {
            Token::Lit(s) | Token::Word(s) | Token::Op(s) => s,
        }
    }
}

fn is_number(s: &str) -> bool {
    number_of(s).is_some()
}

/// The number a literal holds: `0.05`, `1_000`, `"0.050"` (a string holding a number, as `Decimal("0.050")`).
fn number_of(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c| c == '"' || c == '\'' || c == '`').replace('_', "");
    let t = t.trim_end_matches('n');
    if t.is_empty() || !t.bytes().next().is_some_and(|b| b.is_ascii_digit() || b == b'.' || b == b'-') {
        return None;
    }
    t.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// A line's tokens without comments: literals (numbers, strings with their quotes and prefixes), words, operators.
fn tokenize(line: &str, python: bool) -> Vec<Token> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if (python && c == b'#') || (!python && line[i..].starts_with("//")) {
            break;
        } else if c == b'"' || c == b'\'' || c == b'`' {
            let end = string_end(b, i);
            out.push(Token::Lit(line[i..end].to_string()));
            i = end;
        } else if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                i += 1;
            }
            out.push(Token::Lit(line[start..i].to_string()));
        } else if c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80 {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$' || b[i] >= 0x80) {
                i += 1;
            }
            let word = &line[start..i];
            // String prefixes: f"..", rb'..'
            let prefix = word.len() <= 2 && word.chars().all(|c| "fFrRbBuU".contains(c));
            if python && prefix && matches!(b.get(i), Some(b'"' | b'\'')) {
                let end = string_end(b, i);
                out.push(Token::Lit(line[start..end].to_string()));
                i = end;
            } else {
                out.push(Token::Word(word.to_string()));
            }
        } else {
            let three = line.get(i..i + 3).unwrap_or("");
            let two = line.get(i..i + 2).unwrap_or("");
            let op = if ["===", "!=="].contains(&three) {
                three
            } else if ["<=", ">=", "==", "!=", "=>", "**", "//", "&&", "||", "??", "+=", "-="].contains(&two) {
                two
            } else {
                line.get(i..i + 1).unwrap_or("")
            };
            i += op.len().max(1);
            out.push(Token::Op(op.to_string()));
        }
    }
    out
}

/// The index just past the string starting at `start` (its quote), or the line's end when it is not closed.
fn string_end(b: &[u8], start: usize) -> usize {
    let q = b[start];
    let triple = b.get(start..start + 3).is_some_and(|s| s == [q, q, q]);
    let mut i = start + if triple { 3 } else { 1 };
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == q && (!triple || b.get(i..i + 3).is_some_and(|s| s == [q, q, q])) {
            return (i + if triple { 3 } else { 1 }).min(b.len());
        }
        i += 1;
    }
    b.len()
}

/// Whether a changed literal agrees with the new value: a number for a value whose numbers changed, the
/// changed text substituted into the old value (`'priority:high'` -> `'priority/high'` for `":"` -> `"/"`), the
/// new pieces of a changed format string inside the new string. A string emptied or filled from nothing is a
/// deletion or an insertion, not a reason for any particular value.
/// A date format swapped (`"%d/%m/%Y"` -> `"%Y-%m-%d"`): every date the old format wrote in the old value,
/// written again with the same field values in the new format, gives a text of the new value.
fn strftime_swap(old: &str, new: &str, old_value: &Value, texts: &[String]) -> bool {
    let directives = |f: &str| -> Vec<char> {
        let mut out: Vec<char> = f.match_indices('%').filter_map(|(i, _)| f[i + 1..].chars().next()).collect();
        out.retain(|c| c.is_ascii_alphabetic());
        out.sort_unstable();
        out
    };
    let (was, now) = (directives(old), directives(new));
    if was.len() < 2 || was != now || old == new {
        return false;
    }
    // The old format as a pattern: each directive one run of word characters, in order.
    let mut pattern = String::new();
    let mut order = Vec::new();
    let mut chars = old.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            match chars.next() {
                Some(d) if d.is_ascii_alphabetic() => {
                    pattern.push_str(r"(\w+)");
                    order.push(d);
                }
                Some(d) => pattern.push_str(&regex::escape(&d.to_string())),
                None => return false,
            }
        } else {
            pattern.push_str(&regex::escape(&c.to_string()));
        }
    }
    let Ok(re) = regex::Regex::new(&pattern) else { return false };
    let mut before = Vec::new();
    strings_in(old_value, &mut before);
    before.iter().any(|b| {
        let mut seen = false;
        let rewritten = re.replace_all(b, |caps: &regex::Captures| {
            seen = true;
            let mut out = String::new();
            let mut it = new.chars();
            while let Some(c) = it.next() {
                match (c, it.clone().next()) {
                    ('%', Some(d)) if d.is_ascii_alphabetic() => {
                        it.next();
                        let at = order.iter().position(|o| *o == d);
                        out.push_str(at.and_then(|i| caps.get(i + 1)).map_or("", |m| m.as_str()));
                    }
                    _ => out.push(c),
                }
            }
            out
        });
        let ok = seen && texts.iter().any(|t| *t == rewritten);
        ok
    })
}

fn agrees(swap: &LiteralSwap, new_value: &Value, old_value: &Value) -> bool {
    if number_of(&swap.new).is_some() && number_of(&swap.old).is_some() {
        let (mut was, mut now) = (Vec::new(), Vec::new());
        numbers_in(old_value, &mut was);
        numbers_in(new_value, &mut now);
        was.sort_by(f64::total_cmp);
        now.sort_by(f64::total_cmp);
        return !now.is_empty() && was != now;
    }
    let (Some(old), Some(new)) = (string_body(&swap.old), string_body(&swap.new)) else { return false };
    if old.is_empty() || new.is_empty() {
        return false;
    }
    let mut texts = Vec::new();
    strings_in(new_value, &mut texts);
    if texts.is_empty() {
        return false;
    }
    if strftime_swap(&old, &new, old_value, &texts) {
        return true;
    }
    let old_pieces = pieces(&old);
    if old_pieces == [old.clone()] && pieces(&new) == [new.clone()] {
        // A plain text swap: the old value held the old text where the new value holds the new one.
        let mut before = Vec::new();
        strings_in(old_value, &mut before);
        return before.iter().any(|b| b.contains(old.as_str()) && texts.contains(&b.replace(old.as_str(), &new)));
    }
    let fresh: Vec<String> =
        pieces(&new).into_iter().filter(|p| !old_pieces.contains(p) && !p.trim().is_empty()).collect();
    if fresh.is_empty() {
        // Placeholders moved (a reordered output) or computed differently (`${id}` -> `${String(id).padStart(6,
        // '0')}`): any string agrees. Only a literal swapped inside a placeholder (`{'Balance':<12}` ->
        // `{'XXBalanceXX':<12}`) must itself explain the text.
        let (was, now) = (placeholders(&old), placeholders(&new));
        if was.len() != now.len() {
            return true;
        }
        let mut inner = Vec::new();
        for (w, n) in was.iter().zip(&now) {
            let (a, b) = (tokenize(w, false), tokenize(n, false));
            if a.len() != b.len() {
                return true;
            }
            for (x, y) in a.iter().zip(&b) {
                match (x, y) {
                    _ if x == y => {}
                    (Token::Lit(o), Token::Lit(n)) => {
                        inner.push(LiteralSwap { file: swap.file.clone(), old: o.clone(), new: n.clone() })
                    }
                    _ => return true,
                }
            }
        }
        return inner.is_empty() || inner.iter().all(|s| agrees(s, new_value, old_value));
    }
    fresh.iter().all(|p| texts.iter().any(|t| t.contains(p.as_str())))
}

/// A format string the change wrote (not one it kept) that renders the new text and not the old one: messages
/// rebuilt through a new helper (`fail(key, what, value)` with `` `${key}: expected ${what}, got ${value}` ``)
/// pair no old literal with a new one, yet the new text is exactly what the new format produces. The format
/// needs some static text of its own (a bare `` `${a}${b}` `` renders anything).
fn added_format<'h>(hunks: impl Iterator<Item = &'h &'h Hunk>, new_value: &Value, old_value: &Value) -> Option<String> {
    let (Value::Str(now), Value::Str(was)) = (new_value, old_value) else { return None };
    for hunk in hunks {
        for (lit, template) in added_formats(hunk) {
            if template.fixed_len() >= 8 && template.matches(now).is_some() && template.matches(was).is_none() {
                return Some(lit);
            }
        }
    }
    None
}

/// The format strings a hunk's added lines hold that its removed lines did not (source text and template);
/// literals without a hole are no formats.
pub(super) fn added_formats(hunk: &Hunk) -> Vec<(String, super::template::Template)> {
    let python = crate::lang::Language::from_path(&hunk.file).is_some_and(crate::lang::Language::is_python);
    let literals = |lines: &[String]| -> Vec<String> {
        lines
            .iter()
            .flat_map(|l| tokenize(l, python))
            .filter_map(|t| match t {
                Token::Lit(l) if number_of(&l).is_none() => Some(l),
                _ => None,
            })
            .collect()
    };
    let kept = literals(&hunk.removed);
    literals(&hunk.added)
        .into_iter()
        .filter(|l| !kept.contains(l))
        .filter_map(|l| super::template::Template::parse(&l, python).filter(|t| t.text().is_none()).map(|t| (l, t)))
        .collect()
}

/// The `{...}` / `${...}` substitutions of a format string, in order.
fn placeholders(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '{' => {
                if depth > 0 {
                    cur.push(c);
                }
                depth += 1;
            }
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(std::mem::take(&mut cur));
                } else {
                    cur.push(c);
                }
            }
            c if depth > 0 => cur.push(c),
            _ => {}
        }
    }
    out
}

/// The numbers a value holds, digits inside strings included (`'within 3 business days'`).
fn numbers_in(v: &Value, out: &mut Vec<f64>) {
    match v {
        Value::Number(n) => out.extend(number_of(n)),
        Value::Str(s) => {
            out.extend(s.split(|c: char| !(c.is_ascii_digit() || c == '.')).filter_map(|w| w.parse::<f64>().ok()))
        }
        Value::List(items) | Value::Tuple(items) | Value::Ctor { args: items, .. } => {
            items.iter().for_each(|i| numbers_in(i, out))
        }
        Value::Map(entries) => entries.iter().for_each(|(k, v)| {
            numbers_in(k, out);
            numbers_in(v, out);
        }),
        _ => {}
    }
}

fn strings_in(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Str(s) => out.push(s.clone()),
        Value::List(items) | Value::Tuple(items) => items.iter().for_each(|i| strings_in(i, out)),
        Value::Map(entries) => entries.iter().for_each(|(k, v)| {
            strings_in(k, out);
            strings_in(v, out);
        }),
        _ => {}
    }
}

/// A string literal's text between its quotes (prefixes dropped); `None` for anything else.
fn string_body(lit: &str) -> Option<String> {
    let t = lit.trim_start_matches(|c: char| "fFrRbBuU".contains(c));
    let q = t.chars().next().filter(|c| matches!(c, '"' | '\'' | '`'))?;
    let inner = t.strip_prefix(q)?.strip_suffix(q)?;
    Some(inner.trim_matches(q).to_string())
}

/// The static pieces of a format string: the text between `{...}`/`${...}` substitutions and `%s`-style
/// conversions.
fn pieces(s: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut depth = 0usize;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    if let Some(p) = out.last_mut().filter(|p| p.ends_with('$')) {
                        p.pop();
                    }
                    out.push(String::new());
                }
            }
            '}' if depth > 0 => depth -= 1,
            '%' if depth == 0 && chars.peek().is_some_and(|n| "sdifr".contains(*n)) => {
                chars.next();
                out.push(String::new());
            }
            c if depth == 0 => out.last_mut().into_iter().for_each(|p| p.push(c)),
            _ => {}
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

/// The identifier-like segments of the test file's import lines (`from lodging.tax import x` → lodging, tax, x).
fn imported_segments(test: &SourceFile) -> Vec<String> {
    segments_of(test.text())
}

/// The words of a text's import lines.
fn segments_of(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("import ") || t.starts_with("from ") || t.contains("require(") || t.starts_with("} from ") {
            out.extend(
                t.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
        }
    }
    out
}

/// [`imported_segments`], and those of the project modules the test imports: a constant in `lib/policy.js` is
/// reached through `lib/fees.js`, the module the test imports (one hop; what the project re-exports or computes
/// with it).
fn reached_segments(test: &SourceFile, current: &dyn Fn(&Path) -> Option<String>) -> Vec<String> {
    let mut out = imported_segments(test);
    for file in imported_files(test) {
        if let Some(text) = current(&file) {
            for s in segments_of(&text) {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
    }
    out
}

/// Where the project modules the test imports may live (relative specifiers and dotted Python modules, with the
/// usual extensions and package files; most do not exist).
fn imported_files(test: &SourceFile) -> Vec<PathBuf> {
    let python = test.lang().is_python();
    let dir = test.path().parent().unwrap_or(Path::new(""));
    let mut out = Vec::new();
    for line in test.text().lines().map(str::trim) {
        if python {
            let module = line.strip_prefix("from ").or_else(|| line.strip_prefix("import "));
            let Some(module) = module.and_then(|m| m.split([' ', ',']).next()) else { continue };
            let (base, dotted) = match module.strip_prefix('.') {
                Some(rel) => (dir.to_path_buf(), rel.trim_start_matches('.')),
                None => (PathBuf::new(), module),
            };
            let path: PathBuf = dotted.split('.').filter(|p| !p.is_empty()).collect();
            for root in [base.clone(), base.join("src")] {
                out.push(root.join(&path).with_extension("py"));
                out.push(root.join(&path).join("__init__.py"));
            }
        } else if line.contains(" from ")
            || line.starts_with("} from ")
            || line.contains("require(")
            || line.starts_with("import ")
        {
            let Some(spec) = line.split(['\'', '"']).nth(1).filter(|s| s.starts_with('.')) else { continue };
            let joined = normalized(&dir.join(spec));
            let stem = joined.with_extension("");
            for ext in ["ts", "js", "mjs", "cjs", "tsx", "mts"] {
                out.push(stem.with_extension(ext));
                out.push(joined.join(format!("index.{ext}")));
            }
        }
    }
    out
}

/// `a/b/../c` -> `a/c` (a path that climbs out of the project stays as it is).
fn normalized(p: &Path) -> PathBuf {
    let mut out: Vec<std::path::Component> = Vec::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir if matches!(out.last(), Some(std::path::Component::Normal(_))) => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out.iter().collect()
}

/// The last segment of each module the test imports (`parcels` for `from parcels import postage`, `money` for
/// `from '../src/money'`): a package the test imports reaches the modules inside it (re-exported through its
/// `__init__.py` / `index.ts`).
fn imported_modules(test: &SourceFile) -> Vec<String> {
    let mut out = Vec::new();
    for line in test.text().lines() {
        let t = line.trim();
        let module = if let Some(rest) = t.strip_prefix("from ").filter(|_| test.lang().is_python()) {
            rest.split_whitespace().next().map(|m| m.rsplit('.').next().unwrap_or(m).to_string())
        } else if let Some(rest) = t.strip_prefix("import ").filter(|_| test.lang().is_python()) {
            rest.split([',', ' ']).next().map(|m| m.rsplit('.').next().unwrap_or(m).to_string())
        } else if t.contains(" from ") || t.starts_with("} from ") || t.contains("require(") || t.starts_with("import ")
        {
            let quoted = t.split(['\'', '"']).nth(1).unwrap_or("");
            let last = quoted.trim_end_matches('/').rsplit('/').next().unwrap_or("");
            (!last.is_empty()).then(|| last.split('.').next().unwrap_or(last).to_string())
        } else {
            None
        };
        out.extend(module.filter(|m| !m.is_empty() && m != "." && m != ".."));
    }
    out
}

/// Whether `file` lies inside a package (a folder) the test imports.
fn in_package(packages: &[String], file: &Path) -> bool {
    file.parent().is_some_and(|dir| dir.components().any(|c| packages.iter().any(|p| c.as_os_str() == p.as_str())))
}

/// Whether the test imports the changed file's module (`tax` for `lodging/tax.py`, `money` for
/// `src/money/index.ts`).
fn reaches(imports: &[String], file: &Path) -> bool {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let name = if matches!(stem, "index" | "__init__" | "mod") {
        file.parent().and_then(|p| p.file_name()).and_then(|s| s.to_str()).unwrap_or("")
    } else {
        stem
    };
    !name.is_empty() && imports.iter().any(|s| s == name)
}

/// Where the test states a value the change replaced: an old constant/literal in any test name, comment or
/// docstring of the file (`test_standard_rate_is_twenty_percent`, `# 1 KiB = 1024 bytes`), or the old expected
/// value in the failing test's own prose.
fn states_old(test: &SourceFile, test_node: Option<Node>, swaps: &[LiteralSwap], old_value: &Value) -> Option<String> {
    let prose = prose_of(test, test.root());
    let words = words_of(&prose);
    for swap in swaps {
        if let Some(x) = number_of(&swap.old) {
            if number_of(&swap.new).is_some_and(|n| n == x) {
                continue;
            }
            if let Some(said) = states_number(&words, x) {
                return Some(format!("the test says {said}, the value the change replaced ({})", swap.old));
            }
        } else if let Some(old) = string_body(&swap.old).filter(|s| s.trim().chars().count() >= 4) {
            let comments = comments_of(test, test.root()).join("\n");
            if comments.contains(old.as_str()) {
                return Some(format!("a comment in the test quotes {}, the text the change replaced", swap.old));
            }
        }
    }
    let own = test_node.map(|n| prose_of(test, n)).unwrap_or_default();
    match old_value {
        Value::Number(n) => {
            let x = number_of(n)?;
            (x.fract() != 0.0 || x.abs() >= 10.0)
                .then(|| states_number(&words_of(&own), x))
                .flatten()
                .map(|said| format!("the test itself says {said}, the value it expects"))
        }
        Value::Str(s) if s.chars().count() >= 4 && own.contains(s.as_str()) => {
            Some(format!("the test itself says '{s}', the value it expects"))
        }
        _ => None,
    }
}

/// A number as the prose may state it: the number itself (not for small integers, which say little), a
/// fraction as a percentage (`20 %`, `20 percent`), or a percentage in words (`twenty_percent`).
pub(super) fn states_number(words: &[String], x: f64) -> Option<String> {
    let same = |w: &str, y: f64| number_of(w).is_some_and(|v| (v - y).abs() < 1e-9);
    let plain = x.fract() != 0.0 || x.abs() >= 10.0;
    for w in words {
        if plain && same(w, x) {
            return Some(w.clone());
        }
    }
    if x > 0.0 && x < 1.0 {
        let pct = (x * 100.0 * 1e6).round() / 1e6;
        let percent = |i: usize| words.get(i).is_some_and(|w| w == "%" || w == "percent" || w == "pct");
        for (i, w) in words.iter().enumerate() {
            if same(w, pct) && percent(i + 1) {
                return Some(format!("{w}%"));
            }
        }
        if pct.fract() == 0.0 {
            let spelled = number_words(pct as u32);
            let n = spelled.len();
            if n > 0 {
                for i in 0..words.len().saturating_sub(n) {
                    if words[i..i + n] == spelled[..] && percent(i + n) {
                        return Some(format!("{} percent", spelled.join(" ")));
                    }
                }
            }
        }
    }
    None
}

fn number_words(n: u32) -> Vec<String> {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    match n {
        0..=19 => vec![ONES[n as usize].to_string()],
        20..=99 if n.is_multiple_of(10) => vec![TENS[(n / 10) as usize].to_string()],
        20..=99 => vec![TENS[(n / 10) as usize].to_string(), ONES[(n % 10) as usize].to_string()],
        _ => Vec::new(),
    }
}

/// Lower-case words, numbers and `%` signs of some prose; identifiers split at `_`, `-` and case changes.
pub(super) fn words_of(prose: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    let chars: Vec<char> = prose.chars().collect();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        if !cur.is_empty() {
            out.push(std::mem::take(cur).to_lowercase());
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        let in_number = c == '.'
            && cur.chars().last().is_some_and(|l| l.is_ascii_digit())
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_alphanumeric() || in_number {
            let boundary = !cur.is_empty()
                && ((c.is_uppercase() && prev_lower)
                    || (c.is_ascii_digit() != cur.chars().last().is_some_and(|l| l.is_ascii_digit() || l == '.')
                        && !in_number));
            if boundary {
                flush(&mut cur, &mut out);
            }
            cur.push(c);
            prev_lower = c.is_lowercase();
        } else {
            flush(&mut cur, &mut out);
            prev_lower = false;
            if c == '%' {
                out.push("%".into());
            }
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Test names, test titles, comments and docstrings under `node`, one per line.
fn prose_of(src: &SourceFile, node: Node) -> String {
    let mut out = comments_of(src, node);
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if let Some(name) = src.test_name(n) {
            out.push(name);
        }
        match n.kind() {
            "class_definition" | "function_definition" => {
                if let Some(name) = n.child_by_field_name("name") {
                    out.push(src.node_text(name).to_string());
                }
            }
            "call_expression" => {
                // describe('...') titles; it/test titles come from test_name.
                let callee = n.child_by_field_name("function").map(|f| src.node_text(f)).unwrap_or("");
                if callee.split('.').next() == Some("describe") {
                    if let Some(first) = n.child_by_field_name("arguments").and_then(|a| a.named_child(0)) {
                        out.push(src.node_text(first).to_string());
                    }
                }
            }
            "expression_statement" if src.lang().is_python() => {
                if let Some(s) = n.named_child(0).filter(|c| c.kind() == "string" && n.named_child_count() == 1) {
                    out.push(src.node_text(s).to_string());
                }
            }
            _ => {}
        }
        let mut cursor = n.walk();
        stack.extend(n.children(&mut cursor));
    }
    out.join("\n")
}

fn comments_of(src: &SourceFile, node: Node) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.kind() == "comment" {
            out.push(src.node_text(n).to_string());
        }
        let mut cursor = n.walk();
        stack.extend(n.children(&mut cursor));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn hunk(file: &str, removed: &[&str], added: &[&str]) -> Hunk {
        Hunk {
            file: file.into(),
            removed: removed.iter().map(|s| s.to_string()).collect(),
            added: added.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn verdict(path: &str, test: &str, hunks: &[Hunk], new: &str, old: &str) -> Verdict {
        let src = SourceFile::from_text(path, test).unwrap();
        let refs: Vec<&Hunk> = hunks.iter().collect();
        judge(&src, None, &refs, &ChangeSet::default(), &Value::parse(new).unwrap(), &Value::parse(old).unwrap())
    }

    const TAX_TEST: &str = "from decimal import Decimal\nfrom lodging.tax import tax_only\n\ndef test_tax_only():\n    assert tax_only('100.00', 2) == Decimal('10.00')\n";

    fn settled(hunks: &[Hunk], notes: &[&str], uncommitted: bool, new: &str, old: &str) -> Verdict {
        let test = "from fees import late_fee\n\ndef test_fee():\n    assert late_fee(5) == 125\n";
        let src = SourceFile::from_text("tests/test_fees.py", test).unwrap();
        let refs: Vec<&Hunk> = hunks.iter().collect();
        let (new, old) = (Value::parse(new).unwrap(), Value::parse(old).unwrap());
        let v = judge(&src, None, &refs, &ChangeSet::default(), &new, &old);
        let refactoring = refactoring(&[notes.to_vec()]);
        settle(v, &refs, Record { notes, uncommitted, refactoring }, (&new, &old))
    }

    #[test]
    fn a_swapped_date_format_explains_dates_written_in_the_new_order() {
        let h = hunk("report.py", &["DATE_FORMAT = \"%d/%m/%Y\""], &["DATE_FORMAT = \"%Y-%m-%d\"  # ISO 8601"]);
        let test = "from report import render\n\ndef test_r():\n    assert render() == 'x'\n";
        let v = verdict(
            "tests/test_r.py",
            test,
            std::slice::from_ref(&h),
            "'On 2024-03-07 and 2024-12-31'",
            "'On 07/03/2024 and 31/12/2024'",
        );
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
        // Other dates than the old ones rewritten: not what the new format does to them.
        let v = verdict("tests/test_r.py", test, std::slice::from_ref(&h), "'On 2024-03-08'", "'On 07/03/2024'");
        assert!(!matches!(v, Verdict::Explained(_)), "{v:?}");
    }

    #[test]
    fn an_uncommitted_literal_swap_needs_something_written_with_it() {
        // Before: `FEE_PER_DAY_CENTS = 25 -> 26` left uncommitted (a mutant, or an edit in progress) read as
        // intent and the test was rewritten to 130. After: shown for review only.
        let bare = hunk("fees.py", &["FEE_PER_DAY_CENTS = 25"], &["FEE_PER_DAY_CENTS = 26"]);
        assert!(matches!(settled(std::slice::from_ref(&bare), &[], true, "130", "125"), Verdict::Unrecorded(_)));
        // The same swap committed: a decision, as before.
        assert!(matches!(settled(std::slice::from_ref(&bare), &[], false, "130", "125"), Verdict::Explained(_)));
        // A comment the edit wrote, a changelog line, or a revised docstring record the intent.
        let commented =
            hunk("fees.py", &["FEE_PER_DAY_CENTS = 25"], &["FEE_PER_DAY_CENTS = 26  # board decision 2025"]);
        assert!(matches!(settled(&[commented], &[], true, "130", "125"), Verdict::Explained(_)));
        let noted = settled(std::slice::from_ref(&bare), &["- Late fee raised to 26 cents a day"], true, "130", "125");
        assert!(matches!(noted, Verdict::Explained(_)));
        let revised = hunk(
            "fees.py",
            &["\"\"\"Late fees: 25 cents a day.\"\"\"", "FEE_PER_DAY_CENTS = 25"],
            &["\"\"\"Late fees: 26 cents a day.\"\"\"", "FEE_PER_DAY_CENTS = 26"],
        );
        assert!(matches!(settled(&[revised], &[], true, "130", "125"), Verdict::Explained(_)));
        // A comment the changed line merely kept documents nothing about the change.
        let kept = hunk("fees.py", &["FEE = 25  # cents a day"], &["FEE = 26  # cents a day"]);
        assert!(matches!(settled(&[kept], &[], true, "130", "125"), Verdict::Unrecorded(_)));
        // A changelog line about something else does not either.
        let other = settled(std::slice::from_ref(&bare), &["- Fixed the login page"], true, "130", "125");
        assert!(matches!(other, Verdict::Unrecorded(_)));
    }

    #[test]
    fn a_change_described_as_a_refactoring_explains_no_new_value() {
        let bare = hunk("fees.py", &["FEE_PER_DAY_CENTS = 25"], &["FEE_PER_DAY_CENTS = 30"]);
        for message in [
            "fees: simplify the calculation",
            "Refactor fees",
            "tidy up, no behaviour change",
            "- `line_vat` tidied up.",
            "- Internal: rates are kept in basis points so fees are computed in integers. Amounts are unchanged.",
        ] {
            let v = settled(std::slice::from_ref(&bare), &[message], false, "150", "125");
            assert!(matches!(v, Verdict::StatedOld(_)), "{message}: {v:?}");
        }
        // One refactoring among other changes says nothing about them.
        let fix = vec!["Raise the fee"];
        assert_eq!(refactoring(&[vec!["Refactor fees"], fix.clone()]), None);
        assert_eq!(refactoring(&[vec!["Refactor fees"], vec!["tidy up"]]), Some("Refactor fees"));
        assert_eq!(refactoring(&[]), None);
        // What stayed, said of some things beside what changed, is no claim about the whole change.
        let scoped = vec!["fees: domestic rate 1.5% + 0.25 from 1 March", "EEA and international rates are unchanged."];
        assert_eq!(refactoring(&[scoped]), None);
        assert_eq!(refactoring(&[vec!["profiles: shorter display names", "Other public fields are unchanged."]]), None);
        let whole = vec!["Refactor: rates now kept in basis points", "Amounts are unchanged."];
        assert_eq!(refactoring(&[whole]), Some("Refactor: rates now kept in basis points"));
        // Unless the message states the new value: then it says what changed, whatever else it calls itself.
        let v = settled(std::slice::from_ref(&bare), &["Simplify fees: a flat 30 cents a day"], false, "150", "125");
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
        // A rewrite whose commit message states the new value is documented.
        let rewrite = hunk("fees.py", &["    return days * FEE"], &["    total = days * FEE", "    return total + 25"]);
        assert_eq!(settled(std::slice::from_ref(&rewrite), &[], false, "150", "125"), Verdict::Rewritten);
        let v = settled(&[rewrite], &["Add a 25 cent handling charge: 5 days now cost 150"], false, "150", "125");
        assert!(matches!(v, Verdict::Documented(_)), "{v:?}");
    }

    #[test]
    fn a_moved_slice_bound_is_a_boundary() {
        let test = "from receipts import mask\n\ndef test_mask():\n    assert mask('4111222233334444') == '************4444'\n";
        let cut = hunk(
            "receipts.py",
            &["    return \"*\" * (len(digits) - 4) + digits[-4:]"],
            &["    return \"*\" * (len(digits) - 4) + digits[-5:]"],
        );
        let v = verdict("tests/test_receipts.py", test, &[cut], "'************34444'", "'************4444'");
        assert!(matches!(v, Verdict::Flipped(_)), "{v:?}");
        // The change model reports the same bound as a changed literal: it must not explain the value either.
        let src = SourceFile::from_text("tests/test_receipts.py", test).unwrap();
        let function = crate::change::SymbolRef {
            name: "mask".into(),
            container: None,
            kind: crate::project_index::SymbolKind::Function,
            file: "receipts.py".into(),
            module: "receipts".into(),
        };
        let change = ChangeSet {
            deltas: vec![Delta::LiteralChanged { function, old: "-4".into(), new: "-5".into() }],
            ..Default::default()
        };
        let cut = hunk(
            "receipts.py",
            &["    return \"*\" * (len(digits) - 4) + digits[-4:]"],
            &["    return \"*\" * (len(digits) - 4) + digits[-5:]"],
        );
        let (new, old) = (Value::parse("'************34444'").unwrap(), Value::parse("'************4444'").unwrap());
        let v = judge(&src, None, &[&cut], &change, &new, &old);
        assert!(matches!(v, Verdict::Flipped(_)), "{v:?}");
        // A number after a `:` in a dict is a value, not a bound.
        let table = hunk("receipts.py", &["FEES = {\"eu\": 16}"], &["FEES = {\"eu\": 18}"]);
        let v = verdict("tests/test_receipts.py", "from receipts import fee\n", &[table], "18", "16");
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
    }

    #[test]
    fn a_zero_or_one_moved_inside_a_function_is_a_step() {
        let test = "from library import Library\n\ndef test_add():\n    assert Library().add('x', 3) == 3\n";
        let src = SourceFile::from_text("tests/test_library.py", test).unwrap();
        let function = crate::change::SymbolRef {
            name: "add".into(),
            container: Some("Library".into()),
            kind: crate::project_index::SymbolKind::Method,
            file: "library.py".into(),
            module: "library".into(),
        };
        let judged = |old: &str, new: &str, value: (&str, &str)| {
            let line = |n: &str| format!("        self.copies[isbn] = self.copies.get(isbn, {n}) + count");
            let h = hunk("library.py", &[&line(old)], &[&line(new)]);
            let change = ChangeSet {
                deltas: vec![Delta::LiteralChanged { function: function.clone(), old: old.into(), new: new.into() }],
                ..Default::default()
            };
            let (new_value, old_value) = (Value::parse(value.0).unwrap(), Value::parse(value.1).unwrap());
            judge(&src, None, &[&h], &change, &new_value, &old_value)
        };
        // Before: `get(isbn, 0)` -> `get(isbn, 1)` (a mutant, committed) explained 3 -> 4. After: a step moved.
        let v = judged("0", "1", ("4", "3"));
        assert!(matches!(&v, Verdict::Flipped(w) if w.contains("Library.add")), "{v:?}");
        assert!(matches!(judged("1", "2", ("5", "4")), Verdict::Flipped(_)));
        assert!(matches!(judged("0.0", "1.0", ("4.0", "3.0")), Verdict::Flipped(_)));
        // A comment written with the move describes it (cli/tests/learning_cli.rs: `return 2  # new rate`).
        let h = hunk("library.py", &["        return 1"], &["        return 2  # two copies per title now"]);
        let change = ChangeSet {
            deltas: vec![Delta::LiteralChanged { function: function.clone(), old: "1".into(), new: "2".into() }],
            ..Default::default()
        };
        let v = judge(&src, None, &[&h], &change, &Value::parse("2").unwrap(), &Value::parse("1").unwrap());
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
        // Any other number is what a deliberate change looks like too: still explained (the measured limit).
        assert!(matches!(judged("2", "3", ("6", "5")), Verdict::Explained(_)));
        assert!(is_step("0", "1") && is_step("-1", "0") && is_step("1", "2"));
        assert!(!is_step("\"1\"", "\"2\"") && !is_step("2", "3") && !is_step("0.5", "1") && !is_step("1", "1.0"));
    }

    #[test]
    fn a_changed_constant_the_test_imports_explains_a_number() {
        let h = hunk(
            "lodging/tax.py",
            &["TAX_RATE = Decimal(\"0.050\")  # city ordinance 2019/14"],
            &["TAX_RATE = Decimal(\"0.055\")  # council decision 2025/31"],
        );
        assert!(matches!(
            verdict("tests/test_tax.py", TAX_TEST, std::slice::from_ref(&h), "11.00", "10.00"),
            Verdict::Explained(_)
        ));
        // The same change in a module the test does not import explains less.
        let other = Hunk { file: "billing/fees.py".into(), ..h };
        assert_eq!(verdict("tests/test_tax.py", TAX_TEST, &[other], "11.00", "10.00"), Verdict::Rewritten);
    }

    #[test]
    fn a_commit_message_naming_the_changed_constant_states_intent() {
        // The value the constant decides holds no number (which items are low on stock for `MIN_STOCK` 5 -> 8),
        // so no literal of the change agrees with it.
        let test = "from shop.stock import low\n\ndef test_low():\n    assert low(ITEMS) == ['nut']\n";
        let src = SourceFile::from_text("tests/test_stock.py", test).unwrap();
        let h = hunk("shop/stock.py", &["MIN_STOCK = 5"], &["MIN_STOCK = 8"]);
        let min = crate::change::SymbolRef {
            name: "MIN_STOCK".into(),
            container: None,
            kind: crate::project_index::SymbolKind::Variable,
            file: "shop/stock.py".into(),
            module: "shop.stock".into(),
        };
        let delta = Delta::ConstantChanged { constant: min, old: "5".into(), new: "8".into() };
        let judged = |messages: &[&str]| {
            let change = ChangeSet {
                deltas: vec![delta.clone()],
                messages: messages.iter().map(|m| m.to_string()).collect(),
                ..Default::default()
            };
            let (new, old) = (Value::parse("['bolt', 'nut']").unwrap(), Value::parse("['nut']").unwrap());
            judge(&src, None, &[&h], &change, &new, &old)
        };
        // Before: a commit about something else (or saying nothing) explains nothing: below the threshold.
        assert_eq!(judged(&["Add a reorder report"]), Verdict::Unknown);
        assert_eq!(judged(&["Document MIN_STOCK_ALERT"]), Verdict::Unknown, "another constant's name says nothing");
        // After: the developer's message names the constant it changed.
        let said = judged(&["Raise `MIN_STOCK` from 5 to 8\n\nSuppliers are slower."]);
        assert!(matches!(&said, Verdict::Documented(w) if w.contains("Raise `MIN_STOCK` from 5 to 8\"")), "{said:?}");
    }

    #[test]
    fn a_flipped_operator_explains_nothing() {
        let test = "import { checkPassword } from '../src/password';\nit('accepts exactly 12 characters', () => {\n  expect(checkPassword('correcthors3').ok).toBe(true);\n});\n";
        let h = hunk(
            "src/password.ts",
            &["  if (!(password.length >= MIN_LENGTH)) problems.push(`use at least ${MIN_LENGTH} characters`);"],
            &["  if (!(password.length > MIN_LENGTH)) problems.push(`use at least ${MIN_LENGTH} characters`);"],
        );
        assert!(matches!(verdict("test/password.test.ts", test, &[h], "false", "true"), Verdict::Flipped(_)));
        let boundary = hunk("src/password.ts", &["  return n >= 12;"], &["  return n >= 13;"]);
        assert!(matches!(verdict("test/password.test.ts", test, &[boundary], "false", "true"), Verdict::Flipped(_)));
    }

    #[test]
    fn a_test_stating_the_old_rate_refuses() {
        let test = "from vat import vat_pence\n\ndef test_standard_rate_is_twenty_percent():\n    # 20 % standard rate: 10.00 net -> 2.00 VAT\n    assert vat_pence(1000) == 200\n\ndef test_gross():\n    assert gross_pence(1999) == 2399\n";
        let h = hunk(
            "vat.py",
            &["STANDARD_RATE = 0.20", "RATES = {\"standard\": STANDARD_RATE, \"zero\": ZERO_RATE}"],
            &[
                "STANDARD_RATE = 0.02",
                "REDUCED_RATE = 0.05  # domestic fuel",
                "RATES = {\"standard\": STANDARD_RATE, \"reduced\": REDUCED_RATE, \"zero\": ZERO_RATE}",
            ],
        );
        assert!(matches!(
            verdict("test_vat.py", test, std::slice::from_ref(&h), "2039", "2399"),
            Verdict::StatedOld(_)
        ));
        // Only the name states it.
        let named = "from vat import vat_pence\n\ndef test_standard_rate_is_twenty_percent():\n    assert vat_pence(1000) == 200\n";
        assert!(matches!(verdict("test_vat.py", named, std::slice::from_ref(&h), "20", "200"), Verdict::StatedOld(_)));
        // A test that says nothing about the rate: the change explains the value.
        let silent = "from vat import vat_pence\n\ndef test_standard():\n    assert vat_pence(1000) == 200\n";
        assert!(matches!(verdict("test_vat.py", silent, &[h], "20", "200"), Verdict::Explained(_)));
    }

    #[test]
    fn a_comment_stating_the_old_constant_refuses() {
        let test = "import { formatBytes } from '../src/bytes';\ndescribe('formatBytes', () => {\n  // binary units: 1 KiB = 1024 bytes\n  it('scales', () => {\n    expect(formatBytes(5120)).toBe('5.0 KiB');\n  });\n});\n";
        let h = hunk("src/bytes.ts", &["export const KIB = 1024;"], &["export const KIB = 1000;"]);
        assert!(matches!(verdict("test/bytes.test.ts", test, &[h], "'5.1 KiB'", "'5.0 KiB'"), Verdict::StatedOld(_)));
    }

    #[test]
    fn a_format_string_the_change_wrote_explains_the_text_it_renders() {
        // Before: messages rebuilt through a new helper paired no old literal with a new one, and the stale
        // message checks read as "rewritten, nothing explains the new value" (0.74, shown only).
        let test = "import { parseConfig } from '../src/config.js';\ntest('level', () => {\n  assert.throws(() => parseConfig({ logLevel: 'verbose' }), { message: 'unknown log level \"verbose\"' });\n});\n";
        let h = hunk(
            "src/config.js",
            &["    throw new ConfigError(`unknown log level \"${raw.logLevel}\"`);"],
            &[
                "function fail(key, what, value) {",
                "  throw new ConfigError(`${key}: expected ${what}, got ${JSON.stringify(value)}`);",
                "}",
                "    fail('logLevel', 'one of debug|info|warn|error', raw.logLevel);",
            ],
        );
        let (new, old) =
            ("'logLevel: expected one of debug|info|warn|error, got \"verbose\"'", "'unknown log level \"verbose\"'");
        let v = verdict("test/config.test.js", test, std::slice::from_ref(&h), new, old);
        assert!(matches!(&v, Verdict::Explained(w) if w.contains("expected ${what}")), "{v:?}");
        // A text the new format does not render is not explained by it.
        let v = verdict("test/config.test.js", test, &[h], "'level verbose is not known'", old);
        assert!(!matches!(v, Verdict::Explained(_)), "{v:?}");
    }

    #[test]
    fn format_strings_explain_strings_whose_new_pieces_they_hold() {
        let test = "import { badge } from '../src/badges';\ntest('low stock badge', () => {\n  expect(badge(3)).toBe('Low stock');\n});\n";
        let h = hunk(
            "src/badges.ts",
            &["  if (units < 5) return 'Low stock';"],
            &["  if (units < 5) return `Only ${units} left`;"],
        );
        assert!(matches!(
            verdict("test/badges.test.ts", test, std::slice::from_ref(&h), "'Only 3 left'", "'Low stock'"),
            Verdict::Explained(_)
        ));
        // A new value without the format's pieces is not what that format produces.
        assert_eq!(verdict("test/badges.test.ts", test, &[h], "'Sold out'", "'Low stock'"), Verdict::Unknown);
        // Reordered placeholders explain any string.
        let test = "from directory import display_name\n\ndef test_name():\n    assert display_name('ada', 'lovelace') == 'Ada Lovelace'\n";
        let h = hunk("directory.py", &["    return f\"{first} {last}\""], &["    return f\"{last}, {first}\""]);
        assert!(matches!(
            verdict("tests/test_directory.py", test, &[h], "'Lovelace, Ada'", "'Ada Lovelace'"),
            Verdict::Explained(_)
        ));
    }

    #[test]
    fn code_and_docs_changed_together_document_the_change() {
        let test = "from dashboard import summarize\n\ndef test_summary():\n    assert summarize([1, 2]) == {'n': 2, 'sum': 3}\n";
        let h = hunk(
            "dashboard.py",
            &["    \"\"\"Count and total of the orders.\"\"\""],
            &[
                "    \"\"\"Count and total of the orders, and the largest order.\"\"\"",
                "    summary[\"max\"] = max(amounts)",
            ],
        );
        let v = verdict("test_dashboard.py", test, &[h], "{'n': 2, 'sum': 3, 'max': 2}", "{'n': 2, 'sum': 3}");
        assert!(matches!(v, Verdict::Documented(_)), "{v:?}");
        // No hunks at all: nothing known.
        assert_eq!(verdict("test_dashboard.py", test, &[], "3", "2"), Verdict::Unknown);
    }

    #[test]
    fn a_description_only_extended_documents_an_addition_not_a_changed_value() {
        // Before: a JSDoc that kept "Records a failed login." and added what a new `remaining` field means
        // documented a lock that now came one failure early, and the lockout tests were rewritten at 0.99.
        let test = "import { LoginGuard } from '../lib/guard.mjs';\ntest('locks', () => {\n  const g = new LoginGuard(5);\n  assert.deepStrictEqual([1, 2, 3, 4, 5, 6].map(() => g.fail('a').locked), [false, false, false, false, false, true]);\n});\n";
        let h = hunk(
            "lib/guard.mjs",
            &[
                "  /** Records a failed login. @returns {{ locked: boolean }} */",
                "    if (recent.length >= this.maxFailures) return { locked: true };",
                "    recent.push(now);",
                "    return { locked: false };",
            ],
            &[
                "  /**",
                "   * Records a failed login.",
                "   * @returns {{ locked: boolean, remaining: number }} remaining: failures left before a lock,",
                "   *   so the login form can warn (\"2 attempts left\").",
                "   */",
                "    if (recent.length < this.maxFailures) recent.push(now);",
                "    const remaining = Math.max(0, this.maxFailures - recent.length);",
                "    return { locked: remaining === 0, remaining };",
            ],
        );
        let (new, old) = ("[false, false, false, false, true, true]", "[false, false, false, false, false, true]");
        assert_eq!(verdict("test/guard.test.mjs", test, std::slice::from_ref(&h), new, old), Verdict::Rewritten);
        // The value the addition explains: the old result with the new field beside it.
        let v = verdict(
            "test/guard.test.mjs",
            test,
            std::slice::from_ref(&h),
            "{'locked': false, 'remaining': 4}",
            "{'locked': false}",
        );
        assert!(matches!(v, Verdict::Documented(_)), "{v:?}");
        // An extension about new names that only compute the value ("after any bulk discount" beside `const
        // discount`) documents the changed value.
        let bulk = hunk(
            "src/cart.ts",
            &[
                "  /** Price of each line, in the order lines were added. */",
                "    return lines.map((l) => l.price * l.qty);",
            ],
            &[
                "  /** Price of each line (after any bulk discount), in the order lines were added. */",
                "    const discount = qty >= BULK ? 0.1 : 0;",
                "    return lines.map((l) => l.price * l.qty * (1 - discount));",
            ],
        );
        let test = "import { Cart } from '../src/cart';\ntest('t', () => {\n  expect(cart.lineTotals()).toEqual([20, 22]);\n});\n";
        let v = verdict("test/cart.test.ts", test, &[bulk], "[20, 19.8]", "[20, 22]");
        assert!(matches!(v, Verdict::Documented(_)), "{v:?}");
        assert!(as_field("    return { locked: remaining === 0, remaining };", "remaining"));
        assert!(!as_field("    const remaining = Math.max(0, n);", "remaining"));
        // An extension that rewords behaviour (no new name described) documents it.
        let lower = hunk(
            "search.py",
            &["    \"\"\"Words in order, without stop words.\"\"\"", "        word = word"],
            &["    \"\"\"Words in order, without stop words, lowercased.\"\"\"", "        word = word.lower()"],
        );
        let test = "from search import keywords\n\ndef test_k():\n    assert keywords('Art') == ['Art']\n";
        let v = verdict("tests/test_search.py", test, &[lower], "['art']", "['Art']");
        assert!(matches!(v, Verdict::Documented(_)), "{v:?}");
        // An extension whose new words are the new value's ("### Added" sections described beside the old
        // sentence) documents it.
        let notes = hunk(
            "src/notes.ts",
            &[" * Renders one release's entry for CHANGELOG.md.", "    out.push(bold(title));"],
            &[
                " * Renders one release's entry for CHANGELOG.md,",
                " * with \"### Added\" / \"### Fixed\" sections.",
                "    out.push(h3(title));",
            ],
        );
        let test = "import { render } from '../src/notes';\ntest('r', () => {\n  expect(render(rel)).toBe('**Features**');\n});\n";
        let v = verdict("test/notes.test.ts", test, &[notes], "'### Added'", "'**Features**'");
        assert!(matches!(v, Verdict::Documented(_)), "{v:?}");
    }

    #[test]
    fn a_docstring_touched_by_a_refactor_explains_no_value() {
        // Shipping numbers moved into a table, `>=` turned into `>` on the way, the docstring reworded.
        let test = "from checkout.shipping import shipping_fee\n\ndef test_edge():\n    assert shipping_fee(Decimal('50.00')) == Decimal('0.00')\n";
        let h = hunk(
            "checkout/shipping.py",
            &[
                "    \"\"\"Fee for an order: free from 50.00 on (inclusive), otherwise a flat rate.",
                "    if subtotal >= Decimal(\"50.00\"):",
                "    return Decimal(\"4.90\") if country == \"DE\" else Decimal(\"9.90\")",
            ],
            &[
                "    \"DE\": (Decimal(\"4.90\"), Decimal(\"50.00\")),",
                "    \"\"\"Fee for an order: free from the country's threshold on, otherwise its flat fee.",
                "    fee, free_from = _rate(country)",
                "    if subtotal > free_from:",
                "    return fee",
            ],
        );
        let v = verdict("tests/test_shipping.py", test, std::slice::from_ref(&h), "Decimal('4.90')", "Decimal('0.00')");
        assert_eq!(v, Verdict::Rewritten);
        // The same change as git shows it: the table in a hunk of its own at the top of the module.
        let (top, rest) = h.added.split_at(1);
        let table = Hunk { file: h.file.clone(), removed: vec![], added: top.to_vec() };
        let body = Hunk { file: h.file.clone(), removed: h.removed.clone(), added: rest.to_vec() };
        let v = verdict("tests/test_shipping.py", test, &[table, body], "Decimal('4.90')", "Decimal('0.00')");
        assert_eq!(v, Verdict::Rewritten);
        // An off-by-one whose comment happens to hold a `2`: single digits are no evidence.
        let h = hunk(
            "reports/paging.py",
            &["    return math.ceil(total / per_page)"],
            &["    # float division loses precision past 2**53", "    return total // per_page + 1"],
        );
        let test = "from reports.paging import page_count\n\ndef test_pages():\n    assert page_count(40, 20) == 2\n";
        let v = verdict("tests/test_paging.py", test, &[h], "3", "2");
        assert!(matches!(v, Verdict::Rewritten | Verdict::Flipped(_)), "{v:?}");
    }

    #[test]
    fn a_negative_index_is_no_boundary() {
        // Before: `items[-1]` in an added line read as "an added `- 1`", i.e. an off-by-one bug, and a documented
        // change that touches the last item was refused as one.
        let test = "from shop.split import parts\n\n\ndef test_parts():\n    assert parts(10, 3) == [3, 3, 4]\n";
        let h = hunk(
            "shop/split.py",
            &["    \"\"\"Equal parts; the remainder is dropped.\"\"\"", "    return [total // n] * n"],
            &[
                "    \"\"\"Equal parts; the last part carries the remainder.\"\"\"",
                "    out = [total // n] * n",
                "    out[-1] += total % n",
                "    return out",
            ],
        );
        let v = verdict("tests/test_split.py", test, &[h], "[3, 3, 4]", "[3, 3, 3]");
        assert!(matches!(v, Verdict::Documented(_)), "{v:?}");
        assert_eq!(off_by_ones(&tokenize("x = items[-1] + 1", true)), 1);
        assert_eq!(off_by_ones(&tokenize("x = f(-1, a)", true)), 0);
        assert_eq!(off_by_ones(&tokenize("code = iso(3166-1, name)", true)), 0);
        assert_eq!(off_by_ones(&tokenize("return xs[len(xs) - 1]", true)), 0);
        assert_eq!(off_by_ones(&tokenize("return (f(p) ?? T[T.length - 1]).tier;", false)), 0);
        assert_eq!(off_by_ones(&tokenize("return n < xs.length + 1", false)), 1);
    }

    #[test]
    fn a_new_functions_arithmetic_is_no_boundary_moved() {
        let added: Vec<String> = ["def _marker(width):", "    return \":\" + \"-\" * (width - 1)", "x = limit - 1"]
            .iter()
            .map(|l| l.to_string())
            .collect();
        let fresh = new_function_lines(&added, &[], true);
        assert_eq!(fresh.len(), 2);
        assert!(!fresh.contains(&tokenize("x = limit - 1", true)));
        // The same function edited (its name was defined before) is an edit: its `- 1` counts.
        assert!(new_function_lines(&added, &["def _marker(width):".to_string()], true).is_empty());
    }

    #[test]
    fn a_dual_function_swapped_beside_a_revised_doc_is_not_documented() {
        // Before: `Math.ceil` -> `Math.floor` in a commit that also revised the JSDoc of another parameter read as
        // "changed its code and its documentation together" and the page counts were rewritten at 0.99.
        let test = "import { paginate } from '../src/paginate.js'\ntest('pages', () => {\n  expect(paginate(items, 1, 10).totalPages).toBe(3)\n})\n";
        let h = hunk(
            "src/paginate.js",
            &[
                " * @param {number} page 1-based",
                "  const totalPages = Math.max(1, Math.ceil(items.length / perPage));",
                "  const current = Math.min(Math.max(1, Math.trunc(page) || 1), totalPages);",
            ],
            &[
                " * @param {number|string} page 1-based; strings from the query string are accepted",
                "  const totalPages = Math.max(1, Math.floor(items.length / perPage));",
                "  const current = clampPage(page, totalPages);",
            ],
        );
        let v = verdict("test/paginate.test.js", test, std::slice::from_ref(&h), "2", "3");
        assert!(matches!(&v, Verdict::Flipped(f) if f.contains("ceil")), "{v:?}");
        // The same revision without the swap still documents the rewrite.
        let mut plain = h.clone();
        plain.removed[1] = plain.added[1].clone();
        let v = verdict("test/paginate.test.js", test, &[plain], "2", "3");
        assert!(matches!(v, Verdict::Documented(_)), "{v:?}");
        assert!(
            dual("ceil", "floor") && dual("startsWith", "endsWith") && !dual("ceil", "ceil") && !dual("min", "floor")
        );
    }

    #[test]
    fn a_constant_is_reached_through_the_module_the_test_imports() {
        let test =
            SourceFile::from_text("test/fees.test.js", "const { lateFee } = require(\"../lib/fees\");\n").unwrap();
        let current =
            |p: &Path| (p == Path::new("lib/fees.js")).then(|| "const policy = require(\"./policy\");\n".to_string());
        let segments = reached_segments(&test, &current);
        assert!(reaches(&segments, Path::new("lib/policy.js")) && reaches(&segments, Path::new("lib/fees.js")));
        assert!(!reaches(&imported_segments(&test), Path::new("lib/policy.js")));
        let py = SourceFile::from_text("tests/test_q.py", "from shop.quote import quote\n").unwrap();
        let current = |p: &Path| (p == Path::new("src/shop/quote.py")).then(|| "from .rates import RATE\n".to_string());
        assert!(reaches(&reached_segments(&py, &current), Path::new("src/shop/rates.py")));
    }

    #[test]
    fn an_added_off_by_one_explains_nothing_even_with_a_comment() {
        let test = "from datetime import date\n\nfrom hotel.booking import room_price\n\n\ndef test_three_night_stay():\n    \"\"\"From the 9th to the 12th is three nights (3 x 120).\"\"\"\n    assert room_price(date(2024, 3, 9), date(2024, 3, 12)) == 360.0\n";
        let h = hunk(
            "hotel/booking.py",
            &["    return (check_out - check_in).days"],
            &["    # count both the arrival and the departure day", "    return (check_out - check_in).days + 1"],
        );
        let v = verdict("tests/test_booking.py", test, &[h], "480.0", "360.0");
        assert!(matches!(v, Verdict::Flipped(_)), "{v:?}");
        let test = "import { paginate } from './paginate';\nit('second page', () => {\n  expect(paginate(letters, 2, 3).items).toEqual(['d', 'e', 'f']);\n});\n";
        let h = hunk(
            "src/paginate.ts",
            &["    items: all.slice(start, start + size),"],
            &["  const end = start + size - 1; // last index on this page", "    items: all.slice(start, end),"],
        );
        let v = verdict("src/paginate.test.ts", test, &[h], "['d', 'e']", "['d', 'e', 'f']");
        assert!(matches!(v, Verdict::Flipped(_)), "{v:?}");
        // `+ 1` that was there before and stays is no shift.
        let h = hunk(
            "src/header.ts",
            &["  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}`;", "  const m = d.getUTCMonth() + 1;"],
            &["  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;", "  const m = d.getUTCMonth() + 1;"],
        );
        assert!(
            verdict("test/h.test.ts", "import { h } from '../src/header';\n", &[h], "'03-09'", "'09/03'")
                != Verdict::Flipped("an added `+ 1`/`- 1` (a boundary moved by one)".into())
        );
    }

    #[test]
    fn documentation_only_added_is_not_a_revision() {
        let test = "from vat import gross\n\ndef test_books():\n    assert gross(10, 'book') == 10.7\n";
        let h = hunk(
            "vat.py",
            &["    rate = 0.07 if category in REDUCED else 0.19", "    return net * (1 + rate)"],
            &[
                "def rate_for(category):",
                "    \"\"\"VAT rate that applies to ``category``.\"\"\"",
                "    return RATES[CATEGORY_RATE.get(category, 'standard')]",
                "    return net * (1 + rate_for(category))",
            ],
        );
        assert_eq!(verdict("tests/test_vat.py", test, std::slice::from_ref(&h), "17.0", "10.7"), Verdict::Rewritten);
        // The same rewrite with its docstring revised says what the new behaviour is.
        let mut revised = h.clone();
        revised.removed.push("    \"\"\"Gross price, 7% for books.\"\"\"".into());
        let v = verdict("tests/test_vat.py", test, &[revised], "17.0", "10.7");
        assert!(matches!(v, Verdict::Documented(_)), "{v:?}");
    }

    #[test]
    fn the_changed_file_still_documenting_the_old_number_refuses() {
        let test = "from decimal import Decimal\n\nfrom vat import gross\n\ndef test_books():\n    assert gross(Decimal('10.00'), 'book') == Decimal('10.70')\n";
        let h = hunk(
            "vat.py",
            &["    rate = Decimal(\"0.07\") if category in REDUCED else Decimal(\"0.19\")"],
            &["RATES = {", "    \"standard\": Decimal(\"0.19\"),", "    \"reduced\": Decimal(\"0.7\"),", "}"],
        );
        let src = SourceFile::from_text("tests/test_vat.py", test).unwrap();
        let now = "\"\"\"German VAT: 19% standard, 7% reduced (books, food).\"\"\"\nRATES = {\n    \"standard\": Decimal(\"0.19\"),\n    \"reduced\": Decimal(\"0.7\"),\n}\n";
        let judged = |text: &'static str| {
            judge_with(
                &src,
                None,
                &[&h],
                &ChangeSet::default(),
                (&Value::parse("Decimal('17.00')").unwrap(), &Value::parse("Decimal('10.70')").unwrap()),
                &move |p: &Path| (p == Path::new("vat.py")).then(|| text.to_string()),
            )
        };
        assert!(matches!(judged(now), Verdict::StatedOld(_)), "{:?}", judged(now));
        // Documentation that states the new rate (or no rate at all) is no objection.
        let agreed = "\"\"\"German VAT: 19% standard, 70% reduced.\"\"\"\nRATES = {\"reduced\": Decimal(\"0.7\")}\n";
        assert!(!matches!(judged(agreed), Verdict::StatedOld(_)));
        // The old number still used elsewhere in the code: the prose may be about that use.
        let kept = "# 7% reduced\nRATES = {\"reduced\": Decimal(\"0.7\")}\nLEGACY = Decimal(\"0.07\")\n";
        assert!(!matches!(judged(kept), Verdict::StatedOld(_)));
        // A comment the change itself wrote names the old value to say it changed: not stale documentation.
        let mut noted = h.clone();
        noted.added.insert(0, "# The 2027 agreement lowered the reduced rate from 7%.".into());
        let now = "# The 2027 agreement lowered the reduced rate from 7%.\nRATES = {\"reduced\": Decimal(\"0.7\")}\n";
        let v = judge_with(
            &src,
            None,
            &[&noted],
            &ChangeSet::default(),
            (&Value::parse("Decimal('17.00')").unwrap(), &Value::parse("Decimal('10.70')").unwrap()),
            &move |p: &Path| (p == Path::new("vat.py")).then(|| now.to_string()),
        );
        assert!(!matches!(v, Verdict::StatedOld(_)), "{v:?}");
    }

    #[test]
    fn a_doctest_still_showing_the_expected_text_refuses() {
        let test = "from statuspage.humanize import format_duration\n\ndef test_hours():\n    assert format_duration(3900) == '1h 05m'\n";
        let h = hunk(
            "statuspage/humanize.py",
            &["    return f\"{hours}h {minutes:02d}m\""],
            &["    hours, rest = divmod(seconds, 3600)", "    if hours:", "        return f\"{hours}h {minutes}m\""],
        );
        let src = SourceFile::from_text("tests/test_humanize.py", test).unwrap();
        let judged = |text: &'static str| {
            judge_with(
                &src,
                None,
                &[&h],
                &ChangeSet::default(),
                (&Value::parse("'1h 5m'").unwrap(), &Value::parse("'1h 05m'").unwrap()),
                &move |p: &Path| (p == Path::new("statuspage/humanize.py")).then(|| text.to_string()),
            )
        };
        let documented = "def format_duration(seconds):\n    \"\"\"Two digits once a larger unit is shown::\n\n        >>> format_duration(3900)\n        '1h 05m'\n    \"\"\"\n    hours, rest = divmod(seconds, 3600)\n";
        assert!(matches!(judged(documented), Verdict::StatedOld(_)), "{:?}", judged(documented));
        // Documentation showing the new text (the author updated the example) is no objection.
        let updated = "def format_duration(seconds):\n    \"\"\"\n        >>> format_duration(3900)\n        '1h 5m'\n        >>> format_duration(7200)\n        '1h 05m'\n    \"\"\"\n";
        assert!(!matches!(judged(updated), Verdict::StatedOld(_)), "{:?}", judged(updated));
        // The old text only in code (not documentation) says nothing about intent.
        let code_only = "LEGACY = '1h 05m'\ndef format_duration(seconds):\n    return ''\n";
        assert!(!matches!(judged(code_only), Verdict::StatedOld(_)), "{:?}", judged(code_only));
    }

    #[test]
    fn operators_flipped_and_literals_emptied_explain_nothing() {
        let test = "from loyalty import points_for\n\ndef test_points():\n    assert points_for(1999) == 19\n";
        let h = hunk("loyalty.py", &["    euros = amount_cents // 100"], &["    euros = amount_cents / 100"]);
        assert!(matches!(verdict("tests/test_loyalty.py", test, &[h], "19.99", "19"), Verdict::Flipped(_)));
        let h = hunk("loyalty.py", &["    if a and b:"], &["    if a or b:"]);
        assert!(matches!(verdict("tests/test_loyalty.py", test, &[h], "20", "19"), Verdict::Flipped(_)));
        let test = "import { stockLabel } from '../src/badges';\nit('sold out', () => {\n  expect(stockLabel(0)).toBe('Sold out');\n});\n";
        let h = hunk("src/badges.ts", &["  if (units <= 0) return 'Sold out';"], &["  if (units <= 0) return \"\";"]);
        assert!(!matches!(verdict("test/badges.test.ts", test, &[h], "''", "'Sold out'"), Verdict::Explained(_)));
    }

    #[test]
    fn a_text_swap_explains_the_value_it_substitutes_into() {
        let test = "from tracker.labels import label\n\ndef test_label():\n    assert label('priority', 'high') == 'priority:high'\n";
        let h = hunk("tracker/labels.py", &["SEPARATOR = \":\""], &["SEPARATOR = \"/\"  # scoped labels"]);
        let v = verdict("tests/test_labels.py", test, std::slice::from_ref(&h), "'priority/high'", "'priority:high'");
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
        // A value the substitution does not produce is not explained by it.
        let v = verdict("tests/test_labels.py", test, &[h], "'high'", "'priority:high'");
        assert!(!matches!(v, Verdict::Explained(_)), "{v:?}");
        // A number swap explains a value whose numbers changed, not one whose words did.
        let h = hunk("tracker/labels.py", &["MAX = 20"], &["MAX = 30"]);
        let v = verdict("tests/test_labels.py", test, &[h], "'priority-high 1'", "'priority:high 1'");
        assert!(!matches!(v, Verdict::Explained(_)), "{v:?}");
    }

    #[test]
    fn a_package_the_test_imports_reaches_its_modules() {
        let test = "from parcels import postage\n\ndef test_c():\n    assert postage('C', 2.4) == 9.20\n";
        let h = hunk("src/parcels/rates.py", &["ZONE_BASE = {\"C\": 7.40}"], &["ZONE_BASE = {\"C\": 7.90}"]);
        let v = verdict("tests/test_rates.py", test, std::slice::from_ref(&h), "9.7", "9.20");
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
        // A package the test does not import is not reached.
        let other = Hunk { file: "src/billing/rates.py".into(), ..h };
        assert_ne!(verdict("tests/test_billing.py", "from shop import total\n", &[other], "9.7", "9.20"), v);
        let ts = "import { fee } from '../src/money';\n";
        let h = hunk("src/money/rates.ts", &["export const RATE = 0.25;"], &["export const RATE = 0.3;"]);
        assert!(matches!(verdict("test/fee.test.ts", ts, &[h], "2.1", "1.75"), Verdict::Explained(_)));
    }

    #[test]
    fn an_edit_inside_a_placeholder_explains_no_text() {
        let test = "from ledger.statement import render\n\ndef test_render():\n    assert render([]) == ['Balance       €0.00']\n";
        let h = hunk(
            "ledger/statement.py",
            &["    lines.append(f\"{'Balance':<12}{format_amount(total):>10}\")"],
            &["    lines.append(f\"{'XXBalanceXX':<12}{format_amount(total):>10}\")"],
        );
        let v = verdict("tests/test_statement.py", test, &[h], "['XXBalanceXX   €0.00']", "['Balance       €0.00']");
        assert!(!matches!(v, Verdict::Explained(_)), "{v:?}");
        assert_eq!(placeholders("{last}, {first}"), ["last", "first"]);
        // A placeholder computed differently (zero-padded) explains the string it now prints.
        let test = "import { orderRef } from '../src/orders.js';\ntest('ref', () => {\n  assert.equal(orderRef(2024, 42), 'ORD-2024-42');\n});\n";
        let h = hunk(
            "src/orders.js",
            &["  return `ORD-${year}-${id}`;"],
            &["  return `ORD-${year}-${String(id).padStart(6, '0')}`;"],
        );
        let v = verdict("test/orders.test.js", test, &[h], "'ORD-2024-000042'", "'ORD-2024-42'");
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
    }

    #[test]
    fn words_split_identifiers_and_numbers() {
        assert_eq!(
            words_of("test_standard_rate_is_twenty_percent"),
            ["test", "standard", "rate", "is", "twenty", "percent"]
        );
        assert_eq!(words_of("# 20 % rate: 10.00 net"), ["20", "%", "rate", "10.00", "net"]);
        assert_eq!(words_of("acceptsTwelveChars 12px"), ["accepts", "twelve", "chars", "12", "px"]);
        assert_eq!(pieces("ORD-${year}-${String(id).padStart(6, '0')}"), ["ORD-", "-"]);
        assert_eq!(pieces("%s items at %d"), [" items at "]);
    }
}
