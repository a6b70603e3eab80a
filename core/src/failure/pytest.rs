//! pytest output: default, `-q`, `-v`, `--tb=short/long`, `-rA` summaries and collection errors.
//!
//! The FAILURES/ERRORS sections carry the detail (frames, `E` lines); the short test summary carries the
//! exact node ids. Blocks are matched to summary lines by their title so each failure gets both.

use std::path::PathBuf;

use super::util::{
    clean_path, is_test_path, kind_for_exception, lazy_regex, not_recognized, num, python_actual_expected,
    split_exception_line,
};
use super::{Failure, FailureKind, Frame, ParseError, Runner};

lazy_regex!(SECTION, r"^=+ (FAILURES|ERRORS|PASSES|warnings summary|short test summary info|.*) =+$");
lazy_regex!(BLOCK_TITLE, r"^_{3,} (.+?) _{3,}$");
// Node ids may hold spaces inside their parameter brackets (`test_x[a-4000 b]`).
lazy_regex!(SUMMARY_LINE, r"^(FAILED|ERROR) ([^\s\[]+(?:\[.*?\])?)(?: - (.*))?$");
lazy_regex!(
    FINAL_LINE,
    r"(?m)^=*\s*(?:\d+ (?:failed|passed|errors?|skipped|deselected|xfailed|xpassed|warnings?|selected|rerun)(?:, )?)+.* in \d+(?:\.\d+)?s\b|^=*\s*no tests ran in "
);
lazy_regex!(LOCATION, r"^(\S[^:]*):(\d+):(?: (.*))?$");
lazy_regex!(PY_FILE_LINE, r#"^\s*File "([^"]+)", line (\d+)"#);

/// A short-test-summary line; the prefix test skips the regex on all the other lines.
fn summary_line(line: &str) -> Option<regex::Captures<'_>> {
    (line.starts_with("FAILED ") || line.starts_with("ERROR ")).then(|| SUMMARY_LINE.captures(line)).flatten()
}

/// Whether the text carries pytest's markers.
pub(crate) fn looks_like(output: &str) -> bool {
    output.contains("test session starts")
        || output.contains("ImportError while loading conftest '")
        || output.contains("short test summary info")
        || FINAL_LINE.is_match(output)
        || output.lines().any(|l| {
            l.starts_with('=')
                .then(|| SECTION.captures(l))
                .flatten()
                .is_some_and(|c| c.get(1).is_some_and(|m| m.as_str() == "FAILURES" || m.as_str() == "ERRORS"))
                || l.contains("ERROR collecting ")
                || summary_line(l).is_some_and(|c| c.get(2).is_some_and(|m| m.as_str().contains(".py")))
        })
}

/// Parses pytest output into one failure per failing test or collection error.
pub fn parse(output: &str) -> Result<Vec<Failure>, ParseError> {
    // A conftest that fails to import stops pytest before any session header: one failure, in the conftest.
    if let Some(f) = conftest_error(output) {
        return Ok(vec![f]);
    }
    if !looks_like(output) {
        return Err(not_recognized(
            Runner::Pytest,
            "no session header, FAILURES/ERRORS section, summary line or result line",
        ));
    }
    let lines: Vec<&str> = output.lines().collect();
    let mut summary = SummaryIndex::new(summary_entries(&lines));
    let mut failures = Vec::new();
    for block in detail_blocks(&lines) {
        let node_id = summary.take_matching_id(&block);
        failures.push(block_to_failure(&block, node_id));
    }
    // Whatever the summary lists but no detail block covered (`--tb=no`, `--tb=line`, truncated logs).
    let mut locations = tb_line_locations(&lines);
    for entry in summary.entries.into_iter().flatten() {
        let mut f = summary_to_failure(&entry);
        // `--tb=line` prints `path:line: message` per failure, in the summary's order.
        let file = PathBuf::from(file_of_node_id(&entry.node_id));
        if let Some(i) = locations.iter().position(|(p, _)| p.ends_with(&file)) {
            let (path, line) = locations.remove(i);
            f.line = Some(line);
            f.frames = vec![Frame { file: clean_path(&path.to_string_lossy()), line, column: None, function: None }];
        }
        failures.push(f);
    }
    Ok(failures)
}

/// `ImportError while loading conftest '/abs/tests/conftest.py'.` followed by `tests/conftest.py:3: in <module>`
/// and the `E   ImportError: ...` line.
fn conftest_error(output: &str) -> Option<Failure> {
    let rest = output.split("ImportError while loading conftest '").nth(1)?;
    let path = rest.split('\'').next()?;
    let mut location = None;
    let mut last_e = None;
    for line in rest.lines().skip(1) {
        if let Some(c) = LOCATION.captures(line) {
            if c.get(1).is_some_and(|m| m.as_str().ends_with(".py")) {
                location = Some((c.get(1)?.as_str().to_string(), num(c.get(2)?.as_str())));
            }
        }
        if let Some(e) = line.strip_prefix("E ") {
            last_e = Some(e.trim().to_string());
        }
    }
    let (error_type, message) = split_exception_line(&last_e?)?;
    let mut f = Failure::new(kind_for_exception(&error_type, FailureKind::ImportError), Runner::Pytest, message);
    f.error_type = Some(error_type);
    let (file, line) = location.map_or((path.to_string(), None), |(f, l)| (f, l));
    f.file = Some(clean_path(&file));
    f.line = line;
    f.raw = output.to_string();
    Some(f)
}

/// The summary entries, indexed by every `::`-suffix of their node ids (and by the whole id), so matching a
/// block to its entry stays linear in the size of the output.
struct SummaryIndex {
    entries: Vec<Option<SummaryEntry>>,
    by_key: std::collections::HashMap<String, std::collections::VecDeque<usize>>,
}

impl SummaryIndex {
    fn new(entries: Vec<SummaryEntry>) -> Self {
        let mut by_key: std::collections::HashMap<String, std::collections::VecDeque<usize>> = Default::default();
        for (i, e) in entries.iter().enumerate() {
            by_key.entry(e.node_id.clone()).or_default().push_back(i);
            let mut rest = e.node_id.as_str();
            while let Some(pos) = rest.find("::") {
                rest = &rest[pos + 2..];
                by_key.entry(format!("::{rest}")).or_default().push_back(i);
            }
        }
        SummaryIndex { entries: entries.into_iter().map(Some).collect(), by_key }
    }

    /// Finds (and removes) the entry this block describes: its node id ends with the block title
    /// (`TestX.test_y` ↔ `path::TestX::test_y`) and, when ambiguous, names a file the block mentions.
    fn take_matching_id(&mut self, block: &Block) -> Option<String> {
        let key = match collected_path(block) {
            Some(path) => path.to_string(),
            None => format!("::{}", block_title_as_id_suffix(block)),
        };
        let entries = &self.entries;
        let queue = self.by_key.get_mut(&key)?;
        while queue.front().is_some_and(|&i| entries.get(i).is_none_or(Option::is_none)) {
            queue.pop_front();
        }
        let live: Vec<usize> =
            queue.iter().copied().filter(|&i| entries.get(i).is_some_and(Option::is_some)).take(64).collect();
        let chosen = match live.as_slice() {
            [] => return None,
            [only] => *only,
            many => {
                let text = block.body.join("\n");
                many.iter()
                    .copied()
                    .find(|&i| {
                        entries
                            .get(i)
                            .and_then(Option::as_ref)
                            .is_some_and(|e| text.contains(file_of_node_id(&e.node_id)))
                    })
                    .unwrap_or(many[0])
            }
        };
        self.entries.get_mut(chosen)?.take().map(|e| e.node_id)
    }
}

/// A `FAILED`/`ERROR` line of the short test summary.
#[derive(Debug)]
struct SummaryEntry {
    status: String,
    node_id: String,
    message: Option<String>,
    raw: String,
}

fn summary_entries(lines: &[&str]) -> Vec<SummaryEntry> {
    lines
        .iter()
        .filter_map(|l| summary_line(l).map(|c| (l, c)))
        .filter_map(|(l, c)| {
            let node_id = c.get(2)?.as_str().to_string();
            // `ERROR collecting` headers and random prose also start with ERROR; node ids always name a .py file.
            if !node_id.contains(".py") {
                return None;
            }
            Some(SummaryEntry {
                status: c.get(1)?.as_str().to_string(),
                node_id,
                message: c.get(3).map(|m| m.as_str().to_string()),
                raw: l.to_string(),
            })
        })
        .collect()
}

/// The `path:line: message` lines `--tb=line` prints in the FAILURES section (no blocks there).
fn tb_line_locations(lines: &[&str]) -> Vec<(PathBuf, u32)> {
    let mut out = Vec::new();
    let mut in_failures = false;
    for line in lines {
        if let Some(c) = line.starts_with('=').then(|| SECTION.captures(line)).flatten() {
            in_failures = c.get(1).is_some_and(|m| m.as_str() == "FAILURES");
            continue;
        }
        if !in_failures || line.starts_with("___") {
            continue;
        }
        let Some(c) = line.contains(':').then(|| LOCATION.captures(line)).flatten() else { continue };
        if let (Some(path), Some(n)) = (c.get(1), c.get(2).and_then(|m| num(m.as_str()))) {
            out.push((PathBuf::from(path.as_str()), n));
        }
    }
    out
}

/// One `____ title ____` block inside FAILURES or ERRORS.
#[derive(Debug)]
struct Block<'a> {
    title: &'a str,
    body: Vec<&'a str>,
}

fn detail_blocks<'a>(lines: &[&'a str]) -> Vec<Block<'a>> {
    let mut blocks: Vec<Block<'a>> = Vec::new();
    let mut section: Option<&'a str> = None;
    for line in lines {
        if let Some(c) = line.starts_with('=').then(|| SECTION.captures(line)).flatten() {
            let name = c.get(1).map_or("", |m| m.as_str());
            section = (name == "FAILURES" || name == "ERRORS").then_some(name);
            continue;
        }
        if section.is_none() {
            continue;
        }
        if let Some(title) =
            line.starts_with("___").then(|| BLOCK_TITLE.captures(line)).flatten().and_then(|c| c.get(1))
        {
            blocks.push(Block { title: title.as_str(), body: Vec::new() });
        } else if let Some(b) = blocks.last_mut() {
            b.body.push(line);
        }
    }
    blocks
}

/// The collected path of an `ERROR collecting x.py` block, if it is one.
fn collected_path<'a>(block: &Block<'a>) -> Option<&'a str> {
    block.title.strip_prefix("ERROR collecting ").map(str::trim)
}

/// `TestX.test_y[a.b]` → `TestX::test_y[a.b]`: dots before the parameter brackets separate classes.
fn block_title_as_id_suffix(block: &Block) -> String {
    let title = block.title.trim();
    let title = title
        .strip_prefix("ERROR at setup of ")
        .or_else(|| title.strip_prefix("ERROR at teardown of "))
        .unwrap_or(title);
    match title.find('[') {
        Some(i) => {
            format!("{}{}", title.get(..i).unwrap_or_default().replace('.', "::"), title.get(i..).unwrap_or_default())
        }
        None => title.replace('.', "::"),
    }
}

fn file_of_node_id(node_id: &str) -> &str {
    node_id.split("::").next().unwrap_or(node_id)
}

/// What the `E` lines of a block say.
#[derive(Debug, Default)]
struct ErrorLines {
    error_type: Option<String>,
    message: String,
    /// The `assert x == y` line after an assertion's own message.
    comparison: Option<String>,
    syntax_location: Option<(PathBuf, u32)>,
}

/// The exception line is the least indented `E` line (explanations and compile-error blocks are indented deeper).
fn read_e_lines(body: &[&str]) -> ErrorLines {
    let e_lines: Vec<&str> =
        body.iter().filter_map(|l| l.strip_prefix('E')).filter(|l| l.starts_with(' ') || l.is_empty()).collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let min_indent = e_lines.iter().filter(|l| !l.trim().is_empty()).map(|l| indent(l)).min();
    let mut out = ErrorLines::default();
    let head = e_lines.iter().find(|l| !l.trim().is_empty() && Some(indent(l)) == min_indent);
    if let Some(head) = head {
        let head = head.trim();
        match split_exception_line(head) {
            Some((t, m)) => {
                out.error_type = Some(t);
                out.message = m;
            }
            None => {
                if head.starts_with("assert ") {
                    out.error_type = Some("AssertionError".to_string());
                }
                out.message = head.to_string();
            }
        }
    }
    // `assert x == y, msg` prints the message first and the comparison on the next line at the same indent.
    if out.error_type.as_deref() == Some("AssertionError") && !out.message.starts_with("assert ") {
        let comparison = e_lines
            .iter()
            .skip_while(|l| Some(*l) != head)
            .skip(1)
            .find(|l| Some(indent(l)) == min_indent && l.trim().starts_with("assert "));
        out.comparison = comparison.map(|l| l.trim().to_string());
    }
    out.syntax_location = e_lines.iter().find_map(|l| {
        let c = l.contains("File \"").then(|| PY_FILE_LINE.captures(l))??;
        Some((clean_path(c.get(1)?.as_str()), num(c.get(2)?.as_str())?))
    });
    out
}

/// Frames from `path:line: in func` / `path:line: ErrType` lines, outermost first as pytest prints them.
fn read_frames(body: &[&str]) -> (Vec<Frame>, Option<String>) {
    let mut frames = Vec::new();
    let mut last_kind = None;
    for line in body {
        // Most body lines are code and messages: only lines with a `:` can be locations (the regex is costly).
        let Some(c) = line.contains(':').then(|| LOCATION.captures(line)).flatten() else { continue };
        let (Some(file), Some(n)) = (c.get(1), c.get(2).and_then(|m| num(m.as_str()))) else { continue };
        let tail = c.get(3).map_or("", |m| m.as_str().trim());
        let function = tail.strip_prefix("in ").map(|s| s.trim().to_string());
        if function.is_none() && !tail.is_empty() {
            // `--tb=long` ends each block with `file:line: ErrType`.
            last_kind = Some(tail.to_string());
        }
        frames.push(Frame { file: clean_path(file.as_str()), line: n, column: None, function });
    }
    (frames, last_kind)
}

/// Python prints chained exceptions oldest first: the one the test actually raised follows the last
/// "The above exception ..." / "During handling of the above exception ..." separator.
fn last_chained<'a, 'b>(body: &'a [&'b str]) -> &'a [&'b str] {
    let sep = body.iter().rposition(|l| {
        let l = l.trim();
        l.starts_with("The above exception was the direct cause")
            || l.starts_with("During handling of the above exception")
    });
    match sep {
        Some(i) => &body[i + 1..],
        None => body,
    }
}

fn block_to_failure(block: &Block, node_id: Option<String>) -> Failure {
    let e = read_e_lines(last_chained(&block.body));
    let (frames, trailing_type) = read_frames(&block.body);
    let error_type = e.error_type.clone().or(trailing_type);
    let collected = collected_path(block);
    let kind = kind_of(block, error_type.as_deref(), &e.message);
    let mut f = Failure::new(kind, Runner::Pytest, e.message.clone());
    let node_id = node_id.or_else(|| collected.map(str::to_string)).or_else(|| guess_node_id(block, &frames));
    let test_file = node_id.as_deref().map(file_of_node_id).map(clean_path).or_else(|| first_test_frame(&frames));
    if let (FailureKind::SyntaxError, Some((file, line))) = (kind, e.syntax_location.clone()) {
        f.file = Some(file);
        f.line = Some(line);
    } else {
        f.line = test_file.as_ref().and_then(|tf| frames.iter().rev().find(|fr| &fr.file == tf)).map(|fr| fr.line);
        f.file = test_file;
    }
    let operands =
        python_actual_expected(&e.message).or_else(|| e.comparison.as_deref().and_then(python_actual_expected));
    if let (None | Some("AssertionError"), Some((a, x))) = (error_type.as_deref(), operands) {
        f.actual = Some(a);
        f.expected = Some(x);
    }
    f.test_id = node_id;
    f.error_type = error_type;
    f.frames = frames;
    f.raw = std::iter::once(format!("{} {} {}", "_____", block.title, "_____"))
        .chain(block.body.iter().map(|s| s.to_string()))
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string();
    f
}

/// Reads a failure from one block's title and text, as pytest's JUnit XML stores them.
pub(crate) fn failure_from_block(title: &str, text: &str, node_id: Option<String>) -> Failure {
    let block = Block { title, body: text.lines().collect() };
    block_to_failure(&block, node_id)
}

fn kind_of(block: &Block, error_type: Option<&str>, message: &str) -> FailureKind {
    if error_type == Some("Failed") && message.starts_with("Timeout") {
        return FailureKind::Timeout;
    }
    let collecting = collected_path(block).is_some();
    let default = if collecting { FailureKind::CollectionError } else { FailureKind::TestFailure };
    error_type.map_or(default, |t| kind_for_exception(t, default))
}

/// Without a summary line, `path::Title` rebuilt from the block's first frame (the test function).
fn guess_node_id(block: &Block, frames: &[Frame]) -> Option<String> {
    let file = first_test_frame(frames)?;
    Some(format!("{}::{}", file.to_string_lossy(), block_title_as_id_suffix(block)))
}

fn first_test_frame(frames: &[Frame]) -> Option<PathBuf> {
    frames.iter().find(|f| is_test_path(&f.file.to_string_lossy())).or_else(|| frames.first()).map(|f| f.file.clone())
}

fn summary_to_failure(entry: &SummaryEntry) -> Failure {
    let message = entry.message.clone().unwrap_or_default();
    let (error_type, text) = match split_exception_line(&message) {
        Some((t, m)) => (Some(t), m),
        None if message.starts_with("assert ") => (Some("AssertionError".to_string()), message.clone()),
        None => (None, message.clone()),
    };
    let is_collection = entry.status == "ERROR" && !entry.node_id.contains("::");
    let default = if is_collection { FailureKind::CollectionError } else { FailureKind::TestFailure };
    let mut kind = error_type.as_deref().map_or(default, |t| kind_for_exception(t, default));
    if error_type.as_deref() == Some("Failed") && text.starts_with("Timeout") {
        kind = FailureKind::Timeout;
    }
    let mut f = Failure::new(kind, Runner::Pytest, text.clone());
    if let Some((a, x)) = python_actual_expected(&text) {
        f.actual = Some(a);
        f.expected = Some(x);
    }
    f.file = Some(clean_path(file_of_node_id(&entry.node_id)));
    f.test_id = Some(entry.node_id.clone());
    f.error_type = error_type;
    f.raw = entry.raw.clone();
    f
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn ids_with_spaces_and_tb_line_keep_every_failure_and_its_line() {
        let out = "FF                                                                       [100%]\n\
=================================== FAILURES ===================================\n\
/tmp/spid/test_x.py:5: assert (1 + 2) == 4\n\
/tmp/spid/test_x.py:9: assert (4000 + 5) == 4\n\
=========================== short test summary info ============================\n\
FAILED test_x.py::test_x[a-1 b] - assert (1 + 2) == 4\n\
FAILED test_x.py::test_x[a-4000 b] - assert (4000 + 5) == 4\n\
2 failed in 0.02s\n";
        let f = parse(out).unwrap();
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[1].test_id.as_deref(), Some("test_x.py::test_x[a-4000 b]"));
        assert_eq!(f[1].message, "assert (4000 + 5) == 4");
        assert_eq!((f[0].line, f[1].line), (Some(5), Some(9)));
        assert_eq!(f[1].file.as_deref(), Some(std::path::Path::new("test_x.py")));
    }

    const LONG: &str = "============================= FAILURES =============================\n\
______________________ TestX.test_add ______________________\n\
\n\
    def test_add(self):\n\
>       assert add(1, 2) == 4\n\
E       assert 3 == 4\n\
E        +  where 3 = add(1, 2)\n\
\n\
tests/test_a.py:7: AssertionError\n\
========================= short test summary info ==========================\n\
FAILED tests/test_a.py::TestX::test_add - assert 3 == 4\n\
========================= 1 failed in 0.01s ==========================\n";

    #[test]
    fn a_conftest_that_fails_to_import_is_one_failure_in_the_conftest() {
        let out = "ImportError while loading conftest '/tmp/p/tests/conftest.py'.\ntests/conftest.py:3: in <module>\n    from library.branch import Branch\nE   ImportError: cannot import name 'Branch' from 'library.branch' (/tmp/p/library/branch.py)\n";
        let f = parse(out).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].error_type.as_deref(), Some("ImportError"));
        assert_eq!(f[0].file.as_deref(), Some(std::path::Path::new("tests/conftest.py")));
        assert_eq!(f[0].line, Some(3));
        assert!(f[0].message.starts_with("cannot import name 'Branch'"), "{}", f[0].message);
    }

    #[test]
    fn long_block_with_summary() {
        let f = parse(LONG).unwrap();
        assert_eq!(f.len(), 1);
        let f = &f[0];
        assert_eq!(f.test_id.as_deref(), Some("tests/test_a.py::TestX::test_add"));
        assert_eq!(f.file, Some(PathBuf::from("tests/test_a.py")));
        assert_eq!(f.line, Some(7));
        assert_eq!(f.actual.as_deref(), Some("3"));
        assert_eq!(f.expected.as_deref(), Some("4"));
        assert_eq!(f.error_type.as_deref(), Some("AssertionError"));
        assert_eq!(f.kind, FailureKind::TestFailure);
    }

    #[test]
    fn an_assertions_own_message_comes_before_its_operands() {
        // Before: `assert got == Decimal(expected), (basket, spend, got)` gave no operands, so a loop's next row
        // was not recognised as another row and its update was never tried.
        let out = "=== FAILURES ===\n_____ test_totals _____\n\n    def test_totals():\n        for basket, spend, expected in CASES:\n>           assert got == Decimal(expected), (basket, spend, got)\nE           AssertionError: ('19.99', '1200', Decimal('17.59'))\nE           assert Decimal('17.59') == Decimal('17.99')\nE            +  where Decimal('17.99') = Decimal('17.99')\n\ntests/test_d.py:37: AssertionError\n=== short test summary info ===\nFAILED tests/test_d.py::test_totals - AssertionError: ('19.99', '1200', Decimal('17.59'))\n";
        let f = parse(out).unwrap();
        assert_eq!(f[0].message, "('19.99', '1200', Decimal('17.59'))");
        assert_eq!(f[0].actual.as_deref(), Some("Decimal('17.59')"));
        assert_eq!(f[0].expected.as_deref(), Some("Decimal('17.99')"));
    }

    #[test]
    fn block_without_summary_rebuilds_the_id() {
        let out = LONG.lines().take(9).collect::<Vec<_>>().join("\n");
        let f = parse(&out).unwrap();
        assert_eq!(f[0].test_id.as_deref(), Some("tests/test_a.py::TestX::test_add"));
    }

    #[test]
    fn summary_only() {
        let out = "FAILED tests/test_b.py::test_y - AssertionError: 5 != 4\n1 failed in 0.02s\n";
        let f = parse(out).unwrap();
        assert_eq!(f[0].test_id.as_deref(), Some("tests/test_b.py::test_y"));
        assert_eq!(f[0].actual.as_deref(), Some("5"));
        assert_eq!(f[0].expected.as_deref(), Some("4"));
    }

    #[test]
    fn collection_syntax_error() {
        let out = "==== ERRORS ====\n____ ERROR collecting tests/test_s.py ____\nE     File \"/abs/tests/test_s.py\", line 2\nE       x = [1\nE           ^\nE   SyntaxError: '[' was never closed\n==== short test summary info ====\nERROR tests/test_s.py\n";
        let f = parse(out).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].kind, FailureKind::SyntaxError);
        assert_eq!(f[0].line, Some(2));
        assert_eq!(f[0].test_id.as_deref(), Some("tests/test_s.py"));
        assert_eq!(f[0].message, "'[' was never closed");
    }

    #[test]
    fn chained_exceptions_report_the_last_one() {
        let out = "_____ test_rates _____\n\n    def test_rates():\n>       asyncio.run(go())\n\ntests/test_r.py:8: \n\
E           asyncio.exceptions.CancelledError\n\n/usr/lib/python3.11/asyncio/tasks.py:649: CancelledError\n\n\
The above exception was the direct cause of the following exception:\n\n\
>                   raise exceptions.TimeoutError() from exc\nE                   TimeoutError\n\n\
/usr/lib/python3.11/asyncio/tasks.py:502: TimeoutError\n\
FAILED tests/test_r.py::test_rates - TimeoutError\n";
        let f = parse(out).unwrap();
        assert_eq!(f[0].error_type.as_deref(), Some("TimeoutError"));
        assert_eq!(f[0].kind, FailureKind::Timeout);
    }

    #[test]
    fn timeout() {
        let out = "FAILED tests/t.py::test_slow - Failed: Timeout >1.0s\n";
        assert_eq!(parse(out).unwrap()[0].kind, FailureKind::Timeout);
    }

    #[test]
    fn passing_and_foreign() {
        assert_eq!(parse("..\n2 passed in 0.01s\n").unwrap(), vec![]);
        assert!(parse("Ran 2 tests in 0.1s").is_err());
    }
}
