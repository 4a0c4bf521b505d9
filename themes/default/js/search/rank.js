// @ts-check
/* Ranking: BM25 exactly as tantivy 0.27 computes it, in 32-bit floats (Math.fround at every
 * step), over the postings of a clause's terms; a clause's term frequency is the number of start
 * positions where all its terms stand at their offsets (tantivy's PhraseQuery). */

var K1 = Math.fround(1.2);
var B = Math.fround(0.75);
var f = Math.fround;

/**
 * @param {number} df document frequency of a term
 * @param {number} n number of documents
 */
function idf(df, n) {
  var x = f(f(f(n - df) + 0.5) / f(df + 0.5));
  return f(Math.log(f(1 + x)));
}

/**
 * @param {number} idfSum
 * @param {number} tf
 * @param {number} fieldnorm
 * @param {number} avgdl
 */
function bm25(idfSum, tf, fieldnorm, avgdl) {
  var weight = f(idfSum * f(1 + K1));
  var norm = f(K1 * f(f(1 - B) + f(f(B * fieldnorm) / avgdl)));
  return f(weight * f(tf / f(tf + norm)));
}

/**
 * Documents matching one clause, with their scores.
 * @param {Clause} clause
 * @param {(term: string) => Postings} postings
 * @param {Meta} meta
 * @returns {Map<number, number>} document → score
 */
function scoreClause(clause, postings, meta) {
  var n = meta.n;
  var avgdl = f(f(meta.tokens) / f(n));
  var lists = clause.terms.map(function (t) { return { o: t[0], p: postings(t[1]) }; });
  /** @type {Map<number, number>} */
  var out = new Map();
  // Driven by the term with the fewest documents; a start is counted where every term stands
  // at its offset from it (the same starts whichever term drives).
  var first = lists[0];
  lists.forEach(function (l) { if (l.p.size < first.p.size) first = l; });
  var others = lists.filter(function (l) { return l !== first; });
  /** @type {[number, number][]} */
  var found = [];
  /** @type {number[][]} */
  var at = new Array(others.length);
  first.p.forEach(function (positions, doc) {
    for (var i = 0; i < others.length; i++) {
      var ps = others[i].p.get(doc);
      if (!ps) return;
      at[i] = ps;
    }
    var tf = 0;
    for (var k = 0; k < positions.length; k++) {
      var start = positions[k] - first.o;
      if (start < 0) continue;
      var ok = true;
      for (var j = 0; j < others.length && ok; j++) ok = hasValue(at[j], start + others[j].o);
      if (ok) tf += 1;
    }
    if (tf > 0) found.push([doc, tf]);
  });
  if (!found.length) return out;
  var idfSum = 0;
  lists.forEach(function (l) { idfSum = f(idfSum + idf(l.p.size, n)); });
  found.forEach(function (x) {
    out.set(x[0], bm25(idfSum, x[1], meta.norms[x[0]], avgdl));
  });
  return out;
}

/**
 * @param {number[]} sorted
 * @param {number} v
 */
function hasValue(sorted, v) {
  var lo = 0, hi = sorted.length;
  while (lo < hi) {
    var mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1; else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === v;
}

var F32 = new Float32Array(1);
var U32 = new Uint32Array(F32.buffer);
/** Up to this many matches sort by packed numeric keys. */
var PACKED = 0x200000;

/**
 * Sorts matches by score (descending), then document (ascending). Matches come in document
 * order; scores are non-negative 32-bit floats, whose bit patterns sort as the numbers do. The
 * bits and the match's place pack exactly into one float64 key (2^31 × 2^21 < 2^53), which sorts
 * natively without a comparator; other input takes the comparator.
 * @param {Match[]} matches
 * @returns {Match[]}
 */
function sortMatches(matches) {
  var n = matches.length;
  var packable = n < PACKED;
  for (var i = 0; packable && i < n; i++) {
    packable = matches[i].score >= 0 && (i === 0 || matches[i - 1].doc < matches[i].doc);
  }
  if (!packable) {
    return matches.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
  }
  var keys = new Float64Array(n);
  for (var j = 0; j < n; j++) {
    F32[0] = matches[j].score;
    keys[j] = (0x7fffffff - U32[0]) * PACKED + j;
  }
  keys.sort();
  /** @type {Match[]} */
  var out = new Array(n);
  for (var k = 0; k < n; k++) out[k] = matches[keys[k] % PACKED];
  return out;
}
