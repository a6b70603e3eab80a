//! A method renamed by the uncommitted code change is healed the same way in both languages, over real runners:
//! TypeScript from tsc (TS2339) and from vitest (`cart.addLine is not a function`), Python from pytest, chained
//! calls included (issue 16, item 8).
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;

/// A committed project; `changed` (path, text) pairs are then written uncommitted: the developer's rename.
fn project(files: &[(&str, &str)], changed: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |path: &str, text: &str| {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    for (path, text) in files {
        write(path, text);
    }
    sh(dir.path(), "git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm init");
    for (path, text) in changed {
        write(path, text);
    }
    dir
}

const CART_TS: &str = "export class Cart {\n  lines: [string, number][] = [];\n\n  addLine(sku: string, qty = 1): this {\n    this.lines.push([sku, qty]);\n    return this;\n  }\n\n  count(): number {\n    return this.lines.reduce((n, [, q]) => n + q, 0);\n  }\n}\n";
const CART_TEST_TS: &str = "import { expect, it } from 'vitest';\nimport { Cart } from '../src/cart';\n\nit('adds a line', () => {\n  const cart = new Cart();\n  cart.addLine('mug', 2);\n  expect(cart.count()).toBe(2);\n});\n\nit('chains lines', () => {\n  expect(new Cart().addLine('a').addLine('b', 3).count()).toBe(4);\n});\n";

fn ts_project(include: &str) -> tempfile::TempDir {
    let tsconfig = format!(
        "{{\"compilerOptions\":{{\"strict\":true,\"noEmit\":true,\"skipLibCheck\":true,\"target\":\"ES2022\",\"module\":\"ESNext\",\"moduleResolution\":\"Bundler\"}},\"include\":{include}}}\n"
    );
    let dir = project(
        &[
            ("package.json", "{\"name\":\"cart\",\"private\":true,\"type\":\"module\"}\n"),
            ("tsconfig.json", &tsconfig),
            ("src/cart.ts", CART_TS),
            ("test/cart.test.ts", CART_TEST_TS),
        ],
        &[("src/cart.ts", &CART_TS.replace("addLine(", "addItem("))],
    );
    std::os::unix::fs::symlink(tools().join("node/node_modules"), dir.path().join("node_modules")).unwrap();
    dir
}

/// Both tests call the new name, and nothing else in the test file changed.
#[track_caller]
fn assert_renamed(dir: &std::path::Path, out: &std::process::Output) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(read(dir, "test/cart.test.ts"), CART_TEST_TS.replace("addLine(", "addItem("), "{stdout}");
    assert_eq!(read(dir, "src/cart.ts"), CART_TS.replace("addLine(", "addItem("), "the code change is kept");
}

#[test]
fn a_typescript_method_rename_is_healed_from_vitest() {
    let dir = ts_project("[\"src\",\"test\"]");
    let out = heal(dir.path(), &["run", "--apply", "--", "vitest", "run"]);
    assert_renamed(dir.path(), &out);
}

#[test]
fn a_typescript_method_rename_is_healed_from_tsc() {
    let dir = ts_project("[\"src\",\"test\"]");
    let out = heal(dir.path(), &["run", "--apply", "--", "tsc", "-p", "."]);
    assert_renamed(dir.path(), &out);
}

#[test]
fn a_python_method_rename_is_healed_in_chained_calls() {
    let invoice = "class Invoice:\n    def __init__(self, customer):\n        self.customer = customer\n        self.lines = []\n\n    def add_line(self, sku, qty=1):\n        self.lines.append((sku, qty))\n        return self\n\n    def count(self):\n        return sum(q for _, q in self.lines)\n";
    let test = "from shop.invoice import Invoice\n\n\ndef test_count():\n    assert Invoice(\"ada\").add_line(\"a\", 2).add_line(\"b\").count() == 3\n";
    let dir = project(
        &[
            ("pytest.ini", "[pytest]\npythonpath = .\naddopts = -p no:cacheprovider\n"),
            ("shop/__init__.py", ""),
            ("shop/invoice.py", invoice),
            ("tests/test_invoice.py", test),
        ],
        &[("shop/invoice.py", &invoice.replace("def add_line", "def add_item"))],
    );
    let out = heal(dir.path(), &["run", "--apply", "--", "python", "-m", "pytest", "-q"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(read(dir.path(), "tests/test_invoice.py"), test.replace("add_line", "add_item"), "{stdout}");
}
