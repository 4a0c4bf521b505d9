// @ts-check
/* The index format (format 8, docs/search-index.md): the files under search/ and the decoding of
 * their compact strings. Each file is `window.__plansiteData("NAME", JSON);`; the shapes of the
 * JSON are the typedefs below. */

var FORMAT_VERSION = 8;
/** A document's field norm and kind are one number: norm × KIND_SPAN + kind. */
var KIND_SPAN = 8;

/**
 * A plan as `meta` writes it: [slug, title, number of documents, period, region, issuers], the
 * facets as indexes into `meta.fv` (null: none).
 * @typedef {[string, string, number, (number | null)?, (number | null)?, number[]?]} RawPlan
 */

/**
 * A plan of the index, decoded: [slug, title, first doc, end doc, period, region, issuers].
 * @typedef {[string, string, number, number, (string | null)?, (string | null)?, string[]?]} PlanEntry
 */

/**
 * `meta`: counts, plans, and per document its field norm and kind; the first term of each shard
 * and the first document of each fragment.
 * @typedef {object} RawMeta
 * @property {number} v format version
 * @property {number} n number of documents
 * @property {number} tokens number of tokens of every document
 * @property {string[]} kinds document kinds (paragraph, heading, box, indicator)
 * @property {RawPlan[]} plans the plans, in document order
 * @property {string[]} fv the facet values the plans name, each once
 * @property {string} dk numbers: the distinct values of field norm × 8 + kind, the most
 *   frequent first
 * @property {string} d numbers: per document, the index of its field norm × 8 + kind in `dk`
 * @property {string} s the first term of each shard, space-separated
 * @property {string} fr numbers: the first document of each fragment, as deltas
 */

/**
 * `meta` decoded.
 * @typedef {object} Meta
 * @property {number} n
 * @property {number} tokens
 * @property {string[]} kinds
 * @property {PlanEntry[]} plans
 * @property {number[]} norms field norm per document
 * @property {number[]} docKinds kind (index into kinds) per document
 * @property {Int32Array} docPlans plan (index into plans) per document
 * @property {string[]} shardFirsts the first term of each shard
 * @property {number[]} fragmentStarts the first document of each fragment
 */

/**
 * `p/N`, a postings shard: its terms (`t`, front-coded and space-separated, without the bigrams
 * that follow their unigram; `b`, those bigrams; see decodeTermList) and per term its encoded
 * postings (`p`, space-separated).
 * @typedef {{t: string, b: string, p: string}} Shard
 */

/**
 * A document of a fragment: page index, anchor, breadcrumb index, citation (the part after
 * `《plan title》` and the breadcrumb, or `[whole citation]`), text.
 * @typedef {[number, string, number, string | [string], string]} FragmentDoc
 */

/**
 * `f/N`, a fragment as written: the stored documents from `from` on. A document that is a bare
 * string (its text) follows the one before it: same page and breadcrumb, its anchor and citation
 * those of the one before with their last number one higher (`successor`).
 * @typedef {{from: number, pages: string[], titles: string[], docs: (FragmentDoc | string)[]}} RawFragment
 */

/**
 * A fragment decoded: every document in full.
 * @typedef {{from: number, pages: string[], titles: string[], docs: FragmentDoc[]}} Fragment
 */

/**
 * Postings of one term: document → its positions, ascending.
 * @typedef {Map<number, number[]>} Postings
 */

/** The value of each digit character by its code (-1: not a digit). */
var DIGIT_VALUE = (function () {
  var t = new Int8Array(128).fill(-1);
  for (var c = 0x21; c <= 0x7e; c++) if (c !== 0x22 && c !== 0x5c) t[c] = c === 0x21 ? 0 : c - 0x22 - (c > 0x5c ? 1 : 0);
  return t;
})();

/**
 * Compact number strings (as `search_format::read_nums`): digits are the 92 characters '!', then
 * '#'..'~' without '\\'; the first 78 end a number, the other 14 lead it (base 14, then the
 * last digit in base 78). A character outside the alphabet reads as the last digit 0, as in Rust.
 * @param {string} s
 * @returns {number[]}
 */
function readNums(s) {
  /** @type {number[]} */
  var out = [];
  var v = 0;
  for (var i = 0; i < s.length; i++) {
    var d = DIGIT_VALUE[s.charCodeAt(i)];
    if (!(d > 0)) d = 0;
    if (d >= 78) v = v * 14 + d - 78;
    else { out.push(v * 78 + d); v = 0; }
  }
  return out;
}

/**
 * Compares two strings by code point (the order of the terms in the shards, UTF-8 byte order).
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
function compareCodePoints(a, b) {
  var i = 0, j = 0;
  while (i < a.length && j < b.length) {
    var x = codeAt(a, i), y = codeAt(b, j);
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  if (i < a.length) return 1;
  return j < b.length ? -1 : 0;
}

/**
 * The last index of sorted list whose value is <= x by cmp; -1 when none.
 * @template T
 * @param {T[]} list
 * @param {T} x
 * @param {(a: T, b: T) => number} cmp
 * @returns {number}
 */
function lastAtMost(list, x, cmp) {
  var lo = 0, hi = list.length;
  while (lo < hi) {
    var mid = (lo + hi) >> 1;
    if (cmp(list[mid], x) <= 0) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}

/** Rice parameters of a term's positions in a document: the first, and the gaps to the next. */
var FIRST_POSITION_K = 6, NEXT_POSITION_K = 5;
/** A Rice code's quotient from this on is escaped: this many zeros, then an Elias gamma code. */
var RICE_ESCAPE = 16;

/**
 * The Rice parameter of the document gaps of a term in `df` of `n` documents (as
 * `search_format::gap_k`): the largest k with df * 2^k <= 0.69 * n, else 0.
 * @param {number} df
 * @param {number} n
 * @returns {number}
 */
function gapK(df, n) {
  var k = 0;
  while (k < 40 && df * 100 * Math.pow(2, k + 1) <= n * 69) k++;
  return k;
}

/**
 * Postings of one term in an index of `n` documents, from its bit string (as
 * `search_format::decode_postings`): the bits packed 13 to two digits (`hi * 92 + lo`), the
 * last lone digit holding 6. The number of documents less one (Elias gamma), then per document
 * the gap less one (Rice, gapK), the number of positions less one (Elias gamma), the first
 * position and the gaps to the next less one (Rice). Throws on a string cut short, a digit or
 * group out of range, or more than padding after the last document.
 * @param {string} s
 * @param {number} n
 * @returns {Postings}
 */
function decodePostings(s, n) {
  /** @type {Postings} */
  var out = new Map();
  if (s.length === 0) return out;
  var r = new BitReader(s);
  var df = r.gamma() + 1, k = gapK(df, n), next = 0;
  for (var d = 0; d < df; d++) {
    var doc = next + r.rice(k), tf = r.gamma() + 1;
    /** @type {number[]} */
    var ps = [];
    var p = r.rice(FIRST_POSITION_K);
    ps.push(p);
    for (var j = 1; j < tf; j++) ps.push(p += r.rice(NEXT_POSITION_K) + 1);
    out.set(doc, ps);
    next = doc + 1;
  }
  r.end();
  return out;
}

/**
 * Reads the bits of a postings string (see decodePostings), throwing on damage.
 * @constructor
 * @param {string} s
 */
function BitReader(s) {
  this.s = s;
  /** the next character */
  this.at = 0;
  /** the bits of the current group; its low `left` ones are unread */
  this.acc = 0;
  this.left = 0;
}

/** Reads the next group (13 bits), or the last lone character (6). */
BitReader.prototype.refill = function () {
  var s = this.s, at = this.at, lo = 0, w = 6;
  if (at >= s.length) throw postingsDamaged();
  var hi = DIGIT_VALUE[s.charCodeAt(at)];
  if (at + 1 < s.length) { lo = DIGIT_VALUE[s.charCodeAt(at + 1)]; hi *= 92; w = 13; }
  this.at = at + (w === 13 ? 2 : 1);
  var v = hi + lo;
  // A character outside the alphabet reads as -1 (beyond ASCII, undefined: NaN).
  if (!(v >= 0 && v < 1 << w) || lo < 0) throw postingsDamaged();
  this.acc = v;
  this.left = w;
};

/**
 * The next k bits (k <= 52) as a number.
 * @param {number} k
 * @returns {number}
 */
BitReader.prototype.bits = function (k) {
  var v = 0;
  while (k > 0) {
    if (this.left === 0) this.refill();
    var take = k < this.left ? k : this.left;
    this.left -= take;
    v = v * (1 << take) + ((this.acc >>> this.left) & ((1 << take) - 1));
    k -= take;
  }
  return v;
};

/**
 * Reads zeros up to and with the next one and gives their number; after `max` zeros, stops and
 * gives -1.
 * @param {number} max
 * @returns {number}
 */
BitReader.prototype.zeros = function (max) {
  var z = 0;
  for (;;) {
    if (this.left === 0) this.refill();
    var left = this.left, w = this.acc & ((1 << left) - 1);
    var run = w === 0 ? left : Math.clz32(w) - (32 - left);
    if (z + run >= max) { this.left = left - (max - z); return -1; }
    z += run;
    if (w !== 0) { this.left = left - run - 1; return z; }
    this.left = 0;
  }
};

/** An Elias gamma code. @returns {number} */
BitReader.prototype.gamma = function () {
  var z = this.zeros(53);
  if (z < 0) throw postingsDamaged();
  return z === 0 ? 0 : Math.pow(2, z) + this.bits(z) - 1;
};

/**
 * A Rice code with parameter k (escaped after RICE_ESCAPE zeros).
 * @param {number} k
 * @returns {number}
 */
BitReader.prototype.rice = function (k) {
  var q = this.zeros(RICE_ESCAPE);
  if (q < 0) q = RICE_ESCAPE + this.gamma();
  return k === 0 ? q : q * (k < 31 ? 1 << k : Math.pow(2, k)) + this.bits(k);
};

/** Throws unless every bit left is padding. */
BitReader.prototype.end = function () {
  if (this.at < this.s.length || (this.acc & ((1 << this.left) - 1)) !== 0) throw postingsDamaged();
};

function postingsDamaged() { return new Error('search index: damaged postings'); }

/**
 * Whether a term is a CJK unigram: one code point, not ASCII. Its postings in a shard are only
 * its tail (the positions no bigram starts at); the rest are the positions of the bigrams that
 * start with it, which follow it in term order (see unigramPostings).
 * @param {string} t
 * @returns {boolean}
 */
function isUnigram(t) {
  var c = codeAt(t, 0);
  return c > 0x7f && t.length === (c > 0xffff ? 2 : 1);
}

/**
 * Whether `t` is a bigram starting with the unigram `head`.
 * @param {string} t
 * @param {string} head
 * @returns {boolean}
 */
function isBigramOf(t, head) {
  return t.length > head.length && t.lastIndexOf(head, 0) === 0 && isUnigram(head) && isUnigram(t.slice(head.length));
}

/**
 * The full postings of a unigram: per document, the union of its tail's positions and those of
 * the bigrams starting with it, ascending.
 * @param {Postings[]} lists the tail first, then the bigrams
 * @returns {Postings}
 */
function unigramPostings(lists) {
  /** @type {Postings} */
  var out = new Map();
  lists.forEach(function (l) {
    l.forEach(function (ps, doc) {
      var have = out.get(doc);
      out.set(doc, have ? have.concat(ps) : ps.slice());
    });
  });
  /** @type {Postings} */
  var sorted = new Map();
  Array.from(out.keys()).sort(function (a, b) { return a - b; }).forEach(function (doc) {
    var ps = /** @type {number[]} */ (out.get(doc));
    ps.sort(function (a, b) { return a - b; });
    sorted.set(doc, ps);
  });
  return sorted;
}

/**
 * A shard's front-coded term list: each term as the number of leading characters shared with
 * the previous one (one digit; left out for 1 when the rest does not start with a digit) and the
 * rest, separated by spaces.
 * @param {string} s
 * @returns {string[]}
 */
function decodeTerms(s) {
  /** @type {string[]} */
  var out = [];
  if (!s) return out;
  /** @type {string[]} */
  var prev = [];
  s.split(' ').forEach(function (part) {
    var d = part.charCodeAt(0) - 48;
    var digit = d >= 0 && d <= 9;
    var shared = digit ? d : 1;
    var chars = prev.slice(0, shared).concat(Array.from(part.slice(digit ? 1 : 0)));
    out.push(chars.join(''));
    prev = chars;
  });
  return out;
}

/**
 * A shard's terms (as `search_format::decode_term_list`): the front-coded list `t`, and after
 * each CJK unigram of it the bigrams that follow it, from the compact numbers `b` (their number,
 * then their second characters: the first as its distance from U+4E00, zigzag, each next as its
 * distance from the one before less one).
 * @param {string} t
 * @param {string} b
 * @returns {string[]}
 */
function decodeTermList(t, b) {
  var nums = readNums(b || ''), at = 0;
  /** @type {string[]} */
  var out = [];
  decodeTerms(t).forEach(function (head) {
    out.push(head);
    if (!isUnigram(head)) return;
    var count = nums[at++], y = 0;
    for (var k = 0; k < count; k++) {
      var v = nums[at++];
      y = k === 0 ? 0x4e00 + (v % 2 ? -(v + 1) / 2 : v / 2) : y + v + 1;
      out.push(head + String.fromCodePoint(y));
    }
  });
  if (at !== nums.length) throw new Error('search index: damaged term list');
  return out;
}

/**
 * The meta data decoded: norms and kinds per document, shard firsts, fragment starts.
 * @param {RawMeta} m
 * @returns {Meta}
 */
function decodeMeta(m) {
  var table = readNums(m.dk);
  var codes = readNums(m.d).map(function (i) { return table[i] || 0; });
  var norms = new Array(codes.length), kinds = new Array(codes.length);
  codes.forEach(function (c, i) { norms[i] = Math.floor(c / KIND_SPAN); kinds[i] = c % KIND_SPAN; });
  /** @type {number[]} */
  var starts = [];
  var at = 0;
  readNums(m.fr).forEach(function (d) { at += d; starts.push(at); });
  // The plans cover the documents in order, each its number of documents; the plan of each
  // document; the facets by value.
  var values = m.fv || [];
  /** @param {number | null | undefined} i */
  var value = function (i) { return i == null ? null : (values[i] == null ? null : values[i]); };
  var docPlans = new Int32Array(codes.length);
  var first = 0;
  /** @type {PlanEntry[]} */
  var plans = m.plans.map(function (plan, p) {
    var end = first + Math.max(0, plan[2] || 0);
    for (var d = first; d < Math.min(end, codes.length); d++) docPlans[d] = p;
    /** @type {string[]} */
    var issuers = [];
    (plan[5] || []).forEach(function (i) { var v = value(i); if (v !== null) issuers.push(v); });
    /** @type {PlanEntry} */
    var entry = [plan[0], plan[1], first, end, value(plan[3]), value(plan[4]), issuers];
    first = end;
    return entry;
  });
  return {
    n: m.n, tokens: m.tokens, kinds: m.kinds, plans: plans,
    norms: norms, docKinds: kinds, docPlans: docPlans,
    shardFirsts: m.s ? m.s.split(' ') : [],
    fragmentStarts: starts
  };
}

/**
 * `s` with its last number one higher (`ch2-s1-p3` → `ch2-s1-p4`, `第3段` → `第4段`); null
 * without a number (a run of ASCII digits, at most 15). As `search_format::successor` in Rust.
 * @param {string} s
 * @returns {string | null}
 */
function successor(s) {
  var m = /([0-9]+)([^0-9]*)$/.exec(s);
  if (!m || m[1].length > 15) return null;
  return s.slice(0, m.index) + String(Number(m[1]) + 1) + m[2];
}

/**
 * A fragment with every document in full (the bare-string rows expanded).
 * @param {RawFragment} x
 * @returns {Fragment}
 */
function decodeFragment(x) {
  /** @type {FragmentDoc | null} */
  var prev = null;
  var docs = x.docs.map(function (d) {
    /** @type {FragmentDoc} */
    var full;
    if (typeof d !== 'string') full = d;
    else if (!prev) full = [0, '', 0, [''], d];
    else {
      var cite = typeof prev[3] === 'string' ? successor(prev[3]) : null;
      full = [prev[0], successor(prev[1]) || '', prev[2], cite === null ? [''] : cite, d];
    }
    prev = full;
    return full;
  });
  return { from: x.from, pages: x.pages, titles: x.titles, docs: docs };
}
