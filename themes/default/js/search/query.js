// @ts-check
/* The query language, rule for rule as src/search/query.rs: quoted phrases ("…", “…”, 「…」,
 * 『…』) and words separated by white space, every one of which must match; each clause is looked
 * up with the fewest terms that pin down its characters. */

/**
 * A clause of a query: its text and its terms as [offset, term], offsets in positions from the
 * clause's first term.
 * @typedef {{source: string, terms: [number, string][]}} Clause
 */

/** @type {Record<string, string>} */
var CLOSING = { '"': '"', '\u201c': '\u201d', '\u300c': '\u300d', '\u300e': '\u300f' };

/**
 * Quoted phrases and whitespace-separated words, in order.
 * @param {string} query
 * @returns {string[]}
 */
function splitQuery(query) {
  /** @type {string[]} */
  var out = [];
  var word = '';
  var chars = Array.from(query);
  for (var i = 0; i < chars.length; i++) {
    var folded = String.fromCodePoint(normalizeCode(codeAt(chars[i], 0)));
    var close = CLOSING[folded];
    if (close) {
      if (word) { out.push(word); word = ''; }
      var phrase = '';
      for (i = i + 1; i < chars.length; i++) {
        var d = String.fromCodePoint(normalizeCode(codeAt(chars[i], 0)));
        if (d === close || (close === '"' && d === '\u201d')) break;
        phrase += chars[i];
      }
      out.push(phrase);
    } else if (isWhiteSpace(codeAt(folded, 0))) {
      if (word) { out.push(word); word = ''; }
    } else {
      word += chars[i];
    }
  }
  if (word) out.push(word);
  return out;
}

/**
 * The fewest terms that pin down every character of text.
 * @param {string} text
 * @returns {[number, string][]} [offset, term]
 */
function cover(text) {
  /** @type {{term: string, cjk: boolean, bigram: string | null}[]} */
  var slots = [];
  analyze(text).forEach(function (t) {
    var s = slots[t.position];
    if (s) s.bigram = t.text;
    else slots[t.position] = { term: t.text, cjk: charClass(codeAt(t.text, 0)) === CJK, bigram: null };
  });
  /** @type {[number, string][]} */
  var out = [];
  var i = 0;
  while (i < slots.length) {
    var slot = slots[i];
    if (!slot) { i += 1; continue; }
    if (slot.bigram) {
      out.push([i, slot.bigram]);
      i += 2;
    } else if (i > 0 && slot.cjk && slots[i - 1] && slots[i - 1].bigram) {
      out.push([i - 1, /** @type {string} */ (slots[i - 1].bigram)]);
      i += 1;
    } else {
      out.push([i, slot.term]);
      i += 1;
    }
  }
  return out;
}

/**
 * Clauses of a query; every clause must match.
 * @param {unknown} query
 * @returns {Clause[]}
 */
function parseQuery(query) {
  return splitQuery(String(query || '')).map(function (s) {
    return { source: s, terms: cover(s) };
  }).filter(function (c) { return c.terms.length > 0; });
}
