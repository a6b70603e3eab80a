//! A function that stopped seeding its random generator: `rng or random.Random(DEFAULT_SEED)` became
//! `rng or random.Random()`. The tests that relied on the old fixed draw now see a different one on every run;
//! what keeps their meaning is the old seed, passed in through the parameter the function takes its generator
//! from.

use tree_sitter::Node;

use crate::source::SourceFile;

/// Constructors and seeders of pseudo-random generators, by how a call names them.
const SEEDED: &[&str] = &[
    "random.Random",
    "Random",
    "random.seed",
    "np.random.default_rng",
    "numpy.random.default_rng",
    "default_rng",
    "np.random.RandomState",
    "numpy.random.RandomState",
    "RandomState",
];

/// `(old seeded call with its seed resolved to a literal, parameter the caller passes the generator or seed
/// through)` when `old_def` seeded a generator and `new_def` builds the same one unseeded. `random.Random(2024)`
/// and `rng`; the seed constant of the old module (`DEFAULT_SEED = 2024`) is resolved, since it may be gone.
pub fn removed_seed(old: &SourceFile, old_def: Node, new: &SourceFile, new_def: Node) -> Option<(String, String)> {
    if !old.lang().is_python() {
        return None;
    }
    let seeded = calls(old, old_def).into_iter().find_map(|(callee, call)| {
        let args = call.child_by_field_name("arguments")?;
        (args.named_child_count() == 1).then_some((callee, args.named_child(0)?))
    });
    let (callee, seed) = seeded?;
    let unseeded = calls(new, new_def).into_iter().find(|(c, call)| {
        *c == callee && call.child_by_field_name("arguments").is_some_and(|a| a.named_child_count() == 0)
    })?;
    let seed = literal_seed(old, seed)?;
    let param = supplying_param(new, new_def, unseeded.1)?;
    Some((format!("{callee}({seed})"), param))
}

fn calls<'t>(src: &'t SourceFile, def: Node<'t>) -> Vec<(String, Node<'t>)> {
    let mut out = Vec::new();
    let mut stack = vec![def];
    while let Some(n) = stack.pop() {
        if n.kind() == "call" {
            if let Some(f) = n.child_by_field_name("function") {
                let callee = src.node_text(f);
                if SEEDED.contains(&callee) {
                    out.push((callee.to_string(), n));
                }
            }
        }
        let mut cursor = n.walk();
        let children: Vec<_> = n.named_children(&mut cursor).collect();
        stack.extend(children.into_iter().rev());
    }
    out
}

/// A number or string seed, or a module-level constant of the old file that holds one.
fn literal_seed(src: &SourceFile, seed: Node) -> Option<String> {
    match seed.kind() {
        "integer" | "string" | "float" => Some(src.node_text(seed).to_string()),
        "identifier" => {
            let name = src.node_text(seed);
            let root = src.root();
            let mut cursor = root.walk();
            let value = root.named_children(&mut cursor).find_map(|stmt| {
                let assign = stmt
                    .named_child(0)
                    .filter(|a| stmt.kind() == "expression_statement" && a.kind() == "assignment")?;
                let left = assign.child_by_field_name("left")?;
                (src.node_text(left) == name).then(|| assign.child_by_field_name("right"))?
            })?;
            matches!(value.kind(), "integer" | "string" | "float").then(|| src.node_text(value).to_string())
        }
        _ => None,
    }
}

/// The parameter of `def` named in the statement that builds the unseeded generator (`rng = rng or
/// random.Random()`, `if rng is None: rng = random.Random()`): the caller's way to supply one.
fn supplying_param(src: &SourceFile, def: Node, call: Node) -> Option<String> {
    let def = if def.kind() == "decorated_definition" { def.child_by_field_name("definition")? } else { def };
    let params = def.child_by_field_name("parameters")?;
    let mut names = Vec::new();
    let mut cursor = params.walk();
    for p in params.named_children(&mut cursor) {
        let id = if p.kind() == "identifier" {
            Some(p)
        } else {
            p.child_by_field_name("name").or_else(|| p.named_child(0)).filter(|n| n.kind() == "identifier")
        };
        if let Some(id) = id {
            let name = src.node_text(id);
            if !matches!(name, "self" | "cls") {
                names.push(name.to_string());
            }
        }
    }
    // From the call up to the function body: the first enclosing statement (or `if`) that names a parameter.
    let mut node = call.parent();
    while let Some(n) = node {
        if n.id() == def.id() {
            break;
        }
        if matches!(n.kind(), "expression_statement" | "if_statement" | "return_statement" | "conditional_expression") {
            let text = match n.kind() {
                "if_statement" => n.child_by_field_name("condition").map_or("", |c| src.node_text(c)),
                _ => src.node_text(n),
            };
            if let Some(p) = names.iter().find(|p| super::members::mentions(text, p)) {
                return Some(p.clone());
            }
        }
        node = n.parent();
    }
    None
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::path::Path;

    use super::*;
    use crate::lang::Language;

    fn seed(old: &str, new: &str) -> Option<(String, String)> {
        let o = SourceFile::new_transient(Language::Python, Path::new("a.py"), old.to_string()).unwrap();
        let n = SourceFile::new_transient(Language::Python, Path::new("a.py"), new.to_string()).unwrap();
        removed_seed(&o, def(&o), &n, def(&n))
    }

    fn def(s: &SourceFile) -> Node<'_> {
        let root = s.root();
        let mut c = root.walk();
        let found = root.named_children(&mut c).find(|x| x.kind() == "function_definition");
        found.unwrap()
    }

    #[test]
    fn a_seed_constant_dropped_from_the_fallback_generator() {
        let old = "import random\nDEFAULT_SEED = 2024\n\ndef draw(xs, k, rng=None):\n    rng = rng or random.Random(DEFAULT_SEED)\n    return rng.sample(xs, k)\n";
        let new = "import random\n\ndef draw(xs, k, rng=None):\n    rng = rng or random.Random()\n    return rng.sample(xs, k)\n";
        assert_eq!(seed(old, new), Some(("random.Random(2024)".into(), "rng".into())));
        // The `if ... is None` form, a literal seed, numpy's generator.
        let old = "def shuffle(xs, gen=None):\n    if gen is None:\n        gen = np.random.default_rng(7)\n    return gen.permutation(xs)\n";
        assert_eq!(
            seed(old, &old.replace("default_rng(7)", "default_rng()")),
            Some(("np.random.default_rng(7)".into(), "gen".into()))
        );
        // A generator the caller cannot supply: nothing to pass.
        let old = "def roll():\n    return random.Random(3).randint(1, 6)\n";
        assert_eq!(seed(old, &old.replace("Random(3)", "Random()")), None);
        // Still seeded, or seeded from a value the old code computed: no delta.
        let old = "def roll(rng=None):\n    rng = rng or random.Random(time.time())\n    return rng.random()\n";
        assert_eq!(seed(old, &old.replace("Random(time.time())", "Random()")), None);
    }
}
