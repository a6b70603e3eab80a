//! Flaky-test stabilization.
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

pub struct FlakyStabilization;

impl Strategy for FlakyStabilization {
    fn kind(&self) -> StrategyKind {
        StrategyKind::FlakyStabilization
    }

    fn propose(&self, _failure: &Failure, _ctx: &Context) -> Vec<Fix> {
        Vec::new()
    }
}
