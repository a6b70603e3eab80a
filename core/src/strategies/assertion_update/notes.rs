//! What the developer *said* about a change, by name: commit messages and the lines a change added to
//! changelogs and docs, weighed against a stale expectation after [`super::evidence::settle`] (which reads the
//! same notes for the new value itself and for "refactor, no behaviour change").
//!
//! Real projects explain behaviour changes in words that name the behaviour rather than quote the value:
//! "naturaltime rounds to the nearest second", "remove trailing whitespace from asciidoc output". A note that
//! names what the failing test exercises says the new value is intended. Release notes written with the change
//! that mention neither the test's functions nor the new value leave a value the code alone explained
//! unconfirmed: the developer described the change and did not list this. A note about refactoring, speed or
//! tidying names nothing: those are the commits that introduce bugs.
//!
//! ```
//! use maestro_test_healer::source::SourceFile;
//! use maestro_test_healer::strategies::assertion_update::evidence::Verdict;
//! use maestro_test_healer::strategies::assertion_update::notes::weigh;
//! use maestro_test_healer::strategies::value::Value;
//! let test = SourceFile::from_text("tests/test_t.py", "from t import naturaltime\n\ndef test_t():\n    assert naturaltime(23.5) == '23 seconds ago'\n").unwrap();
//! let (new, old) = (Value::parse("'24 seconds ago'").unwrap(), Value::parse("'23 seconds ago'").unwrap());
//! let said: &[&str] = &["naturaltime rounds to the nearest second"];
//! let v = weigh(Verdict::Rewritten, &test, None, (said, &[]), &Default::default(), &[], (&new, &old));
//! assert!(matches!(v, Verdict::Documented(_)));
//! let other: &[&str] = &["Speed up naturaltime"];
//! let v = weigh(Verdict::Rewritten, &test, None, (other, &[]), &Default::default(), &[], (&new, &old));
//! assert_eq!(v, Verdict::Rewritten);
//! ```

use tree_sitter::Node;

use crate::change::{ChangeSet, Delta};
use crate::context::Hunk;
use crate::source::{string_literal_value, SourceFile};
use crate::strategies::assertion_update::evidence::Verdict;
use crate::strategies::value::Value;

use super::template::Template;

/// Words of a note line that describe work meant to keep behaviour: such a line names a function without
/// saying its results change.
const NEUTRAL: &[&str] = &[
    "refactor", "speed", "faster", "perf", "optimi", "simplif", "clean", "tidy", "tidie", "typo", "lint", "reformat",
    "rename", "move", "extract", "split", "internal", "docs", "comment", "style", "test",
];

/// Names too common to say which behaviour a note is about.
const GENERIC: &[&str] = &[
    "assert",
    "assertequal",
    "asserttrue",
    "expect",
    "tobe",
    "toequal",
    "tostrictequal",
    "tothrow",
    "tocontain",
    "tomatchobject",
    "tohavelength",
    "raises",
    "approx",
    "equal",
    "deepequal",
    "strictequal",
    "describe",
    "self",
    "test",
    "tests",
    "call",
    "data",
    "value",
    "values",
    "result",
    "results",
    "items",
    "keys",
    "append",
    "join",
    "split",
    "format",
    "strip",
    "lower",
    "upper",
    "replace",
    "round",
    "sorted",
    "range",
    "print",
    "isinstance",
    "main",
    "open",
    "read",
    "write",
    "parse",
    "load",
    "loads",
    "dump",
    "dumps",
    "fixture",
    "mock",
    "patch",
    "then",
    "resolve",
    "date",
    "datetime",
    "decimal",
    "path",
    "string",
    "number",
    "object",
    "array",
    "json",
    "time",
    "now",
    "list",
    "dict",
    "tuple",
    "float",
    "true",
    "false",
    "none",
    "null",
    "undefined",
    "with",
    "from",
    "import",
    "await",
    "async",
    "return",
    "lambda",
    "default",
    "error",
    "errors",
    "name",
    "names",
    "text",
    "line",
    "lines",
    "total",
    "count",
    "size",
    "length",
    "first",
    "last",
    "next",
    "create",
    "update",
    "delete",
    "build",
    "make",
    "run",
    "check",
    "apply",
    "fetch",
    "send",
    "save",
    "add",
    "remove",
    "new",
    "old",
];

/// Adjusts `verdict` by what the developer wrote about the changes since the test (`notes`): a denial of any
/// behaviour change refuses a value the change would otherwise explain; a note naming what the test exercises
/// (a function it calls, a format it asks for, a constant the change set) or stating the new value documents
/// it; release notes written with the change that mention none of that leave a value the code alone explained
/// unconfirmed (the developer described the change and did not list this). A test or documentation stating the
/// old value keeps the last word.
pub fn weigh(
    verdict: Verdict,
    test: &SourceFile,
    test_node: Option<Node>,
    (notes, release): (&[&str], &[&str]),
    change: &ChangeSet,
    hunks: &[&Hunk],
    (new_value, old_value): (&Value, &Value),
) -> Verdict {
    if matches!(verdict, Verdict::StatedOld(_) | Verdict::IgnoredInput(_)) || notes.is_empty() {
        return verdict;
    }
    let lines = |of: &[&'_ str]| -> Vec<String> {
        of.iter().flat_map(|n| n.lines()).map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
    };
    let (all, release) = (lines(notes), lines(release));
    let values = new_values(change, hunks, new_value);
    // A sentence stating the old value beside the new one ("the first retry waits 0.5 s, / then 1 s, 2 s") lists
    // both, it does not say one replaced the other. Notes arrive line by line: a line is read with its
    // neighbours.
    let olds: Vec<String> = match old_value {
        Value::Number(n) => vec![n.clone()],
        _ => Vec::new(),
    };
    // "from 2.5% to 2.9%", "was 0.5": a sentence of a change states both on purpose.
    const CHANGE_WORDS: &[&str] =
        &["from", "was", "instead", "now", "->", "→", "raise", "lower", "increase", "decrease"];
    let paragraph_of = |line: &str| -> String {
        let at = all.iter().position(|l| l == line).unwrap_or(0);
        all[at.saturating_sub(1)..(at + 2).min(all.len())].join(" ").to_lowercase()
    };
    // The changed files' names: a message names them whatever it is about (`slugify: update`).
    let stems: Vec<String> =
        hunks.iter().filter_map(|h| h.file.file_stem().and_then(|s| s.to_str()).map(str::to_lowercase)).collect();
    let mentions = |line: &str, subjects: &[String]| -> Option<String> {
        if let Some(swap) = quotes_swap(line, hunks) {
            return Some(swap);
        }
        if let Some(scaled) = states_scaled_change(line, change, hunks) {
            return Some(scaled);
        }
        if let Some(swap) = words_a_swapped_name(line, hunks) {
            return Some(swap);
        }
        if let Some(sample) = quotes_new_format(line, change, hunks) {
            return Some(sample);
        }
        let lower = line.to_lowercase();
        let mut words = lower.split(|c: char| !c.is_alphanumeric());
        if words.any(|w| NEUTRAL.iter().any(|n| w.starts_with(n))) {
            return None;
        }
        subjects
            .iter()
            .find(|s| names(&lower, s) && (!stems.contains(&s.to_lowercase()) || describes(&lower, subjects, &stems)))
            .map(|s| format!("`{s}`"))
            .or_else(|| {
                let both = |p: &str| {
                    let words: Vec<&str> = p.split(|c: char| c.is_whitespace() || c == ',').collect();
                    let change = words.iter().any(|w| CHANGE_WORDS.iter().any(|c| w.starts_with(c)));
                    !change && olds.iter().any(|o| states(p, &o.to_lowercase()))
                };
                values
                    .iter()
                    .find(|v| states(&lower, v))
                    .filter(|_| !both(&paragraph_of(line)))
                    .map(|v| format!("the new value {v}"))
            })
    };
    if matches!(verdict, Verdict::Rewritten | Verdict::Unknown | Verdict::Flipped(_)) {
        // A flipped operator or swapped dual function is what a slip looks like. When the change did more than
        // the flip (a helper added, lines rewritten), a note about the function ("paginate: accept the page from
        // the query string") may be about the rest: only a note quoting the swap or stating the new value
        // makes the flip meant.
        let slipped_in = matches!(verdict, Verdict::Flipped(_)) && !in_place(hunks);
        let subjects = if slipped_in { Vec::new() } else { subjects(test, test_node, change, true) };
        for line in &all {
            if let Some(what) = mentions(line, &subjects) {
                return Verdict::Documented(format!("the change's notes describe {what}: \"{}\"", clip(line)));
            }
        }
    }
    // Silence is judged against every function the test file calls: release notes about "the weekly summary"
    // cover `format_row`, which the same file tests as part of it. The file's one-word strings are left out
    // there: a table of statuses shares its words with any note about statuses.
    if matches!(verdict, Verdict::Explained(_)) && !release.is_empty() {
        let subjects = subjects(test, None, change, false);
        let speaks = |l: &String| {
            mentions(l, &subjects).is_some() || names_what_they_return(l, &subjects) || names_a_constant(l, change)
        };
        if !release.iter().any(speaks) {
            return Verdict::Rewritten;
        }
    }
    verdict
}

/// Whether the change only edited lines in place: as many code lines added as removed in every hunk (comments
/// and docs aside), no line added without one removed.
fn in_place(hunks: &[&Hunk]) -> bool {
    let code = |lines: &[String]| {
        lines
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty() && !l.starts_with(['#', '*']) && !l.starts_with("//") && !l.starts_with("/*"))
            .count()
    };
    hunks.iter().all(|h| code(&h.added) == code(&h.removed))
}

/// A note stating a changed number's old and new value in other units ("free shipping now starts at 75.00 (was
/// 50.00)" for `FREE_SHIPPING_FROM = 5_000` -> `7_500` in cents): two numbers of the line whose ratio is the
/// constant's. The developer wrote down this change, in the units people read.
fn states_scaled_change(line: &str, change: &ChangeSet, hunks: &[&Hunk]) -> Option<String> {
    let numbers: Vec<f64> = line
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_'))
        .filter_map(|w| w.trim_matches(['.', '_']).replace('_', "").parse::<f64>().ok())
        .filter(|x| x.is_finite() && *x != 0.0)
        .collect();
    if numbers.len() < 2 {
        return None;
    }
    let number = |t: &str| t.replace('_', "").parse::<f64>().ok().filter(|x| x.is_finite() && *x != 0.0);
    // Named constants, and numbers the change swapped in place (`{ bps: 140 }` -> `{ bps: 150 }` stated as
    // "1.5% (was 1.4%)").
    let constants = change.deltas.iter().filter_map(|delta| match delta {
        Delta::ConstantChanged { constant, old, new } => {
            Some((format!("`{}`", constant.name), old.clone(), new.clone()))
        }
        _ => None,
    });
    let swapped = super::evidence::literal_swaps(hunks)
        .into_iter()
        .map(|(file, old, new)| (format!("a number in {}", file.display()), old, new));
    for (what, old, new) in constants.chain(swapped) {
        let (Some(o), Some(n)) = (number(&old), number(&new)) else { continue };
        if o == n {
            continue;
        }
        let ratio = n / o;
        let stated = numbers.iter().enumerate().any(|(i, a)| {
            numbers.iter().enumerate().any(|(j, b)| i != j && a != b && ((a / b) - ratio).abs() < 1e-9 * ratio.abs())
        });
        if stated {
            return Some(format!("{what} ({old} -> {new})"));
        }
    }
    None
}

/// A note that says in words which name the change swapped for which: "rounded half-even ... instead of half up"
/// for `ROUND_HALF_UP` -> `ROUND_HALF_EVEN`. The words only the new name has and the words only the old one has
/// must all be in the note, with a word of change ("instead", "now", "from").
fn words_a_swapped_name(line: &str, hunks: &[&Hunk]) -> Option<String> {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if !words.iter().any(|w| ["instead", "now", "from", "was", "replaces", "replaced"].contains(w)) {
        return None;
    }
    let idents = |l: &str| -> Vec<String> {
        l.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).map(str::to_string).collect()
    };
    for hunk in hunks {
        for (r, a) in hunk.removed.iter().zip(&hunk.added) {
            let (ri, ai) = (idents(r), idents(a));
            if ri.len() != ai.len() {
                continue;
            }
            let diffs: Vec<(&String, &String)> = ri.iter().zip(&ai).filter(|(x, y)| x != y).collect();
            let [(old, new)] = diffs.as_slice() else { continue };
            let (ow, nw) = (split_words(old), split_words(new));
            let only_new: Vec<&String> = nw.iter().filter(|w| !ow.contains(w)).collect();
            let only_old: Vec<&String> = ow.iter().filter(|w| !nw.contains(w)).collect();
            let said = |ws: &[&String]| !ws.is_empty() && ws.iter().all(|w| words.contains(&w.to_lowercase().as_str()));
            if said(&only_new) && said(&only_old) {
                return Some(format!("`{old}` -> `{new}`"));
            }
        }
    }
    None
}

/// A note quoting both sides of a swap the change made in one line of code ("Entries use `-` bullets instead of
/// `*`" for `` `* ${x}` `` -> `` `- ${x}` ``): the developer wrote down exactly this change. Short texts count
/// here, as they are quoted and reproduce the edit.
fn quotes_swap(line: &str, hunks: &[&Hunk]) -> Option<String> {
    let spans: Vec<&str> = line.split('`').skip(1).step_by(2).map(str::trim).filter(|s| !s.is_empty()).collect();
    for hunk in hunks {
        for r in hunk.removed.iter().map(|l| l.trim()) {
            for x in hunk.added.iter().map(|l| l.trim()) {
                for new in &spans {
                    for old in spans.iter().filter(|o| o != &new) {
                        if r.contains(old) && r.replacen(old, new, 1) == x {
                            return Some(format!("`{old}` -> `{new}`"));
                        }
                    }
                }
            }
        }
    }
    None
}

/// A code span of the note (`` `## [1.4.0] - 2024-03-01` ``) that the new form of a changed format string
/// renders and its old form does not: the note shows what the change now writes.
fn quotes_new_format(line: &str, change: &ChangeSet, hunks: &[&Hunk]) -> Option<String> {
    let spans: Vec<&str> =
        line.split('`').skip(1).step_by(2).map(str::trim).filter(|s| s.chars().count() >= 4).collect();
    if spans.is_empty() {
        return None;
    }
    // The new forms of rewritten literals (with their old forms, which must not render the span too), and the
    // formats the change wrote on added lines.
    let mut formats: Vec<(Template, Option<Template>)> = Vec::new();
    for delta in &change.deltas {
        let Delta::LiteralChanged { function, old, new } = delta else { continue };
        if let Some((was, now)) = Template::pair(&function.file, old, new) {
            formats.push((now, Some(was)));
        }
    }
    for hunk in hunks {
        formats.extend(super::evidence::added_formats(hunk).into_iter().map(|(_, t)| (t, None)));
    }
    for (now, was) in &formats {
        if now.text().is_some() || now.fixed_len() < 4 {
            continue;
        }
        let fresh = |s: &str| was.as_ref().is_none_or(|w| w.matches(s).is_none());
        if let Some(span) = spans.iter().find(|s| now.matches(s).is_some() && fresh(s)) {
            return Some(format!("`{span}`, a text the new format renders"));
        }
    }
    None
}

/// Whether a note line says something beyond the names it holds: a word of four letters or more that is no
/// subject, no changed file's name and no word any message may hold (`update`, `change`). `slugify: update`
/// names the file it changed and describes nothing; `slugify: keep accents` describes a behaviour.
fn describes(line: &str, subjects: &[String], stems: &[String]) -> bool {
    const EMPTY: &[&str] = &["change", "changes", "changed", "edit", "edits", "wip", "misc", "minor", "tweak", "bump"];
    let named: Vec<String> =
        subjects.iter().flat_map(|s| std::iter::once(s.to_lowercase()).chain(split_words(s))).collect();
    line.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| {
        w.chars().count() >= 4
            && !w.chars().all(|c| c.is_ascii_digit())
            && !GENERIC.contains(&w)
            && !EMPTY.contains(&w)
            && !stems.iter().any(|s| s == w)
            && !named.iter().any(|n| n == w)
    })
}

/// The numbers inside a value, at any depth.
fn numbers_in(v: &Value) -> Vec<f64> {
    match v {
        Value::Number(n) => n.replace('_', "").parse::<f64>().ok().into_iter().collect(),
        Value::List(items) | Value::Tuple(items) => items.iter().flat_map(numbers_in).collect(),
        Value::Map(pairs) => pairs.iter().flat_map(|(k, v)| numbers_in(k).into_iter().chain(numbers_in(v))).collect(),
        Value::Ctor { args, .. } => args.iter().flat_map(numbers_in).collect(),
        _ => Vec::new(),
    }
}

/// The texts inside a value (its strings, at any depth).
fn texts_in(v: &Value) -> Vec<&str> {
    match v {
        Value::Str(s) => vec![s.as_str()],
        Value::List(items) | Value::Tuple(items) => items.iter().flat_map(texts_in).collect(),
        Value::Map(pairs) => pairs.iter().flat_map(|(k, v)| texts_in(k).into_iter().chain(texts_in(v))).collect(),
        Value::Ctor { args, .. } => args.iter().flat_map(texts_in).collect(),
        _ => Vec::new(),
    }
}

/// The new values a note may state: the changed constants' and literals' new text, and the value the test now
/// gets (numbers as written, strings without quotes).
fn new_values(change: &ChangeSet, hunks: &[&Hunk], new_value: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // Numbers the change wrote that were not there before (`Decimal("75.00")` where `Decimal("50.00")` was).
    let numbers = |lines: &[String]| -> Vec<String> {
        lines
            .iter()
            .flat_map(|l| l.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_')))
            .map(|w| w.trim_matches('.').to_string())
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()) && w.parse::<f64>().is_ok())
            .collect()
    };
    // Likewise the strings it wrote (`cjs: '.cjs'` where `cjs: '.js'` was): a release note quoting `.cjs`
    // describes the change even when the value the test gets is a whole object.
    let strings = |lines: &[String]| -> Vec<String> {
        let mut found = Vec::new();
        for line in lines {
            let mut rest = line.as_str();
            while let Some(at) = rest.find(['\'', '"', '`']) {
                let quote = rest[at..].chars().next().unwrap_or('"');
                let body = &rest[at + 1..];
                let Some(end) = body.find(quote) else { break };
                found.push(body[..end].to_string());
                rest = &body[end + 1..];
            }
        }
        found
    };
    let held_numbers = numbers_in(new_value);
    for hunk in hunks {
        let gone = numbers(&hunk.removed);
        let came = numbers(&hunk.added);
        // A number the change wrote is a new value when it replaced one (a number left the hunk) or when the
        // failing value holds it: a new `jitter <= 1.0` check beside an untouched default is neither.
        let replaced = gone.iter().any(|g| !came.contains(g));
        out.extend(
            came.into_iter().filter(|n| {
                !gone.contains(n) && (replaced || n.parse::<f64>().is_ok_and(|x| held_numbers.contains(&x)))
            }),
        );
        let gone = strings(&hunk.removed);
        // Only strings the failing value holds: a note quoting another string the same change wrote (a new
        // member `refunded` beside a renamed `on_hold`) says nothing about this value.
        let held = texts_in(new_value);
        out.extend(strings(&hunk.added).into_iter().filter(|s| {
            !gone.contains(s) && !s.contains(char::is_whitespace) && held.iter().any(|t| t.contains(s.as_str()))
        }));
    }
    let unquote = |t: &str| t.trim_matches(|c| c == '"' || c == '\'' || c == '`').to_string();
    for delta in &change.deltas {
        if let Delta::ConstantChanged { new, .. } | Delta::LiteralChanged { new, .. } = delta {
            out.push(unquote(new));
        }
    }
    match new_value {
        Value::Number(n) => out.push(n.clone()),
        Value::Str(s) => out.push(s.clone()),
        _ => {}
    }
    out.retain(|v| v.chars().count() >= 2 && v.chars().any(|c| c.is_alphanumeric()));
    out
}

/// Whether a lower-case note line states `value`: a number equal to it (`75` for `75.00`), or the text as a
/// whole word.
fn states(line: &str, value: &str) -> bool {
    if let Ok(x) = value.replace('_', "").parse::<f64>() {
        // As the settled evidence reads numbers: `21%` states 0.21, a bare `1` or `2` states nothing.
        return super::evidence::states_number(&super::evidence::words_of(line), x).is_some();
    }
    names(line, &value.to_lowercase())
}

/// What the failing test exercises, by name: the functions and methods it calls, the one-word strings it passes
/// (`tablefmt="github"`), and the constants the change set.
fn subjects(test: &SourceFile, test_node: Option<Node>, change: &ChangeSet, strings: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        let lower = s.to_lowercase();
        let telling = lower.chars().count() >= 4 && !GENERIC.contains(&lower.as_str()) && !lower.starts_with("test");
        if telling && !out.iter().any(|o| o.to_lowercase() == lower) {
            out.push(s.to_string());
        }
    };
    let root = test_node.unwrap_or_else(|| test.root());
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match node.kind() {
            "call" | "call_expression" => {
                if let Some(f) = node.child_by_field_name("function") {
                    let name = match f.kind() {
                        "attribute" => f.child_by_field_name("attribute"),
                        "member_expression" => f.child_by_field_name("property"),
                        _ => Some(f),
                    };
                    if let Some(n) = name.filter(|n| matches!(n.kind(), "identifier" | "property_identifier")) {
                        push(test.node_text(n));
                    }
                }
            }
            "string" if strings => {
                if let Some(v) = string_literal_value(test, node) {
                    if !v.is_empty() && v.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
                        push(&v);
                    }
                }
            }
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    for delta in &change.deltas {
        if let Delta::ConstantChanged { constant, .. } = delta {
            push(&constant.name);
        }
    }
    out
}

/// Whether a release note speaks of a constant the change gave a new value, by one of its words (`DATE_FORMAT`:
/// "Dates in the report are ISO 8601"). Enough to say the notes are not silent about the change.
fn names_a_constant(line: &str, change: &ChangeSet) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    change.deltas.iter().any(|d| {
        let Delta::ConstantChanged { constant, .. } = d else { return false };
        split_words(&constant.name)
            .iter()
            .map(|p| p.to_lowercase())
            .filter(|p| p.chars().count() >= 4)
            .any(|p| words.iter().any(|w| *w == p || w.strip_suffix('s') == Some(p.as_str())))
    })
}

/// Whether a release note speaks of what the tested functions return: the last word of a name of two words or
/// more (`distance` of `leg_distance`, `route_distance`), singular or plural ("All distances are integer
/// metres"). Enough to say the notes are not silent about them; never enough to document a value.
fn names_what_they_return(line: &str, subjects: &[String]) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    subjects.iter().any(|s| {
        let parts = split_words(s);
        let Some(head) = parts.last().filter(|h| parts.len() >= 2 && h.chars().count() >= 4) else { return false };
        let head = head.to_lowercase();
        words.iter().any(|w| {
            *w == head || w.strip_suffix('s') == Some(head.as_str()) || w.strip_suffix("es") == Some(head.as_str())
        })
    })
}

/// Whether `line` (lower case) names `subject` as a whole word, written as in code (`format_duration`) or in
/// prose (`format duration`, `format-duration`, `formatDuration` → `format duration`).
fn names(line: &str, subject: &str) -> bool {
    let words = split_words(subject);
    let mut forms = vec![subject.to_lowercase()];
    if words.len() > 1 {
        forms.push(words.join(" "));
        forms.push(words.join("-"));
    }
    forms.iter().any(|form| {
        line.match_indices(form.as_str()).any(|(at, m)| {
            let before = line[..at].chars().next_back();
            let after = line[at + m.len()..].chars().next();
            let boundary = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            boundary(before) && boundary(after)
        })
    })
}

/// `free_shipping_threshold` / `freeShippingThreshold` → its words, lower case.
fn split_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if c == '_' || c == '-' {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        prev_lower = c.is_lowercase();
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

fn clip(line: &str) -> String {
    let mut out: String = line.chars().take(100).collect();
    if out.len() < line.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn py(text: &str) -> SourceFile {
        SourceFile::from_text("tests/test_x.py", text).unwrap()
    }

    /// A commit message: (all notes, release-notes lines).
    fn msg(text: &'static str) -> (Vec<&'static str>, Vec<&'static str>) {
        (vec![text], Vec::new())
    }

    /// A commit "project" whose changelog got `text`.
    fn release(text: &'static str) -> (Vec<&'static str>, Vec<&'static str>) {
        (vec!["project", text], vec![text])
    }

    fn weigh1(v: Verdict, test: &SourceFile, note: &(Vec<&str>, Vec<&str>), new: &str) -> Verdict {
        weigh(
            v,
            test,
            None,
            (&note.0, &note.1),
            &ChangeSet::default(),
            &[],
            (&Value::parse(new).unwrap(), &Value::Null),
        )
    }

    #[test]
    fn a_note_naming_the_function_under_test_documents_the_new_value() {
        let test =
            py("from humanize import naturaltime\n\ndef test_n():\n    assert naturaltime(23.5) == '23 seconds ago'\n");
        let note = msg("naturaltime rounds to nearest when given a float");
        assert!(matches!(weigh1(Verdict::Rewritten, &test, &note, "'24 seconds ago'"), Verdict::Documented(_)));
        // A one-word format the test asks for names the behaviour too.
        let test = py("from tabulate import tabulate\n\ndef test_github():\n    assert tabulate([[1]], tablefmt='github') == '| 1 |'\n");
        let note = msg("Fix alignments in `github` tables");
        assert!(matches!(weigh1(Verdict::Unknown, &test, &note, "'|1|'"), Verdict::Documented(_)));
        // Release notes stating the new number document it ("now starts at 75.00 EUR").
        let test = py("from shop import shipping\n\ndef test_s():\n    assert shipping(60) == 4.9\n");
        let note = release("- Free shipping now starts at 75.00 EUR (was 50.00 EUR).");
        assert!(matches!(weigh1(Verdict::Rewritten, &test, &note, "75"), Verdict::Documented(_)));
    }

    #[test]
    fn a_note_saying_in_words_which_name_was_swapped_documents_it() {
        let test = py("from invoicing import invoice_totals\n\ndef test_t():\n    assert invoice_totals([]) == 1\n");
        let hunk = Hunk {
            file: "invoicing/lines.py".into(),
            removed: vec!["ROUNDING = ROUND_HALF_UP".into()],
            added: vec!["ROUNDING = ROUND_HALF_EVEN".into()],
        };
        let weighed = |note: &str| {
            weigh(
                Verdict::Rewritten,
                &test,
                None,
                (&[note], &[]),
                &ChangeSet::default(),
                &[&hunk],
                (&Value::parse("2").unwrap(), &Value::Null),
            )
        };
        let note = "- Amounts are now rounded half-even (banker's rounding) instead of half up.";
        assert!(matches!(weighed(note), Verdict::Documented(_)), "{:?}", weighed(note));
        // Naming only the new rule, or no change at all, says nothing about this swap.
        assert_eq!(weighed("- Amounts are rounded half-even."), Verdict::Rewritten);
    }

    #[test]
    fn release_notes_speaking_of_what_the_functions_return_are_not_silent() {
        // Before: "All distances are integer metres" named neither `leg_distance` nor `route_distance` whole, so
        // an explained change read as one the release notes kept quiet about.
        let test = py("from routing.distances import leg_distance\n\ndef test_leg():\n    assert leg_distance('A', 'B') == 12.4\n");
        let explained = || Verdict::Explained("a literal changed".into());
        let note = release("All distances are integer metres (since 0.4).");
        assert_eq!(weigh1(explained(), &test, &note, "12400"), explained());
        // Notes about something else stay silence.
        let other = release("Fuel consumption is shown per vehicle.");
        assert_eq!(weigh1(explained(), &test, &other, "12400"), Verdict::Rewritten);
    }

    #[test]
    fn a_release_note_naming_a_changed_constants_word_is_no_silence() {
        let change = crate::change::diff(&[crate::change::FileVersions::modified(
            "report.py",
            "DATE_FORMAT = \"%d/%m/%Y\"\n",
            "DATE_FORMAT = \"%Y-%m-%d\"\n",
        )]);
        assert!(names_a_constant("- Dates in the report are ISO 8601", &change));
        assert!(!names_a_constant("- Reorder line lists low stock", &change));
    }

    #[test]
    fn a_message_naming_only_the_changed_file_describes_nothing() {
        // `slugify.py` defines `slugify`: "slugify: update" names the function the test calls only because it
        // names the file. Before: a flipped comparison committed so read as documented (applied at 0.90).
        let test = py("from slugify import slugify\n\ndef test_s():\n    assert slugify('a b c') == 'a-b'\n");
        let hunk = Hunk {
            file: "slugify.py".into(),
            removed: vec!["if n < limit:".into()],
            added: vec!["if n > limit:".into()],
        };
        let weighed = |note: &str| {
            let flipped = Verdict::Flipped("`<` became `>`".into());
            weigh(
                flipped,
                &test,
                None,
                (&[note], &[]),
                &ChangeSet::default(),
                &[&hunk],
                (&Value::parse("'a-b-c'").unwrap(), &Value::Null),
            )
        };
        for empty in ["slugify: update", "slugify: changes", "Update slugify", "slugify: wip"] {
            assert!(matches!(weighed(empty), Verdict::Flipped(_)), "{empty}");
        }
        // After: a line that says what changed still documents the behaviour it names.
        assert!(matches!(weighed("slugify: keep short slugs whole"), Verdict::Documented(_)));
        // A name that is not the changed file's (a function of a bigger module) is judged as before.
        let hunk = Hunk { file: "text.py".into(), ..hunk.clone() };
        let v = weigh(
            Verdict::Flipped("`<` became `>`".into()),
            &test,
            None,
            (&["Update slugify"], &[]),
            &ChangeSet::default(),
            &[&hunk],
            (&Value::parse("'a-b-c'").unwrap(), &Value::Null),
        );
        assert!(matches!(v, Verdict::Documented(_)), "{v:?}");
        assert!(describes("slugify: keep accents", &["slugify".into()], &["slugify".into()]));
        assert!(!describes("slugify: update", &["slugify".into()], &["slugify".into()]));
    }

    #[test]
    fn notes_about_refactoring_or_other_names_document_nothing() {
        let test =
            py("from humanize import naturaltime\n\ndef test_n():\n    assert naturaltime(23.5) == '23 seconds ago'\n");
        for text in
            ["Speed up naturaltime", "naturaltime: simplify the calculation", "Add Latvian locale", "Fix naturaltimes"]
        {
            assert_eq!(weigh1(Verdict::Rewritten, &test, &msg(text), "'24 seconds ago'"), Verdict::Rewritten, "{text}");
        }
        // Generic callee names (`round`, `format`) say nothing about which behaviour a note is about.
        let test = py("def test_r():\n    assert round(format(2.5)) == 2\n");
        let note = msg("Round and format prices differently");
        assert_eq!(weigh1(Verdict::Rewritten, &test, &note, "3"), Verdict::Rewritten);
    }

    #[test]
    fn a_flip_beside_other_edits_needs_a_note_about_the_flip() {
        // Before: `Math.ceil` -> `Math.floor` committed as "paginate: accept the page straight from the query
        // string" was documented by the message naming `paginate`, and the page counts were rewritten.
        let test = py("from pages import paginate\n\ndef test_p():\n    assert paginate(25, 10) == 3\n");
        let hunk = Hunk {
            file: "pages.py".into(),
            removed: vec!["    pages = max(1, math.ceil(n / per))".into(), "    page = int(page)".into()],
            added: vec![
                "    pages = max(1, math.floor(n / per))".into(),
                "    page = _clamp(page, pages)".into(),
                "def _clamp(raw, pages):".into(),
                "    return min(max(1, int(raw or 1)), pages)".into(),
            ],
        };
        let weighed = |verdict: Verdict, note: &str, hunk: &Hunk| {
            weigh(
                verdict,
                &test,
                None,
                (&[note], &[]),
                &ChangeSet::default(),
                &[hunk],
                (&Value::parse("2").unwrap(), &Value::Null),
            )
        };
        let flip = Verdict::Flipped("`ceil` became `floor`".into());
        let about = "paginate: accept the page straight from the query string";
        assert_eq!(weighed(flip.clone(), about, &hunk), flip);
        // A note that quotes the swap does.
        let v = weighed(flip.clone(), "paginate: count full pages (`math.floor`, not `math.ceil`)", &hunk);
        assert!(matches!(v, Verdict::Documented(_)), "{v:?}");
        // When the flip is all the change did, a note about the function is about the flip.
        let alone = Hunk { removed: hunk.removed[..1].to_vec(), added: hunk.added[..1].to_vec(), ..hunk.clone() };
        assert!(matches!(weighed(flip, about, &alone), Verdict::Documented(_)));
        // Other verdicts still read notes about the function.
        assert!(matches!(weighed(Verdict::Rewritten, about, &hunk), Verdict::Documented(_)));
    }

    #[test]
    fn a_paragraph_listing_the_old_value_beside_the_new_or_an_unrelated_new_number_documents_nothing() {
        // Before: a README listing the whole backoff sequence ("0.5 s, then 1 s, 2 s") "described the new value
        // 1.0" of a shifted exponent, and a `jitter <= 1.0` check the change added did too: applied at 0.99.
        let test = py("from jobq.retry import retry_delay\n\ndef test_first():\n    assert retry_delay(0) == 0.5\n");
        let hunk = Hunk {
            file: "jobq/retry.py".into(),
            removed: vec!["    return min(base * factor**attempt, cap)".into()],
            added: vec![
                "    if not 0.0 <= jitter <= 1.0:".into(),
                "    delay = min(base * factor ** (attempt + 1), cap)".into(),
            ],
        };
        let readme = "Failed jobs are retried with exponential backoff: the first retry waits 0.5 s,\nthen 1 s, 2 s, 4 s, ... up to 60 s.";
        let shift = Verdict::Flipped("an added `+ 1`".into());
        let (new, old) = (Value::parse("1.0").unwrap(), Value::parse("0.5").unwrap());
        let weighed = |note: &str, new: &Value| {
            weigh(shift.clone(), &test, None, (&[note], &[]), &ChangeSet::default(), &[&hunk], (new, &old))
        };
        assert_eq!(weighed(readme, &new), shift);
        // A note stating only the new value still documents it (a bare `1` would state nothing: too common).
        let raised = "The first retry now waits 1.5 s.";
        assert!(matches!(weighed(raised, &Value::parse("1.5").unwrap()), Verdict::Documented(_)));
        // The added `1.0` of the jitter check is no new value of a list the test compares.
        let list = Value::parse("[3.0, 9.0, 27.0]").unwrap();
        assert_eq!(weighed("Retries: jitter up to 1.0 of the delay.", &list), shift);
    }

    #[test]
    fn release_notes_quoting_a_text_the_new_format_renders_are_not_silent() {
        // Before: a README showing the new heading (`## [1.4.0] - 2024-03-01`) named no function and stated no
        // value, so the release-notes silence rule took back what the changed format explained.
        let before = "export function heading(v: string, d: string): string {\n  return `## v${v} (${d})`;\n}\n";
        let after = "export function heading(v: string, d: string): string {\n  return `## [${v}] - ${d}`;\n}\n";
        let change = crate::change::diff(&[crate::change::FileVersions::modified("src/notes.ts", before, after)]);
        let test = SourceFile::from_text("test/notes.test.ts", "import { heading } from '../src/notes';\ntest('h', () => {\n  expect(heading('1.4.1', '2024-03-02')).toBe('## v1.4.1 (2024-03-02)');\n});\n").unwrap();
        let readme = "Entries follow Keep a Changelog: `## [1.4.0] - 2024-03-01`, then sections.";
        let (new, old) =
            (Value::parse("'## [1.4.1] - 2024-03-02'").unwrap(), Value::parse("'## v1.4.1 (2024-03-02)'").unwrap());
        let explained = Verdict::Explained("a literal changed".into());
        let v = weigh(explained.clone(), &test, None, (&[readme], &[readme]), &change, &[], (&new, &old));
        assert_eq!(v, explained);
        // A README quoting only the old heading stays silent about the change.
        let stale = "Entries look like `## v1.4.0 (2024-03-01)`, then sections.";
        let v = weigh(explained, &test, None, (&[stale], &[stale]), &change, &[], (&new, &old));
        assert_eq!(v, Verdict::Rewritten);
    }

    #[test]
    fn a_note_stating_a_constants_change_in_other_units_documents_it() {
        // Before: "75.00 (was 50.00)" for `FREE_SHIPPING_FROM = 5_000` -> `7_500` (cents) stated no number the
        // change wrote, and the stale table rows were only shown.
        let before = "export const FREE_SHIPPING_FROM = 5_000;\nexport function eligible(c: number) {\n  return c >= FREE_SHIPPING_FROM;\n}\n";
        let after = before.replace("5_000", "7_500");
        let change = crate::change::diff(&[crate::change::FileVersions::modified("src/ship.ts", before, &after)]);
        let test = SourceFile::from_text(
            "test/ship.test.ts",
            "import { eligible } from '../src/ship'\nit('f', () => {\n  expect(eligible(5000)).toBe(true)\n})\n",
        )
        .unwrap();
        let weighed = |note: &str| {
            weigh(
                Verdict::Rewritten,
                &test,
                None,
                (&[note], &[]),
                &change,
                &[],
                (&Value::parse("false").unwrap(), &Value::Null),
            )
        };
        let v = weighed("- Free standard shipping now starts at 75.00 (was 50.00).");
        assert!(matches!(&v, Verdict::Documented(w) if w.contains("FREE_SHIPPING_FROM")), "{v:?}");
        // Numbers in another ratio say nothing about it.
        assert_eq!(weighed("- Free standard shipping now starts at 80.00 (was 50.00)."), Verdict::Rewritten);
        assert_eq!(states_scaled_change("release 4.2.0", &change, &[]), None);
        // A number swapped in place inside a table, stated in other units: 140 -> 150 basis points as
        // "1.5% (was 1.4%)".
        let hunk = Hunk {
            file: "src/fees.mjs".into(),
            removed: vec!["  domestic: { bps: 140, fixedCents: 20 },".into()],
            added: vec!["  domestic: { bps: 150, fixedCents: 25 },".into()],
        };
        let line = "- Domestic cards: new contract from 1 March, 1.5% + 0.25 (was 1.4% + 0.20).";
        let said = states_scaled_change(line, &Default::default(), &[&hunk]);
        assert_eq!(said.as_deref(), Some("a number in src/fees.mjs (140 -> 150)"));
        assert_eq!(states_scaled_change("- Domestic cards: 1.6% (was 1.4%).", &Default::default(), &[&hunk]), None);
    }

    #[test]
    fn a_test_stating_the_old_value_or_no_notes_leave_the_verdict_alone() {
        let test = py("from shop import points\n\ndef test_p():\n    assert points(25) == 250\n");
        let note = msg("points rounds down now");
        let v = weigh1(Verdict::StatedOld("the test says 250".into()), &test, &note, "25");
        assert_eq!(v, Verdict::StatedOld("the test says 250".into()));
        let none = (Vec::new(), Vec::new());
        assert_eq!(weigh1(Verdict::Explained("x".into()), &test, &none, "25"), Verdict::Explained("x".into()));
    }

    #[test]
    fn release_notes_quoting_a_string_the_change_wrote_are_not_silent() {
        // Before: only numbers the change wrote counted, so a changelog line quoting the new `.tsx` extension
        // was "silent" and an object whose leaves the change explained was left for review.
        let hunk = Hunk {
            file: "src/paths.ts".into(),
            removed: vec!["  view: '.jsx',".into()],
            added: vec!["  view: '.tsx',".into()],
        };
        let note = release("- View files are emitted with `.tsx` from now on.");
        let test = SourceFile::from_text(
            "test/paths.test.ts",
            "import { outputs } from '../src/paths'\nit('o', () => {\n  expect(outputs('a')).toEqual({ view: 'a.jsx' })\n})\n",
        )
        .unwrap();
        let new = Value::parse("{ view: 'a.tsx' }").unwrap();
        let v = weigh(
            Verdict::Explained("x".into()),
            &test,
            None,
            (&note.0, &note.1),
            &ChangeSet::default(),
            &[&hunk],
            (&new, &Value::Null),
        );
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
        // A note quoting another string the same change wrote, which the failing value does not hold, is silent
        // about it (a new member added beside a renamed one).
        let two = Hunk {
            file: "src/paths.ts".into(),
            removed: vec!["  view: '.jsx',".into()],
            added: vec!["  view: '.tsx',".into(), "  style: '.scss',".into()],
        };
        let about_style = release("- Styles are emitted as `.scss`.");
        let v = weigh(
            Verdict::Explained("x".into()),
            &test,
            None,
            (&about_style.0, &about_style.1),
            &ChangeSet::default(),
            &[&two],
            (&new, &Value::Null),
        );
        assert_eq!(v, Verdict::Rewritten);
        // A note quoting some other string stays silent.
        let other = release("- Styles are emitted with `.css` from now on.");
        let v = weigh(
            Verdict::Explained("x".into()),
            &test,
            None,
            (&other.0, &other.1),
            &ChangeSet::default(),
            &[&hunk],
            (&new, &Value::Null),
        );
        assert_eq!(v, Verdict::Rewritten);
    }

    #[test]
    fn release_notes_quoting_both_sides_of_a_swap_document_it() {
        let hunk = Hunk {
            file: "src/list.ts".into(),
            removed: vec!["  const row = `+ ${name}`".into()],
            added: vec!["  const row = `• ${name}`".into()],
        };
        let test = SourceFile::from_text(
            "test/list.test.ts",
            "import { list } from '../src/list'\nit('l', () => {\n  expect(list(['a'])).toBe('+ a')\n})\n",
        )
        .unwrap();
        let new = Value::parse("'• a'").unwrap();
        let note = release("- Rows start with `•` instead of `+`.");
        let v = weigh(
            Verdict::Explained("x".into()),
            &test,
            None,
            (&note.0, &note.1),
            &ChangeSet::default(),
            &[&hunk],
            (&new, &Value::Null),
        );
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
        // Quoting texts the edit does not reproduce is no statement about it.
        let note = release("- Rows start with `-` instead of `+`.");
        let v = weigh(
            Verdict::Explained("x".into()),
            &test,
            None,
            (&note.0, &note.1),
            &ChangeSet::default(),
            &[&hunk],
            (&new, &Value::Null),
        );
        assert_eq!(v, Verdict::Rewritten);
    }

    #[test]
    fn release_notes_silent_about_the_value_leave_it_unconfirmed() {
        let test = py("from orders.status import OrderStatus, from_row\n\ndef test_rows():\n    assert from_row('on-hold').value == 'on-hold'\n");
        let note = release("- New `OrderStatus.REFUNDED`; paid and shipped orders can be refunded.");
        let v = weigh1(Verdict::Explained("a literal changed".into()), &test, &note, "'on_hold'");
        assert_eq!(v, Verdict::Rewritten);
        // The file's own words for the statuses (`'paid'`, `'shipped'`) do not make a note about refunds speak
        // about the stored value.
        let table = py("from orders.status import from_row\n\n@pytest.mark.parametrize('raw', ['paid', 'shipped', 'on-hold'])\ndef test_rows(raw):\n    assert from_row(raw).value == raw\n\ndef test_value():\n    assert OrderStatus.ON_HOLD.value == 'on-hold'\n");
        let note = release("- New `OrderStatus.REFUNDED`; paid and shipped orders can be refunded.");
        let v = weigh1(Verdict::Explained("a literal changed".into()), &table, &note, "'on_hold'");
        assert_eq!(v, Verdict::Rewritten);
        // A commit message alone is no release note: its silence says nothing.
        let v = weigh1(Verdict::Explained("a literal changed".into()), &test, &msg("Add refunds"), "'on_hold'");
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
        // Release notes stating a number the change wrote, or naming what another test of the file calls, are
        // not silent.
        let hunk = Hunk {
            file: "shop.py".into(),
            removed: vec!["LIMIT = Decimal(\"50.00\")".into()],
            added: vec!["LIMIT = Decimal(\"75.00\")".into()],
        };
        let note = release("- Free shipping now starts at 75.00 EUR (was 50.00 EUR).");
        let shop = py("from shop import cost\n\ndef test_c():\n    assert cost(60) == 4.9\n");
        let zero = Value::parse("0").unwrap();
        let v = weigh(
            Verdict::Explained("x".into()),
            &shop,
            None,
            (&note.0, &note.1),
            &ChangeSet::default(),
            &[&hunk],
            (&zero, &Value::Null),
        );
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
        let sheet = py("from t import format_row, summary\n\ndef test_row():\n    assert format_row('a', 1) == 'a 1'\n\ndef test_summary():\n    assert summary([]) == ''\n");
        let node = sheet.root().named_child(1);
        let note = release("- The weekly summary is laid out in columns.");
        let padded = Value::parse("'a    1'").unwrap();
        let v = weigh(
            Verdict::Explained("x".into()),
            &sheet,
            node,
            (&note.0, &note.1),
            &ChangeSet::default(),
            &[],
            (&padded, &Value::Null),
        );
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
        // Release notes that mention the value keep the explanation.
        let note = release("- Stored status values use underscores now (`on_hold`); run the migration.");
        let v = weigh1(Verdict::Explained("a literal changed".into()), &test, &note, "'on_hold'");
        assert!(matches!(v, Verdict::Explained(_)), "{v:?}");
    }

    #[test]
    fn names_match_code_and_prose_spellings_as_whole_words() {
        assert!(names("free_shipping_threshold raised to 75", "free_shipping_threshold"));
        assert!(names("the free shipping threshold is now 75", "free_shipping_threshold"));
        assert!(names("`formatduration` pads minutes", "formatDuration"));
        assert!(names("format duration pads minutes", "formatDuration"));
        assert!(!names("naturaltimes", "naturaltime"));
        assert!(states("now starts at 75.00 eur.", "75"));
        assert!(!states("version 2.75 released", "75"));
        assert_eq!(split_words("formatDuration"), ["format", "duration"]);
        assert_eq!(split_words("FREE_SHIPPING_THRESHOLD"), ["free", "shipping", "threshold"]);
    }
}
