//! maestro-test-healer: heals broken Python and TypeScript tests.
//!
//! The pipeline runs one way: runner output → [`failure::parse`] → [`failure::Failure`] →
//! [`strategies::propose`] → [`fix::Fix`] (with a confidence) → [`validate::check`] → (with the `runner` feature)
//! apply, re-run the failing tests, keep or roll back.
//!
//! ```
//! use maestro_test_healer::{heal_one, HealRequest};
//! let req = HealRequest {
//!     file_path: "tests/test_cart.py".into(),
//!     source: Some("def test_total()\n    assert total() == 3\n".into()),
//!     error_message: "SyntaxError: expected ':'".into(),
//!     error_type: Some("SyntaxError".into()),
//!     line_number: Some(1),
//!     ..Default::default()
//! };
//! let result = heal_one(&req, ".".as_ref()).unwrap();
//! assert!(result.fixes[0].healed_code.contains("def test_total():"));
//! ```

pub mod change;
pub mod classify;
pub mod confidence;
pub mod context;
pub mod eligibility;
pub mod failure;
pub mod fix;
pub mod heal;
pub mod lang;
pub mod patterns;
pub mod project_index;
#[cfg(feature = "runner")]
pub mod runner;
pub mod source;
pub mod state;
pub mod strategies;
pub mod targeting;
pub mod validate;

pub use heal::{heal_one, heal_one_with, HealError, HealRequest, HealResult, ProposedFix};
