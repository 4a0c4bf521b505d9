//! BM25 computed from the exported files, step for step as tantivy computes it in f32 and as the
//! browser client does (`search.js`). It reads only `meta.js` and the postings shards
//! `search/p/N.js`, so a test can check that the export carries everything tantivy matches and
//! ranks with. It must not read the tantivy index.

use super::export::{
    decode_postings, decode_term_list, is_bigram_of, is_unigram, read_js, read_nums, shard_name,
    unigram_postings, Posting,
};
use super::query::Clause;
use crate::error::{Error, Result};
use serde_json::Value as Json;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

const K1: f32 = 1.2;
const B: f32 = 0.75;

fn bad(path: &Path, what: &str) -> Error {
    Error::in_file(
        path,
        format!(
            "not a search file of format {}: {what}",
            super::export::FORMAT_VERSION
        ),
    )
}

fn read_data(path: &Path) -> Result<Json> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    read_js(&text).ok_or_else(|| bad(path, "not a data script"))
}

/// The export under a folder, read as the client reads it.
pub struct Export {
    dir: std::path::PathBuf,
    pub n: u64,
    pub tokens: u64,
    /// Field norm of each document.
    pub fieldnorms: Vec<u32>,
    /// First term of each shard.
    pub shard_firsts: Vec<String>,
    shards: HashMap<usize, HashMap<String, String>>,
}

impl Export {
    pub fn open(dir: &Path) -> Result<Export> {
        let path = dir.join("meta.js");
        let meta = read_data(&path)?;
        if meta["v"].as_u64() != Some(u64::from(super::export::FORMAT_VERSION)) {
            return Err(bad(&path, "version"));
        }
        let table = read_nums(meta["dk"].as_str().ok_or_else(|| bad(&path, "dk"))?);
        let fieldnorms = read_nums(meta["d"].as_str().ok_or_else(|| bad(&path, "d"))?)
            .into_iter()
            .map(|i| {
                let code = usize::try_from(i).ok().and_then(|i| table.get(i)).copied();
                code.map(|c| (c / super::export::KIND_SPAN) as u32)
                    .ok_or_else(|| bad(&path, "d: an index out of dk"))
            })
            .collect::<Result<Vec<u32>>>()?;
        let s = meta["s"].as_str().ok_or_else(|| bad(&path, "s"))?;
        Ok(Export {
            dir: dir.to_path_buf(),
            n: meta["n"].as_u64().unwrap_or(0),
            tokens: meta["tokens"].as_u64().unwrap_or(0),
            fieldnorms,
            shard_firsts: if s.is_empty() {
                Vec::new()
            } else {
                s.split(' ').map(str::to_string).collect()
            },
            shards: HashMap::new(),
        })
    }

    /// Index of the shard that would hold `term` (the last whose first term is not after it).
    pub fn shard_of(&self, term: &str) -> Option<usize> {
        let i = self.shard_firsts.partition_point(|f| f.as_str() <= term);
        i.checked_sub(1)
    }

    /// The postings of `term` (empty when the index does not have it). A unigram's postings are
    /// its tail and the postings of the bigrams starting with it, which may reach into the
    /// following shards.
    pub fn postings(&mut self, term: &str) -> Result<Vec<Posting>> {
        let Some(first) = self.shard_of(term) else {
            return Ok(Vec::new());
        };
        if !is_unigram(term) {
            self.load(first)?;
            return self.decoded(first, term);
        }
        let last = self
            .shard_of(&format!("{term}{}", char::MAX))
            .unwrap_or(first);
        let mut tail = Vec::new();
        let mut bigrams = Vec::new();
        for i in first..=last {
            self.load(i)?;
            let members: Vec<String> = self.shards[&i]
                .keys()
                .filter(|t| t.as_str() == term || is_bigram_of(t, term))
                .cloned()
                .collect();
            for t in members {
                let list = self.decoded(i, &t)?;
                if t == term {
                    tail = list;
                } else {
                    bigrams.push(list);
                }
            }
        }
        Ok(unigram_postings(&tail, bigrams.iter().map(Vec::as_slice)))
    }

    fn load(&mut self, i: usize) -> Result<()> {
        if !self.shards.contains_key(&i) {
            let path = self.dir.join(format!("{}.js", shard_name(i)));
            let data = read_data(&path)?;
            let terms = match (data["t"].as_str(), data["b"].as_str()) {
                (Some(t), Some(b)) => decode_term_list(t, b),
                _ => None,
            };
            let terms = terms.ok_or_else(|| bad(&path, "t or b"))?;
            let lists: Vec<&str> = data["p"]
                .as_str()
                .ok_or_else(|| bad(&path, "p"))?
                .split(' ')
                .collect();
            if lists.len() != terms.len() {
                return Err(bad(&path, "p: not one postings list per term"));
            }
            let map = terms
                .into_iter()
                .zip(lists)
                .map(|(t, p)| (t, p.to_string()))
                .collect();
            self.shards.insert(i, map);
        }
        Ok(())
    }

    /// The postings of `term` as written in loaded shard `i`.
    fn decoded(&self, i: usize, term: &str) -> Result<Vec<Posting>> {
        match self.shards.get(&i).and_then(|m| m.get(term)) {
            None => Ok(Vec::new()),
            Some(s) => decode_postings(s, self.n).ok_or_else(|| {
                bad(
                    &self.dir.join(format!("{}.js", shard_name(i))),
                    "postings cut short",
                )
            }),
        }
    }
}

/// Matches of one clause: document → number of positions where the clause starts, and the
/// document frequency of each of its terms.
pub fn match_clause(ex: &mut Export, clause: &Clause) -> Result<(BTreeMap<u32, u32>, Vec<u64>)> {
    let mut lists = Vec::new();
    for (offset, term) in &clause.terms {
        let by_doc: HashMap<u32, Vec<u32>> = ex
            .postings(term)?
            .into_iter()
            .map(|p| (p.doc, p.positions))
            .collect();
        lists.push((*offset, by_doc));
    }
    let dfs = lists.iter().map(|(_, l)| l.len() as u64).collect();
    let mut out = BTreeMap::new();
    let Some(((first_offset, first), rest)) = lists.split_first() else {
        return Ok((out, dfs));
    };
    for (doc, positions) in first {
        let mut tf = 0;
        for &p in positions {
            let Some(start) = p.checked_sub(*first_offset) else {
                continue;
            };
            let all = rest.iter().all(|(o, l)| {
                l.get(doc)
                    .is_some_and(|ps| ps.binary_search(&(start + o)).is_ok())
            });
            if all {
                tf += 1;
            }
        }
        if tf > 0 {
            out.insert(*doc, tf);
        }
    }
    Ok((out, dfs))
}

/// tantivy's idf.
pub fn idf(df: u64, n: u64) -> f32 {
    let x = (n.saturating_sub(df) as f32 + 0.5) / (df as f32 + 0.5);
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
    let mut ex = Export::open(dir)?;
    let n = ex.n;
    let avgdl = ex.tokens as f32 / n as f32;
    let mut per_clause: Vec<HashMap<u32, f32>> = Vec::new();
    for c in clauses {
        let (matches, dfs) = match_clause(&mut ex, c)?;
        let mut idf_sum = 0.0f32;
        if !matches.is_empty() {
            for df in dfs {
                idf_sum += idf(df, n);
            }
        }
        per_clause.push(
            matches
                .into_iter()
                .map(|(d, tf)| {
                    let norm = ex.fieldnorms.get(d as usize).copied().unwrap_or(0);
                    (d, bm25(idf_sum, tf, norm, avgdl))
                })
                .collect(),
        );
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
