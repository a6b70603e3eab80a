//! node's `ERR_PACKAGE_PATH_NOT_EXPORTED`: a test imports its own package by a subpath (`tickly/utils`) that
//! the package's `exports` map no longer lists. The map says where each subpath points; the one subpath whose
//! file exports every name the import takes is where they went (`tickly/time`).

use std::path::Path;

use super::{quoted_after, ts_imports, ts_specifier_name, ts_specifiers, FileCtx};
use crate::context::Context;
use crate::fix::{Applicability, Edit, Fix, StrategyKind};

/// As sure as the names an import takes all being exported by exactly one listed subpath.
const EXPORTED_HERE: f64 = 0.9;

/// The fix, when the failure is a subpath missing from the package's own `exports` map.
pub(super) fn subpath_moved(file: &FileCtx, message: &str, ctx: &Context) -> Option<Fix> {
    let subpath = quoted_after(message, "Package subpath '")?;
    if !message.contains("is not defined by \"exports\"") {
        return None;
    }
    let manifest = std::fs::read_to_string(ctx.sources.root().join("package.json")).ok()?;
    let manifest: serde_json::Value = serde_json::from_str(&manifest).ok()?;
    let name = manifest.get("name")?.as_str()?;
    let exports = manifest.get("exports")?.as_object()?;
    let spec = format!("{name}{}", subpath.strip_prefix('.')?);
    let imports = ts_imports(file.src);
    let import = imports.iter().find(|i| i.spec == spec)?;
    let wanted: Vec<String> =
        ts_specifiers(import.named?).into_iter().map(|s| ts_specifier_name(file.src, s)).collect();
    if wanted.is_empty() {
        return None;
    }
    let mut found = Vec::new();
    for (key, target) in exports {
        let Some(target) = target_path(target) else { continue };
        let path = Path::new(target.trim_start_matches("./"));
        let Some(indexed) = ctx.project().files.iter().find(|f| f.path == path) else { continue };
        let has = |n: &String| indexed.symbols.iter().any(|s| s.exported && s.container.is_none() && &s.name == n);
        if key != &subpath && key.starts_with("./") && wanted.iter().all(has) {
            found.push(key.clone());
        }
    }
    let [key] = found.as_slice() else { return None };
    let new_spec = format!("{name}{}", &key[1..]);
    let quote = file.src.node_text(import.source).chars().next()?;
    let edit = Edit::replace(file.rel, import.source.byte_range(), format!("{quote}{new_spec}{quote}"));
    Some(
        Fix::new(
            StrategyKind::DependencyFix,
            vec![edit],
            EXPORTED_HERE,
            format!("Import from `{new_spec}` instead of `{spec}`"),
            format!(
                "The package's `exports` map no longer lists `{subpath}`; `{key}` points at the file that exports {}.",
                wanted.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ")
            ),
        )
        .with_applicability(Applicability::Safe),
    )
}

/// The file an `exports` entry points at: a string, or the `import`/`default`/`require` condition's.
fn target_path(entry: &serde_json::Value) -> Option<&str> {
    match entry {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Object(conditions) => {
            ["import", "default", "require", "node"].iter().find_map(|c| conditions.get(*c).and_then(target_path))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use crate::context::{Context, GitSignals, SourceCache};
    use crate::failure::{Failure, FailureKind, Runner};
    use crate::fix::apply_edits;
    use crate::strategies::dependency_fix::DependencyFix;
    use crate::strategies::Strategy;

    #[test]
    fn a_subpath_the_exports_map_dropped_follows_the_names_it_exported() {
        // Before: `ERR_PACKAGE_PATH_NOT_EXPORTED` named no module or name the dependency fix read.
        let dir = tempfile::tempdir().unwrap();
        let manifest = r#"{ "name": "tickly", "type": "module", "exports": { ".": "./src/index.js", "./time": { "import": "./src/time.js" } } }"#;
        std::fs::write(dir.path().join("package.json"), manifest).unwrap();
        let cache = SourceCache::new(dir.path());
        cache.set_text(
            "src/time.js",
            "export function parseDuration(s) { return 1; }\nexport function formatDuration(n) { return ''; }\n",
        );
        cache.set_text("src/index.js", "export function every(n) { return n; }\n");
        let test = "import { formatDuration, parseDuration } from 'tickly/utils';\n";
        let mut f = Failure::new(
            FailureKind::TestFailure,
            Runner::NodeTest,
            "Package subpath './utils' is not defined by \"exports\" in /x/package.json imported from /x/test/d.test.mjs",
        );
        f.file = Some("test/d.test.mjs".into());
        f.line = Some(1);
        cache.set_text("test/d.test.mjs", test);
        let ctx = Context::new(&cache, GitSignals::default());
        let fixes = DependencyFix.propose(&f, &ctx);
        let fix = fixes.first().expect("a fix");
        assert_eq!(apply_edits(test, fix.edits()).unwrap(), test.replace("tickly/utils", "tickly/time"));
        // A name no listed subpath exports: nothing to point at.
        let other = "import { formatDuration, sleep } from 'tickly/utils';\n";
        cache.set_text("test/d.test.mjs", other);
        let ctx = Context::new(&cache, GitSignals::default());
        assert!(DependencyFix.propose(&f, &ctx).is_empty());
    }
}
