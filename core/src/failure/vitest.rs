use super::*;
pub(crate) fn parse(_s: &str, _r: Runner) -> Result<Vec<Failure>, ParseError> { Ok(vec![]) }
