//! maestro-test-healer: heals broken Python and TypeScript tests.
pub mod failure;
