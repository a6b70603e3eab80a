//! Syntax repair.
//!
//! **What it does**: turns a file that does not parse (a missing `:`, bracket, paren, brace, comma or quote, a
//! wrong indentation) into one that does, with the smallest edit near the reported error.
//!
//! **Why**: a syntax error fails every test in the file; the fix is mechanical and does not change what the
//! tests check.
//!
//! **How**: tree-sitter marks the damage with ERROR/MISSING nodes. Candidates are the MISSING tokens tree-sitter
//! itself inferred, single closers/separators/quotes at the end of the lines around the error, deleting a stray
//! closer, and re-indenting the line to an enclosing block's level. Each candidate is applied and re-parsed; the
//! smallest one that leaves no ERROR/MISSING node wins.
//!
//! **Fix safety**: safe, unless several different minimal repairs parse cleanly, in which case the fix is
//! display-only: the healer cannot know which one the author meant. Safe in source files too (a syntax error in
//! the code under test fails every test that imports it, and the repair changes no behaviour), unless
//! `--tests-only`.

use std::path::Path;

use crate::context::Context;
use crate::failure::{Failure, FailureKind};
use crate::fix::{apply_edits, Applicability, Edit, Fix, StrategyKind};
use crate::source::SourceFile;
use crate::strategies::Strategy;

mod angle_closer;
mod fstring_quotes;
mod merge_markers;
mod missed_comma;

pub struct SyntaxRepair;

/// Tokens tried at line ends and at the error position.
const INSERTIONS: &[&str] = &[":", ")", "]", "}", ",", ";", "\"", "'", "`"];
const QUOTES: &[&str] = &["\"", "'", "`"];
/// Stray tokens that may be deleted. Never letters or digits: deleting those changes meaning.
const DELETABLE: &[char] = &[')', ']', '}', ',', ';', ':'];
/// How far (in lines) from the reported error candidates are tried.
const LINE_WINDOW: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Origin {
    /// A token tree-sitter reported MISSING: the grammar's own inference.
    Missing,
    LineEnd,
    AtError,
    Reindent,
    /// A `}` on its own line where the indentation drops without one (TypeScript).
    Dedent,
}

struct Candidate {
    edit: Edit,
    origin: Origin,
    distance: u32,
}

impl Candidate {
    /// How much the edit changes: bytes touched, except that re-indenting counts only the change in width.
    fn cost(&self) -> usize {
        match self.origin {
            Origin::Reindent => self.edit.replacement.len().abs_diff(self.edit.range.len()),
            // The brace, not the line break and indentation that place it.
            Origin::Dedent => 1,
            _ => self.edit.size(),
        }
    }
}

impl Strategy for SyntaxRepair {
    fn kind(&self) -> StrategyKind {
        StrategyKind::SyntaxRepair
    }

    fn propose(&self, failure: &Failure, ctx: &Context) -> Vec<Fix> {
        let special = missed_comma::propose(failure, ctx)
            .or_else(|| fstring_quotes::propose(failure, ctx))
            .or_else(|| angle_closer::propose(failure, ctx))
            .or_else(|| merge_markers::propose(failure, ctx));
        if let Some(fix) = special {
            return vec![fix];
        }
        let Some(rel) = failure.file.as_deref().and_then(|f| ctx.sources.relative(f)) else { return Vec::new() };
        let Ok(src) = ctx.sources.get(&rel) else { return Vec::new() };
        let errors = src.syntax_errors();
        let mut indentation = src.indentation_issues();
        // tree-sitter-python accepts a block header with nothing indented under it; CPython does not. Then the
        // file already parses, so the body's indentation is the only candidate.
        let empty_block = errors.is_empty() && indentation.is_empty();
        if empty_block {
            indentation.extend(empty_block_body(&src, failure));
        }
        if errors.is_empty() && indentation.is_empty() {
            return Vec::new();
        }
        // A type or test failure on a file that happens to contain an error elsewhere is not ours to fix.
        if !matches!(failure.kind, FailureKind::SyntaxError | FailureKind::CollectionError)
            && !failure.message.to_ascii_lowercase().contains("syntax")
            && !is_ts_syntax_code(failure.error_type.as_deref())
        {
            return Vec::new();
        }
        let first_line = errors
            .first()
            .map(|e| e.start_position().row as u32 + 1)
            .or_else(|| indentation.first().map(|(l, _)| *l))
            .unwrap_or(1);
        // An unterminated string or template is reported where the scanner gave up (often the end of the file);
        // the repair belongs on the line where the literal opens.
        // node says only `Unexpected end of input` for a template that never closed.
        let lower = failure.message.to_ascii_lowercase();
        let opener =
            (lower.contains("unterminated") || lower.contains("end of input")).then(|| unterminated_opener(&errors));
        // `closing parenthesis ')' does not match opening parenthesis '[' on line 21`: the damage starts at the
        // opener, which the closer's line lies after.
        let opened = failure
            .message
            .split_once("does not match opening parenthesis")
            .and_then(|(_, rest)| rest.rsplit_once(" on line "))
            .and_then(|(_, n)| n.trim().trim_end_matches('.').parse::<u32>().ok());
        let anchor = opener.flatten().or(opened).or(failure.line).unwrap_or(first_line);
        let mut candidates = Vec::new();
        for (line, indent) in &indentation {
            if let Some(range) = src.line_range(*line) {
                let current = src.indent_of(*line).len();
                candidates.push(Candidate {
                    edit: Edit::replace(&rel, range.start..range.start + current, indent.clone()),
                    origin: Origin::Reindent,
                    distance: line.abs_diff(anchor),
                });
            }
        }
        if !empty_block {
            collect_near(&src, &rel, &errors, anchor, first_line, &mut candidates);
            collect_dedent_closers(&src, &rel, &failure.message, anchor, &mut candidates);
            let error_line = failure.line.unwrap_or(anchor);
            collect_mismatched_closer(&src, &rel, &failure.message, error_line, &mut candidates);
        }
        best_fix(&src, &rel, candidates, &failure.message, anchor)
    }

    /// A repair only adds or removes punctuation or indentation the parser asked for: the code means what its
    /// author wrote, so it may be made in the code under test as well as in tests.
    fn safe_in_source(&self, _fix: &Fix, _ctx: &Context) -> bool {
        true
    }
}

/// `expected an indented block after ... on line N`: the one statement right after a block header sits at the
/// header's level. Indenting it one level is the repair, when it is the only statement that can be the body (the
/// next code is a new definition or the end of the file); with more lines at that level, which of them belong
/// to the body is a guess.
fn empty_block_body(src: &SourceFile, failure: &Failure) -> Option<(u32, String)> {
    if !src.lang().is_python() || !failure.message.contains("expected an indented block") {
        return None;
    }
    let code = |l: u32| src.line_text(l).filter(|t| !t.trim().is_empty() && !t.trim_start().starts_with('#'));
    let header = failure
        .message
        .rsplit("on line ")
        .next()
        .and_then(|n| n.trim().trim_end_matches(')').parse::<u32>().ok())
        .or_else(|| failure.line.map(|l| l.saturating_sub(1)))?;
    if !code(header)?.trim_end().ends_with(':') {
        return None;
    }
    let body = (header + 1..header + 4).find(|&l| code(l).is_some())?;
    let header_indent = src.indent_of(header);
    if src.indent_of(body).len() > header_indent.len() {
        return None;
    }
    let mut next = body + 1;
    let last = src.text().lines().count() as u32;
    while next <= last && code(next).is_none() {
        next += 1;
    }
    if let Some(text) = code(next) {
        let starts_definition = ["def ", "async def ", "class ", "@"].iter().any(|k| text.trim_start().starts_with(k));
        if src.indent_of(next).len() > header_indent.len() || !starts_definition {
            return None;
        }
    }
    Some((body, format!("{header_indent}{}", indent_unit(src))))
}

/// Line-end closers and separators around the error, re-indents, tree-sitter's MISSING tokens, and insertions or
/// deletions at the ERROR nodes' token boundaries.
fn collect_near(
    src: &SourceFile,
    rel: &Path,
    errors: &[tree_sitter::Node],
    anchor: u32,
    first_line: u32,
    out: &mut Vec<Candidate>,
) {
    for line in anchor.saturating_sub(LINE_WINDOW).max(1)..=anchor + LINE_WINDOW {
        collect_line_end(src, rel, line, anchor, out);
        collect_line_tail(src, rel, line, anchor, out);
        collect_before_matcher(src, rel, line, anchor, out);
        if src.lang().is_python() {
            collect_reindent(src, rel, line, anchor, out);
        }
    }
    // After the line ends: between whitespace-equivalent repairs the first collected one is kept, and a closer
    // right after the code reads better than where tree-sitter recovered.
    collect_missing(src, rel, anchor, out);
    if first_line.abs_diff(anchor) > LINE_WINDOW {
        collect_line_end(src, rel, first_line, anchor, out);
    }
    // Only boundaries near the reported error or the first damage: an ERROR node can span the rest of a large
    // file, and every candidate costs a parse.
    let window = |line: u32| {
        let lo = src.line_range(line.saturating_sub(LINE_WINDOW).max(1)).map_or(0, |r| r.start);
        let hi = src.line_range(line + LINE_WINDOW).map_or(src.text().len(), |r| r.end);
        lo..=hi
    };
    let (near_anchor, near_first) = (window(anchor), window(first_line));
    for err in errors.iter().filter(|e| e.is_error()).take(3) {
        for at in boundaries(*err).into_iter().filter(|at| near_anchor.contains(at) || near_first.contains(at)) {
            collect_at_error(src, rel, at, anchor, out);
        }
    }
}

/// Most dedent lines a missing `}` is tried at: a brace missing mid-file is reported at its end, far from where
/// it belongs, so these are taken from the whole file, nearest the report first.
const MAX_DEDENTS: usize = 24;

/// TypeScript: a `}` on its own line, at the indentation of the code that follows, wherever the indentation drops
/// without a closing brace. A block left open is reported where the parser gave up (often the end of the file),
/// while the indentation shows where the author closed it.
fn collect_dedent_closers(src: &SourceFile, rel: &Path, message: &str, anchor: u32, out: &mut Vec<Candidate>) {
    let lower = message.to_ascii_lowercase();
    if src.lang().is_python()
        || !(lower.contains("'}' expected") || lower.contains("end of file") || lower.contains("end of input"))
    {
        return;
    }
    let code = |l: u32| {
        src.line_text(l).map(str::trim).filter(|t| !t.is_empty() && !t.starts_with("//") && !t.starts_with('*'))
    };
    let lines = src.text().lines().count() as u32;
    let mut found = Vec::new();
    let mut prev: Option<u32> = None;
    for line in 1..=lines {
        let Some(text) = code(line) else { continue };
        if let Some(p) = prev {
            let continues = text.starts_with(['}', ')', ']', '.', '?', ':', '&', '|', '+', '-', '*', '/', ','])
                || code(p)
                    .is_some_and(|t| t.ends_with(['{', '(', '[', ',', '=', '+', '-', '*', '/', '&', '|', '?', ':']));
            if !continues && src.indent_of(line).len() < src.indent_of(p).len() {
                found.push((p, line));
            }
        }
        prev = Some(line);
    }
    found.sort_by_key(|(_, l)| l.abs_diff(anchor));
    for (p, line) in found.into_iter().take(MAX_DEDENTS) {
        let Some(end) = code_end(src, p) else { continue };
        let indent = src.indent_of(line);
        // The block that ends here was opened by the nearest line above at the dedented indentation: it may
        // have opened a call too (`it('x', () => {` closes with `});`), so its own unclosed brackets are tried.
        let opener = (1..p).rev().find(|&l| code(l).is_some() && src.indent_of(l) == indent);
        let mut closers = vec!["}".to_string()];
        if let Some(own) = opener.and_then(|l| src.line_text(l)).map(unclosed_closers).filter(|c| c.starts_with('}')) {
            if own.len() > 1 {
                // With or without `;`, as the file's other lines that close the same way do (both when it has none).
                let style = |t: &str| src.text().lines().filter(|l| l.trim() == t).count();
                let (with, without) = (style(&format!("{own};")), style(&own));
                if with >= without {
                    closers.push(format!("{own};"));
                }
                if without >= with {
                    closers.push(own);
                }
            }
        }
        for closer in closers {
            out.push(Candidate {
                edit: Edit::insert(rel, end, format!("\n{indent}{closer}")),
                origin: Origin::Dedent,
                distance: line.abs_diff(anchor),
            });
        }
    }
}

/// The closers of the brackets a line opens and leaves open, innermost first (`it('x', () => {` -> `})`),
/// brackets inside string literals and after a `//` comment ignored.
fn unclosed_closers(line: &str) -> String {
    let mut stack = Vec::new();
    let mut quote: Option<char> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"' | '`') => quote = Some(c),
            (None, '/') if chars.peek() == Some(&'/') => break,
            (None, '(') => stack.push(')'),
            (None, '[') => stack.push(']'),
            (None, '{') => stack.push('}'),
            (None, ')' | ']' | '}') => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.iter().rev().collect()
}

/// Python: `closing parenthesis ')' does not match opening parenthesis '[' on line 21`: the `]` is missing
/// where the code drops back to the opening line's indentation (`    ,` under `    [` becomes `    ],`), or at
/// the end of the code line before it; the parse check and ranking choose.
fn collect_mismatched_closer(src: &SourceFile, rel: &Path, message: &str, error_line: u32, out: &mut Vec<Candidate>) {
    if !src.lang().is_python() || !message.contains("does not match opening parenthesis") {
        return;
    }
    let quoted: Vec<&str> = message.split('\'').skip(1).step_by(2).collect();
    let closer = match quoted.get(1) {
        Some(&"(") => ")",
        Some(&"[") => "]",
        Some(&"{") => "}",
        _ => return,
    };
    let open_line = message
        .rsplit_once(" on line ")
        .and_then(|(_, n)| n.trim().trim_end_matches('.').parse::<u32>().ok())
        .unwrap_or(error_line);
    let opener_indent = src.indent_of(open_line).len();
    let code = |l: u32| src.line_text(l).map(str::trim).is_some_and(|t| !t.is_empty() && !t.starts_with('#'));
    let Some(back) = (open_line + 1..=error_line).find(|&l| code(l) && src.indent_of(l).len() <= opener_indent) else {
        return;
    };
    let Some(range) = src.line_range(back) else { return };
    let start = range.start + src.indent_of(back).len();
    out.push(Candidate { edit: Edit::insert(rel, start, closer), origin: Origin::AtError, distance: 0 });
    if let Some(end) = (open_line..back).rev().find(|&l| code(l)).and_then(|l| code_end(src, l)) {
        out.push(Candidate { edit: Edit::insert(rel, end, closer), origin: Origin::LineEnd, distance: 1 });
        // A row of a table ends with the separator: the row closes before it (`("0.5m", 30),`).
        if src.text().get(..end).is_some_and(|t| t.ends_with(',')) {
            out.push(Candidate { edit: Edit::insert(rel, end - 1, closer), origin: Origin::LineEnd, distance: 1 });
        }
    }
}

/// TypeScript: statements a block holds that are not indented past the line that opens it, and closing braces
/// not at that line's indentation. Braces the parser matches against the indentation the author wrote: between
/// two repairs that both parse, the one that agrees with the indentation is what the author meant (a `}` added at
/// the end of the file would pull the lines after an unclosed loop into it: `return` inside the `for`).
fn indentation_misfits(src: &SourceFile) -> usize {
    if src.lang().is_python() {
        return 0;
    }
    let starts_line = |n: tree_sitter::Node| {
        let line = src.line_of(n.start_byte());
        src.line_range(line).is_some_and(|r| r.start + src.indent_of(line).len() == n.start_byte())
    };
    let mut misfits = 0;
    src.walk(|n| {
        if !matches!(n.kind(), "statement_block" | "class_body") || n.start_position().row == n.end_position().row {
            return true;
        }
        let opener = src.indent_of(src.line_of(n.start_byte())).len();
        let mut cursor = n.walk();
        for child in n.named_children(&mut cursor) {
            if child.kind() != "comment"
                && starts_line(child)
                && src.indent_of(src.line_of(child.start_byte())).len() <= opener
            {
                misfits += 1;
            }
        }
        let close = n.end_byte().saturating_sub(1);
        let close_line = src.line_of(close);
        if src.text().get(close..n.end_byte()) == Some("}")
            && src.line_range(close_line).is_some_and(|r| r.start + src.indent_of(close_line).len() == close)
            && src.indent_of(close_line).len() != opener
        {
            misfits += 1;
        }
        true
    });
    misfits
}

/// Calls whose callee is a literal (`("0.5m", 30,)\n("1d", 86_401)` reads as calling a tuple): they parse but
/// can only raise. A closer put where the next row then becomes arguments is not what the author meant.
fn literal_calls(src: &SourceFile) -> usize {
    let mut n = 0;
    src.walk(|node| {
        if matches!(node.kind(), "call" | "call_expression")
            && node.child_by_field_name("function").is_some_and(|f| {
                matches!(
                    f.kind(),
                    "tuple"
                        | "list"
                        | "dictionary"
                        | "set"
                        | "string"
                        | "integer"
                        | "float"
                        | "array"
                        | "object"
                        | "number"
                        | "template_string"
                        | "concatenated_string"
                )
            })
        {
            n += 1;
        }
        true
    });
    n
}

/// Rows of a table literal (a list or array of three or more tuples/arrays/objects) whose shape (kind and number
/// of items) differs from most rows': a closer that pulls the next row into this one (`("0.5m", 30,\n ("1d",
/// 86_401),)`) makes one odd row; the author's rows all look alike.
fn odd_rows(src: &SourceFile) -> usize {
    let mut n = 0;
    src.walk(|node| {
        if !matches!(node.kind(), "list" | "array" | "tuple") {
            return true;
        }
        let mut c = node.walk();
        let rows: Vec<(&str, usize)> = node
            .named_children(&mut c)
            .filter(|r| r.kind() != "comment")
            .map(|r| {
                let mut rc = r.walk();
                (r.kind(), r.named_children(&mut rc).filter(|x| x.kind() != "comment").count())
            })
            .collect();
        let tabular =
            |k: &str| matches!(k, "tuple" | "list" | "array" | "object" | "dictionary" | "parenthesized_expression");
        if rows.len() >= 3 && rows.iter().filter(|(k, _)| tabular(k)).count() * 2 > rows.len() {
            let most = rows.iter().map(|r| rows.iter().filter(|o| *o == r).count()).max().unwrap_or(0);
            if most * 2 > rows.len() {
                n += rows.len() - most;
            }
        }
        true
    });
    n
}

/// Python: whether the statement starting `line` assigns a name only inside an `if`/`for`/`while` block that
/// the statements after that block read. A line re-indented into the block above it would leave the name
/// unbound whenever the block does not run (`reader = ...` pulled under `if text.startswith(BOM):`); the author
/// wrote it for the level the reads are at.
fn binds_for_later(src: &SourceFile, line: u32) -> bool {
    if !src.lang().is_python() {
        return false;
    }
    let Some(stmt) = src.nodes_on_line(line, &["expression_statement"]).into_iter().next() else { return false };
    let Some(name) = stmt
        .named_child(0)
        .filter(|a| a.kind() == "assignment")
        .and_then(|a| a.child_by_field_name("left"))
        .filter(|l| l.kind() == "identifier")
        .map(|l| src.node_text(l))
    else {
        return false;
    };
    let Some(block) = stmt.parent().filter(|b| b.kind() == "block") else { return false };
    let Some(guard) =
        block.parent().filter(|g| matches!(g.kind(), "if_statement" | "for_statement" | "while_statement"))
    else {
        return false;
    };
    let reads = |n: tree_sitter::Node| {
        let mut found = false;
        let mut stack = vec![n];
        while let Some(x) = stack.pop() {
            if x.kind() == "identifier" && src.node_text(x) == name {
                found = true;
                break;
            }
            let mut c = x.walk();
            stack.extend(x.named_children(&mut c));
        }
        found
    };
    let mut before = guard.prev_named_sibling();
    while let Some(b) = before {
        if reads(b) {
            return false;
        }
        before = b.prev_named_sibling();
    }
    let mut after = guard.next_named_sibling();
    while let Some(a) = after {
        if reads(a) {
            return true;
        }
        after = a.next_named_sibling();
    }
    false
}

fn is_ts_syntax_code(code: Option<&str>) -> bool {
    // TS1xxx are the parser's diagnostics: `';' expected`, `Unterminated string literal`, ...
    code.is_some_and(|c| c.starts_with("TS1") && c.len() == 6)
}

/// Token boundaries inside an ERROR node: its start and the end of every named node within it, where a missing
/// separator or closer may belong.
fn boundaries(err: tree_sitter::Node) -> Vec<usize> {
    let mut out = vec![err.start_byte()];
    let mut stack = vec![err];
    while let Some(n) = stack.pop() {
        let mut cursor = n.walk();
        for child in n.named_children(&mut cursor) {
            out.push(child.end_byte());
            if out.len() < 64 {
                stack.push(child);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn collect_missing(src: &SourceFile, rel: &Path, anchor: u32, out: &mut Vec<Candidate>) {
    // Cascading damage can leave hundreds of MISSING nodes; the ones far from the error are not the repair.
    let near = |n: &tree_sitter::Node| (n.start_position().row as u32 + 1).abs_diff(anchor) <= 4 * LINE_WINDOW;
    for node in src.syntax_errors().into_iter().filter(|n| n.is_missing() && near(n)).take(16) {
        let token = node.kind();
        // MISSING identifiers or expressions would need invented code; only punctuation is inferable.
        if token.chars().all(|c| c.is_ascii_punctuation()) && !token.is_empty() {
            let line = node.start_position().row as u32 + 1;
            out.push(Candidate {
                edit: Edit::insert(rel, node.start_byte(), token),
                origin: Origin::Missing,
                distance: line.abs_diff(anchor),
            });
        }
    }
}

/// Where code ends on a line: before a trailing comment and trailing whitespace.
fn code_end(src: &SourceFile, line: u32) -> Option<usize> {
    let range = src.line_range(line)?;
    let comment_start = src
        .nodes_on_line(line, &["comment"])
        .iter()
        .map(|n| n.start_byte())
        .filter(|&s| s >= range.start && s <= range.end)
        .min()
        .unwrap_or(range.end);
    let text = src.text().get(range.start..comment_start)?;
    let trimmed = text.trim_end();
    (!trimmed.trim_start().is_empty()).then_some(range.start + trimmed.len())
}

/// A backtick inserted into Python that does not parse: Python has no backtick token, so outside a string or
/// comment it is an error, and inside one it changes nothing the parser sees (the text without it would parse the
/// same). Such a candidate can never leave the file clean, so it is not parsed at all.
fn python_backtick(src: &SourceFile, edit: &Edit) -> bool {
    src.lang().is_python() && edit.replacement == "`" && edit.range.is_empty() && src.error_count() > 0
}

/// Python statements a `:` ends: block headers. tree-sitter-python parses `x = y:` followed by an indented line
/// as a clean block, CPython does not, so a `:` is only tried after a line that opens a block.
const PY_BLOCK_KEYWORDS: &[&str] = &[
    "def", "class", "if", "elif", "else", "for", "while", "try", "except", "finally", "with", "async", "match", "case",
];

/// A `:` added at the end of a Python line that does not open a block (whatever tree-sitter made of it).
fn colon_ending_a_plain_statement(src: &SourceFile, edit: &Edit) -> bool {
    if !src.lang().is_python() || edit.replacement != ":" || !edit.range.is_empty() {
        return false;
    }
    let line = src.line_of(edit.range.start);
    code_end(src, line) == Some(edit.range.start) && !opens_block(src, line)
}

/// Whether `line` ends a block header: it starts with a block keyword, or closes the brackets a header opened on
/// an earlier line (`def f(a,` / `      b)`).
fn opens_block(src: &SourceFile, line: u32) -> bool {
    let starts_header = |l: u32| {
        let text = src.line_text(l).unwrap_or("").trim_start();
        let word: String = text.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        PY_BLOCK_KEYWORDS.contains(&word.as_str())
    };
    if starts_header(line) {
        return true;
    }
    let depth = |l: u32| {
        src.line_text(l).unwrap_or("").chars().fold(0i32, |d, c| match c {
            '(' | '[' | '{' => d + 1,
            ')' | ']' | '}' => d - 1,
            _ => d,
        })
    };
    let mut open = depth(line);
    if open >= 0 {
        return false;
    }
    for header in (line.saturating_sub(8).max(1)..line).rev() {
        open += depth(header);
        if open == 0 && starts_header(header) {
            return true;
        }
        if open <= 0 {
            return false;
        }
    }
    false
}

fn collect_line_end(src: &SourceFile, rel: &Path, line: u32, anchor: u32, out: &mut Vec<Candidate>) {
    let Some(end) = code_end(src, line) else { return };
    for token in INSERTIONS {
        out.push(Candidate {
            edit: Edit::insert(rel, end, *token),
            origin: Origin::LineEnd,
            distance: line.abs_diff(anchor),
        });
    }
}

/// TypeScript: a `)` right before a matcher (`expect(f("x").toBe(1)` → `expect(f("x")).toBe(1)`): the closer
/// an `expect(` lost is most often the one before its `.toBe`; the ranking prefers the repair that gives the
/// canonical `expect(x).toBe(y)` shape.
fn collect_before_matcher(src: &SourceFile, rel: &Path, line: u32, anchor: u32, out: &mut Vec<Candidate>) {
    let (Some(text), Some(range)) = (src.line_text(line), src.line_range(line)) else { return };
    if src.lang().is_python() || !text.contains("expect(") {
        return;
    }
    for (i, _) in text.match_indices(").to").chain(text.match_indices(").not.")) {
        out.push(Candidate {
            edit: Edit::insert(rel, range.start + i + 1, ")"),
            origin: Origin::AtError,
            distance: line.abs_diff(anchor),
        });
    }
}

/// The line of the first ERROR node that starts with a quote or backtick: a string or template that never closed.
fn unterminated_opener(errors: &[tree_sitter::Node]) -> Option<u32> {
    errors
        .iter()
        .filter(|e| e.is_error())
        .find(|e| e.child(0).is_some_and(|c| QUOTES.contains(&c.kind())))
        .map(|e| e.start_position().row as u32 + 1)
}

/// Quotes inserted before the punctuation that ends a line (`'a);` -> `'a');`): an unterminated string swallowed
/// the closers and the terminator typed after it.
fn collect_line_tail(src: &SourceFile, rel: &Path, line: u32, anchor: u32, out: &mut Vec<Candidate>) {
    let (Some(end), Some(range)) = (code_end(src, line), src.line_range(line)) else { return };
    let text = src.text().get(range.start..end).unwrap_or("");
    let mut at = end;
    for c in text.chars().rev().take(4) {
        if !matches!(c, ';' | ')' | ']' | '}' | ',') {
            break;
        }
        at -= c.len_utf8();
        for token in QUOTES {
            out.push(Candidate {
                edit: Edit::insert(rel, at, *token),
                origin: Origin::LineEnd,
                distance: line.abs_diff(anchor),
            });
        }
    }
}

/// Whether the string or template a quote insertion closes stays on one line. Closing a literal lines further
/// down would swallow the code in between (whole tests, even) into a string that happens to parse.
fn closes_on_one_line(parsed: &SourceFile, c: &Candidate) -> bool {
    if !QUOTES.contains(&c.edit.replacement.as_str()) {
        return true;
    }
    let at = c.edit.range.start;
    let mut node = parsed.root().descendant_for_byte_range(at, at + 1);
    while let Some(n) = node {
        if matches!(n.kind(), "string" | "template_string") {
            return n.start_position().row == n.end_position().row;
        }
        node = n.parent();
    }
    true
}

fn collect_at_error(src: &SourceFile, rel: &Path, at: usize, anchor: u32, out: &mut Vec<Candidate>) {
    let distance = src.line_of(at).abs_diff(anchor);
    for token in INSERTIONS {
        out.push(Candidate { edit: Edit::insert(rel, at, *token), origin: Origin::AtError, distance });
    }
    if let Some(c) = src.text().get(at..).and_then(|t| t.chars().next()) {
        if DELETABLE.contains(&c) {
            out.push(Candidate { edit: Edit::delete(rel, at..at + c.len_utf8()), origin: Origin::AtError, distance });
        }
    }
}

/// Re-indents a line to the indentation of an earlier line (same block, a block it closes, or one level in).
fn collect_reindent(src: &SourceFile, rel: &Path, line: u32, anchor: u32, out: &mut Vec<Candidate>) {
    let Some(range) = src.line_range(line) else { return };
    let current = src.indent_of(line);
    if src.line_text(line).is_none_or(|t| t.trim().is_empty()) {
        return;
    }
    let mut levels: Vec<String> = Vec::new();
    let mut prev = line;
    while prev > 1 {
        prev -= 1;
        let Some(text) = src.line_text(prev) else { break };
        if text.trim().is_empty() || text.trim_start().starts_with('#') {
            continue;
        }
        let indent = src.indent_of(prev).to_string();
        if levels.is_empty() && text.trim_end().ends_with(':') {
            levels.push(format!("{indent}{}", indent_unit(src)));
        }
        if !levels.contains(&indent) && levels.last().is_none_or(|l| indent.len() < l.len() || levels.len() == 1) {
            levels.push(indent.clone());
        }
        if indent.is_empty() || levels.len() > 6 {
            break;
        }
    }
    for level in levels.into_iter().filter(|l| l != current) {
        out.push(Candidate {
            edit: Edit::replace(rel, range.start..range.start + current.len(), level),
            origin: Origin::Reindent,
            distance: line.abs_diff(anchor),
        });
    }
}

/// The file's indentation unit, guessed from the first indented line.
fn indent_unit(src: &SourceFile) -> String {
    src.text()
        .lines()
        .map(|l| &l[..l.len() - l.trim_start().len()])
        .find(|i| !i.is_empty())
        .map(|i| if i.starts_with('\t') { "\t".to_string() } else { " ".repeat(i.len().min(8)) })
        .unwrap_or_else(|| "    ".to_string())
}

/// The token the runner's message names, if any (`expected ':'`, `')' expected.`, `'(' was never closed`).
fn hinted_token(message: &str) -> Option<String> {
    let m = message.to_ascii_lowercase();
    if m.contains("unterminated string") {
        return None;
    }
    if m.contains("was never closed") {
        let open = message.split('\'').nth(1)?;
        return Some(
            match open {
                "(" => ")",
                "[" => "]",
                "{" => "}",
                _ => return None,
            }
            .to_string(),
        );
    }
    let quoted = message.split('\'').nth(1)?;
    (m.contains("expected") && quoted.len() == 1).then(|| quoted.to_string())
}

/// A candidate that parses cleanly, with what ranks it.
struct Repair {
    candidate: Candidate,
    /// (the assertion on the line has its canonical shape, the statement keeps its `;`)
    shape: (bool, bool),
    /// See [`indentation_misfits`] and [`binds_for_later`]; ranks first.
    misfits: usize,
}

fn best_fix(src: &SourceFile, rel: &Path, candidates: Vec<Candidate>, message: &str, anchor: u32) -> Vec<Fix> {
    let hint = hinted_token(message);
    let whole = 0..src.text().len();
    let reference = whole_file_reference();
    // TypeScript regions hold all the damage as well as the edit.
    let damage = (!src.lang().is_python()).then(|| {
        let errors = src.syntax_errors();
        (errors.iter().map(|e| e.start_byte()).min(), errors.iter().map(|e| e.end_byte()).max())
    });
    let lines = src.text().lines().count() as u32;
    // The statements around the reported error, when they do not parse on their own: an edit elsewhere leaves
    // them broken, so it cannot make the file parse.
    let damaged = src
        .lang()
        .is_python()
        .then(|| src.line_range(anchor))
        .flatten()
        .map(|line| python_region(src, line.start, line.end, lines))
        .filter(|r| !reference && *r != whole)
        .filter(|r| {
            let text = src.text().get(r.clone()).unwrap_or("").to_string();
            SourceFile::new_transient(src.lang(), rel, text).is_ok_and(|p| p.error_count() > 0)
        });
    let mut clean: Vec<Repair> = Vec::new();
    // The same edit is often collected twice (a line end that is also an error boundary): a parse is
    // deterministic, so the second try is skipped. A clean one is skipped by `same_result` below anyway.
    let mut tried: std::collections::HashSet<(usize, usize, String)> = std::collections::HashSet::new();
    // Different edits often give the same text (`)` inserted before or after an existing `)`, a boundary that is
    // also a line end moved by a closer): a text that already parsed with errors would parse with errors again.
    let mut broken: std::collections::HashSet<(std::ops::Range<usize>, String)> = std::collections::HashSet::new();
    for c in candidates {
        if damaged.as_ref().is_some_and(|d| c.edit.range.start < d.start || c.edit.range.end > d.end) {
            continue;
        }
        if colon_ending_a_plain_statement(src, &c.edit) || python_backtick(src, &c.edit) {
            continue;
        }
        if !tried.insert((c.edit.range.start, c.edit.range.end, c.edit.replacement.clone())) {
            continue;
        }
        if clean.iter().any(|r| same_result(src, &r.candidate.edit, &c.edit)) || empties_its_opener(src, &c.edit) {
            continue;
        }
        // Most candidates do not repair anything, and parsing a broken file is slow (error recovery): they are
        // weeded out on a region around the edit, parsed standalone. Only those that leave it clean get the
        // whole file parsed (incrementally where possible, see `Language::parse`) and checked.
        let (lo, hi) = (c.edit.range.start, c.edit.range.end);
        let region = match damage {
            _ if reference => whole.clone(),
            Some((first, last)) => typescript_region(src, first.unwrap_or(lo).min(lo), last.unwrap_or(hi).max(hi)),
            // The damaged statements around the error, with the edit: a fragment of them (the lines around a
            // `]` put back before a `,` in a multi-line decorator) does not parse on its own either way.
            None => match &damaged {
                Some(d) => python_region(src, d.start.min(lo), d.end.max(hi), lines),
                None => python_region(src, lo, hi, lines),
            },
        };
        if region != whole {
            let Some(local) = region_edit(&region, &c.edit) else { continue };
            let Some(region_text) = src.text().get(region.clone()) else { continue };
            let Ok(local_fixed) = apply_edits(region_text, std::iter::once(&local)) else { continue };
            let key = (region.clone(), local_fixed);
            if broken.contains(&key) {
                continue;
            }
            let Ok(parsed) = SourceFile::new_transient(src.lang(), rel, key.1.clone()) else { continue };
            if parsed.error_count() != 0 {
                broken.insert(key);
                continue;
            }
        }
        let Ok(fixed) = apply_edits(src.text(), std::iter::once(&c.edit)) else { continue };
        let key = (whole.clone(), fixed);
        if broken.contains(&key) {
            continue;
        }
        let fixed = key.1;
        // Without a region check first (a small file is its own region) most candidates reaching this parse are
        // still broken: a remembered parse would try them incrementally and then afresh (two error recoveries
        // each) and push the file itself out of the parse memory. A fresh parse gives the same tree.
        let parsed = if region == whole {
            SourceFile::new_transient(src.lang(), rel, fixed)
        } else {
            SourceFile::new(src.lang(), rel, fixed)
        };
        let Ok(parsed) = parsed else { continue };
        if parsed.error_count() != 0 {
            broken.insert((whole.clone(), parsed.text().to_string()));
            continue;
        }
        if closes_on_one_line(&parsed, &c) {
            let line = src.line_of(c.edit.range.start);
            let shape = (canonical_assertion(&parsed, line), keeps_terminator(src, &parsed, line));
            let misfits = indentation_misfits(&parsed)
                + usize::from(binds_for_later(&parsed, line))
                + literal_calls(&parsed)
                + odd_rows(&parsed);
            clean.push(Repair { candidate: c, shape, misfits });
        }
    }
    let matches_hint = |c: &Candidate| hint.as_deref().is_some_and(|h| c.edit.replacement.trim() == h);
    let rank = |r: &Repair| {
        (
            r.misfits,
            r.candidate.cost(),
            !matches_hint(&r.candidate),
            r.candidate.distance,
            !r.shape.0,
            !r.shape.1,
            !closes_at_line_end(src, &r.candidate),
        )
    };
    clean.sort_by_key(|r| (rank(r), r.candidate.origin));
    let Some(first) = clean.first() else { return Vec::new() };
    let best = &first.candidate;
    let placed = own_line_brace(src, rel, best).or_else(|| tidy_separator(src, rel, best));
    let best = placed.as_ref().unwrap_or(best);
    // Repairs as small, as close and as well-shaped as the best one: the author could have meant any of them.
    let rivals = clean.iter().skip(1).filter(|e| rank(e) == rank(first)).count();
    let (confidence, applicability) = match (best.origin, rivals, matches_hint(best)) {
        (_, 0, true) => (0.95, Applicability::Safe),
        (Origin::Missing, 0, _) => (0.92, Applicability::Safe),
        (_, 0, _) => (0.86, Applicability::Safe),
        _ => (0.45, Applicability::DisplayOnly),
    };
    let line = src.line_of(best.edit.range.start);
    let title = match (best.origin, best.edit.replacement.as_str()) {
        (Origin::Reindent, _) => format!("Fix the indentation of line {line}"),
        (_, "") => {
            format!("Remove the stray `{}` on line {line}", src.text().get(best.edit.range.clone()).unwrap_or(""))
        }
        (_, tok) => format!("Insert the missing `{}` on line {line}", tok.trim()),
    };
    let rationale = match rivals {
        0 => format!(
            "{} does not parse; this is the only smallest edit near the reported error after which it parses with \
             no errors.",
            rel.display()
        ),
        n => format!(
            "{} does not parse; {} equally small edits near the error make it parse, so the intended one is \
             unclear: review before applying.",
            rel.display(),
            n + 1
        ),
    };
    let fix = Fix::new(StrategyKind::SyntaxRepair, vec![best.edit.clone()], confidence, title, rationale)
        .with_applicability(applicability);
    vec![fix]
}

/// A closer put right after its own opener at the end of a line (`[` → `[]` above the rows that were meant to
/// be inside): it parses, and empties what the author was writing.
fn empties_its_opener(src: &SourceFile, edit: &Edit) -> bool {
    let opener = match edit.replacement.as_str() {
        ")" => '(',
        "]" => '[',
        "}" => '{',
        _ => return false,
    };
    let text = src.text();
    let before = text.get(..edit.range.start).unwrap_or("").trim_end_matches([' ', '\t']);
    let rest_of_line = text.get(edit.range.end..).unwrap_or("").split('\n').next().unwrap_or("");
    before.ends_with(opener) && rest_of_line.trim().is_empty()
}

/// Whether two single edits give the same file: the same text (TypeScript: up to whitespace, where repairs that
/// differ only in whitespace are the same repair; not so in Python). Outside the span both edits touch the texts
/// are the same, so comparing that span is enough.
fn same_result(src: &SourceFile, a: &Edit, b: &Edit) -> bool {
    let span = a.range.start.min(b.range.start)..a.range.end.max(b.range.end);
    let fixed = |e: &Edit| {
        let text = src.text().get(span.clone())?;
        apply_edits(text, std::iter::once(&region_edit(&span, e)?)).ok()
    };
    match (fixed(a), fixed(b)) {
        (Some(x), Some(y)) if src.lang().is_python() => x == y,
        (Some(x), Some(y)) => x.chars().filter(|c| !c.is_whitespace()).eq(y.chars().filter(|c| !c.is_whitespace())),
        _ => false,
    }
}

/// Where candidates are tried before the whole file is: whole top-level statements around the edit (Python:
/// from one `def`/`class`/decorator at the start of a line to the next; TypeScript: statements of the innermost
/// block holding the edits and all the damage). A repair that makes the whole file parse leaves these statements
/// parsing on their own, so a candidate that breaks them is dropped without parsing the whole file. The whole
/// file when no such boundaries are found.
/// From the last top-level definition starting before `lo` to the first one starting after `hi`'s line. A
/// definition line is a statement boundary whatever the damage between (the line before cannot continue into
/// a `def`/`class`/`@` at column 0), unless it sits in a string: tree-sitter must have read it as a keyword.
fn python_region(src: &SourceFile, lo: usize, hi: usize, lines: u32) -> std::ops::Range<usize> {
    let starts_definition = |line: u32| -> Option<usize> {
        let range = src.line_range(line)?;
        let text = src.text().get(range.clone())?;
        if !["def ", "async def ", "class ", "@"].iter().any(|k| text.starts_with(k)) {
            return None;
        }
        let token = src.root().descendant_for_byte_range(range.start, range.start + 1)?;
        (matches!(token.kind(), "def" | "async" | "class" | "@") && token.start_byte() == range.start)
            .then_some(range.start)
    };
    let (first, last) = (src.line_of(lo), src.line_of(hi));
    let start = (1..=first).rev().filter_map(starts_definition).find(|&s| s < lo).unwrap_or(0);
    // The region must not end between a decorator (or a `\` continuation) and what it belongs to.
    let continues_into = |line: u32| {
        let prev = (1..line).rev().filter_map(|l| src.line_text(l)).find(|t| !t.trim().is_empty());
        prev.is_some_and(|t| t.starts_with('@') || t.trim_end().ends_with('\\'))
    };
    let end =
        (last + 1..=lines).filter(|&l| !continues_into(l)).find_map(starts_definition).unwrap_or(src.text().len());
    start..end
}

/// Whole statements of the innermost program or statement block holding `lo..hi` (the edit and all the damage:
/// a block's statements are only trustworthy boundaries when all the damage lies between them), with one clean
/// statement of margin on each side where the block has one.
fn typescript_region(src: &SourceFile, lo: usize, hi: usize) -> std::ops::Range<usize> {
    let len = src.text().len();
    if lo > hi || hi > len {
        return 0..len;
    }
    statements_around(src, lo, hi).unwrap_or(0..len)
}

fn statements_around(src: &SourceFile, lo: usize, hi: usize) -> Option<std::ops::Range<usize>> {
    let mut node = src.root().descendant_for_byte_range(lo, hi);
    while let Some(n) = node {
        node = n.parent();
        if !(matches!(n.kind(), "program" | "statement_block") && n.start_byte() < lo && hi < n.end_byte()) {
            continue;
        }
        // The first statement ending after `lo`, found without visiting the (possibly hundreds of) ones before.
        let mut cursor = n.walk();
        if cursor.goto_first_child_for_byte(lo).is_none() {
            continue;
        }
        while !cursor.node().is_named() {
            if !cursor.goto_next_sibling() {
                break;
            }
        }
        let first = cursor.node();
        if !first.is_named() || first.end_byte() <= lo {
            continue;
        }
        let (before, after) = if first.start_byte() >= hi {
            // The edits lie between two statements.
            (first.prev_named_sibling(), Some(first))
        } else {
            let mut last = first;
            while let Some(next) = last.next_named_sibling().filter(|s| s.start_byte() < hi) {
                last = next;
            }
            (first.prev_named_sibling(), last.next_named_sibling())
        };
        let start = match before {
            Some(b) if !b.has_error() => Some(b.start_byte()),
            None if n.kind() == "program" => Some(0),
            _ => None,
        };
        let end = match after {
            Some(a) if !a.has_error() => Some(a.end_byte()),
            None if n.kind() == "program" => Some(src.text().len()),
            _ => None,
        };
        if let (Some(start), Some(end)) = (start, end) {
            return Some(start..end);
        }
    }
    None
}

/// Whether a test asked for candidates to be tried on the whole file, the reference regions are checked against.
#[cfg(test)]
fn whole_file_reference() -> bool {
    tests::WHOLE_FILE.with(|w| w.get())
}

#[cfg(not(test))]
fn whole_file_reference() -> bool {
    false
}

/// An edit moved into the region's coordinates; `None` if it is not inside the region.
fn region_edit(region: &std::ops::Range<usize>, edit: &Edit) -> Option<Edit> {
    let r = &edit.range;
    if r.start < region.start || r.end > region.end || r.start > r.end {
        return None;
    }
    Some(Edit::replace(&edit.path, r.start - region.start..r.end - region.start, edit.replacement.clone()))
}

/// A closer or quote inserted where the code on its line ends. An unclosed bracket or string runs to the end of
/// the line (the tokenizer read that far), so between otherwise equal repairs the one that closes there keeps
/// everything the author typed inside: `["a", "b"` becomes `["a", "b"]`, not the assert-with-message
/// `["a"], "b"`.
fn closes_at_line_end(src: &SourceFile, c: &Candidate) -> bool {
    let closer = matches!(c.edit.replacement.as_str(), ")" | "]" | "}" | "\"" | "'" | "`");
    closer && c.edit.range.is_empty() && code_end(src, src.line_of(c.edit.range.start)) == Some(c.edit.range.start)
}

/// A statement's `;` stays its last character: `\`total: ${n}\`;`, not `\`total: ${n};\``.
fn keeps_terminator(before: &SourceFile, after: &SourceFile, line: u32) -> bool {
    let ends = |s: &SourceFile| code_end(s, line).and_then(|e| s.text().get(..e)).is_some_and(|t| t.ends_with(';'));
    before.lang().is_python() || !ends(before) || ends(after)
}

/// A closing brace reads best on a line of its own, one level out from the code before it. Only whitespace is
/// moved across, so the repair's tokens stay the same.
fn own_line_brace(src: &SourceFile, rel: &Path, best: &Candidate) -> Option<Candidate> {
    // In Python `}` only ever closes a dict or set literal, which stays on the line of its last entry.
    if best.edit.replacement != "}" || !best.edit.range.is_empty() || src.lang().is_python() {
        return None;
    }
    let at = best.edit.range.start;
    let before = src.text().get(..at)?;
    let code_end = before.trim_end().len();
    let line = src.line_of(code_end);
    if !src.text().get(code_end..at)?.trim().is_empty() || code_end == 0 {
        return None;
    }
    let indent = src.indent_of(line);
    let unit = indent_unit(src);
    let outer = indent.strip_suffix(unit.as_str()).unwrap_or("");
    let edit = Edit::insert(rel, code_end, format!("\n{outer}}}"));
    let fixed = apply_edits(src.text(), std::iter::once(&edit)).ok()?;
    let parsed = SourceFile::new(src.lang(), rel, fixed).ok()?;
    (parsed.error_count() == 0).then_some(Candidate { edit, origin: best.origin, distance: best.distance })
}

/// A separator goes right after the token it follows (`450, qty`), and a conditional's `:` gets a space on both
/// sides (`'a' : b`), wherever tree-sitter placed the MISSING token. Only whitespace moves, so the repair's tokens
/// stay the same.
fn tidy_separator(src: &SourceFile, rel: &Path, best: &Candidate) -> Option<Candidate> {
    let token = best.edit.replacement.as_str();
    if !matches!(token, "," | ";" | ":") || !best.edit.range.is_empty() {
        return None;
    }
    let at = best.edit.range.start;
    let before = src.text().get(..at)?;
    let trimmed = before.trim_end_matches([' ', '\t']);
    if trimmed.is_empty() || trimmed.ends_with('\n') {
        return None;
    }
    let prev_is_space = trimmed.len() != at;
    let next_is_space = src.text().get(at..)?.starts_with([' ', '\t', '\n']);
    let fixed = apply_edits(src.text(), std::iter::once(&best.edit)).ok()?;
    let parsed = SourceFile::new(src.lang(), rel, fixed).ok()?;
    let in_conditional = parsed
        .root()
        .descendant_for_byte_range(at, at + 1)
        .and_then(|n| n.parent())
        .is_some_and(|p| matches!(p.kind(), "ternary_expression" | "conditional_expression"));
    let edit = match (in_conditional, prev_is_space, next_is_space) {
        (true, true, false) => Edit::insert(rel, at, format!("{token} ")),
        (true, false, true) => Edit::insert(rel, at, format!(" {token}")),
        (false, true, _) => Edit::insert(rel, trimmed.len(), token),
        _ => return None,
    };
    let fixed = apply_edits(src.text(), std::iter::once(&edit)).ok()?;
    let parsed = SourceFile::new(src.lang(), rel, fixed).ok()?;
    (parsed.error_count() == 0).then_some(Candidate { edit, origin: best.origin, distance: best.distance })
}

/// Whether the assertion on a line has its usual shape after a repair: `assert <a> <op> <b>` with the comparison
/// at the top, or `expect(<x>).<matcher>(...)` with the matcher outside `expect(...)`. Between two equally small
/// repairs, the one that gives the canonical shape is what the author meant.
fn canonical_assertion(src: &SourceFile, line: u32) -> bool {
    if src.lang().is_python() {
        return src
            .nodes_on_line(line, &["assert_statement"])
            .iter()
            .any(|a| a.named_child(0).is_some_and(|c| matches!(c.kind(), "comparison_operator" | "boolean_operator")));
    }
    src.nodes_on_line(line, &["call_expression"]).iter().any(|call| {
        let Some(func) = call.child_by_field_name("function") else { return false };
        let Some(object) = func.child_by_field_name("object") else { return false };
        object.kind() == "call_expression"
            && object.child_by_field_name("function").is_some_and(|f| src.node_text(f) == "expect")
            && object.child_by_field_name("arguments").is_some_and(|a| a.named_child_count() == 1)
            && func.child_by_field_name("property").is_some_and(|p| src.node_text(p).starts_with("to"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::{Context, GitSignals, SourceCache};
    use crate::failure::Runner;
    use crate::strategies::check::{check_fix, check_no_fix};

    thread_local! {
        /// Try candidates on the whole file, as before regions: the reference the region must agree with.
        pub static WHOLE_FILE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// What the strategy proposes for `text`, tried on the region or on the whole file.
    fn proposals(path: &str, text: &str, failure: &Failure, whole: bool) -> Vec<String> {
        WHOLE_FILE.with(|w| w.set(whole));
        let cache = SourceCache::new("/nonexistent");
        cache.set_text(path, text);
        let fixes = SyntaxRepair.propose(failure, &Context::new(&cache, GitSignals::default()));
        WHOLE_FILE.with(|w| w.set(false));
        fixes
            .iter()
            .map(|f| format!("{:?} {} {:?} {}", f.edits(), f.confidence(), f.applicability(), f.title()))
            .collect()
    }

    /// Trying candidates on a region gives exactly what trying them on the whole file gives, for every one-
    /// character damage of real-looking test files (deleted punctuation, inserted punctuation, indentation).
    #[test]
    fn region_agrees_with_whole_file() {
        let py = "import pytest\n\nfrom shop import total, tax\n\n\n@pytest.fixture\ndef cart():\n    return [1, 2]\n\n\ndef test_total(cart):\n    assert total(cart) == 3\n    assert tax({\"a\": 1, \"b\": [2, 3]}) == (4, 5)\n\n\nclass TestTax:\n    def test_zero(self):\n        assert tax([]) == 0\n\n    def test_one(self):\n        x = \"a\"\n        assert tax([x]) == 1\n\n\ndef test_last():\n    assert f'{total([1])}' == '1'\n";
        let ts = "import { describe, it, expect } from 'vitest';\nimport { total } from '../src/cart';\n\ndescribe('cart', () => {\n  it('totals', () => {\n    expect(total([1, 2])).toBe(3);\n  });\n\n  it('taxes', () => {\n    const x = { a: 1, b: [2, 3] };\n    expect(tax(x)).toEqual({ total: `${x.a}` });\n  });\n});\n\ntest('last', () => {\n  expect(f('a')).toBe(\"b\");\n});\n";
        let mut compared = 0;
        for (path, text) in [("tests/test_r.py", py), ("tests/r.test.ts", ts)] {
            let mut variants = Vec::new();
            for (i, c) in text.char_indices() {
                if "()[]{}:,;'\"`".contains(c) {
                    variants.push(format!("{}{}", &text[..i], &text[i + 1..]));
                }
                if c == '\n' {
                    for tok in [":", ")", "(", "]", "'", "  "] {
                        variants.push(format!("{}{tok}{}", &text[..i], &text[i..]));
                    }
                }
            }
            for v in variants {
                let Ok(src) = SourceFile::from_text(path, v.as_str()) else { continue };
                let Some(line) = src.syntax_errors().first().map(|e| e.start_position().row as u32 + 1) else {
                    continue;
                };
                let f = syntax_error(path, line, "invalid syntax");
                assert_eq!(proposals(path, &v, &f, false), proposals(path, &v, &f, true), "on:\n{v}");
                compared += 1;
            }
        }
        assert!(compared > 100, "only {compared} damaged files compared");
    }

    fn syntax_error(file: &str, line: u32, message: &str) -> Failure {
        let mut f = Failure::new(FailureKind::SyntaxError, Runner::Pytest, message);
        f.file = Some(file.into());
        f.line = Some(line);
        f
    }

    #[test]
    fn an_expect_that_lost_its_closer_gets_it_before_the_matcher() {
        // Before: the `)` went to the line end (`….toBe(x));`), which parses and calls `.toBe` on a number.
        let before = "it('d', () => {\n  expect(parse(\"1w2d\").toBe(WEEK + 2 * DAY);\n});\n";
        let after = before.replace("parse(\"1w2d\").toBe", "parse(\"1w2d\")).toBe");
        check_fix(&SyntaxRepair, "test/d.test.ts", before, &syntax_error("test/d.test.ts", 2, "')' expected."), &after);
    }

    #[test]
    fn python_missing_colon() {
        check_fix(
            &SyntaxRepair,
            "tests/test_a.py",
            "def test_total()\n    assert total([1, 2]) == 3\n",
            &syntax_error("tests/test_a.py", 1, "expected ':'"),
            "def test_total():\n    assert total([1, 2]) == 3\n",
        );
    }

    #[test]
    fn python_unclosed_paren() {
        check_fix(
            &SyntaxRepair,
            "test_a.py",
            "def test_total():\n    assert total([1, 2] == 3\n\n\ndef test_b():\n    pass\n",
            &syntax_error("test_a.py", 2, "'(' was never closed"),
            "def test_total():\n    assert total([1, 2]) == 3\n\n\ndef test_b():\n    pass\n",
        );
    }

    #[test]
    fn python_unterminated_string() {
        check_fix(
            &SyntaxRepair,
            "test_a.py",
            "def test_name():\n    assert greet() == \"hello\n",
            &syntax_error("test_a.py", 2, "unterminated string literal (detected at line 2)"),
            "def test_name():\n    assert greet() == \"hello\"\n",
        );
    }

    #[test]
    fn python_list_left_open_in_a_decorator_closes_where_the_indentation_drops_back() {
        // Before: the `]` before `,` lay outside the few lines tried around it, which never parse on their own
        // inside the multi-line decorator: nothing was proposed.
        let before = "import pytest\n\n\n@pytest.mark.parametrize(\n    \"text, n\",\n    [\n        (\"a\", 1),\n        (\"bb\", 2),\n    ,\n)\ndef test_len(text, n):\n    assert len(text) == n\n";
        check_fix(
            &SyntaxRepair,
            "tests/test_len.py",
            before,
            &syntax_error(
                "tests/test_len.py",
                10,
                "closing parenthesis ')' does not match opening parenthesis '[' on line 6",
            ),
            &before.replace("    ,\n)", "    ],\n)"),
        );
    }

    #[test]
    fn typescript_test_left_open_closes_its_call_in_the_files_style() {
        // Before: only a `}` was tried where the indentation drops, which leaves `it(` open: nothing parsed.
        let before = "import { it, expect } from 'vitest';\n\nit('a', () => {\n  expect(1).toBe(1);\n});\n\nit('b', () => {\n  expect(2).toBe(2);\n\nit('c', () => {\n  expect(3).toBe(3);\n});\n";
        check_fix(
            &SyntaxRepair,
            "test/a.test.ts",
            before,
            &syntax_error("test/a.test.ts", 13, "Unexpected end of file"),
            &before.replace("toBe(2);\n\n", "toBe(2);\n});\n\n"),
        );
        // node --test says `Unexpected end of input`, at line 1 of a CommonJS file.
        check_fix(
            &SyntaxRepair,
            "test/a.test.js",
            &before.replace("import { it, expect } from 'vitest';", "const { it } = require('node:test');"),
            &syntax_error("test/a.test.js", 1, "SyntaxError: Unexpected end of input"),
            &before
                .replace("import { it, expect } from 'vitest';", "const { it } = require('node:test');")
                .replace("toBe(2);\n\n", "toBe(2);\n});\n\n"),
        );
        assert_eq!(unclosed_closers("it('x (y', () => {"), "})");
        assert_eq!(unclosed_closers("const a = [1, {"), "}]");
    }

    #[test]
    fn python_bad_indentation() {
        check_fix(
            &SyntaxRepair,
            "test_a.py",
            "def test_a():\n    x = 1\n      assert x == 1\n",
            &syntax_error("test_a.py", 3, "unexpected indent"),
            "def test_a():\n    x = 1\n    assert x == 1\n",
        );
    }

    #[test]
    fn a_row_left_open_in_a_table_closes_before_its_comma() {
        // `("0.5m", 30,)` parses too, but makes the next row its call's arguments.
        let before =
            "CASES = [\n    (\"90s\", 90),\n    (\"1.5h\", 5400),\n    (\"0.5m\", 30,\n    (\"1d\", 86_401),\n]\n";
        check_fix(
            &SyntaxRepair,
            "tests/test_parse.py",
            before,
            &syntax_error(
                "tests/test_parse.py",
                6,
                "closing parenthesis ']' does not match opening parenthesis '(' on line 4",
            ),
            &before.replace("30,\n", "30),\n"),
        );
    }

    #[test]
    fn python_line_between_two_levels_goes_to_the_level_that_reads_what_it_binds() {
        // Indenting `reader = ...` into the `if` parses too, but would leave `reader` unbound without a BOM.
        let before =
            "def read(text):\n    if text.startswith(BOM):\n        text = text[1:]\n      reader = parse(text)\n    \
                      return list(reader)\n";
        check_fix(
            &SyntaxRepair,
            "app/reader.py",
            before,
            &syntax_error("app/reader.py", 4, "unindent does not match any outer indentation level"),
            &before.replace("      reader", "    reader"),
        );
    }

    #[test]
    fn python_over_indented_statement_is_dedented_not_made_a_block() {
        // tree-sitter-python reads `days = x.days:` plus the indented line as a block; CPython does not.
        check_fix(
            &SyntaxRepair,
            "app/m.py",
            "def avg(r):\n    days = r.days\n        total = sum(r.used)\n    return total / days\n",
            &syntax_error("app/m.py", 3, "unexpected indent"),
            "def avg(r):\n    days = r.days\n    total = sum(r.used)\n    return total / days\n",
        );
        // A header split over lines still gets its colon.
        check_fix(
            &SyntaxRepair,
            "app/m.py",
            "def total(a,\n          b)\n    return a + b\n",
            &syntax_error("app/m.py", 2, "expected ':'"),
            "def total(a,\n          b):\n    return a + b\n",
        );
    }

    #[test]
    fn template_left_open_at_the_end_of_input_closes_before_the_terminator() {
        // node: `SyntaxError: Unexpected end of input`, reported past the last line.
        check_fix(
            &SyntaxRepair,
            "src/link.js",
            "export function tagLink(tag) {\n  return `/tags/${tag}/;\n}\n",
            &syntax_error("src/link.js", 4, "Unexpected end of input"),
            "export function tagLink(tag) {\n  return `/tags/${tag}/`;\n}\n",
        );
    }

    #[test]
    fn python_missing_comma_in_list() {
        check_fix(
            &SyntaxRepair,
            "test_a.py",
            "x = {\"a\": 1 \"b\": 2}\n",
            &syntax_error("test_a.py", 1, "invalid syntax. Perhaps you forgot a comma?"),
            "x = {\"a\": 1, \"b\": 2}\n",
        );
    }

    #[test]
    fn typescript_missing_paren_and_brace() {
        let mut f = syntax_error("cart.test.ts", 3, "')' expected.");
        f.error_type = Some("TS1005".into());
        check_fix(
            &SyntaxRepair,
            "cart.test.ts",
            "import { it, expect } from 'vitest';\nit('adds', () => {\n  expect(add(1, 2).toBe(3);\n});\n",
            &f,
            "import { it, expect } from 'vitest';\nit('adds', () => {\n  expect(add(1, 2)).toBe(3);\n});\n",
        );
        let f = syntax_error("cart.test.ts", 4, "'}' expected.");
        check_fix(
            &SyntaxRepair,
            "cart.test.ts",
            "it('adds', () => {\n  if (x) {\n    expect(x).toBe(3);\n  \n});\n",
            &f,
            "it('adds', () => {\n  if (x) {\n    expect(x).toBe(3);\n  }\n  \n});\n",
        );
    }

    #[test]
    fn typescript_unterminated_template() {
        let f = syntax_error("a.test.ts", 1, "Unterminated template literal.");
        check_fix(&SyntaxRepair, "a.test.ts", "const s = `total: ${n};\n", &f, "const s = `total: ${n}`;\n");
    }

    #[test]
    fn python_closer_and_quote_go_at_the_line_end() {
        check_fix(
            &SyntaxRepair,
            "tests/test_stock.py",
            "def test_low():\n    assert low(LEVELS) == [\"bolts\", \"washers\"\n\n\ndef test_b():\n    pass\n",
            &syntax_error("tests/test_stock.py", 2, "'[' was never closed"),
            "def test_low():\n    assert low(LEVELS) == [\"bolts\", \"washers\"]\n\n\ndef test_b():\n    pass\n",
        );
        check_fix(
            &SyntaxRepair,
            "test_r.py",
            "def test_h():\n    assert header(y) == f\"SALES {y}\n",
            &syntax_error("test_r.py", 2, "unterminated string literal (detected at line 2)"),
            "def test_h():\n    assert header(y) == f\"SALES {y}\"\n",
        );
    }

    #[test]
    fn python_empty_block_gets_its_body_indented() {
        let f = syntax_error("test_g.py", 2, "expected an indented block after function definition on line 1");
        check_fix(
            &SyntaxRepair,
            "test_g.py",
            "def test_a():\nassert f() == 1\n\n\ndef test_b():\n    pass\n",
            &f,
            "def test_a():\n    assert f() == 1\n\n\ndef test_b():\n    pass\n",
        );
        // More code at the header's level after it: which lines are the body is a guess.
        check_no_fix(&SyntaxRepair, "test_g.py", "def test_a():\nx = f()\nassert x == 1\n", &f);
    }

    #[test]
    fn python_dict_brace_stays_on_its_line() {
        check_fix(
            &SyntaxRepair,
            "tests/test_c.py",
            "def test_c():\n    expected = {\"port\": 9090, \"debug\": True\n    assert parse() == expected\n",
            &syntax_error("tests/test_c.py", 2, "'{' was never closed"),
            "def test_c():\n    expected = {\"port\": 9090, \"debug\": True}\n    assert parse() == expected\n",
        );
    }

    #[test]
    fn code_under_test_is_repaired_too() {
        check_fix(
            &SyntaxRepair,
            "shop/pricing.py",
            "def price(x)\n    return x\n",
            &syntax_error("shop/pricing.py", 1, "expected ':'"),
            "def price(x):\n    return x\n",
        );
        let mut f = syntax_error("src/inventory.ts", 2, "')' expected.");
        f.error_type = Some("TS1005".into());
        check_fix(
            &SyntaxRepair,
            "src/inventory.ts",
            "export function available(s: Stock): number {\n  return Math.max(0, s.onHand - s.reserved;\n}\n",
            &f,
            "export function available(s: Stock): number {\n  return Math.max(0, s.onHand - s.reserved);\n}\n",
        );
    }

    #[test]
    fn ambiguous_repairs_in_source_are_only_shown() {
        // `{"eu" 1.6}`: a dict (`:`) or a set (`,`)? Both parse; which one the author meant is not the healer's
        // guess to make in the code under test (nor in a test).
        check_no_fix(
            &SyntaxRepair,
            "shop/rates.py",
            "RATES = {\"eu\" 1.6}\n",
            &syntax_error("shop/rates.py", 1, "invalid syntax"),
        );
    }

    #[test]
    fn typescript_separators_sit_where_people_type_them() {
        let f = syntax_error("cart.test.ts", 2, "',' expected.");
        check_fix(
            &SyntaxRepair,
            "cart.test.ts",
            "it('a', () => {\n  add(lines, { sku: 'TEA', unitCents: 450 qty: 2 });\n});\n",
            &f,
            "it('a', () => {\n  add(lines, { sku: 'TEA', unitCents: 450, qty: 2 });\n});\n",
        );
        let f = syntax_error("h.test.ts", 2, "':' expected.");
        check_fix(
            &SyntaxRepair,
            "h.test.ts",
            "it('a', () => {\n  const e = n === 1 ? '1 reply' `${n} replies`;\n});\n",
            &f,
            "it('a', () => {\n  const e = n === 1 ? '1 reply' : `${n} replies`;\n});\n",
        );
    }

    #[test]
    fn typescript_unterminated_literals_close_on_their_own_line() {
        let f = syntax_error("g.test.ts", 2, "Unterminated string literal.");
        check_fix(
            &SyntaxRepair,
            "g.test.ts",
            "test('g', () => {\n  expect(greet('Ada')).toBe('Hi, Ada!);\n  expect(1).toBe(1);\n});\n",
            &f,
            "test('g', () => {\n  expect(greet('Ada')).toBe('Hi, Ada!');\n  expect(1).toBe(1);\n});\n",
        );
        check_fix(
            &SyntaxRepair,
            "d.test.ts",
            "import { parse } from '../src/duration;\n\ntest('d', () => {\n  expect(parse('1s')).toBe(1);\n});\n",
            &syntax_error("d.test.ts", 1, "Unterminated string literal."),
            "import { parse } from '../src/duration';\n\ntest('d', () => {\n  expect(parse('1s')).toBe(1);\n});\n",
        );
        // Reported at the end of the file, where the scanner gave up; the template opened on line 3.
        let before = "it('a', () => {\n  const n = 1;\n  const e = `${n} EUR;\n  expect(f(n)).toBe(e);\n});\n\nit('b', () => {\n  expect(g()).toBe('x');\n});\n";
        check_fix(
            &SyntaxRepair,
            "r.test.ts",
            before,
            &syntax_error("r.test.ts", 10, "Unterminated template literal."),
            &before.replace("EUR;", "EUR`;"),
        );
    }

    #[test]
    fn refuses_files_that_parse() {
        check_no_fix(
            &SyntaxRepair,
            "test_a.py",
            "def test_a():\n    assert 1 == 2\n",
            &syntax_error("test_a.py", 2, "x"),
        );
    }

    #[test]
    fn refuses_test_failures_in_broken_files() {
        let mut f = syntax_error("test_a.py", 2, "assert 1 == 2");
        f.kind = FailureKind::TestFailure;
        check_no_fix(&SyntaxRepair, "test_a.py", "def test_a():\n    assert 1 == 2\nx = (\n", &f);
    }

    #[test]
    fn refuses_damage_no_single_edit_repairs() {
        check_no_fix(
            &SyntaxRepair,
            "test_a.py",
            "def test_a(:\n    assert ((1 == 2\n    x = [}\n",
            &syntax_error("test_a.py", 1, "invalid syntax"),
        );
    }
}
