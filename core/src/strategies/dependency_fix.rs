//! Dependency (import) fix.
//!
//! **What it does**: (to be written)
//!
//! **Why**: (to be written)
//!
//! **When it refuses**: (to be written)
//!
//! **Fix safety**: (to be written)

use crate::context::Context;
use crate::failure::Failure;
use crate::fix::{Fix, StrategyKind};
use crate::strategies::Strategy;

pub struct DependencyFix;

impl Strategy for DependencyFix {
    fn kind(&self) -> StrategyKind {
        StrategyKind::DependencyFix
    }

    fn propose(&self, _failure: &Failure, _ctx: &Context) -> Vec<Fix> {
        Vec::new()
    }
}
