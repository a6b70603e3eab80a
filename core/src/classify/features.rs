//! Features of a failure for the strategy classifier: a sparse vector of hashed, named signals.
//!
//! Signals: the failure kind, the exception/diagnostic type and code (`TS2551`, `ModuleNotFoundError`), message
//! tokens and bigrams with literals, paths and identifiers normalised, a few tokens of the raw output, where the
//! innermost frame lives (test, source, library), the runner, the language, whether a re-run on unchanged code
//! flipped the outcome, and which side git says changed last.
//!
//! ```
//! use maestro_test_healer::classify::features::{features, FeatureInput};
//! use maestro_test_healer::failure::{Failure, FailureKind, Runner};
//! let mut f = Failure::new(FailureKind::ImportError, Runner::Pytest, "No module named 'requests'");
//! f.error_type = Some("ModuleNotFoundError".into());
//! let v = features(&FeatureInput::new(&f));
//! assert!(!v.is_empty());
//! ```

use std::path::Path;

use crate::context::{is_test_path, ChangeIntent, Context};
use crate::failure::{Failure, Runner};

/// Number of hash buckets. A power of two.
pub const DIM: usize = 4096;

/// What the classifier looks at: the failure plus the two run-time signals the parser cannot see.
#[derive(Debug, Clone, Copy)]
pub struct FeatureInput<'a> {
    pub failure: &'a Failure,
    /// `Some(true)` when re-running the failing test on unchanged code flipped its outcome, `Some(false)` when it
    /// was re-run and failed again, `None` when it was not re-run.
    pub flipped: Option<bool>,
    pub intent: ChangeIntent,
}

impl<'a> FeatureInput<'a> {
    /// No re-run and no git evidence.
    pub fn new(failure: &'a Failure) -> Self {
        FeatureInput { failure, flipped: None, intent: ChangeIntent::Unknown }
    }

    /// The signals a strategy context carries: observations from re-runs and git intent for the failing file.
    pub fn from_context(failure: &'a Failure, ctx: &Context) -> Self {
        let flipped = (ctx.observed.reruns > 0).then(|| ctx.observed.flipped());
        let intent = failure
            .file
            .as_deref()
            .map(|f| ctx.sources.relative(f).unwrap_or_else(|| f.to_path_buf()))
            .map_or(ChangeIntent::Unknown, |f| ctx.git.intent_for(&f));
        FeatureInput { failure, flipped, intent }
    }
}

/// FNV-1a, stable across platforms and releases (the shipped weights depend on it).
fn hash(s: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h as usize) & (DIM - 1)
}

/// The sparse feature vector: (bucket, value) pairs, buckets sorted and unique, L2-normalised per group.
pub fn features(input: &FeatureInput) -> Vec<(usize, f64)> {
    let mut out: Vec<(usize, f64)> = Vec::with_capacity(96);
    each_signal(input, &mut |name, value| out.push((hash(name), value)));
    out.sort_unstable_by_key(|&(i, _)| i);
    let mut merged: Vec<(usize, f64)> = Vec::with_capacity(out.len());
    for (i, v) in out {
        match merged.last_mut() {
            Some((j, w)) if *j == i => *w += v,
            _ => merged.push((i, v)),
        }
    }
    merged
}

/// The named signals behind [`features`], with their bucket: what to look at when the classifier is wrong.
///
/// ```
/// use maestro_test_healer::classify::features::{signals, FeatureInput};
/// use maestro_test_healer::failure::{Failure, FailureKind, Runner};
/// let f = Failure::new(FailureKind::Timeout, Runner::Pytest, "Timeout >0.1s");
/// assert!(signals(&FeatureInput::new(&f)).iter().any(|(name, _, _)| name == "kind=Timeout"));
/// ```
pub fn signals(input: &FeatureInput) -> Vec<(String, usize, f64)> {
    let mut out = Vec::new();
    each_signal(input, &mut |name, value| out.push((name.to_string(), hash(name), value)));
    out
}

fn each_signal(input: &FeatureInput, push: &mut dyn FnMut(&str, f64)) {
    let f = input.failure;

    push(&format!("kind={:?}", f.kind), 1.0);
    push(&format!("runner={}", f.runner.name()), 1.0);
    push(&format!("lang={}", language(f)), 1.0);
    let etype = f.error_type.as_deref().unwrap_or("none");
    push(&format!("etype={etype}"), 1.0);
    if let Some(code) = etype.strip_prefix("TS") {
        push(&format!("tscode={}", &code[..code.len().min(2)]), 1.0);
    }
    push(&format!("frame={}", frame_location(f)), 1.0);
    // A flip on unchanged code is decisive; failing again is not evidence of determinism (flaky tests often fail
    // several runs in a row, and a failure that depends on test order fails every time in the full run), so
    // "failed again" and "not re-run" are one signal.
    push(if input.flipped == Some(true) { "flip=yes" } else { "flip=unknown" }, 1.0);
    let git = match input.intent {
        ChangeIntent::CodeNewer => "code_newer",
        ChangeIntent::TestNewer => "test_newer",
        ChangeIntent::Unknown => "unknown",
    };
    push(&format!("git={git}"), 1.0);
    push(if f.expected.is_some() || f.actual.is_some() { "has_expected=1" } else { "has_expected=0" }, 1.0);

    let tokens = normalize_tokens(&f.message);
    let weight = 1.0 / ((tokens.len() as f64).sqrt().max(1.0));
    let mut prev = "^";
    for t in &tokens {
        push(&format!("w={t}"), weight);
        push(&format!("b={prev}_{t}"), weight);
        prev = t;
    }
    if !tokens.is_empty() {
        push(&format!("b={prev}_$"), weight);
    }
    // A little of the raw output: the message is sometimes terse (`test failed`) where the runner's block says
    // more (`Cannot find module`, `timed out`).
    let raw: String = f.raw.chars().take(600).collect();
    let raw_tokens = normalize_tokens(&raw);
    let raw_tokens = &raw_tokens[..raw_tokens.len().min(80)];
    let weight = 0.5 / ((raw_tokens.len() as f64).sqrt().max(1.0));
    for t in raw_tokens {
        push(&format!("r={t}"), weight);
    }

    // Calls the failing code makes, from the source excerpt the runner prints (pytest, vitest): an assertion on
    // background work after `sleep`, a `random` call or a `Promise` read back as a value say more about the fix
    // than the mismatch itself. Only a fixed vocabulary, so names in the user's code cannot leak in.
    let raw: String = f.raw.chars().take(1500).collect();
    let words = code_words(&raw);
    let weight = 0.5 / ((words.len() as f64).sqrt().max(1.0));
    for w in &words {
        push(&format!("code={w}"), weight);
    }
    // Binary floating point noise (`0.30000000000000004`) in what was compared.
    let compared = [Some(f.message.as_str()), f.actual.as_deref(), f.expected.as_deref()];
    if compared.into_iter().flatten().any(has_float_noise) {
        push("float_noise", 1.0);
    }
    let mut shape = comparison_shape(f.actual.as_deref(), f.expected.as_deref());
    if !shape.contains(&"cmp=reordered") && diff_is_reordering(&f.raw) {
        shape.push("cmp=reordered");
    }
    // What a mismatch means depends on who changed last: items reordered after a code change are most likely an
    // intended new order; reordered with no change on either side is nondeterminism. A linear model needs the
    // pair as a feature of its own to tell the two apart.
    for signal in shape {
        push(signal, 1.0);
        push(&format!("{signal}&git={git}"), 1.0);
    }
}

/// Whether the runner's line diff of a failed comparison only moves lines: the lines it removes are exactly the
/// lines it adds, in another order. Reads pytest's `Full diff:` block, vitest/jest's `- Expected` / `+ Received`
/// block and node:assert's `+ actual - expected` block, which show every item where the one-line message
/// truncates (`['a', '...-dev']`, `…(1)`).
fn diff_is_reordering(raw: &str) -> bool {
    let mut in_diff = false;
    let (mut added, mut removed): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for line in raw.lines().take(400) {
        // pytest prefixes its explanation lines with `E` and indentation.
        let body = line.strip_prefix("E ").unwrap_or(line).trim_start();
        if body.starts_with("Full diff:") || body == "- Expected" || body == "+ actual - expected" {
            in_diff = true;
            continue;
        }
        if !in_diff || body == "+ Received" {
            continue;
        }
        if let Some(rest) = body.strip_prefix('+') {
            added.push(rest.trim().trim_end_matches(','));
        } else if let Some(rest) = body.strip_prefix('-') {
            removed.push(rest.trim().trim_end_matches(','));
        } else if body.starts_with('❯') || body.starts_with("at ") || body.ends_with(": AssertionError") {
            break;
        }
    }
    added.retain(|l| !l.is_empty());
    removed.retain(|l| !l.is_empty());
    if added.is_empty() || added.len() != removed.len() {
        return false;
    }
    added.sort_unstable();
    removed.sort_unstable();
    added == removed
}

/// Words of the API vocabulary the classifier knows, in the order found, each once. Identifiers are split at
/// `.`, `_` and other non-letters (`asyncio.create_task` → `asyncio`, `create`, `task`); camelCase stays whole
/// (`setTimeout` → `settimeout`).
const CODE_VOCABULARY: &[&str] = &[
    "sleep",
    "await",
    "async",
    "asyncio",
    "coroutine",
    "task",
    "gather",
    "thread",
    "threading",
    "join",
    "worker",
    "timeout",
    "timer",
    "settimeout",
    "promise",
    "wait",
    "poll",
    "deadline",
    "monotonic",
    "perf",
    "random",
    "shuffle",
    "choice",
    "sample",
    "seed",
    "uuid",
    "now",
    "date",
    "datetime",
    "time",
    "hrtime",
    "set",
    "sorted",
    "sort",
    "approx",
    "environ",
    "getenv",
    "env",
    "tmp",
    "fixture",
    "events",
    "then",
    "resolve",
    "race",
    "all",
    "math",
];

fn code_words(text: &str) -> Vec<&'static str> {
    let mut found: Vec<&'static str> = Vec::new();
    let mut seen = [false; CODE_VOCABULARY.len()];
    let mut piece = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_alphabetic() {
            if piece.len() < 16 {
                piece.push(c.to_ascii_lowercase());
            }
            continue;
        }
        if let Some(i) = CODE_VOCABULARY.iter().position(|w| *w == piece.as_str()) {
            if !seen[i] {
                seen[i] = true;
                found.push(CODE_VOCABULARY[i]);
            }
        }
        piece.clear();
    }
    found
}

/// What the two sides of a failed comparison look like: the same items in another order (`cmp=reordered`),
/// nothing yet where something was expected (`cmp=empty_actual`), a promise or coroutine where a value was
/// expected (`cmp=pending_value`), clock readings (`cmp=epoch`: 10- or 13-digit
/// timestamps; `cmp=clock_time`: `HH:MM` on both sides).
fn comparison_shape(actual: Option<&str>, expected: Option<&str>) -> Vec<&'static str> {
    let (Some(a), Some(e)) = (actual, expected) else { return Vec::new() };
    let mut out = Vec::new();
    let items = |s: &str| -> Vec<String> {
        s.split(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '/')))
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (ia, ie) = (items(a), items(e));
    if ia.len() >= 2 && ia != ie {
        let (mut sa, mut se) = (ia.clone(), ie.clone());
        sa.sort();
        se.sort();
        if sa == se {
            out.push("cmp=reordered");
        }
    }
    let empty = |s: &str| {
        matches!(s.trim(), "[]" | "{}" | "None" | "undefined" | "null" | "0" | "+0" | "''" | "\"\"" | "set()" | "false")
    };
    if empty(a) && !empty(e) {
        out.push("cmp=empty_actual");
    }
    // A promise or coroutine compared as if it were its value: an `await` is missing.
    let t = a.trim_start();
    if t.starts_with("Promise") || t.starts_with("<coroutine") {
        out.push("cmp=pending_value");
    }
    let epoch =
        |t: &String| (t.len() == 10 || t.len() == 13) && t.starts_with('1') && t.bytes().all(|b| b.is_ascii_digit());
    if ia.iter().any(epoch) && ie.iter().any(epoch) {
        out.push("cmp=epoch");
    }
    let clock = |s: &str| {
        s.as_bytes().windows(5).any(|w| {
            w[0].is_ascii_digit()
                && w[1].is_ascii_digit()
                && w[2] == b':'
                && w[3].is_ascii_digit()
                && w[4].is_ascii_digit()
        })
    };
    if clock(a) && clock(e) {
        out.push("cmp=clock_time");
    }
    out
}

/// A decimal with a run of 9+ zeros or nines after the point, the mark of a rounding error.
fn has_float_noise(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'.' && i > 0 && b[i - 1].is_ascii_digit() {
            let digits: Vec<u8> = b[i + 1..].iter().copied().take_while(u8::is_ascii_digit).collect();
            let run = |d: u8| digits.windows(9).any(|w| w.iter().all(|&x| x == d));
            if digits.len() >= 12 && (run(b'0') || run(b'9')) {
                return true;
            }
            i += 1 + digits.len();
            continue;
        }
        i += 1;
    }
    false
}

/// `python`, `typescript` or `javascript`, from the failing file's extension or the runner.
pub fn language(f: &Failure) -> &'static str {
    let ext = f.file.as_deref().and_then(|p| p.extension()).and_then(|e| e.to_str()).unwrap_or("");
    match ext {
        "py" => "python",
        "ts" | "tsx" | "mts" | "cts" => "typescript",
        "js" | "mjs" | "cjs" | "jsx" => "javascript",
        _ => match f.runner {
            Runner::Pytest | Runner::Unittest | Runner::Traceback | Runner::Mypy | Runner::Pyright | Runner::Ruff => {
                "python"
            }
            Runner::NodeTest => "javascript",
            _ => "typescript",
        },
    }
}

/// Where the innermost frame lives: `test`, `source`, `library` or `none`.
pub fn frame_location(f: &Failure) -> &'static str {
    let Some(frame) = f.frames.last() else {
        return match f.file.as_deref() {
            Some(p) if is_test_path(p) => "test_file",
            Some(_) => "source_file",
            None => "none",
        };
    };
    classify_path(&frame.file)
}

fn classify_path(p: &Path) -> &'static str {
    let s = p.to_string_lossy();
    if s.starts_with("node:")
        || s.contains("node_modules")
        || s.contains("site-packages")
        || s.contains("/lib/python")
        || s.starts_with('<')
    {
        "library"
    } else if is_test_path(p) {
        "test"
    } else {
        "source"
    }
}

/// Lowercased word tokens with literals and identifiers replaced by placeholders: quoted strings → `<str>`,
/// numbers → `<num>`, paths → `<path>`, identifiers that are not plain words (snake_case, camelCase, dotted,
/// with digits) → `<id>`. Plain words and punctuation that carries meaning (`!==`, `==`, `(`) are kept.
pub fn normalize_tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() && out.len() < 200 {
        let c = chars[i];
        if c == '\'' || c == '"' || c == '`' {
            // A quoted literal up to the matching quote on the same line.
            let mut j = i + 1;
            while j < chars.len() && chars[j] != c && chars[j] != '\n' {
                j += 1;
            }
            if j < chars.len() && chars[j] == c {
                out.push("<str>".to_string());
                i = j + 1;
                continue;
            }
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.' || chars[i] == '_') {
                i += 1;
            }
            out.push("<num>".to_string());
            continue;
        }
        if c.is_alphabetic() || c == '_' || c == '$' || c == '/' || c == '.' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || matches!(chars[i], '_' | '$' | '/' | '.' | '-' | '\\'))
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let word = word.trim_end_matches(['.', '-']);
            if word.is_empty() {
                continue;
            }
            out.push(normalize_word(word));
            continue;
        }
        if matches!(c, '=' | '!' | '<' | '>' | '(' | ')' | '[' | ']' | '{' | '}' | ':' | ';' | ',' | '+' | '-') {
            let start = i;
            while i < chars.len() && i - start < 3 && matches!(chars[i], '=' | '!' | '<' | '>') {
                i += 1;
            }
            if i == start {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
            continue;
        }
        i += 1;
    }
    out
}

fn normalize_word(w: &str) -> String {
    if w.contains('/') || w.contains('\\') || w.ends_with(".py") || w.ends_with(".ts") || w.ends_with(".mjs") {
        return "<path>".into();
    }
    let plain = w.chars().all(|c| c.is_ascii_lowercase())
        || (w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && w.chars().skip(1).all(|c| c.is_ascii_lowercase()));
    // Error class names (`TypeError`, `ModuleNotFoundError`) and runner codes (`ERR_MODULE_NOT_FOUND`) are signal,
    // not identifiers.
    let error_name = w.ends_with("Error") || w.ends_with("Exception") || w.starts_with("ERR_") || w.starts_with("TS");
    if plain || error_name {
        w.to_ascii_lowercase()
    } else {
        "<id>".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::failure::FailureKind;

    #[test]
    fn literals_and_identifiers_are_normalised() {
        let t = normalize_tokens("cannot import name 'total_v2' from 'm_s1' (pkg/m_s1.py) at line 12");
        assert_eq!(
            t,
            ["cannot", "import", "name", "<str>", "from", "<str>", "(", "<path>", ")", "at", "line", "<num>"]
        );
        let t = normalize_tokens("Property 'addItem' does not exist on type Cart. Did you mean cart.add?");
        assert!(t.contains(&"<id>".to_string()) && t.contains(&"property".to_string()));
        assert_eq!(normalize_tokens("ModuleNotFoundError: x"), ["modulenotfounderror", ":", "x"]);
    }

    #[test]
    fn code_words_and_float_noise() {
        assert_eq!(
            code_words("await asyncio.create_task(x); time.sleep(0.01); setTimeout(fn); Math.random(); myHelper()"),
            ["await", "asyncio", "task", "time", "sleep", "settimeout", "math", "random"]
        );
        assert!(code_words("totalPrice(cart_items)").is_empty());
        assert!(has_float_noise("assert 0.30000000000000004 == 0.3"));
        assert!(has_float_noise("expected 0.7999999999999999 to be 0.8"));
        assert!(!has_float_noise("assert 0.3 == 0.25 and 3.14159265358979"));
        assert_eq!(comparison_shape(Some("['b', 'a']"), Some("['a', 'b']")), ["cmp=reordered"]);
        assert_eq!(comparison_shape(Some("[]"), Some("['boot']")), ["cmp=empty_actual"]);
        assert_eq!(comparison_shape(Some("Promise{…}"), Some("{ port: 80 }")), ["cmp=pending_value"]);
        assert_eq!(comparison_shape(Some("1795630455347"), Some("1795630455366")), ["cmp=epoch"]);
        assert_eq!(comparison_shape(Some("'Mon 04:00-12:00'"), Some("'Mon 09:00-17:00'")), ["cmp=clock_time"]);
        assert!(comparison_shape(Some("[1, 2]"), Some("[1, 3]")).is_empty());
        assert_eq!(comparison_shape(Some("[ '/about', '/' ]"), Some("[ '/', '/about' ]")), ["cmp=reordered"]);
    }

    #[test]
    fn line_diffs_that_only_move_items_are_reorderings() {
        let pytest = "E       AssertionError: assert ['africa', 'a...mea'] == ['amer', 'eme...ica']\nE         \n\
                      E         Full diff:\nE           [\nE         +     'africa',\nE               'amer',\n\
                      E         -     'africa',\nE           ]\n\ntests/test_w.py:15: AssertionError";
        assert!(diff_is_reordering(pytest));
        let vitest = "AssertionError: expected [ 'bundle', 'lint', …(1) ] to deeply equal [ 'lint', …(2) ]\n\n\
                      - Expected\n+ Received\n\n  [\n+   \"bundle\",\n    \"lint\",\n-   \"bundle\",\n  ]\n\n ❯ a.test.ts:3:1";
        assert!(diff_is_reordering(vitest));
        let changed = "- Expected\n+ Received\n\n  [\n-   \"a\",\n+   \"b\",\n  ]\n";
        assert!(!diff_is_reordering(changed));
        assert!(!diff_is_reordering("E   assert 1 == 2\n+ not a diff\n- at all"));

        // The comparison's shape is paired with git intent: reordered after a code change reads differently
        // from reordered with nothing changed.
        let mut f = Failure::new(FailureKind::TestFailure, Runner::Vitest, "expected [ 'b', 'a' ] to deeply equal");
        f.raw = vitest.to_string();
        let names = |intent| -> Vec<String> {
            signals(&FeatureInput { failure: &f, flipped: None, intent }).into_iter().map(|s| s.0).collect()
        };
        assert!(names(ChangeIntent::CodeNewer).contains(&"cmp=reordered&git=code_newer".to_string()));
        assert!(names(ChangeIntent::Unknown).contains(&"cmp=reordered&git=unknown".to_string()));
    }

    #[test]
    fn vectors_are_sorted_and_unique() {
        let mut f = Failure::new(FailureKind::TestFailure, Runner::Vitest, "expected 3 to be 4 3 3");
        f.file = Some("src/a.test.ts".into());
        let v = features(&FeatureInput::new(&f));
        assert!(v.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(v.iter().all(|&(i, _)| i < DIM));
        assert_eq!(language(&f), "typescript");
    }
}
