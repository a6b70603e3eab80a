//! What the recent code change did to the project's API: a symbol-level delta between two versions of the
//! changed source files. Pure: it gets file contents (the runner's [`crate::runner::change_reader`] reads them
//! from git), never a repository.
//!
//! The strategies ask it "what happened to `add_item`?" instead of guessing from the runner's message: a
//! rename needs no name similarity when the delta shows one `def` disappearing and another with the same body
//! appearing; a removed default keeps its old source text, which is the value that keeps what a test checked.
//!
//! ```
//! use maestro_test_healer::change::{diff, Delta, FileVersions};
//! let change = diff(&[FileVersions::modified(
//!     "shop/cart.py",
//!     "class Cart:\n    def add_item(self, sku, qty=1):\n        self.items.append((sku, qty))\n",
//!     "class Cart:\n    def add(self, sku, qty=1):\n        self.items.append((sku, qty))\n",
//! )]);
//! let renamed = change.renamed("add_item", Some("Cart")).unwrap();
//! assert_eq!(renamed.name, "add");
//! assert!(matches!(change.deltas[0], Delta::Renamed { .. }));
//! ```

mod diff;
mod members;
mod seeds;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::project_index::SymbolKind;

pub use diff::diff;
pub(crate) use members::mentions;

/// One changed file: its path and text before and after (`None` when it did not exist on that side).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileVersions {
    pub old_path: Option<PathBuf>,
    pub new_path: Option<PathBuf>,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl FileVersions {
    /// A file edited in place.
    pub fn modified(path: impl Into<PathBuf>, old: impl Into<String>, new: impl Into<String>) -> Self {
        let path = path.into();
        FileVersions {
            old_path: Some(path.clone()),
            new_path: Some(path),
            old: Some(old.into()),
            new: Some(new.into()),
        }
    }

    /// A file renamed or moved (`git diff -M`), possibly edited too.
    pub fn moved(
        old_path: impl Into<PathBuf>,
        new_path: impl Into<PathBuf>,
        old: impl Into<String>,
        new: impl Into<String>,
    ) -> Self {
        FileVersions {
            old_path: Some(old_path.into()),
            new_path: Some(new_path.into()),
            old: Some(old.into()),
            new: Some(new.into()),
        }
    }

    /// A new file.
    pub fn added(path: impl Into<PathBuf>, new: impl Into<String>) -> Self {
        FileVersions { new_path: Some(path.into()), new: Some(new.into()), ..Default::default() }
    }

    /// A deleted file.
    pub fn deleted(path: impl Into<PathBuf>, old: impl Into<String>) -> Self {
        FileVersions { old_path: Some(path.into()), old: Some(old.into()), ..Default::default() }
    }
}

/// A definition on one side of the change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SymbolRef {
    pub name: String,
    /// The class of a method, the interface/type of an option key.
    pub container: Option<String>,
    pub kind: SymbolKind,
    /// Project-relative file.
    pub file: PathBuf,
    /// Import path of the file (`shop.money`, `src/color`).
    pub module: String,
}

impl SymbolRef {
    /// `Cart.add` or `add`.
    pub fn qualified(&self) -> String {
        match &self.container {
            Some(c) if !c.is_empty() => format!("{c}.{}", self.name),
            _ => self.name.clone(),
        }
    }
}

/// One thing the change did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Delta {
    /// Same definition (matched by body and position), new name; `new.module` differs when it also moved.
    Renamed {
        old: SymbolRef,
        new: SymbolRef,
    },
    /// Same name, other module.
    Moved {
        old: SymbolRef,
        new: SymbolRef,
    },
    Removed {
        old: SymbolRef,
    },
    Added {
        new: SymbolRef,
    },
    /// A parameter renamed in place. `doc_disagrees`: the definition's own docstring/JSDoc still names the old
    /// parameter and not the new one (a typo in the code, not an API change).
    ParamRenamed {
        function: SymbolRef,
        old: String,
        new: String,
        doc_disagrees: bool,
    },
    /// A parameter that did not exist; `default` is its default's source text, if it has one.
    ParamAdded {
        function: SymbolRef,
        name: String,
        position: usize,
        default: Option<String>,
    },
    /// A parameter that no longer exists; `default` is what it defaulted to.
    ParamRemoved {
        function: SymbolRef,
        name: String,
        default: Option<String>,
    },
    /// A parameter lost its default; `old_default` is the default's source text (the value callers relied on).
    DefaultRemoved {
        function: SymbolRef,
        param: String,
        old_default: String,
    },
    /// Parameters that became keyword-only (Python, after `*`).
    KeywordOnly {
        function: SymbolRef,
        params: Vec<String>,
    },
    /// Positional parameters folded into one options object: `(old parameter, key)` pairs, in the old order.
    OptionsObject {
        function: SymbolRef,
        keys: Vec<(String, String)>,
        /// Python: the class the options are now an instance of (`TableOptions(width=6)`), defined in `function`'s
        /// file; `None` for a TypeScript object literal.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        class: Option<String>,
    },
    /// A key of an options object type (or an object parameter's pattern) renamed.
    OptionKeyRenamed {
        owner: SymbolRef,
        old: String,
        new: String,
        /// A JSDoc comment of the owner's file still uses the old key as code (`@param req.nights`,
        /// `{ nights: 2 }` in an example) and never the new one: a typo in the code, not an API change.
        #[serde(default)]
        doc_disagrees: bool,
    },
    /// A string member of a union type renamed (`type Status = 'open' | 'closed'` → `'open' | 'shut'`); `old`
    /// and `new` are the strings' contents.
    UnionMemberRenamed {
        owner: SymbolRef,
        old: String,
        new: String,
    },
    /// A method became a property/getter (`obj.total()` → `obj.total`).
    BecameAccessor {
        member: SymbolRef,
    },
    /// A property/getter became a method.
    BecameMethod {
        member: SymbolRef,
    },
    /// A function became `async`.
    BecameAsync {
        function: SymbolRef,
    },
    /// A module-level constant's literal value changed.
    ConstantChanged {
        constant: SymbolRef,
        old: String,
        new: String,
    },
    /// A literal (string or number) inside a function changed.
    LiteralChanged {
        function: SymbolRef,
        old: String,
        new: String,
    },
    /// The function stopped seeding the random generator it falls back to: `seeded` is the old call with its
    /// seed as a literal (`random.Random(2024)`), `param` the parameter a caller supplies the generator through.
    SeedRemoved {
        function: SymbolRef,
        seeded: String,
        param: String,
    },
}

impl Delta {
    /// A literal the change rewrote, a constant's value or one inside a function: its file, old and new source text.
    ///
    /// ```
    /// use maestro_test_healer::change::{diff, FileVersions};
    /// let c = diff(&[FileVersions::modified("fees.py", "RATE = 0.2\n", "RATE = 0.25\n")]);
    /// let (file, old, new) = c.deltas[0].swapped_literal().unwrap();
    /// assert_eq!((file.to_str(), old, new), (Some("fees.py"), "0.2", "0.25"));
    /// ```
    pub fn swapped_literal(&self) -> Option<(&std::path::Path, &str, &str)> {
        match self {
            Delta::LiteralChanged { function: at, old, new } | Delta::ConstantChanged { constant: at, old, new } => {
                Some((at.file.as_path(), old.as_str(), new.as_str()))
            }
            _ => None,
        }
    }

    /// The definition this delta is about, as it is after the change (before it, for a removal).
    pub fn subject(&self) -> &SymbolRef {
        match self {
            Delta::Renamed { new, .. } | Delta::Moved { new, .. } | Delta::Added { new } => new,
            Delta::Removed { old } => old,
            Delta::ParamRenamed { function, .. }
            | Delta::ParamAdded { function, .. }
            | Delta::ParamRemoved { function, .. }
            | Delta::DefaultRemoved { function, .. }
            | Delta::KeywordOnly { function, .. }
            | Delta::OptionsObject { function, .. }
            | Delta::BecameAsync { function }
            | Delta::LiteralChanged { function, .. }
            | Delta::SeedRemoved { function, .. } => function,
            Delta::OptionKeyRenamed { owner, .. } | Delta::UnionMemberRenamed { owner, .. } => owner,
            Delta::BecameAccessor { member } | Delta::BecameMethod { member } => member,
            Delta::ConstantChanged { constant, .. } => constant,
        }
    }

    /// One sentence for a fix's rationale: "`add_item` was renamed to `add` in src/shop/cart.py".
    pub fn describe(&self) -> String {
        let at = |s: &SymbolRef| s.file.display().to_string();
        match self {
            Delta::Renamed { old, new } if old.module != new.module => format!(
                "`{}` was renamed to `{}` and moved from {} to {}",
                old.qualified(),
                new.qualified(),
                at(old),
                at(new)
            ),
            Delta::Renamed { old, new } => {
                format!("`{}` was renamed to `{}` in {}", old.qualified(), new.name, at(new))
            }
            Delta::Moved { old, new } => format!("`{}` moved from {} to {}", new.name, at(old), at(new)),
            Delta::Removed { old } => format!("`{}` was removed from {}", old.qualified(), at(old)),
            Delta::Added { new } => format!("`{}` was added to {}", new.qualified(), at(new)),
            Delta::ParamRenamed { function, old, new, .. } => {
                format!("parameter `{old}` of `{}` was renamed to `{new}` in {}", function.qualified(), at(function))
            }
            Delta::ParamAdded { function, name, default: None, .. } => {
                format!("`{}` gained a required parameter `{name}` in {}", function.qualified(), at(function))
            }
            Delta::ParamAdded { function, name, default: Some(d), .. } => {
                format!("`{}` gained a parameter `{name}` (default {d}) in {}", function.qualified(), at(function))
            }
            Delta::ParamRemoved { function, name, .. } => {
                format!("parameter `{name}` of `{}` was removed in {}", function.qualified(), at(function))
            }
            Delta::DefaultRemoved { function, param, old_default } => format!(
                "parameter `{param}` of `{}` lost its default `{old_default}` in {}",
                function.qualified(),
                at(function)
            ),
            Delta::KeywordOnly { function, params } => format!(
                "`{}` takes {} as keyword-only argument(s) since the change to {}",
                function.qualified(),
                params.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", "),
                at(function)
            ),
            Delta::OptionsObject { function, .. } => {
                format!(
                    "`{}` takes an options object instead of positional arguments in {}",
                    function.qualified(),
                    at(function)
                )
            }
            Delta::OptionKeyRenamed { owner, old, new, .. } => {
                format!("option `{old}` of `{}` was renamed to `{new}` in {}", owner.qualified(), at(owner))
            }
            Delta::UnionMemberRenamed { owner, old, new } => {
                format!("`'{old}'` of type `{}` was renamed to `'{new}'` in {}", owner.qualified(), at(owner))
            }
            Delta::BecameAccessor { member } => {
                format!("`{}` became a property in {}", member.qualified(), at(member))
            }
            Delta::BecameMethod { member } => format!("`{}` became a method in {}", member.qualified(), at(member)),
            Delta::BecameAsync { function } => format!("`{}` became async in {}", function.qualified(), at(function)),
            Delta::ConstantChanged { constant, old, new } => {
                format!("`{}` changed from {old} to {new} in {}", constant.name, at(constant))
            }
            Delta::LiteralChanged { function, old, new } => {
                format!("`{}` now uses {new} where it used {old} ({})", function.qualified(), at(function))
            }
            Delta::SeedRemoved { function, seeded, param } => format!(
                "`{}` no longer seeds its random generator (it used `{seeded}`; callers may pass `{param}`) in {}",
                function.qualified(),
                at(function)
            ),
        }
    }
}

/// Everything one change did, and where it came from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChangeSet {
    /// Where the versions came from: "uncommitted edits", "the last commit", "2 commits and uncommitted edits".
    pub origin: String,
    /// Changed source files (paths after the change).
    pub files: Vec<PathBuf>,
    pub deltas: Vec<Delta>,
    /// The messages of the commits the change was read from, newest first: what the developer said the change
    /// was for ("Raise `TAX_RATE` to 0.055"). Empty for uncommitted edits.
    #[serde(default)]
    pub messages: Vec<String>,
}

impl ChangeSet {
    pub fn is_empty(&self) -> bool {
        self.deltas.is_empty()
    }

    /// What `name` (optionally a member of `container`) was renamed to.
    pub fn renamed(&self, name: &str, container: Option<&str>) -> Option<&SymbolRef> {
        self.deltas.iter().find_map(|d| match d {
            Delta::Renamed { old, new }
                if old.name == name && container.is_none_or(|c| old.container.as_deref() == Some(c)) =>
            {
                Some(new)
            }
            _ => None,
        })
    }

    /// The delta that renamed or moved a top-level `name`, with where it went.
    pub fn relocated(&self, name: &str) -> Option<(&SymbolRef, &SymbolRef)> {
        self.deltas.iter().find_map(|d| match d {
            Delta::Renamed { old, new } | Delta::Moved { old, new } if old.name == name && old.container.is_none() => {
                Some((old, new))
            }
            _ => None,
        })
    }

    /// The deltas about a function or method by its current name (`container` narrows methods).
    pub fn of<'a>(&'a self, name: &'a str, container: Option<&'a str>) -> impl Iterator<Item = &'a Delta> + 'a {
        self.deltas.iter().filter(move |d| {
            let s = d.subject();
            s.name == name && container.is_none_or(|c| s.container.as_deref() == Some(c))
        })
    }

    /// Whether the change touched the definition of `name` at all (any delta about it, or its rename).
    pub fn touches(&self, name: &str) -> bool {
        self.deltas.iter().any(|d| {
            d.subject().name == name
                || matches!(d, Delta::Renamed { old, .. } | Delta::Moved { old, .. } if old.name == name)
        })
    }

    /// The first delta's description plus where the change came from, for a rationale.
    pub fn because(&self, delta: &Delta) -> String {
        if self.origin.is_empty() {
            delta.describe()
        } else {
            format!("{} by {}", delta.describe(), self.origin)
        }
    }

    /// Whether a changed file is this one.
    pub fn changed(&self, path: &Path) -> bool {
        self.files.iter().any(|f| f == path)
    }
}
