//! BM25 computed from the exported files, step for step as tantivy computes it in f32 and as the
//! browser client does (`score` in search.js). It reads only `search/s/*.json`, so a test can
//! check that the export carries everything tantivy ranks with.

use super::export::{shard_name, shard_of};
use super::query::Clause;
use crate::error::{Error, Result};
use serde_json::Value as Json;
use std::collections::HashMap;
use std::path::Path;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// One posting as exported: document, its field norm and kind, and the term's positions.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedPosting {
    pub doc: u32,
    pub fieldnorm: u32,
    pub kind: u32,
    pub positions: Vec<u32>,
}

/// Reads the postings of `term` from the export under `dir` (empty when absent).
pub fn load_term(dir: &Path, term: &str) -> Result<(Json, Vec<ExportedPosting>)> {
    let path = dir.join(format!("{}.json", shard_name(shard_of(term))));
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let shard: Json =
        serde_json::from_str(&text).map_err(|e| Error::in_file(&path, e.to_string()))?;
    let mut out = Vec::new();
    let mut doc = 0u32;
    for row in shard["terms"][term].as_array().into_iter().flatten() {
        let nums: Vec<u32> = row
            .as_array()
            .into_iter()
            .flatten()
            .map(|v| v.as_u64().unwrap_or(0) as u32)
            .collect();
        if nums.len() < 3 {
            return Err(Error::in_file(&path, format!("bad posting of {term}")));
        }
        doc += nums[0];
        let mut pos = 0;
        let positions = nums[3..]
            .iter()
            .map(|d| {
                pos += d;
                pos
            })
            .collect();
        out.push(ExportedPosting {
            doc,
            fieldnorm: nums[1],
            kind: nums[2],
            positions,
        });
    }
    Ok((shard["head"].clone(), out))
}

/// tantivy's idf.
pub fn idf(df: u32, n: u32) -> f32 {
    let x = ((n - df) as f32 + 0.5) / (df as f32 + 0.5);
    (1.0 + x).ln()
}

/// tantivy's BM25 of one clause in one document.
pub fn bm25(idf_sum: f32, tf: u32, fieldnorm: u32, avgdl: f32) -> f32 {
    let weight = idf_sum * (1.0 + K1);
    let norm = K1 * (1.0 - B + B * fieldnorm as f32 / avgdl);
    let tf = tf as f32;
    weight * (tf / (tf + norm))
}

/// Every document matching all `clauses`, with its score, from the export under `dir`;
/// sorted by score (descending), then document.
pub fn search_export(dir: &Path, clauses: &[Clause]) -> Result<Vec<(u32, f32)>> {
    let mut per_clause: Vec<HashMap<u32, f32>> = Vec::new();
    for c in clauses {
        let mut lists = Vec::new();
        let mut head = Json::Null;
        for (_, t) in &c.terms {
            let (h, l) = load_term(dir, t)?;
            head = h;
            lists.push(l);
        }
        let n = head["n"].as_u64().unwrap_or(0) as u32;
        let avgdl = head["tokens"].as_u64().unwrap_or(0) as f32 / n as f32;
        let mut idf_sum = 0.0f32;
        for l in &lists {
            idf_sum += idf(l.len() as u32, n);
        }
        let mut scores = HashMap::new();
        for p in lists.first().into_iter().flatten() {
            let mut tf = 0;
            for &start in &p.positions {
                let all = c.terms.iter().zip(&lists).skip(1).all(|((o, _), l)| {
                    l.iter()
                        .find(|q| q.doc == p.doc)
                        .is_some_and(|q| q.positions.contains(&(start + o)))
                });
                if all {
                    tf += 1;
                }
            }
            if tf > 0 {
                scores.insert(p.doc, bm25(idf_sum, tf, p.fieldnorm, avgdl));
            }
        }
        per_clause.push(scores);
    }
    let Some((first, rest)) = per_clause.split_first() else {
        return Ok(Vec::new());
    };
    let mut out: Vec<(u32, f32)> = first
        .iter()
        .filter_map(|(&d, &s)| {
            let mut total = s;
            for other in rest {
                total += *other.get(&d)?;
            }
            Some((d, total))
        })
        .collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    Ok(out)
}
