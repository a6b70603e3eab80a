use super::*;
pub fn detect_runner(_s: &str) -> Option<Runner> { None }
