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
 * Documents matching a clause (or every clause of a query), ascending, and their scores.
 * @typedef {{docs: Int32Array, scores: Float32Array}} Scored
 */

/**
 * Documents matching one clause, with their scores.
 * @param {Clause} clause
 * @param {(term: string) => Postings} postings
 * @param {Meta} meta
 * @returns {Scored}
 */
function scoreClause(clause, postings, meta) {
  var n = meta.n;
  var avgdl = f(f(meta.tokens) / f(n));
  var lists = clause.terms.map(function (t) { return { o: t[0], p: postings(t[1]) }; });
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
  // The postings list documents in ascending order, and so does `found`.
  var out = { docs: new Int32Array(found.length), scores: new Float32Array(found.length) };
  if (!found.length) return out;
  var idfSum = 0;
  lists.forEach(function (l) { idfSum = f(idfSum + idf(l.p.size, n)); });
  found.forEach(function (x, i) {
    out.docs[i] = x[0];
    out.scores[i] = bm25(idfSum, x[1], meta.norms[x[0]], avgdl);
  });
  return out;
}

/**
 * The documents every clause matches, with the clauses' scores summed in clause order (as
 * tantivy's BooleanQuery of MUST clauses does), in one merge pass over the lists.
 * @param {Scored[]} scored at least one
 * @returns {Scored}
 */
function intersect(scored) {
  if (scored.length === 1) return scored[0];
  var driver = scored[0];
  scored.forEach(function (m) { if (m.docs.length < driver.docs.length) driver = m; });
  var at = scored.map(function () { return 0; });
  var docs = new Int32Array(driver.docs.length);
  var scores = new Float32Array(driver.docs.length);
  var n = 0;
  next: for (var d = 0; d < driver.docs.length; d++) {
    var doc = driver.docs[d];
    var sum = 0;
    for (var i = 0; i < scored.length; i++) {
      var list = scored[i].docs;
      var j = at[i];
      while (j < list.length && list[j] < doc) j++;
      at[i] = j;
      if (j === list.length || list[j] !== doc) continue next;
      sum = i === 0 ? scored[i].scores[j] : f(sum + scored[i].scores[j]);
    }
    docs[n] = doc;
    scores[n] = sum;
    n++;
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) };
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
/** Up to this many first places are picked out without sorting the rest. */
var PICK_UP_TO = 100;

/**
 * The rank order of matches (documents ascending, their scores: non-negative 32-bit floats):
 * score descending, then document ascending. `first(k)` returns at least the first
 * min(k, count) places in that order, as indexes into `docs`. A page of hits needs only its
 * first few, so for k up to PICK_UP_TO they are picked out in one pass, each match compared with
 * the worst one kept: a query with tens of thousands of matches does not sort them all. A larger
 * k sorts every match once: a score's bit pattern (which sorts as the number does) and the
 * match's place pack exactly into one float64 key (2^31 × 2^21 < 2^53), sorted natively without
 * a comparator; other input takes a comparator.
 * @param {ArrayLike<number>} docs
 * @param {ArrayLike<number>} scores
 * @returns {(k: number) => ArrayLike<number>}
 */
function rankOrder(docs, scores) {
  var n = docs.length;
  /** @type {ArrayLike<number> | null} */
  var sorted = null;
  /** @type {number[]} */
  var picked = [];
  /**
   * Whether place a ranks before place b.
   * @param {number} a
   * @param {number} b
   */
  function before(a, b) {
    return scores[a] > scores[b] || (scores[a] === scores[b] && docs[a] < docs[b]);
  }
  return function first(k) {
    if (sorted) return sorted;
    var want = Math.min(Math.max(0, k), n);
    if (picked.length >= want) return picked;
    if (want <= PICK_UP_TO) {
      picked = [];
      for (var i = 0; i < n; i++) {
        if (picked.length === want && !before(i, picked[want - 1])) continue;
        var at = picked.length === want ? want - 1 : picked.length;
        while (at > 0 && before(i, picked[at - 1])) {
          picked[at] = picked[at - 1];
          at -= 1;
        }
        picked[at] = i;
      }
      return picked;
    }
    sorted = sortPlaces(docs, scores, before);
    return sorted;
  };
}

/**
 * Every place of `docs` in rank order.
 * @param {ArrayLike<number>} docs
 * @param {ArrayLike<number>} scores
 * @param {(a: number, b: number) => boolean} before
 * @returns {ArrayLike<number>}
 */
function sortPlaces(docs, scores, before) {
  var n = docs.length;
  var packable = n < PACKED;
  for (var i = 0; packable && i < n; i++) {
    packable = scores[i] >= 0 && (i === 0 || docs[i - 1] < docs[i]);
  }
  if (!packable) {
    var places = [];
    for (var p = 0; p < n; p++) places.push(p);
    return places.sort(function (a, b) { return before(a, b) ? -1 : before(b, a) ? 1 : 0; });
  }
  var keys = new Float64Array(n);
  for (var j = 0; j < n; j++) {
    F32[0] = scores[j];
    keys[j] = (0x7fffffff - U32[0]) * PACKED + j;
  }
  keys.sort();
  var out = new Int32Array(n);
  for (var k = 0; k < n; k++) out[k] = keys[k] % PACKED;
  return out;
}
