//! BM25 computed from the exported files, step for step as tantivy computes it in f32 and as the
//! browser client does (`search.js`). It reads only the match files `search/m/KEY.js`, so a test
//! can check that the export carries everything tantivy matches and ranks with.

use super::export::{is_bigram, key_of, match_name, read_js, read_nums, WINDOW};
use super::query::Clause;
use crate::error::{Error, Result};
use serde_json::Value as Json;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// Consecutive positions of a document as a match file keeps them.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub start: u32,
    /// Token per position (`None`: a gap left by punctuation).
    pub tokens: Vec<Option<String>>,
    /// Document frequency of the token at each position (0 for a gap).
    pub df: Vec<u64>,
    /// Document frequency of the bigram starting at each position (0 when there is none).
    pub df_bigram: Vec<u64>,
}

/// One document of a match file.
#[derive(Debug, Clone, PartialEq)]
pub struct ShardDoc {
    pub doc: u32,
    pub fieldnorm: u32,
    pub kind: u32,
    pub runs: Vec<Run>,
}

/// A decoded match file.
#[derive(Debug, Clone)]
pub struct Shard {
    pub head: Json,
    pub docs: Vec<ShardDoc>,
}

fn bad(path: &Path) -> Error {
    Error::in_file(path, "not a match file of format 2")
}

/// Reads the match file of `key` under `dir`; `None` when no token starts with `key`.
pub fn load_shard(dir: &Path, key: char) -> Result<Option<Shard>> {
    let path = dir.join(format!("{}.js", match_name(key)));
    if !path.exists() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let json = read_js(&text).ok_or_else(|| bad(&path))?;
    let nums = read_nums(json["d"].as_str().ok_or_else(|| bad(&path))?);
    let dfs = read_nums(json["f"].as_str().ok_or_else(|| bad(&path))?);
    let toks: Vec<char> = json["t"]
        .as_str()
        .ok_or_else(|| bad(&path))?
        .chars()
        .collect();
    let (mut n, mut f, mut t) = (nums.iter(), dfs.iter(), 0usize);
    let next = |it: &mut std::slice::Iter<u64>| it.next().copied().ok_or_else(|| bad(&path));
    let mut docs = Vec::new();
    let mut doc = 0u32;
    while n.len() > 0 {
        doc += next(&mut n)? as u32;
        let fieldnorm = next(&mut n)? as u32;
        let kind = next(&mut n)? as u32;
        let runs = next(&mut n)?;
        let mut end = 0u32;
        let mut list = Vec::new();
        for _ in 0..runs {
            let start = end + next(&mut n)? as u32;
            let len = next(&mut n)? as usize;
            end = start + len as u32;
            let mut tokens = Vec::with_capacity(len);
            for _ in 0..len {
                let c = *toks.get(t).ok_or_else(|| bad(&path))?;
                t += 1;
                if c == ' ' {
                    tokens.push(None);
                } else if c.is_ascii_alphanumeric() {
                    let mut w = String::from(c);
                    while let Some(&d) = toks.get(t) {
                        t += 1;
                        if d == '|' {
                            break;
                        }
                        w.push(d);
                    }
                    tokens.push(Some(w));
                } else {
                    tokens.push(Some(c.to_string()));
                }
            }
            let mut df = vec![0; len];
            let mut df_bigram = vec![0; len];
            for q in 0..len {
                if tokens[q].is_none() {
                    continue;
                }
                df[q] = next(&mut f)?;
                if q + 1 < len && cjk(&tokens[q]) && cjk(&tokens[q + 1]) {
                    df_bigram[q] = next(&mut f)?;
                }
            }
            list.push(Run {
                start,
                tokens,
                df,
                df_bigram,
            });
        }
        docs.push(ShardDoc {
            doc,
            fieldnorm,
            kind,
            runs: list,
        });
    }
    Ok(Some(Shard {
        head: json["head"].clone(),
        docs,
    }))
}

fn cjk(t: &Option<String>) -> bool {
    t.as_deref()
        .is_some_and(|t| !key_of(t).is_ascii_alphanumeric())
}

/// The terms of a clause cut into groups that each fit in one window: `[p, p + WINDOW]`.
pub fn groups(terms: &[(u32, String)]) -> Vec<&[(u32, String)]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < terms.len() {
        let first = terms[i].0;
        let mut j = i + 1;
        while j < terms.len() && terms[j].0 + width(&terms[j].1) - first <= WINDOW + 1 {
            j += 1;
        }
        out.push(&terms[i..j]);
        i = j;
    }
    out
}

fn width(term: &str) -> u32 {
    if is_bigram(term) {
        2
    } else {
        1
    }
}

/// Whether `term` stands at index `q` of `run`; its document frequency if so.
fn term_at(run: &Run, q: usize, term: &str) -> Option<u64> {
    if is_bigram(term) {
        let mut cs = term.chars();
        let (a, b) = (cs.next()?.to_string(), cs.next()?.to_string());
        let ok = run.tokens.get(q)?.as_deref() == Some(a.as_str())
            && run.tokens.get(q + 1)?.as_deref() == Some(b.as_str());
        ok.then_some(run.df_bigram[q])
    } else {
        (run.tokens.get(q)?.as_deref() == Some(term)).then_some(run.df[q])
    }
}

/// Matches of one clause: document → (positions where the clause starts, field norm), and the
/// document frequency of each of its terms.
type ClauseMatches = (BTreeMap<u32, (BTreeSet<u32>, u32)>, HashMap<String, u64>);

fn match_clause(dir: &Path, clause: &Clause) -> Result<ClauseMatches> {
    let mut per_group: Vec<BTreeMap<u32, (BTreeSet<u32>, u32)>> = Vec::new();
    let mut dfs = HashMap::new();
    for g in groups(&clause.terms) {
        let offset = g[0].0;
        let mut found: BTreeMap<u32, (BTreeSet<u32>, u32)> = BTreeMap::new();
        let Some(shard) = load_shard(dir, key_of(&g[0].1))? else {
            return Ok((BTreeMap::new(), dfs));
        };
        for d in &shard.docs {
            for run in &d.runs {
                for j in 0..run.tokens.len() {
                    let mut got = Vec::new();
                    for (o, t) in g {
                        match term_at(run, j + (o - offset) as usize, t) {
                            Some(df) => got.push((t.clone(), df)),
                            None => break,
                        }
                    }
                    if got.len() < g.len() || run.start + (j as u32) < offset {
                        continue;
                    }
                    dfs.extend(got);
                    let e = found.entry(d.doc).or_insert((BTreeSet::new(), d.fieldnorm));
                    e.0.insert(run.start + j as u32 - offset);
                }
            }
        }
        per_group.push(found);
    }
    let mut groups = per_group.into_iter();
    let mut out = groups.next().unwrap_or_default();
    for g in groups {
        out.retain(|doc, (positions, _)| {
            let other = g.get(doc).map(|x| &x.0);
            positions.retain(|p| other.is_some_and(|o| o.contains(p)));
            !positions.is_empty()
        });
    }
    Ok((out, dfs))
}

/// tantivy's idf.
pub fn idf(df: u64, n: u64) -> f32 {
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
    let manifest_path = dir.join("manifest.json");
    let text = std::fs::read_to_string(&manifest_path).map_err(|e| Error::io(&manifest_path, e))?;
    let manifest: Json =
        serde_json::from_str(&text).map_err(|e| Error::in_file(&manifest_path, e.to_string()))?;
    let n = manifest["head"]["n"].as_u64().unwrap_or(0);
    let avgdl = manifest["head"]["tokens"].as_u64().unwrap_or(0) as f32 / n as f32;
    let mut per_clause: Vec<HashMap<u32, f32>> = Vec::new();
    for c in clauses {
        let (matches, dfs) = match_clause(dir, c)?;
        let mut idf_sum = 0.0f32;
        if !matches.is_empty() {
            for (_, t) in &c.terms {
                idf_sum += idf(dfs[t], n);
            }
        }
        per_clause.push(
            matches
                .into_iter()
                .map(|(d, (pos, norm))| (d, bm25(idf_sum, pos.len() as u32, norm, avgdl)))
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
