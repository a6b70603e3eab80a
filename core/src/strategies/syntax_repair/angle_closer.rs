//! tsc's `'>' expected` where a line of type arguments opens more `<` than it closes
//! (`Expect<Equal<Params<"/a/:b?">, { b?: string }>,`): the parser of this crate recovers elsewhere (a `>` after
//! the next line's comma parses too, and tsc rejects it), while the line itself shows where the closer belongs:
//! before its trailing separator. Only when exactly one line near the report is unbalanced that way.

use crate::context::Context;
use crate::failure::Failure;
use crate::fix::{Applicability, Edit, Fix, StrategyKind};

/// How many lines above the reported one are looked at (tsc reports the token after the damage).
const WINDOW: u32 = 3;

pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if !failure.message.contains("'>' expected") {
        return None;
    }
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    if src.lang().is_python() {
        return None;
    }
    let line = failure.line?;
    let unbalanced: Vec<(u32, usize)> = (line.saturating_sub(WINDOW).max(1)..=line)
        .filter_map(|l| Some((l, missing_angles(src.line_text(l)?))).filter(|(_, n)| *n > 0))
        .collect();
    let [(at_line, count)] = unbalanced.as_slice() else { return None };
    let range = src.line_range(*at_line)?;
    let text = src.text().get(range.clone())?;
    let code = text.trim_end();
    let end = range.start + code.len() - if code.ends_with([',', ';']) { 1 } else { 0 };
    let edit = Edit::insert(&rel, end, ">".repeat(*count));
    let fixed = crate::fix::apply_edits(src.text(), std::slice::from_ref(&edit)).ok()?;
    let parsed = crate::source::SourceFile::new_transient(src.lang(), &rel, fixed).ok()?;
    if parsed.error_count() > 0 {
        return None;
    }
    Some(
        Fix::new(
            StrategyKind::SyntaxRepair,
            vec![edit],
            0.95,
            format!("Close the type arguments on line {at_line} with `{}`", ">".repeat(*count)),
            format!(
                "tsc expected a `>`; line {at_line} opens {count} more type argument list(s) than it closes, and the \
                 closer goes before its trailing separator."
            ),
        )
        .with_applicability(Applicability::Safe),
    )
}

/// How many more type-argument `<` than `>` a line has: a `<` right after a name (`Equal<`), a `>` that is not
/// part of `=>`, `>=` or `>>=`; text inside quotes skipped.
fn missing_angles(line: &str) -> usize {
    let chars: Vec<char> = line.chars().collect();
    let (mut open, mut close) = (0usize, 0usize);
    let mut quote: Option<char> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match quote {
            Some(q) => {
                if c == '\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '\'' | '"' | '`' => quote = Some(c),
                '/' if chars.get(i + 1) == Some(&'/') => break,
                '<' if i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_') => open += 1,
                '>' if i > 0 && chars[i - 1] != '=' && chars.get(i + 1) != Some(&'=') => close += 1,
                _ => {}
            },
        }
        i += 1;
    }
    open.saturating_sub(close)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::missing_angles;
    use crate::failure::{Failure, FailureKind, Runner};
    use crate::strategies::check::check_fix;
    use crate::strategies::syntax_repair::SyntaxRepair;

    #[test]
    fn the_unbalanced_line_gets_its_closer_before_the_comma() {
        // Before: `>` was inserted after the next line's comma, which tree-sitter accepts and tsc does not.
        let before = "type Cases = [\n  Expect<Equal<A<\"/x\">, { x: string }>>,\n  Expect<Equal<A<\"/y?\">, { y?: string }>,\n  Expect<Equal<A<\"/z\">, { z: string }>>,\n];\n";
        let after = before.replace("{ y?: string }>,", "{ y?: string }>>,");
        let mut f = Failure::new(FailureKind::SyntaxError, Runner::Tsc, "'>' expected.");
        f.file = Some("tests/r.test-d.ts".into());
        f.line = Some(5);
        check_fix(&SyntaxRepair, "tests/r.test-d.ts", before, &f, &after);
        assert_eq!(missing_angles("const f = (a: number) => a >= 1;"), 0);
        assert_eq!(missing_angles("  Expect<Equal<P<\"<\">, {}>,"), 1);
    }
}
