//! Builds the [`ChangeSet`] from two versions of the changed files: definitions matched by name, then the
//! rest by body similarity and position, then each matched pair compared for its signature and values.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::Duration;

use tree_sitter::Node;

use super::members::{doc_of, literals, mentions, object_keys};
use super::{ChangeSet, Delta, FileVersions, SymbolRef};
use crate::project_index::{index_file, module_path, Param, Symbol, SymbolKind};
use crate::source::SourceFile;

/// Bodies at least this similar (after the definition's own name is blanked) are the same definition.
const SAME_BODY: f32 = 0.75;
/// When one definition disappeared and one appeared in the same place, a weaker likeness is enough.
const ONLY_PAIR: f32 = 0.4;
/// Per function, at most this many changed literals are reported (more means it was rewritten).
const MAX_LITERALS: usize = 4;

struct Def<'a> {
    file: PathBuf,
    module: String,
    src: &'a SourceFile,
    sym: Symbol,
}

impl<'a> Def<'a> {
    fn node(&self) -> Option<Node<'a>> {
        self.sym.node(self.src)
    }

    fn text(&self) -> &str {
        let (start, end) = self.sym.span;
        self.src.text().get(start..end).unwrap_or("")
    }

    fn reference(&self, container: Option<&str>) -> SymbolRef {
        SymbolRef {
            name: self.sym.name.clone(),
            container: container.map(str::to_string).or_else(|| self.sym.container.clone()),
            kind: self.sym.kind,
            file: self.file.clone(),
            module: self.module.clone(),
        }
    }

    /// The text with its own name blanked and whitespace collapsed, so a rename alone compares equal.
    fn normalized(&self) -> String {
        let text = self.text();
        let name = &self.sym.name;
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(i) = rest.find(name.as_str()).filter(|_| !name.is_empty()) {
            out.push_str(&rest[..i]);
            out.push('\u{1}');
            rest = &rest[i + name.len()..];
        }
        out.push_str(rest);
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

fn defs(side: &[(PathBuf, SourceFile)]) -> Vec<Def<'_>> {
    side.iter()
        .flat_map(|(path, src)| {
            let mut symbols = index_file(path, src).symbols;
            symbols.extend(annotated_fields(src, &symbols));
            let module = module_path(path, src.lang());
            symbols.into_iter().map(move |sym| Def { file: path.clone(), module: module.clone(), src, sym })
        })
        .collect()
}

/// The class-level fields of a file's Python classes: annotated (`code: str`, `rate: float = 0.2`, the members
/// of a dataclass, `NamedTuple` or typed class that `p.code` reads) or not (`CRIT = 4` of an `Enum`, a class
/// constant that `Priority.CRIT` reads), so a renamed field is a rename to follow. The project index keeps
/// methods only; a field is a member here, kind `Variable` with its class as container.
fn annotated_fields(src: &SourceFile, symbols: &[Symbol]) -> Vec<Symbol> {
    if !src.lang().is_python() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for class in symbols.iter().filter(|s| s.kind == SymbolKind::Class) {
        let Some(node) = class.node(src) else { continue };
        let node =
            if node.kind() == "decorated_definition" { node.child_by_field_name("definition") } else { Some(node) };
        let Some(body) = node.and_then(|n| n.child_by_field_name("body")) else { continue };
        let mut cursor = body.walk();
        for stmt in body.named_children(&mut cursor) {
            let Some(assign) =
                stmt.named_child(0).filter(|a| stmt.kind() == "expression_statement" && a.kind() == "assignment")
            else {
                continue;
            };
            let Some(left) = assign.child_by_field_name("left").filter(|l| l.kind() == "identifier") else { continue };
            let name = src.node_text(left);
            // `__slots__`, `__tablename__` and the like are protocol, not API.
            if name.starts_with("__") {
                continue;
            }
            out.push(Symbol {
                container: Some(class.name.clone()),
                exported: !name.starts_with('_'),
                span: (stmt.start_byte(), stmt.end_byte()),
                ..Symbol::new(name, SymbolKind::Variable, stmt.start_position().row as u32 + 1)
            });
        }
    }
    out
}

/// A class field (`code: str`) is too short for body likeness to tell fields apart: it is paired with a new one
/// only when both read the same once their names are blanked (same annotation and default) and they are the only
/// field that disappeared and the only one that appeared in that class, or the only ones with that text.
fn is_field(d: &Def) -> bool {
    d.sym.kind == SymbolKind::Variable && d.sym.container.is_some()
}

fn param_nodes<'a>(d: &Def<'a>) -> Option<Node<'a>> {
    let node = d.node()?;
    node.child_by_field_name("parameters")
        .or_else(|| node.child_by_field_name("value")?.child_by_field_name("parameters"))
}

/// The symbol-level delta between the old and new versions of the changed files. Files that are not Python or
/// TypeScript, or that do not parse, are skipped.
pub fn diff(files: &[FileVersions]) -> ChangeSet {
    let parse = |path: &Option<PathBuf>, text: &Option<String>| -> Option<(PathBuf, SourceFile)> {
        let (path, text) = (path.as_ref()?, text.as_ref()?);
        Some((path.clone(), SourceFile::from_text(path.clone(), text.clone()).ok()?))
    };
    let old_files: Vec<(PathBuf, SourceFile)> = files.iter().filter_map(|f| parse(&f.old_path, &f.old)).collect();
    let new_files: Vec<(PathBuf, SourceFile)> = files.iter().filter_map(|f| parse(&f.new_path, &f.new)).collect();
    let old = defs(&old_files);
    let new = defs(&new_files);
    // Where each old file went (renames/moves of whole files).
    let went: HashMap<&PathBuf, &PathBuf> =
        files.iter().filter_map(|f| Some((f.old_path.as_ref()?, f.new_path.as_ref()?))).collect();

    let mut matcher = Matcher {
        old: &old,
        new: &new,
        went,
        old_used: vec![false; old.len()],
        new_used: vec![false; new.len()],
        pairs: Vec::new(),
    };
    // Top-level definitions first, so methods can follow their class's rename.
    let top = |d: &Def| d.sym.container.is_none();
    matcher.by_name(&top, &HashMap::new());
    // The callers' own migration before any likeness: a helper extracted from the old body can look more like it
    // than the function the callers now call.
    matcher.by_callers(&top, &migrated_calls(files));
    matcher.by_body(&top, &HashMap::new());
    let class_map: HashMap<String, String> = matcher
        .pairs
        .iter()
        .filter(|(o, n)| old[*o].sym.kind == SymbolKind::Class && old[*o].sym.name != new[*n].sym.name)
        .map(|(o, n)| (old[*o].sym.name.clone(), new[*n].sym.name.clone()))
        .collect();
    let member = |d: &Def| d.sym.container.is_some();
    matcher.by_name(&member, &class_map);
    matcher.by_body(&member, &class_map);

    let mut deltas = Vec::new();
    let pairs = std::mem::take(&mut matcher.pairs);
    for &(o, n) in &pairs {
        compare(&old[o], &new[n], &mut deltas);
    }
    // A class's members go with it; only report the removal of the top-most definition.
    let gone_classes: HashSet<&str> = old
        .iter()
        .zip(&matcher.old_used)
        .filter(|(x, used)| !**used && x.sym.kind == SymbolKind::Class)
        .map(|(x, _)| x.sym.name.as_str())
        .collect();
    for (i, d) in old.iter().enumerate() {
        let container_gone = d.sym.container.as_deref().is_some_and(|c| gone_classes.contains(c));
        if !matcher.old_used[i] && !container_gone {
            deltas.push(Delta::Removed { old: d.reference(None) });
        }
    }
    for (i, d) in new.iter().enumerate() {
        if !matcher.new_used[i] {
            deltas.push(Delta::Added { new: d.reference(None) });
        }
    }
    let mut changed: Vec<PathBuf> =
        files.iter().filter_map(|f| f.new_path.clone().or_else(|| f.old_path.clone())).collect();
    changed.dedup();
    ChangeSet { origin: String::new(), files: changed, deltas, messages: Vec::new() }
}

struct Matcher<'d, 'a> {
    old: &'d [Def<'a>],
    new: &'d [Def<'a>],
    went: HashMap<&'d PathBuf, &'d PathBuf>,
    old_used: Vec<bool>,
    new_used: Vec<bool>,
    pairs: Vec<(usize, usize)>,
}

fn group(kind: SymbolKind) -> u8 {
    match kind {
        SymbolKind::Function | SymbolKind::Method => 0,
        SymbolKind::Class => 1,
        SymbolKind::Variable => 2,
        SymbolKind::Type => 3,
    }
}

impl Matcher<'_, '_> {
    fn container_of(&self, d: &Def, class_map: &HashMap<String, String>) -> Option<String> {
        d.sym.container.as_ref().map(|c| class_map.get(c).cloned().unwrap_or_else(|| c.clone()))
    }

    fn same_place(&self, o: &Def, n: &Def) -> bool {
        self.went.get(&o.file).is_some_and(|to| **to == n.file)
    }

    /// Same name, kind and container: the same definition, in the same file (edited) or another (moved).
    fn by_name(&mut self, filter: &dyn Fn(&Def) -> bool, class_map: &HashMap<String, String>) {
        // Indexed by name: a change of thousands of definitions must not compare every pair.
        let new = self.new;
        let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
        for (j, n) in new.iter().enumerate() {
            by_name.entry(n.sym.name.as_str()).or_default().push(j);
        }
        for (i, o) in self.old.iter().enumerate() {
            if self.old_used[i] || !filter(o) {
                continue;
            }
            let container = self.container_of(o, class_map);
            let candidates: Vec<usize> = by_name
                .get(o.sym.name.as_str())
                .into_iter()
                .flatten()
                .copied()
                .filter(|&j| {
                    let n = &self.new[j];
                    !self.new_used[j]
                        && filter(n)
                        && group(n.sym.kind) == group(o.sym.kind)
                        && n.sym.container == container
                })
                .collect();
            let pick = candidates
                .iter()
                .copied()
                .find(|&j| self.same_place(o, &self.new[j]))
                .or_else(|| (candidates.len() == 1).then(|| candidates[0]));
            if let Some(j) = pick {
                self.old_used[i] = true;
                self.new_used[j] = true;
                self.pairs.push((i, j));
            }
        }
    }

    /// What is left: a definition that disappeared and one that appeared with (nearly) the same body.
    fn by_body(&mut self, filter: &dyn Fn(&Def) -> bool, class_map: &HashMap<String, String>) {
        let removed: Vec<usize> = (0..self.old.len()).filter(|&i| !self.old_used[i] && filter(&self.old[i])).collect();
        let added: Vec<usize> = (0..self.new.len()).filter(|&j| !self.new_used[j] && filter(&self.new[j])).collect();
        if removed.is_empty() || added.is_empty() || removed.len() * added.len() > 4_000 {
            return;
        }
        let mut scored = Vec::new();
        for &i in &removed {
            let o = &self.old[i];
            let container = self.container_of(o, class_map);
            let a = o.normalized();
            for &j in &added {
                let n = &self.new[j];
                if group(n.sym.kind) != group(o.sym.kind) || n.sym.container != container {
                    continue;
                }
                let b = n.normalized();
                let ratio = similar::TextDiff::configure()
                    .timeout(Duration::from_millis(5))
                    .diff_chars(a.as_str(), b.as_str())
                    .ratio();
                // The only disappearance and the only appearance of this kind in the same file and class.
                let alone = self.same_place(o, n)
                    && removed.iter().filter(|&&x| self.peers(&self.old[x], o, class_map)).count() == 1
                    && added.iter().filter(|&&y| self.new_peer(&self.new[y], n)).count() == 1;
                // Or, when several fields changed at once, the only one that went and the only one that came
                // with this text (`CRIT = 4` → `CRITICAL = 4` beside `LOW = 1` → `MINOR = 1`).
                let unique = || {
                    self.same_place(o, n)
                        && !removed
                            .iter()
                            .any(|&x| x != i && self.peers(&self.old[x], o, class_map) && self.old[x].normalized() == a)
                        && !added
                            .iter()
                            .any(|&y| y != j && self.new_peer(&self.new[y], n) && self.new[y].normalized() == b)
                };
                if is_field(o) && !(a == b && (alone || unique())) {
                    continue;
                }
                if ratio >= SAME_BODY || (alone && ratio >= ONLY_PAIR) {
                    scored.push((ratio, i, j));
                }
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (_, i, j) in scored {
            if !self.old_used[i] && !self.new_used[j] {
                self.old_used[i] = true;
                self.new_used[j] = true;
                self.pairs.push((i, j));
            }
        }
    }

    /// A definition that disappeared and one that appeared whose calls replaced its calls in
    /// the project's own code (`make_slug(title)` → `slugify(title)` in posts.py), when that pair is the only one
    /// the call sites show for either: a rewrite the body likeness cannot see (a helper extracted, a parameter
    /// added) with a rename its callers spell out.
    fn by_callers(&mut self, filter: &dyn Fn(&Def) -> bool, calls: &[(String, String)]) {
        // The definitions of one side not paired yet that have `name`.
        let unused = |defs: &[Def], used: &[bool], name: &str| -> Vec<usize> {
            (0..defs.len()).filter(|&i| !used[i] && filter(&defs[i]) && defs[i].sym.name == name).collect()
        };
        for (from, to) in calls {
            // Each name migrated one way only.
            let ways = calls.iter().filter(|(f, t)| f == from || t == to).all(|(f, t)| f == from && t == to);
            let (old, new) = (unused(self.old, &self.old_used, from), unused(self.new, &self.new_used, to));
            let ([i], [j]) = (old.as_slice(), new.as_slice()) else { continue };
            if !ways
                || group(self.old[*i].sym.kind) != group(self.new[*j].sym.kind)
                || !unused(self.new, &self.new_used, from).is_empty()
            {
                continue;
            }
            self.old_used[*i] = true;
            self.new_used[*j] = true;
            self.pairs.push((*i, *j));
        }
    }

    fn peers(&self, x: &Def, o: &Def, class_map: &HashMap<String, String>) -> bool {
        x.file == o.file
            && group(x.sym.kind) == group(o.sym.kind)
            && self.container_of(x, class_map) == self.container_of(o, class_map)
    }

    fn new_peer(&self, y: &Def, n: &Def) -> bool {
        y.file == n.file && group(y.sym.kind) == group(n.sym.kind) && y.sym.container == n.sym.container
    }
}

/// Calls the change migrated from one name to another: a removed line that, with `old` replaced by `new` as a
/// whole word, is one of the lines added in its place (`…{make_slug(self.title)}…` → `…{slugify(self.title)}…`).
/// Each pair once, in the order found.
fn migrated_calls(files: &[FileVersions]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for f in files {
        let (Some(old), Some(new)) = (&f.old, &f.new) else { continue };
        let diff =
            similar::TextDiff::configure().timeout(Duration::from_millis(50)).diff_lines(old.as_str(), new.as_str());
        for op in diff.ops() {
            let similar::DiffOp::Replace { old_index, old_len, new_index, new_len } = *op else { continue };
            let removed: Vec<&str> = old.lines().skip(old_index).take(old_len).collect();
            let added: Vec<&str> = new.lines().skip(new_index).take(new_len).collect();
            for r in &removed {
                for a in &added {
                    if let Some(pair) = one_call_renamed(r, a) {
                        if !out.contains(&pair) {
                            out.push(pair);
                        }
                    }
                }
            }
        }
    }
    out
}

/// `(old, new)` when the two lines differ in exactly one identifier, called in both (`old(` → `new(`).
fn one_call_renamed(removed: &str, added: &str) -> Option<(String, String)> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let prefix = removed.chars().zip(added.chars()).take_while(|(a, b)| a == b).count();
    let suffix = removed.chars().rev().zip(added.chars().rev()).take_while(|(a, b)| a == b).count();
    let (r, a): (Vec<char>, Vec<char>) = (removed.chars().collect(), added.chars().collect());
    // Widen the differing middle to whole identifiers on both lines.
    let mut start = prefix.min(r.len()).min(a.len());
    while start > 0 && is_ident(r[start - 1]) {
        start -= 1;
    }
    let end_cut = |v: &[char]| {
        let mut end = v.len().saturating_sub(suffix).max(start);
        while end < v.len() && is_ident(v[end]) {
            end += 1;
        }
        end
    };
    let (r_end, a_end) = (end_cut(&r), end_cut(&a));
    let old: String = r.get(start..r_end)?.iter().collect();
    let new: String = a.get(start..a_end)?.iter().collect();
    let called = |v: &[char], end: usize| v.get(end) == Some(&'(');
    let ident = |s: &str| !s.is_empty() && s.chars().all(is_ident) && !s.starts_with(|c: char| c.is_ascii_digit());
    (ident(&old) && ident(&new) && old != new && called(&r, r_end) && called(&a, a_end)).then_some((old, new))
}

/// What changed between two versions of one definition.
fn compare(o: &Def, n: &Def, out: &mut Vec<Delta>) {
    let subject = n.reference(None);
    if o.sym.name != n.sym.name {
        out.push(Delta::Renamed { old: o.reference(None), new: subject.clone() });
    } else if o.module != n.module {
        out.push(Delta::Moved { old: o.reference(None), new: subject.clone() });
    }
    match n.sym.kind {
        SymbolKind::Function | SymbolKind::Method => {
            params(o, n, &subject, out);
            if !o.sym.accessor && n.sym.accessor {
                out.push(Delta::BecameAccessor { member: subject.clone() });
            } else if o.sym.accessor && !n.sym.accessor {
                out.push(Delta::BecameMethod { member: subject.clone() });
            }
            if !o.sym.is_async && n.sym.is_async {
                out.push(Delta::BecameAsync { function: subject.clone() });
            }
            if let Some((seeded, param)) =
                o.node().zip(n.node()).and_then(|(a, b)| super::seeds::removed_seed(o.src, a, n.src, b))
            {
                out.push(Delta::SeedRemoved { function: subject.clone(), seeded, param });
            }
            if let (Some(a), Some(b)) = (o.node(), n.node()) {
                let (before, after) = (literals(o.src, a), literals(n.src, b));
                if before.len() == after.len() {
                    let changed: Vec<_> = before.into_iter().zip(after).filter(|(x, y)| x != y).collect();
                    if changed.len() <= MAX_LITERALS {
                        for (old, new) in changed {
                            out.push(Delta::LiteralChanged { function: subject.clone(), old, new });
                        }
                    }
                }
            }
        }
        SymbolKind::Variable => {
            if let (Some(a), Some(b)) = (&o.sym.value, &n.sym.value) {
                if a != b {
                    out.push(Delta::ConstantChanged { constant: subject, old: a.clone(), new: b.clone() });
                }
            }
        }
        SymbolKind::Type => {
            if let (Some(a), Some(b)) = (o.node(), n.node()) {
                key_renames(&object_keys(o.src, a), &object_keys(n.src, b), &subject, n.src, out);
                let (before, after) = (union_strings(o.src, a), union_strings(n.src, b));
                let gone: Vec<&String> = before.iter().filter(|k| !after.contains(k)).collect();
                let came: Vec<&String> = after.iter().filter(|k| !before.contains(k)).collect();
                // One member out and one in, in the same place: renamed (an added or dropped member is not).
                if let ([old], [new]) = (gone.as_slice(), came.as_slice()) {
                    if before.iter().position(|k| k == *old) == after.iter().position(|k| k == *new) {
                        let (old, new) = ((*old).clone(), (*new).clone());
                        out.push(Delta::UnionMemberRenamed { owner: subject, old, new });
                    }
                }
            }
        }
        SymbolKind::Class => {}
    }
}

/// The string members of a type alias's union (`type Status = 'open' | 'closed'` → `open`, `closed`), in order.
fn union_strings(src: &SourceFile, def: Node) -> Vec<String> {
    let Some(value) = def.child_by_field_name("value").filter(|v| v.kind() == "union_type") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut stack = vec![value];
    while let Some(n) = stack.pop() {
        match n.kind() {
            "union_type" | "literal_type" => {
                let mut cursor = n.walk();
                let children: Vec<_> = n.named_children(&mut cursor).collect();
                stack.extend(children.into_iter().rev());
            }
            "string" => {
                let text = src.node_text(n);
                out.push(text.get(1..text.len().saturating_sub(1)).unwrap_or("").to_string());
            }
            _ => {}
        }
    }
    out
}

fn key_renames(before: &[String], after: &[String], owner: &SymbolRef, new_src: &SourceFile, out: &mut Vec<Delta>) {
    // A destructured parameter lists its keys twice (pattern and type): count each once.
    let mut gone: Vec<&String> = before.iter().filter(|k| !after.contains(k)).collect();
    let mut came: Vec<&String> = after.iter().filter(|k| !before.contains(k)).collect();
    gone.sort();
    gone.dedup();
    came.sort();
    came.dedup();
    if gone.len() == 1 && came.len() == 1 {
        let (old, new) = (gone[0].clone(), came[0].clone());
        let doc_disagrees = code_mentions_in_docs(new_src, &old) && !code_mentions_in_docs(new_src, &new);
        out.push(Delta::OptionKeyRenamed { owner: owner.clone(), old, new, doc_disagrees });
    }
}

/// Whether a JSDoc comment of the file names `key` as code: `x.key` (`@param req.nights`) or `key:` (an
/// example's object literal). Prose ("number of nights") does not count.
fn code_mentions_in_docs(src: &SourceFile, key: &str) -> bool {
    let mut found = false;
    src.walk(|n| {
        if n.kind() == "comment" && !found {
            let text = src.node_text(n);
            if text.starts_with("/**") {
                let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
                found = text.match_indices(key).any(|(i, _)| {
                    let before = text[..i].chars().next_back();
                    let after = text[i + key.len()..].chars().next();
                    let bounded = !before.is_some_and(ident) && !after.is_some_and(ident);
                    let rest = text[i + key.len()..].trim_start();
                    // `req.nights` names the parameter's key; `f(...).nights` reads the *result*, whose type
                    // is another one.
                    let dotted = before == Some('.') && text[..i - 1].chars().next_back().is_some_and(ident);
                    bounded && (dotted || rest.starts_with(':'))
                });
            }
        }
        !found
    });
    found
}

/// Python: the parameters from some position on folded into one parameter typed by a class of the function's
/// file whose fields are their names (`width, align, total` → `options: TableOptions | None = None`).
fn options_class(before: &[Param], after: &[Param], n: &Def, subject: &SymbolRef) -> Option<Delta> {
    if !n.src.lang().is_python() || after.is_empty() || after.len() > before.len() {
        return None;
    }
    let pos = after.len() - 1;
    let (last, kept) = after.split_last()?;
    if kept.iter().zip(before).any(|(a, b)| a.name != b.name) || before.iter().any(|b| b.name == last.name) {
        return None;
    }
    let annotation = last.annotation.as_deref()?;
    let class = annotation
        .split('|')
        .map(str::trim)
        .map(|t| t.strip_prefix("Optional[").and_then(|t| t.strip_suffix(']')).unwrap_or(t))
        .find(|t| *t != "None" && t.chars().next().is_some_and(char::is_uppercase))?
        .trim_matches(['"', '\''])
        .to_string();
    let symbols = index_file(&n.file, n.src).symbols;
    let fields: Vec<String> = annotated_fields(n.src, &symbols)
        .into_iter()
        .filter(|f| f.container.as_deref() == Some(class.as_str()))
        .map(|f| f.name)
        .collect();
    let rest = &before[pos..];
    if rest.is_empty() || !rest.iter().all(|p| fields.contains(&p.name)) {
        return None;
    }
    let keys = rest.iter().map(|p| (p.name.clone(), p.name.clone())).collect();
    Some(Delta::OptionsObject { function: subject.clone(), keys, class: Some(class) })
}

/// The keys of a TypeScript parameter that is an options object by name: the object pattern the body
/// destructures it into (`const { baseUrl, retries = 2 } = options;`), else the interface or object type alias
/// of the same file its annotation names (`options: ClientOptions`).
fn named_options_keys(d: &Def, p: &Param) -> Vec<String> {
    if d.src.lang().is_python() {
        return Vec::new();
    }
    let Some(node) = d.node() else { return Vec::new() };
    let body =
        node.child_by_field_name("body").or_else(|| node.child_by_field_name("value")?.child_by_field_name("body"));
    let mut keys = Vec::new();
    if let Some(body) = body {
        let mut c = body.walk();
        for stmt in body.named_children(&mut c).take(4).filter(|s| s.kind() == "lexical_declaration") {
            let mut dc = stmt.walk();
            for decl in stmt.named_children(&mut dc).filter(|x| x.kind() == "variable_declarator") {
                let pattern = decl.child_by_field_name("name").filter(|x| x.kind() == "object_pattern");
                let from = decl.child_by_field_name("value").map(|v| d.src.node_text(v));
                if let (Some(pattern), Some(from)) = (pattern, from) {
                    if from == p.name {
                        keys = object_keys(d.src, pattern);
                    }
                }
            }
        }
    }
    if keys.is_empty() {
        let Some(ty) = p.annotation.as_deref().map(str::trim).filter(|t| crate::strategies::value::is_identifier(t))
        else {
            return keys;
        };
        d.src.walk(|x| {
            if matches!(x.kind(), "interface_declaration" | "type_alias_declaration")
                && x.child_by_field_name("name").is_some_and(|nm| d.src.node_text(nm) == ty)
            {
                keys =
                    object_keys(d.src, x.child_by_field_name("body").or(x.child_by_field_name("value")).unwrap_or(x));
            }
            keys.is_empty()
        });
    }
    keys
}

fn is_options(p: &Param) -> bool {
    p.name.starts_with('{') || p.annotation.as_deref().is_some_and(|a| a.starts_with('{'))
}

fn params(o: &Def, n: &Def, subject: &SymbolRef, out: &mut Vec<Delta>) {
    let plain = |ps: &[Param]| -> Vec<Param> { ps.iter().filter(|p| !p.variadic && !p.var_keyword).cloned().collect() };
    let (before, after) = (plain(&o.sym.params), plain(&n.sym.params));
    // Positional parameters folded into an options object: written as a pattern or object type in the
    // signature, or a named parameter whose interface (or the destructuring at the top of the body) lists them.
    let named = |i: usize| {
        let p = after.get(i)?;
        let keys = named_options_keys(n, p);
        (!is_options(p) && before.get(i).is_none_or(|b| b.name != p.name) && !keys.is_empty()).then_some((i, keys))
    };
    let folded_at = after
        .iter()
        .position(is_options)
        .filter(|&i| !before.get(i).is_some_and(is_options))
        .map(|i| (i, param_nodes(n).map(|p| object_keys(n.src, p)).unwrap_or_default()))
        .or_else(|| (0..after.len()).find_map(named));
    if let Some((pos, keys)) = folded_at {
        let rest = &before[pos.min(before.len())..];
        let folded: Vec<(String, String)> =
            rest.iter().filter(|p| keys.contains(&p.name)).map(|p| (p.name.clone(), p.name.clone())).collect();
        // Only a pure fold: every old parameter from that position on became the key of its name, so the
        // n-th argument of an old call is the n-th key.
        if !folded.is_empty() && folded.len() == rest.len() {
            out.push(Delta::OptionsObject { function: subject.clone(), keys: folded, class: None });
            return;
        }
    }
    if let Some(delta) = options_class(&before, &after, n, subject) {
        out.push(delta);
        return;
    }
    // A key of an object parameter renamed.
    if let (Some(a), Some(b)) = (param_nodes(o), param_nodes(n)) {
        if before.iter().any(is_options) && after.iter().any(is_options) {
            key_renames(&object_keys(o.src, a), &object_keys(n.src, b), subject, n.src, out);
        }
    }
    let named = |ps: &[Param], name: &str| ps.iter().position(|p| p.name == name);
    let gone: Vec<usize> =
        (0..before.len()).filter(|&i| named(&after, &before[i].name).is_none() && !is_options(&before[i])).collect();
    let came: Vec<usize> =
        (0..after.len()).filter(|&j| named(&before, &after[j].name).is_none() && !is_options(&after[j])).collect();
    let doc = n.node().and_then(|x| doc_of(n.src, x)).unwrap_or_default();
    if !gone.is_empty() && gone.len() == came.len() {
        for (&i, &j) in gone.iter().zip(&came) {
            let (old, new) = (before[i].name.clone(), after[j].name.clone());
            let doc_disagrees = mentions(&doc, &old) && !mentions(&doc, &new);
            out.push(Delta::ParamRenamed { function: subject.clone(), old, new, doc_disagrees });
        }
    } else {
        for &i in &gone {
            out.push(Delta::ParamRemoved {
                function: subject.clone(),
                name: before[i].name.clone(),
                default: before[i].default.clone(),
            });
        }
        for &j in &came {
            out.push(Delta::ParamAdded {
                function: subject.clone(),
                name: after[j].name.clone(),
                position: j,
                default: after[j].default.clone(),
            });
        }
    }
    let mut keyword_only = Vec::new();
    for p in &before {
        let Some(j) = named(&after, &p.name) else { continue };
        let q = &after[j];
        if let (Some(d), false) = (&p.default, q.has_default) {
            out.push(Delta::DefaultRemoved {
                function: subject.clone(),
                param: p.name.clone(),
                old_default: d.clone(),
            });
        }
        if !p.keyword_only && q.keyword_only {
            keyword_only.push(p.name.clone());
        }
    }
    if !keyword_only.is_empty() {
        out.push(Delta::KeywordOnly { function: subject.clone(), params: keyword_only });
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn one(path: &str, old: &str, new: &str) -> ChangeSet {
        diff(&[FileVersions::modified(path, old, new)])
    }

    fn kinds(c: &ChangeSet) -> Vec<String> {
        c.deltas.iter().map(|d| d.describe()).collect()
    }

    #[test]
    fn typescript_enum_member_renamed_with_its_value_kept() {
        let c = one(
            "src/status.ts",
            "export enum Status {\n  Open = 'open',\n  Closed = 'closed',\n}\n",
            "export enum Status {\n  Open = 'open',\n  Shut = 'closed',\n}\n",
        );
        assert_eq!(c.renamed("Closed", Some("Status")).unwrap().name, "Shut", "{:?}", kinds(&c));
        assert_eq!(c.deltas.len(), 1, "{:?}", kinds(&c));
    }

    #[test]
    fn typescript_union_member_renamed() {
        let c = one(
            "src/status.ts",
            "export type Status = 'open' | 'closed' | 'held';\n",
            "export type Status = 'open' | 'shut' | 'held';\n",
        );
        assert_eq!(kinds(&c), ["`'closed'` of type `Status` was renamed to `'shut'` in src/status.ts"]);
        // A member added beside the others is no rename.
        let c = one(
            "src/status.ts",
            "export type Status = 'open' | 'closed';\n",
            "export type Status = 'open' | 'closed' | 'held';\n",
        );
        assert!(c.deltas.is_empty(), "{:?}", kinds(&c));
    }

    #[test]
    fn a_rewritten_function_its_callers_migrated_to_is_a_rename_and_a_move() {
        // Before: the new body (a helper extracted, a parameter added) was too unlike the old one to be paired,
        // so the tests' `make_slug` was a removal nothing replaces.
        let old_utils = "import re\n\ndef make_slug(title: str) -> str:\n    words = re.findall(r\"[a-z0-9]+\", title.lower())\n    return \"-\".join(words)[:60].rstrip(\"-\")\n\ndef reading_time(text: str) -> int:\n    return max(1, len(text.split()) // 220)\n";
        let new_utils = "def reading_time(text: str) -> int:\n    return max(1, len(text.split()) // 220)\n";
        let text = "import re\n\ndef _words(text: str) -> list[str]:\n    return re.findall(r\"[a-z0-9]+\", text.lower())\n\ndef slugify(title: str, max_length: int = 60) -> str:\n    return \"-\".join(_words(title))[:max_length].rstrip(\"-\")\n";
        let old_posts =
            "from blogkit.utils import make_slug\n\ndef url(p):\n    return f\"/{p.year}/{make_slug(p.title)}/\"\n";
        let new_posts =
            "from blogkit.text import slugify\n\ndef url(p):\n    return f\"/{p.year}/{slugify(p.title)}/\"\n";
        let files = [
            FileVersions::modified("src/blogkit/utils.py", old_utils, new_utils),
            FileVersions::added("src/blogkit/text.py", text),
            FileVersions::modified("src/blogkit/posts.py", old_posts, new_posts),
        ];
        let c = diff(&files);
        assert_eq!(c.renamed("make_slug", None).map(|r| r.name.as_str()), Some("slugify"), "{:?}", kinds(&c));
        // Without the caller, nothing says which new function it became.
        let c = diff(&files[..2]);
        assert_eq!(c.renamed("make_slug", None), None, "{:?}", kinds(&c));
        assert_eq!(
            one_call_renamed("x = make_slug(t)", "x = slugify(t)"),
            Some(("make_slug".into(), "slugify".into()))
        );
        assert_eq!(one_call_renamed("x = make(t)", "x = make_url(t)"), Some(("make".into(), "make_url".into())));
        // Not a call, or more than one difference.
        assert_eq!(one_call_renamed("x = old", "x = new"), None);
        assert_eq!(one_call_renamed("a(b)", "c(d)"), None);
    }

    #[test]
    fn python_parameters_folded_into_an_options_dataclass() {
        let before = "def render(rows, columns, width=12, align='left', total=None):\n    return rows\n";
        let after = "from dataclasses import dataclass\n\n\n@dataclass\nclass TableOptions:\n    width: int = 12\n    align: str = 'left'\n    total: str | None = None\n\n\ndef render(rows, columns, options: TableOptions | None = None):\n    return rows\n";
        let c = one("tabletext/render.py", before, after);
        let found = c.deltas.iter().find_map(|d| match d {
            Delta::OptionsObject { keys, class, .. } => Some((keys.len(), class.clone())),
            _ => None,
        });
        assert_eq!(found, Some((3, Some("TableOptions".to_string()))), "{:?}", kinds(&c));
        // A parameter that is no field of the class: not a fold.
        let partial = after.replace("    total: str | None = None\n", "");
        let c = one("tabletext/render.py", before, &partial);
        assert!(!c.deltas.iter().any(|d| matches!(d, Delta::OptionsObject { .. })), "{:?}", kinds(&c));
    }

    #[test]
    fn python_renames_without_similar_names() {
        let c = one(
            "src/shop/cart.py",
            "class Cart:\n    def add_item(self, sku: str, qty: int = 1) -> None:\n        self.lines.append((sku, qty))\n\n    def total(self):\n        return sum(q for _, q in self.lines)\n",
            "class Cart:\n    def add(self, sku: str, qty: int = 1) -> None:\n        self.lines.append((sku, qty))\n\n    def total(self):\n        return sum(q for _, q in self.lines)\n",
        );
        assert_eq!(c.renamed("add_item", Some("Cart")).unwrap().name, "add", "{:?}", kinds(&c));
        assert_eq!(c.deltas.len(), 1, "{:?}", kinds(&c));
        assert!(c.deltas[0].describe().contains("`Cart.add_item` was renamed to `add`"));
    }

    #[test]
    fn a_renamed_dataclass_field_is_a_rename_of_a_member() {
        let before = "@dataclass(frozen=True)\nclass Product:\n    code: str\n    name: str\n    vat: float = 0.2\n";
        let c = one("src/shop/catalog.py", before, &before.replace("code: str", "sku: str"));
        let renamed = c.renamed("code", Some("Product")).unwrap();
        assert_eq!((renamed.name.as_str(), renamed.kind), ("sku", SymbolKind::Variable), "{:?}", kinds(&c));
        assert_eq!(c.deltas.len(), 1, "{:?}", kinds(&c));
        // Another annotation, or two fields gone at once: which became which is not evident.
        let c = one("a.py", before, &before.replace("code: str", "sku: int"));
        assert!(c.renamed("code", None).is_none(), "{:?}", kinds(&c));
        let c = one("a.py", before, &before.replace("code: str\n    name: str", "sku: str\n    title: str"));
        assert!(c.renamed("code", None).is_none() && c.renamed("name", None).is_none(), "{:?}", kinds(&c));
        // A class attribute whose value changed with its name is not evidently the same one.
        let c = one("a.py", "class A:\n    code = 1\n", "class A:\n    sku = 2\n");
        assert!(c.renamed("code", None).is_none(), "{:?}", kinds(&c));
    }

    #[test]
    fn python_enum_members_renamed_with_their_values_kept() {
        let before = "class Priority(Enum):\n    LOW = 1\n    NORMAL = 2\n    CRIT = 4\n";
        // Before: unannotated class attributes were not members, so an Enum member rename left no delta.
        let c = one("helpdesk/priority.py", before, &before.replace("CRIT =", "CRITICAL ="));
        assert_eq!(c.renamed("CRIT", Some("Priority")).unwrap().name, "CRITICAL", "{:?}", kinds(&c));
        assert_eq!(c.deltas.len(), 1, "{:?}", kinds(&c));
        // Two members renamed in one change: each value went to one place, so each pair is evident.
        let c = one("p.py", before, &before.replace("CRIT =", "CRITICAL =").replace("LOW =", "MINOR ="));
        assert_eq!(c.renamed("CRIT", Some("Priority")).unwrap().name, "CRITICAL", "{:?}", kinds(&c));
        assert_eq!(c.renamed("LOW", Some("Priority")).unwrap().name, "MINOR", "{:?}", kinds(&c));
        // Two renamed members with one value between them: which is which is not evident.
        let same = "class Priority(Enum):\n    LOW = 1\n    BASIC = 1\n";
        let c = one("p.py", same, "class Priority(Enum):\n    MINOR = 1\n    PLAIN = 1\n");
        assert!(c.renamed("LOW", None).is_none() && c.renamed("BASIC", None).is_none(), "{:?}", kinds(&c));
        // A string-valued enum and a class constant follow the same rule.
        let c = one("s.py", "class S(str, Enum):\n    OPEN = 'open'\n", "class S(str, Enum):\n    OPENED = 'open'\n");
        assert_eq!(c.renamed("OPEN", Some("S")).unwrap().name, "OPENED", "{:?}", kinds(&c));
        // A persisted value changed beside an added member: no rename, no delta for the value.
        let c = one(
            "o.py",
            "class O(Enum):\n    ON_HOLD = 'on-hold'\n",
            "class O(Enum):\n    ON_HOLD = 'on_hold'\n    REFUNDED = 'refunded'\n",
        );
        assert!(c.renamed("ON_HOLD", None).is_none(), "{:?}", kinds(&c));
    }

    #[test]
    fn a_rewritten_function_is_not_a_rename_when_others_also_appeared() {
        let c = one(
            "m.py",
            "def parse(text):\n    return text.split(',')\n\ndef keep():\n    return 1\n",
            "def load(path):\n    with open(path) as f:\n        return json.load(f)\n\ndef other(x):\n    return [x] * 3\n\ndef keep():\n    return 1\n",
        );
        assert!(c.renamed("parse", None).is_none(), "{:?}", kinds(&c));
    }

    #[test]
    fn python_parameters() {
        let c = one(
            "retry.py",
            "DEFAULT = 0.5\ndef backoff(attempt, base_delay=DEFAULT, factor=2):\n    return base_delay * factor ** attempt\n",
            "DEFAULT = 0.5\ndef backoff(attempt, base_delay, *, factor=2):\n    return base_delay * factor ** attempt\n",
        );
        let d = kinds(&c);
        assert!(
            c.deltas.contains(&Delta::DefaultRemoved {
                function: c.deltas[0].subject().clone(),
                param: "base_delay".into(),
                old_default: "DEFAULT".into()
            }),
            "{d:?}"
        );
        assert!(d.iter().any(|x| x.contains("`factor`") && x.contains("keyword-only")), "{d:?}");

        let c = one(
            "hotel.py",
            "def price(nights: int, rate: float) -> float:\n    \"\"\"Price of `nights` nights at `rate`.\"\"\"\n    return nights * rate\n",
            "def price(nigths: int, rate: float) -> float:\n    \"\"\"Price of `nights` nights at `rate`.\"\"\"\n    return nigths * rate\n",
        );
        assert!(
            matches!(&c.deltas[..], [Delta::ParamRenamed { old, new, doc_disagrees: true, .. }] if old == "nights" && new == "nigths"),
            "{:?}",
            kinds(&c)
        );
    }

    #[test]
    fn a_named_options_parameter_folds_the_positional_ones_by_its_interface_or_destructuring() {
        let old = "export function createClient(baseUrl: string, transport: T, retries = 2): C {\n  return make(baseUrl, transport, retries);\n}\n";
        let by_interface = "export interface ClientOptions {\n  baseUrl: string;\n  transport: T;\n  retries?: number;\n}\n\
                            export function createClient(options: ClientOptions): C {\n  return make(options.baseUrl, options.transport, options.retries ?? 2);\n}\n";
        let by_destructuring = "export function createClient(options: Opts): C {\n  const { baseUrl, transport, retries = 2 } = options;\n  return make(baseUrl, transport, retries);\n}\n";
        for new in [by_interface, by_destructuring] {
            let c = one("src/client.ts", old, new);
            assert!(
                c.deltas.iter().any(|d| matches!(d, Delta::OptionsObject { keys, .. } if keys.len() == 3)),
                "{:?}",
                kinds(&c)
            );
        }
    }

    #[test]
    fn python_property_async_constant_and_literal() {
        let c = one(
            "inv.py",
            "RATE = 0.050\nclass Invoice:\n    def total(self):\n        return 1\n\ndef fetch(url):\n    return url\n\ndef label(x):\n    return f'{x} EUR'\n",
            "RATE = 0.055\nclass Invoice:\n    @property\n    def total(self):\n        return 1\n\nasync def fetch(url):\n    return url\n\ndef label(x):\n    return f'{x} USD'\n",
        );
        let d = kinds(&c);
        assert!(d.contains(&"`RATE` changed from 0.050 to 0.055 in inv.py".to_string()), "{d:?}");
        assert!(d.iter().any(|x| x.contains("`Invoice.total` became a property")), "{d:?}");
        assert!(d.iter().any(|x| x.contains("`fetch` became async")), "{d:?}");
        assert!(d.iter().any(|x| x.contains("USD")), "{d:?}");
    }

    #[test]
    fn moves_between_modules_follow_the_file() {
        let c = diff(&[
            FileVersions::modified(
                "shop/util.py",
                "def money(x):\n    return round(x, 2)\n\ndef other():\n    pass\n",
                "def other():\n    pass\n",
            ),
            FileVersions::added("shop/money.py", "def money(x):\n    return round(x, 2)\n"),
        ]);
        let (old, new) = c.relocated("money").unwrap();
        assert_eq!((old.module.as_str(), new.module.as_str()), ("shop.util", "shop.money"));
        let c = diff(&[FileVersions::moved(
            "src/color.ts",
            "src/lib/color.ts",
            "export function hex(n: number) { return n.toString(16); }\n",
            "export function hex(n: number) { return n.toString(16); }\n",
        )]);
        assert_eq!(c.relocated("hex").unwrap().1.module, "src/lib/color");
    }

    #[test]
    fn typescript_deltas() {
        let c = one(
            "src/cart.ts",
            "export class Cart {\n  addLine(sku: string, qty = 1): this { this.lines.push([sku, qty]); return this; }\n  total(): number { return 1; }\n}\nexport function fmt(amount: number, currency: string, digits: number) { return amount.toFixed(digits) + currency; }\nexport interface Opts { rate: number; label: string }\n",
            "export class Cart {\n  addItem(sku: string, qty = 1): this { this.lines.push([sku, qty]); return this; }\n  get total(): number { return 1; }\n}\nexport function fmt({ amount, currency, digits }: { amount: number; currency: string; digits: number }) { return amount.toFixed(digits) + currency; }\nexport interface Opts { ratio: number; label: string }\n",
        );
        let d = kinds(&c);
        assert_eq!(c.renamed("addLine", Some("Cart")).unwrap().name, "addItem", "{d:?}");
        assert!(d.iter().any(|x| x.contains("`Cart.total` became a property")), "{d:?}");
        assert!(c.deltas.iter().any(|x| matches!(x, Delta::OptionsObject { keys, .. } if keys.len() == 3)), "{d:?}");
        assert!(d.iter().any(|x| x.contains("option `rate` of `Opts` was renamed to `ratio`")), "{d:?}");

        let c = one(
            "src/api.ts",
            "export function load(id: number, retries = 3) { return id + retries; }\nexport const LIMIT = 10;\n",
            "export async function load(id: number, retries: number) { return id + retries; }\nexport const LIMIT = 20;\n",
        );
        let d = kinds(&c);
        assert!(d.iter().any(|x| x.contains("lost its default `3`")), "{d:?}");
        assert!(d.iter().any(|x| x.contains("became async")), "{d:?}");
        assert!(d.iter().any(|x| x.contains("`LIMIT` changed from 10 to 20")), "{d:?}");
    }

    #[test]
    fn a_result_field_in_an_example_is_not_the_option_key() {
        let before = "export interface Opts {\n  timeoutMs?: number;\n}\nexport interface Resolved {\n  timeoutMs: number;\n}\n/**\n * Defaults.\n * @example resolve({ retries: 2 }).timeoutMs // 5000\n */\nexport function resolve(opts: Opts = {}): Resolved {\n  return { timeoutMs: opts.timeoutMs ?? 5000 };\n}\n";
        let after = before
            .replacen("  timeoutMs?: number;", "  deadlineMs?: number;", 1)
            .replace("opts.timeoutMs", "opts.deadlineMs");
        let c = one("src/req.ts", before, &after);
        assert!(
            c.deltas
                .iter()
                .any(|d| matches!(d, Delta::OptionKeyRenamed { old, doc_disagrees: false, .. } if old == "timeoutMs")),
            "{:?}",
            kinds(&c)
        );
        // `@param opts.timeoutMs` documents the key itself: the rename disagrees with it.
        let documented = before.replace(" * Defaults.", " * Defaults.\n * @param opts.timeoutMs give up after");
        let typo = documented
            .replacen("  timeoutMs?: number;", "  deadlineMs?: number;", 1)
            .replace("opts.timeoutMs ??", "opts.deadlineMs ??");
        let c = one("src/req.ts", &documented, &typo);
        assert!(
            c.deltas.iter().any(|d| matches!(d, Delta::OptionKeyRenamed { doc_disagrees: true, .. })),
            "{:?}",
            kinds(&c)
        );
    }

    #[test]
    fn class_renames_carry_their_methods() {
        let c = one(
            "m.py",
            "class Basket:\n    def add(self, x):\n        self.items.append(x)\n        return self\n",
            "class Cart:\n    def add(self, x):\n        self.items.append(x)\n        return self\n",
        );
        assert_eq!(c.renamed("Basket", None).unwrap().name, "Cart", "{:?}", kinds(&c));
        assert_eq!(c.deltas.len(), 1, "{:?}", kinds(&c));
    }

    #[test]
    fn unparsable_or_unknown_files_are_skipped() {
        let c = diff(&[FileVersions::modified("README.md", "a", "b"), FileVersions::deleted("x.py", "def f(:\n")]);
        assert!(c.deltas.iter().all(|d| !matches!(d, Delta::Renamed { .. })));
    }
}
