//! JUnit XML from pytest `--junitxml`, vitest `--reporter=junit` and jest-junit (and other producers,
//! read generically). The failure text of each flavour is the runner's own block, so it goes through
//! that runner's block reader; the runner recorded on the failures is [`Runner::Junit`].

use roxmltree::{Document, Node};

use super::util::{
    clean_path, is_library_path, js_expected_actual, kind_for_exception, not_recognized, num, python_actual_expected,
    split_exception_line,
};
use super::{pytest, vitest, Failure, FailureKind, ParseError, Runner};

/// Which tool wrote the XML, from the root's attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flavor {
    Pytest,
    Vitest,
    Jest,
    Generic,
}

/// Whether the text is (the start of) a JUnit XML report.
pub(crate) fn looks_like(output: &str) -> bool {
    let t = output.trim_start();
    (t.starts_with("<?xml") && t.contains("<testsuite")) || t.starts_with("<testsuites") || t.starts_with("<testsuite")
}

/// Parses a JUnit XML report into one failure per `<failure>`/`<error>` of a `<testcase>`.
pub fn parse(output: &str) -> Result<Vec<Failure>, ParseError> {
    if !looks_like(output) {
        return Err(not_recognized(Runner::Junit, "not an XML document with <testsuites> or <testsuite>"));
    }
    let depth = nesting_depth(output);
    if depth > MAX_DEPTH {
        return Err(ParseError::InvalidXml(format!("elements nested {depth} deep; JUnit reports nest a few levels")));
    }
    let doc = Document::parse(output.trim_start()).map_err(|e| ParseError::InvalidXml(e.to_string()))?;
    let root = doc.root_element();
    if !matches!(root.tag_name().name(), "testsuites" | "testsuite") {
        return Err(not_recognized(
            Runner::Junit,
            &format!("the root element is <{}>, not <testsuites>", root.tag_name().name()),
        ));
    }
    let flavor = flavor_of(root);
    let mut failures = Vec::new();
    for case in root.descendants().filter(|n| n.has_tag_name("testcase")) {
        for problem in case.children().filter(|n| n.has_tag_name("failure") || n.has_tag_name("error")) {
            let mut f = case_failure(flavor, case, problem);
            f.runner = Runner::Junit;
            failures.push(f);
        }
    }
    Ok(failures)
}

/// Deeper than any JUnit report; the XML parser recurses per level, so absurd nesting would overflow the stack.
const MAX_DEPTH: usize = 256;

/// The maximum element nesting, by a linear scan of tags (skipping comments, CDATA and declarations).
fn nesting_depth(xml: &str) -> usize {
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    while let Some(off) = xml.get(i..).and_then(|r| r.find('<')) {
        let at = i + off;
        let rest = xml.get(at..).unwrap_or_default();
        let skip_to = |end: &str| rest.find(end).map_or(xml.len(), |e| at + e + end.len());
        i = if rest.starts_with("<![CDATA[") {
            skip_to("]]>")
        } else if rest.starts_with("<!--") {
            skip_to("-->")
        } else if rest.starts_with("</") {
            depth = depth.saturating_sub(1);
            skip_to(">")
        } else if rest.starts_with("<?") || rest.starts_with("<!") {
            skip_to(">")
        } else {
            let end = skip_to(">");
            if !xml.get(..end).is_some_and(|s| s.ends_with("/>")) {
                depth += 1;
                max = max.max(depth);
            }
            end
        };
        if i <= at {
            break;
        }
    }
    max
}

fn flavor_of(root: Node) -> Flavor {
    let name = root.attribute("name").unwrap_or_default();
    if name.starts_with("vitest") {
        Flavor::Vitest
    } else if name.starts_with("jest") {
        Flavor::Jest
    } else if root.descendants().any(|n| n.has_tag_name("testsuite") && n.attribute("name") == Some("pytest")) {
        Flavor::Pytest
    } else {
        Flavor::Generic
    }
}

fn case_failure(flavor: Flavor, case: Node, problem: Node) -> Failure {
    let classname = case.attribute("classname").unwrap_or_default();
    let name = case.attribute("name").unwrap_or_default();
    let text = problem.text().unwrap_or_default();
    let message_attr = problem.attribute("message").map(|m| m.lines().next().unwrap_or_default().to_string());
    let mut f = match flavor {
        Flavor::Pytest => pytest_case(classname, name, text),
        Flavor::Vitest => vitest::failure_from_text(&format!("{classname} > {name}"), text, Runner::Junit),
        Flavor::Jest => jest_case(case, name, text),
        Flavor::Generic => generic_case(case, classname, name, text, message_attr.as_deref()),
    };
    if f.message.is_empty() {
        f.message = message_attr.unwrap_or_default();
    }
    if f.error_type.is_none() {
        f.error_type = problem.attribute("type").filter(|t| !t.is_empty()).map(str::to_string);
    }
    f.raw = text.trim().to_string();
    f
}

/// pytest writes collection errors as a testcase named after the module with an empty classname.
fn pytest_case(classname: &str, name: &str, text: &str) -> Failure {
    if classname.is_empty() {
        let path = format!("{}.py", name.replace('.', "/"));
        return pytest::failure_from_block(&format!("ERROR collecting {path}"), text, Some(path));
    }
    let mut f = pytest::failure_from_block(name, text, None);
    let file = f.frames.first().map(|fr| fr.file.to_string_lossy().to_string());
    let node_id = match file {
        Some(file) => {
            let module = file.trim_end_matches(".py").replace('/', ".");
            let classes = classname.strip_prefix(&module).unwrap_or_default().trim_start_matches('.');
            let middle: String = classes.split('.').filter(|s| !s.is_empty()).map(|c| format!("{c}::")).collect();
            format!("{file}::{middle}{name}")
        }
        None => format!("{}::{name}", classname.replace('.', "/")),
    };
    f.file = Some(clean_path(node_id.split("::").next().unwrap_or_default()));
    f.line = f.frames.iter().rev().find(|fr| Some(&fr.file) == f.file.as_ref()).map(|fr| fr.line);
    f.test_id = Some(node_id);
    f
}

/// jest-junit names cases by their full title; the file comes from a `file` attribute when configured,
/// otherwise from the stack.
fn jest_case(case: Node, name: &str, text: &str) -> Failure {
    let file = case.attribute("file").map(str::to_string).or_else(|| {
        text.lines()
            .filter_map(|l| l.trim().strip_prefix("at "))
            .filter_map(|l| l.rsplit('(').next())
            .map(|l| l.trim_end_matches(')'))
            .filter(|l| !is_library_path(l) && l.contains(':'))
            .find_map(|l| {
                let mut parts = l.rsplitn(3, ':');
                let _col = parts.next()?;
                let _line = parts.next()?;
                parts.next().map(|p| clean_path(p).to_string_lossy().to_string())
            })
    });
    let body: Vec<&str> = text.lines().collect();
    vitest::jest_failure_from(name, file.as_deref(), &body, Runner::Junit)
}

fn generic_case(case: Node, classname: &str, name: &str, text: &str, message: Option<&str>) -> Failure {
    let first = message
        .filter(|m| !m.is_empty())
        .or_else(|| text.lines().map(str::trim).find(|l| !l.is_empty()))
        .unwrap_or_default();
    let (error_type, msg) = match split_exception_line(first) {
        Some((t, m)) => (Some(t), m),
        None => (None, first.to_string()),
    };
    let kind =
        error_type.as_deref().map_or(FailureKind::TestFailure, |t| kind_for_exception(t, FailureKind::TestFailure));
    let mut f = Failure::new(kind, Runner::Junit, msg.clone());
    if let Some((a, e)) = python_actual_expected(&msg) {
        f.actual = Some(a);
        f.expected = Some(e);
    } else {
        let (e, a) = js_expected_actual(text);
        f.expected = e;
        f.actual = a;
    }
    f.file = case.attribute("file").map(clean_path);
    f.line = case.attribute("line").and_then(num);
    f.test_id = Some(if classname.is_empty() { name.to_string() } else { format!("{classname}::{name}") });
    f.error_type = error_type;
    f
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn pytest_flavor() {
        let xml = r#"<?xml version="1.0"?><testsuites><testsuite name="pytest"><testcase classname="tests.test_a.TestX" name="test_y"><failure message="assert 3 == 4">def test_y(self):
&gt;       assert 3 == 4
E       assert 3 == 4

tests/test_a.py:5: AssertionError</failure></testcase><testcase classname="tests.test_a" name="test_ok"/></testsuite></testsuites>"#;
        let f = parse(xml).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].test_id.as_deref(), Some("tests/test_a.py::TestX::test_y"));
        assert_eq!(f[0].file, Some(PathBuf::from("tests/test_a.py")));
        assert_eq!(f[0].line, Some(5));
        assert_eq!(f[0].actual.as_deref(), Some("3"));
        assert_eq!(f[0].runner, Runner::Junit);
    }

    #[test]
    fn generic_flavor() {
        let xml = r#"<testsuite name="x"><testcase classname="C" name="t" file="a.py" line="3"><failure message="AssertionError: 1 != 2"/></testcase></testsuite>"#;
        let f = parse(xml).unwrap();
        assert_eq!(f[0].actual.as_deref(), Some("1"));
        assert_eq!(f[0].expected.as_deref(), Some("2"));
        assert_eq!(f[0].line, Some(3));
    }

    #[test]
    fn nesting_is_measured() {
        assert_eq!(nesting_depth("<a><b/><c><![CDATA[<x><y>]]></c></a>"), 2);
        assert!(matches!(parse(&"<testsuite>".repeat(1000)), Err(ParseError::InvalidXml(_))));
    }

    #[test]
    fn errors() {
        assert!(matches!(parse("<testsuites><testcase>"), Err(ParseError::InvalidXml(_))));
        assert!(matches!(parse("hello"), Err(ParseError::NotRecognized { .. })));
        assert_eq!(parse("<testsuites></testsuites>").unwrap(), vec![]);
    }
}
