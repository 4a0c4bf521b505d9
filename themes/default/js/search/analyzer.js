// @ts-check
/* The analyzer: the terms of a text, rule for rule as src/search/analyzer.rs makes them. Per code
 * point, after folding full-width ASCII and ASCII case: a CJK ideograph yields its unigram and the
 * bigram with the next non-space CJK character at one position; a run of ASCII letters and digits
 * is one term; white space is transparent; anything else separates terms and leaves one empty
 * position. */

/**
 * A term of a text: its text, its position, and its UTF-16 offsets in the analyzed text.
 * @typedef {{text: string, position: number, from: number, to: number}} Term
 */

/**
 * A code point of a text, folded, with its class and UTF-16 offsets.
 * @typedef {{c: string, cls: number, from: number, to: number}} CodePoint
 */

var CJK = 1, WORD = 2, SPACE = 3, PUNCT = 4;

/** @param {number} cp */
function isWhiteSpace(cp) {
  return (cp >= 0x09 && cp <= 0x0d) || cp === 0x20 || cp === 0x85 || cp === 0xa0 ||
    cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 ||
    cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/**
 * Width folding (text::fold_width) and ASCII lower case.
 * @param {number} cp
 * @returns {number}
 */
function normalizeCode(cp) {
  if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;
  else if (cp === 0x3000) cp = 0x20;
  if (cp >= 0x41 && cp <= 0x5a) cp += 32;
  return cp;
}

/**
 * @param {number} cp
 * @returns {number} CJK, WORD, SPACE or PUNCT
 */
function charClass(cp) {
  if ((cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2fa1f) || cp === 0x3007) {
    return CJK;
  }
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) {
    return WORD;
  }
  if (isWhiteSpace(cp) || (cp >= 0x200b && cp <= 0x200d) || cp === 0xfeff) return SPACE;
  return PUNCT;
}

/**
 * The code point of `s` at UTF-16 index `i` (`s` is not empty there).
 * @param {string} s
 * @param {number} i
 * @returns {number}
 */
function codeAt(s, i) {
  return /** @type {number} */ (s.codePointAt(i));
}

/**
 * Code points of text with UTF-16 offsets.
 * @param {string} text
 * @returns {CodePoint[]}
 */
function codePoints(text) {
  /** @type {CodePoint[]} */
  var out = [];
  var i = 0;
  while (i < text.length) {
    var cp = normalizeCode(codeAt(text, i));
    var len = codeAt(text, i) > 0xffff ? 2 : 1;
    out.push({ c: String.fromCodePoint(cp), cls: charClass(cp), from: i, to: i + len });
    i += len;
  }
  return out;
}

/**
 * Terms of text (offsets in UTF-16 units).
 * @param {string} text
 * @returns {Term[]}
 */
function analyze(text) {
  var cps = codePoints(text);
  /** @type {Term[]} */
  var out = [];
  var pos = 0;
  var gap = false;
  var k = 0;
  while (k < cps.length) {
    var ch = cps[k];
    if ((ch.cls === CJK || ch.cls === WORD) && gap && out.length > 0) pos += 1;
    if (ch.cls === CJK) {
      gap = false;
      out.push({ text: ch.c, position: pos, from: ch.from, to: ch.to });
      var j = k + 1;
      while (j < cps.length && cps[j].cls === SPACE) j++;
      if (j < cps.length && cps[j].cls === CJK) {
        out.push({ text: ch.c + cps[j].c, position: pos, from: ch.from, to: cps[j].to });
      }
      pos += 1;
      k += 1;
    } else if (ch.cls === WORD) {
      gap = false;
      var w = '';
      var e = k;
      while (e < cps.length && cps[e].cls === WORD) { w += cps[e].c; e++; }
      out.push({ text: w, position: pos, from: ch.from, to: cps[e - 1].to });
      pos += 1;
      k = e;
    } else {
      if (ch.cls === PUNCT) gap = true;
      k += 1;
    }
  }
  return out;
}
