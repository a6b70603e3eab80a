//! Node builtins' removed aliases, replaced by the function they aliased: `os.tmpDir()` -> `os.tmpdir()`. Each entry
//! is one that node's deprecation list documents as End-of-Life with a one-to-one replacement, and whose old name
//! was defined as that replacement (`exports.tmpDir = deprecate(exports.tmpdir)`): the same function under its
//! current name, so the fix changes no behaviour and may be made in the code under test.
//!
//! Only member accesses on a name the file binds to the builtin module (`import os from "node:os"`,
//! `import * as os from "os"`, `const os = require("os")`) are renamed; anything else named `tmpDir` is not.

use tree_sitter::Node;

use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::source::{string_literal_value, SourceFile};

/// One removed alias: `(module, old, new, where node documents the removal)`.
pub(crate) const REMOVED_NODE_APIS: &[(&str, &str, &str, &str)] = &[
    ("os", "tmpDir", "tmpdir", "Node.js deprecation DEP0022 (End-of-Life; deprecated in 7.0.0)"),
    ("os", "getNetworkInterfaces", "networkInterfaces", "Node.js deprecation DEP0023 (End-of-Life; deprecated in 0.6)"),
];

/// The names the file binds to the builtin `module` as a whole.
fn module_bindings(src: &SourceFile, module: &str) -> Vec<String> {
    let is_module = |spec: &str| spec == module || spec.strip_prefix("node:") == Some(module);
    let mut out = Vec::new();
    src.walk(|n| match n.kind() {
        "import_statement" => {
            let spec = n.child_by_field_name("source").and_then(|s| string_literal_value(src, s));
            if spec.as_deref().is_some_and(is_module) {
                let mut cursor = n.walk();
                for clause in n.named_children(&mut cursor).filter(|c| c.kind() == "import_clause") {
                    let mut cc = clause.walk();
                    for c in clause.named_children(&mut cc) {
                        match c.kind() {
                            "identifier" => out.push(src.node_text(c).to_string()),
                            "namespace_import" => {
                                let mut nc = c.walk();
                                let id = c.named_children(&mut nc).find(|x| x.kind() == "identifier");
                                out.extend(id.map(|x| src.node_text(x).to_string()));
                            }
                            _ => {}
                        }
                    }
                }
            }
            false
        }
        "variable_declarator" => {
            let required = n.child_by_field_name("value").filter(|v| v.kind() == "call_expression").and_then(|v| {
                let callee = v.child_by_field_name("function")?;
                let args = v.child_by_field_name("arguments")?;
                let arg = args.named_child(0)?;
                (src.node_text(callee) == "require" && args.named_child_count() == 1)
                    .then(|| string_literal_value(src, arg))
                    .flatten()
            });
            let name = n.child_by_field_name("name").filter(|x| x.kind() == "identifier");
            if let (Some(spec), Some(name)) = (required, name) {
                if is_module(&spec) {
                    out.push(src.node_text(name).to_string());
                }
            }
            true
        }
        _ => true,
    });
    out
}

/// The `old` property nodes of member accesses on a binding of `module`.
fn accesses<'a>(src: &'a SourceFile, module: &str, old: &str) -> Vec<Node<'a>> {
    let bindings = module_bindings(src, module);
    let mut out = Vec::new();
    src.walk(|n| {
        if n.kind() == "member_expression" {
            let object = n.child_by_field_name("object").filter(|o| o.kind() == "identifier");
            let property = n.child_by_field_name("property");
            if let (Some(o), Some(p)) = (object, property) {
                if src.node_text(p) == old && bindings.iter().any(|b| b == src.node_text(o)) {
                    out.push(p);
                }
            }
        }
        true
    });
    out
}

/// The fix for `<binding>.old is not a function` in a TypeScript/JavaScript file, when `old` is a removed alias
/// of a builtin the file imports; `None` otherwise.
pub(crate) fn removed_node_api(src: &SourceFile, rel: &std::path::Path, name: &str) -> Option<Fix> {
    if src.lang().is_python() {
        return None;
    }
    let (module, old, new, cited) = REMOVED_NODE_APIS.iter().find(|(_, old, _, _)| *old == name)?;
    let nodes = accesses(src, module, old);
    if nodes.is_empty() {
        return None;
    }
    let edits = nodes.iter().map(|n| Edit::replace(rel, n.byte_range(), *new)).collect();
    Some(
        Fix::new(
            StrategyKind::ApiAdaptation,
            edits,
            0.93,
            format!("Use `{module}.{new}()`"),
            format!("`{module}.{old}()` was removed from node ({cited}); it was an alias of `{module}.{new}()`."),
        )
        .with_applicability(Applicability::Safe),
    )
}

/// Whether an edit renames a removed alias to its replacement on a binding of the builtin module (the check
/// [`crate::eligibility`] makes before a fix may touch source).
pub(crate) fn is_removed_node_api_edit(src: &SourceFile, edit: &Edit) -> bool {
    let old = src.text().get(edit.range.clone()).unwrap_or("");
    REMOVED_NODE_APIS.iter().any(|(module, o, n, _)| {
        *o == old
            && *n == edit.replacement
            && accesses(src, module, o).iter().any(|node| node.byte_range() == edit.range)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn js(text: &str) -> SourceFile {
        SourceFile::new_transient(Language::TypeScript, "lib/s.js", text.to_string()).unwrap_or_else(|e| panic!("{e}"))
    }

    #[track_caller]
    fn check(before: &str, after: &str) {
        let src = js(before);
        let fix = removed_node_api(&src, "lib/s.js".as_ref(), "tmpDir").unwrap_or_else(|| panic!("no fix"));
        assert!(fix.edits().iter().all(|e| is_removed_node_api_edit(&src, e)));
        assert_eq!(crate::fix::apply_edits(before, fix.edits()).unwrap_or_default(), after);
    }

    #[test]
    fn renames_the_alias_on_every_binding_of_the_module() {
        check(
            "import os from \"node:os\";\nexport const d = () => path.join(os.tmpDir(), \"x\");\n",
            "import os from \"node:os\";\nexport const d = () => path.join(os.tmpdir(), \"x\");\n",
        );
        check(
            "import * as system from 'os';\nconst a = system.tmpDir();\nconst b = system.tmpDir();\n",
            "import * as system from 'os';\nconst a = system.tmpdir();\nconst b = system.tmpdir();\n",
        );
        check("const os = require('os');\nos.tmpDir();\n", "const os = require('os');\nos.tmpdir();\n");
    }

    #[test]
    fn refuses_names_not_bound_to_the_builtin() {
        // `os` is the project's own module here: its tmpDir is not node's.
        let src = js("import os from './os.js';\nos.tmpDir();\n");
        assert!(removed_node_api(&src, "lib/s.js".as_ref(), "tmpDir").is_none());
        // Not in the table.
        let src = js("import os from 'os';\nos.cpuCount();\n");
        assert!(removed_node_api(&src, "lib/s.js".as_ref(), "cpuCount").is_none());
        // An edit elsewhere does not pass for one.
        let src = js("import os from 'os';\nconst tmpDir = 1;\nos.tmpDir();\n");
        let at = src.text().find("tmpDir").unwrap_or(0);
        assert!(!is_removed_node_api_edit(&src, &Edit::replace("lib/s.js", at..at + 6, "tmpdir")));
    }
}
