//! The shipped linear model: per-class bias and per-bucket weights, softmax over the seven strategies.
//!
//! Both candidate learners (linfa-logistic's multinomial logistic regression and linfa-bayes' multinomial naive
//! Bayes) are linear in the features once taken to log space, so one format and one scoring routine serve
//! either; `model` in the file says which one won on the validation fold.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::features::{features, FeatureInput, DIM};
use crate::fix::StrategyKind;

/// The weights file as stored (`weights.json`): sparse, human-diffable.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelFile {
    pub version: u32,
    /// `logistic` or `multinomial_nb`.
    pub model: String,
    pub dim: usize,
    /// Class order of `bias` and each weight row, by strategy name.
    pub classes: Vec<String>,
    pub bias: Vec<f64>,
    /// Softmax temperature fitted on the validation fold (1.0 = none).
    pub temperature: f64,
    /// Bucket → one weight per class; buckets no training example touched are absent (all zero).
    pub weights: BTreeMap<usize, Vec<f64>>,
    /// Provenance: what the trainer measured when it wrote this file.
    pub seed: u64,
    pub train_examples: usize,
    pub heldout_examples: usize,
    pub heldout_accuracy: f64,
}

/// A model ready to score: dense weights.
#[derive(Debug, Clone)]
pub struct Model {
    classes: Vec<StrategyKind>,
    bias: Vec<f64>,
    temperature: f64,
    /// `DIM * classes.len()`, bucket-major.
    weights: Vec<f64>,
}

/// Per-strategy probabilities for one failure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classification {
    /// Every strategy with its probability, best first; probabilities sum to 1.
    pub ranked: Vec<(StrategyKind, f64)>,
}

impl Classification {
    /// The most likely strategy and its probability.
    pub fn best(&self) -> (StrategyKind, f64) {
        self.ranked.first().copied().unwrap_or((StrategyKind::AssertionUpdate, 0.0))
    }

    /// The probability of one strategy.
    pub fn probability(&self, kind: StrategyKind) -> f64 {
        self.ranked.iter().find(|(k, _)| *k == kind).map_or(0.0, |(_, p)| *p)
    }
}

/// Why a weights file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("invalid weights file: {0}")]
    Json(#[from] serde_json::Error),
    #[error("weights file does not match this build: {0}")]
    Shape(String),
}

impl Model {
    /// Parses and checks a weights file.
    pub fn from_json(text: &str) -> Result<Model, ModelError> {
        Model::from_file(serde_json::from_str(text)?)
    }

    pub fn from_file(file: ModelFile) -> Result<Model, ModelError> {
        if file.dim != DIM {
            return Err(ModelError::Shape(format!("dim {} but features use {DIM}", file.dim)));
        }
        let classes: Vec<StrategyKind> = file
            .classes
            .iter()
            .map(|c| {
                StrategyKind::ALL
                    .into_iter()
                    .find(|k| k.name() == c)
                    .ok_or_else(|| ModelError::Shape(format!("unknown class {c}")))
            })
            .collect::<Result<_, _>>()?;
        let k = classes.len();
        if file.bias.len() != k {
            return Err(ModelError::Shape("bias length differs from the class count".into()));
        }
        let mut weights = vec![0.0; DIM * k];
        for (&bucket, row) in &file.weights {
            if bucket >= DIM || row.len() != k {
                return Err(ModelError::Shape(format!("bad weight row for bucket {bucket}")));
            }
            weights[bucket * k..(bucket + 1) * k].copy_from_slice(row);
        }
        let temperature = if file.temperature > 0.0 { file.temperature } else { 1.0 };
        Ok(Model { classes, bias: file.bias, temperature, weights })
    }

    /// The model compiled into the crate.
    pub fn shipped() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| {
            // The file is checked by `shipped_weights_load` in the tests; a broken build falls back to a uniform
            // model rather than panicking in a user's process.
            Model::from_json(include_str!("weights.json")).unwrap_or_else(|_| Model::uniform())
        })
    }

    /// Every class equally likely.
    pub fn uniform() -> Model {
        let k = StrategyKind::ALL.len();
        Model { classes: StrategyKind::ALL.to_vec(), bias: vec![0.0; k], temperature: 1.0, weights: vec![0.0; DIM * k] }
    }

    /// Raw per-class scores (logits) of a sparse vector.
    pub fn scores(&self, x: &[(usize, f64)]) -> Vec<f64> {
        let k = self.classes.len();
        let mut s = self.bias.clone();
        for &(i, v) in x {
            if i >= DIM {
                continue;
            }
            let row = &self.weights[i * k..(i + 1) * k];
            for (acc, w) in s.iter_mut().zip(row) {
                *acc += v * w;
            }
        }
        s
    }

    /// Probabilities for a sparse vector, best first.
    pub fn predict(&self, x: &[(usize, f64)]) -> Classification {
        let s = self.scores(x);
        let max = s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let exp: Vec<f64> = s.iter().map(|v| ((v - max) / self.temperature).exp()).collect();
        let sum: f64 = exp.iter().sum();
        let mut ranked: Vec<(StrategyKind, f64)> =
            self.classes.iter().copied().zip(exp.iter().map(|e| e / sum)).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        Classification { ranked }
    }
}

/// Classifies one failure with the shipped model.
pub fn classify(input: &FeatureInput) -> Classification {
    Model::shipped().predict(&features(input))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::failure::{Failure, FailureKind, Runner};

    #[test]
    fn shipped_weights_load() {
        let file: ModelFile = serde_json::from_str(include_str!("weights.json")).unwrap();
        let model = Model::from_file(file).unwrap();
        assert_eq!(model.classes.len(), StrategyKind::ALL.len());
    }

    #[test]
    fn probabilities_sum_to_one() {
        let mut f = Failure::new(FailureKind::ImportError, Runner::Pytest, "No module named 'shop.cart'");
        f.error_type = Some("ModuleNotFoundError".into());
        let c = classify(&FeatureInput::new(&f));
        let sum: f64 = c.ranked.iter().map(|r| r.1).sum();
        assert!((sum - 1.0).abs() < 1e-9);
        assert!(c.ranked.windows(2).all(|w| w[0].1 >= w[1].1));
    }
}
