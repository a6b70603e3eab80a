//! Running test commands, re-running only the failing tests, and applying fixes safely.
pub mod apply;
pub mod capture;
pub mod change_reader;
pub mod command;
pub mod git;
pub mod lint_autofix;
pub mod rerun;
pub mod session;
pub mod shadow;
