//! Text rendering of reports: colored diffs, one block per failure, a summary.

use std::fmt::Write;

use maestro_test_healer::failure::Failure;
use maestro_test_healer::fix::colorize_diff;
use maestro_test_healer::runner::session::{FixOutcome, FlakyReport, RunReport};
use maestro_test_healer::HealResult;

struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn green(&self, s: &str) -> String {
        self.wrap("32", s)
    }
    fn red(&self, s: &str) -> String {
        self.wrap("31", s)
    }
    fn yellow(&self, s: &str) -> String {
        self.wrap("33", s)
    }
    fn diff(&self, d: &str) -> String {
        if self.0 {
            colorize_diff(d)
        } else {
            d.to_string()
        }
    }
}

fn failure_heading(f: &Failure) -> String {
    let place = match (&f.test_id, &f.file, f.line) {
        (Some(id), _, _) => id.clone(),
        (None, Some(file), Some(line)) => format!("{}:{line}", file.display()),
        (None, Some(file), None) => file.display().to_string(),
        _ => "(unknown location)".to_string(),
    };
    let kind = f.error_type.clone().unwrap_or_else(|| format!("{:?}", f.kind));
    let first = f.message.lines().next().unwrap_or("");
    // Some parsers keep the type in the message too: never print "SyntaxError: SyntaxError: ...".
    let first = first.strip_prefix(kind.as_str()).and_then(|r| r.strip_prefix(':')).map_or(first, str::trim);
    let message: String = first.chars().take(160).collect();
    format!("{place}  {kind}: {message}")
}

fn fix_line(p: &Paint, o: &FixOutcome) -> String {
    let mark = match (o.applied, o.validated) {
        (true, _) => p.green("✓ applied"),
        (false, Some(true)) => p.green("✓ validated"),
        (false, Some(false)) => p.red("✗ rolled back"),
        (false, None) => p.yellow("• proposed"),
    };
    // Which kind of file the fix edits: the code under test is worth a second look in review.
    let touches = o.fix.touches.map(|r| format!(", in {}", r.name())).unwrap_or_default();
    let mut line = format!(
        "  {mark}  {} ({}{touches}, confidence {:.2}, {:?}): {}\n    {}\n",
        o.fix.title, o.fix.strategy, o.fix.confidence, o.fix.applicability, o.decision, o.fix.rationale
    );
    if !o.heals.is_empty() {
        let shown: Vec<&str> = o.heals.iter().take(5).map(String::as_str).collect();
        let more = o.heals.len().saturating_sub(shown.len());
        let more = if more > 0 { format!(" and {more} more") } else { String::new() };
        let _ = writeln!(line, "    one cause, one fix: heals {} tests ({}{more})", o.heals.len(), shown.join(", "));
    }
    line
}

/// The `run` report as text.
pub fn run_report(r: &RunReport, color: bool) -> String {
    let p = Paint(color);
    let mut out = String::new();
    let runner = r.runner.map(|x| x.name()).unwrap_or("unknown runner");
    if r.initial.passed {
        let _ = writeln!(
            out,
            "{} `{}` passes ({} ms); nothing to heal.",
            p.green("✓"),
            r.initial.command,
            r.initial.duration_ms
        );
        return out;
    }
    let _ = writeln!(
        out,
        "{} `{}` failed: {} failure(s) ({runner}) in {} ms\n",
        p.red("✗"),
        r.initial.command,
        r.initial.failures,
        r.initial.duration_ms
    );
    // The linter's autofix runs first; the failures below are what it left.
    for l in &r.lint_fixes {
        let mark = match (l.applied, l.validated) {
            (true, _) => p.green("✓ applied"),
            (false, Some(true)) => p.green("✓ validated"),
            (false, Some(false)) => p.red("✗ rolled back"),
            (false, None) => p.yellow("• proposed"),
        };
        let after = l.after.map(|n| format!(", {} → {n} violation(s)", l.before)).unwrap_or_default();
        let _ = writeln!(
            out,
            "{}
  {mark}  {}'s own safe autofix ({}{after}): {}
    `{}`",
            p.bold(&format!("{} lint autofix of {}", l.tool.name(), l.rules.join(", "))),
            l.tool.name(),
            if l.files.is_empty() { "no file changed".to_string() } else { format!("{} file(s)", l.files.len()) },
            l.decision,
            l.command
        );
        out.push_str(&p.diff(&l.diff));
        out.push('\n');
    }
    for f in &r.failures {
        let _ = writeln!(out, "{}", p.bold(&failure_heading(&f.failure)));
        if f.fixes.is_empty() && f.passes_now {
            let _ = writeln!(out, "  {} passes now: healed by another fix in this run\n", p.green("✓"));
            continue;
        }
        if f.fixes.is_empty() {
            match &f.note {
                Some(why) => {
                    let _ = writeln!(out, "  {} no fix: left as is ({why})\n", p.yellow("–"));
                }
                None => {
                    let _ = writeln!(out, "  {} no safe fix: left as is\n", p.yellow("–"));
                }
            }
            continue;
        }
        for o in &f.fixes {
            out.push_str(&fix_line(&p, o));
            out.push_str(&p.diff(&o.fix.diff));
            out.push('\n');
        }
        if f.passes_now {
            let _ = writeln!(out, "  {} passes now: healed by another fix in this run\n", p.green("✓"));
        }
    }
    let proposed: usize = r.failures.iter().map(|f| f.fixes.len()).sum::<usize>()
        + r.lint_fixes.iter().filter(|l| !l.files.is_empty()).count();
    let _ = writeln!(
        out,
        "Summary: {} failure(s) examined, {proposed} fix(es) proposed, {} applied{}.",
        r.failures.len(),
        r.applied,
        if r.apply { "" } else { " (dry run: pass --apply to write validated fixes)" }
    );
    for file in &r.changed_files {
        let _ = writeln!(out, "  changed {} (undo with `maestro-heal undo`)", file.display());
    }
    let verdict = if r.final_run.passed {
        p.green("the test command now passes")
    } else {
        p.red(&format!("{} failure(s) remain", r.final_run.failures))
    };
    let _ = writeln!(out, "Final run: {verdict}.");
    for cause in &r.shared_causes {
        let _ = writeln!(
            out,
            "Shared cause: {} tests fail with `{}`: observed once as one problem.",
            cause.tests.len(),
            cause.message.lines().next().unwrap_or_default()
        );
    }
    if let Some(note) = &r.workspace.note {
        let _ = writeln!(out, "Validation: {note}.");
    }
    if r.budget_ran_out {
        let _ = writeln!(out, "{}", p.yellow("The time budget (--budget) ran out: some fixes were not validated."));
    }
    let _ = writeln!(out, "Runner processes started: {}.", r.runner_processes);
    out
}

/// The `flaky` report as text.
pub fn flaky_report(r: &FlakyReport, color: bool) -> String {
    let p = Paint(color);
    let mut out = String::new();
    let order = if r.random_order { format!(", shuffled (seed {})", r.seed) } else { String::new() };
    let _ = writeln!(out, "`{}` run {} time(s){order}.", r.command, r.runs);
    if let Some(note) = &r.order_note {
        let _ = writeln!(out, "{}", p.yellow(note));
    }
    if r.flaky.is_empty() {
        let _ = writeln!(out, "{} no test flipped.", p.green("✓"));
    }
    for t in &r.flaky {
        let _ = writeln!(
            out,
            "{} failed {} of {} runs (pass rate {:.0}%): {}",
            p.bold(&t.test),
            t.failed,
            t.runs,
            t.pass_rate * 100.0,
            t.failure.message.lines().next().unwrap_or_default()
        );
        match &t.cause {
            Some(cause) => {
                let _ = writeln!(out, "  likely cause: {cause}");
            }
            None => {
                let _ = writeln!(out, "  likely cause: unknown (no stabilising fix proposed)");
            }
        }
        for o in &t.fixes {
            out.push_str(&fix_line(&p, o));
            out.push_str(&p.diff(&o.fix.diff));
        }
        out.push('\n');
    }
    for t in &r.always_failing {
        let _ = writeln!(out, "{} {t} failed in every run: a deterministic failure, not flaky", p.red("✗"));
    }
    let _ = writeln!(
        out,
        "Summary: {} flaky test(s), {} applied; {} runner process(es) started.",
        r.flaky.len(),
        r.applied,
        r.runner_processes
    );
    for file in &r.changed_files {
        let _ = writeln!(out, "  changed {} (undo with `maestro-heal undo`)", file.display());
    }
    out
}

/// The `heal` result as text.
pub fn heal_result(r: &HealResult, color: bool) -> String {
    let p = Paint(color);
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.bold(&failure_heading(&r.failure)));
    if r.fixes.is_empty() {
        let _ = writeln!(
            out,
            "  {} no fix proposed: no strategy is confident this failure is the test's fault",
            p.yellow("–")
        );
    }
    for f in &r.fixes {
        let _ = writeln!(
            out,
            "  • {} ({}{}, confidence {:.2}, {:?})\n    {}",
            f.title,
            f.strategy,
            f.touches.map(|r| format!(", in {}", r.name())).unwrap_or_default(),
            f.confidence,
            f.applicability,
            f.rationale
        );
        out.push_str(&p.diff(&f.diff));
    }
    out
}
