/* plansite search client: finds exact wording in the site's plans, in the browser, with no server.
 *
 * - analyze / parseQuery / cover: the same analyzer and query language as the Rust side
 *   (src/search/analyzer.rs, src/search/query.rs), rule for rule;
 * - createEngine: loads the index files a query needs (search/p/N.js: the postings shards
 *   holding its terms, found from the first term of each shard in the meta data; search/f/N.js:
 *   the text fragments of the hits shown) and ranks with BM25 computed in 32-bit floats exactly
 *   as tantivy does;
 * - window.plansite: the public API (search, query); see docs/search-index.md;
 * - the search page: binds itself to #ps-search when the page has it (search.html).
 *
 * Data files are loaded with <script> elements that call window.__plansiteData(name, data), so the
 * site works from file:// and under Content-Security-Policy: default-src 'self'. Plain ES5-style
 * JavaScript: no framework, no bundler, no eval, no inline handlers.
 */
(function (global) {
  'use strict';

  var FORMAT_VERSION = 3;
  var K1 = Math.fround(1.2);
  var B = Math.fround(0.75);
  var f = Math.fround;

  /* ---------- analyzer ---------- */

  var CJK = 1, WORD = 2, SPACE = 3, PUNCT = 4;

  function isWhiteSpace(cp) {
    return (cp >= 0x09 && cp <= 0x0d) || cp === 0x20 || cp === 0x85 || cp === 0xa0 ||
      cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 ||
      cp === 0x202f || cp === 0x205f || cp === 0x3000;
  }

  /* Width folding (text::fold_width) and ASCII lower case. */
  function normalizeCode(cp) {
    if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;
    else if (cp === 0x3000) cp = 0x20;
    if (cp >= 0x41 && cp <= 0x5a) cp += 32;
    return cp;
  }

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

  /* Code points of text with UTF-16 offsets: [{c, cls, from, to}]. */
  function codePoints(text) {
    var out = [];
    var i = 0;
    while (i < text.length) {
      var cp = normalizeCode(text.codePointAt(i));
      var len = text.codePointAt(i) > 0xffff ? 2 : 1;
      out.push({ c: String.fromCodePoint(cp), cls: charClass(cp), from: i, to: i + len });
      i += len;
    }
    return out;
  }

  /* Terms of text: [{text, position, from, to}] (offsets in UTF-16 units). */
  function analyze(text) {
    var cps = codePoints(text);
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

  /* ---------- query language ---------- */

  var CLOSING = { '"': '"', '\u201c': '\u201d', '\u300c': '\u300d', '\u300e': '\u300f' };

  /* Quoted phrases and whitespace-separated words, in order. */
  function splitQuery(query) {
    var out = [];
    var word = '';
    var chars = Array.from(query);
    for (var i = 0; i < chars.length; i++) {
      var folded = String.fromCodePoint(normalizeCode(chars[i].codePointAt(0)));
      var close = CLOSING[folded];
      if (close) {
        if (word) { out.push(word); word = ''; }
        var phrase = '';
        for (i = i + 1; i < chars.length; i++) {
          var d = String.fromCodePoint(normalizeCode(chars[i].codePointAt(0)));
          if (d === close || (close === '"' && d === '\u201d')) break;
          phrase += chars[i];
        }
        out.push(phrase);
      } else if (isWhiteSpace(folded.codePointAt(0))) {
        if (word) { out.push(word); word = ''; }
      } else {
        word += chars[i];
      }
    }
    if (word) out.push(word);
    return out;
  }

  /* The fewest terms that pin down every character of text: [[offset, term]]. */
  function cover(text) {
    var slots = [];
    analyze(text).forEach(function (t) {
      var s = slots[t.position];
      if (s) s.bigram = t.text;
      else slots[t.position] = { term: t.text, cjk: charClass(t.text.codePointAt(0)) === CJK, bigram: null };
    });
    var out = [];
    var i = 0;
    while (i < slots.length) {
      var slot = slots[i];
      if (!slot) { i += 1; continue; }
      if (slot.bigram) {
        out.push([i, slot.bigram]);
        i += 2;
      } else if (i > 0 && slot.cjk && slots[i - 1] && slots[i - 1].bigram) {
        out.push([i - 1, slots[i - 1].bigram]);
        i += 1;
      } else {
        out.push([i, slot.term]);
        i += 1;
      }
    }
    return out;
  }

  /* Clauses of a query: [{source, terms: [[offset, term]]}]; every clause must match. */
  function parseQuery(query) {
    return splitQuery(String(query || '')).map(function (s) {
      return { source: s, terms: cover(s) };
    }).filter(function (c) { return c.terms.length > 0; });
  }

  /* ---------- index files ---------- */

  function isCjkToken(t) { return t != null && charClass(t.codePointAt(0)) === CJK; }

  function isBigram(term) {
    var cs = Array.from(term);
    return cs.length === 2 && isCjkToken(cs[0]) && isCjkToken(cs[1]);
  }

  /* Compact number strings: base 45, '#'..'}' without '\\'; upper 45 digits continue a number. */
  function readNums(s) {
    var out = [];
    var v = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      var d = c - 0x23 - (c > 0x5c ? 1 : 0);
      if (d >= 45) v = v * 45 + d - 45;
      else { out.push(v * 45 + d); v = 0; }
    }
    return out;
  }

  /* Compares two strings by code point (the order of the terms in the shards, UTF-8 byte order). */
  function compareCodePoints(a, b) {
    var i = 0, j = 0;
    while (i < a.length && j < b.length) {
      var x = a.codePointAt(i), y = b.codePointAt(j);
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xffff ? 2 : 1;
      j += y > 0xffff ? 2 : 1;
    }
    if (i < a.length) return 1;
    return j < b.length ? -1 : 0;
  }

  /* The last index of sorted list whose value is <= x by cmp; -1 when none. */
  function lastAtMost(list, x, cmp) {
    var lo = 0, hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (cmp(list[mid], x) <= 0) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }

  /* Postings of one term: Map doc -> positions (ascending). Per document: 2 * delta + (tf > 1),
   * tf - 2 when tf > 1, then the positions (the first as is, then deltas). */
  function decodePostings(s) {
    var n = readNums(s);
    var out = new Map();
    var doc = 0, i = 0;
    while (i < n.length) {
      var v = n[i++];
      doc += Math.floor(v / 2);
      var tf = v % 2 ? n[i++] + 2 : 1;
      var ps = new Array(tf);
      var at = 0;
      for (var k = 0; k < tf; k++) { at = k === 0 ? n[i++] : at + n[i++]; ps[k] = at; }
      out.set(doc, ps);
    }
    return out;
  }

  /* A shard's front-coded term list: each term as the number of leading characters shared with
   * the previous one (one digit) and the rest, separated by spaces. */
  function decodeTerms(s) {
    var out = [];
    if (!s) return out;
    var prev = [];
    s.split(' ').forEach(function (part) {
      var shared = part.charCodeAt(0) - 48;
      var chars = prev.slice(0, shared).concat(Array.from(part.slice(1)));
      out.push(chars.join(''));
      prev = chars;
    });
    return out;
  }

  /* The meta data: {n, tokens, kinds, plans, norms, kinds of docs, shard firsts, fragment starts}. */
  function decodeMeta(m) {
    var codes = readNums(m.d);
    var norms = new Array(codes.length), kinds = new Array(codes.length);
    codes.forEach(function (c, i) { norms[i] = c >> 2; kinds[i] = c & 3; });
    var starts = [];
    var at = 0;
    readNums(m.fr).forEach(function (d) { at += d; starts.push(at); });
    return {
      n: m.n, tokens: m.tokens, kinds: m.kinds, plans: m.plans,
      norms: norms, docKinds: kinds,
      shardFirsts: m.s ? m.s.split(' ') : [],
      fragmentStarts: starts
    };
  }

  /* ---------- ranking ---------- */

  function idf(df, n) {
    var x = f(f(f(n - df) + 0.5) / f(df + 0.5));
    return f(Math.log(f(1 + x)));
  }

  function bm25(idfSum, tf, fieldnorm, avgdl) {
    var weight = f(idfSum * f(1 + K1));
    var norm = f(K1 * f(f(1 - B) + f(f(B * fieldnorm) / avgdl)));
    return f(weight * f(tf / f(tf + norm)));
  }

  /* Documents matching one clause: Map doc -> score. postings(term) -> Map doc -> positions. */
  function scoreClause(clause, postings, meta) {
    var n = meta.n;
    var avgdl = f(f(meta.tokens) / f(n));
    var lists = clause.terms.map(function (t) { return { o: t[0], p: postings(t[1]) }; });
    var out = new Map();
    var first = lists[0];
    var found = [];
    first.p.forEach(function (positions, doc) {
      var tf = 0;
      for (var k = 0; k < positions.length; k++) {
        var start = positions[k] - first.o;
        if (start < 0) continue;
        var ok = true;
        for (var i = 1; i < lists.length && ok; i++) {
          var ps = lists[i].p.get(doc);
          ok = !!ps && hasValue(ps, start + lists[i].o);
        }
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

  function hasValue(sorted, v) {
    var lo = 0, hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] < v) lo = mid + 1; else hi = mid;
    }
    return lo < sorted.length && sorted[lo] === v;
  }

  /* ---------- snippets ---------- */

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /* UTF-16 ranges of text where a clause matches, sorted and merged. */
  function matchSpans(text, clauses) {
    var terms = analyze(text);
    var at = new Map();
    terms.forEach(function (t) { at.set(t.position + '\u0000' + t.text, t); });
    var spans = [];
    clauses.forEach(function (c) {
      terms.forEach(function (start) {
        if (start.text !== c.terms[0][1]) return;
        var from = start.from, to = start.to;
        for (var i = 0; i < c.terms.length; i++) {
          var t = at.get((start.position + c.terms[i][0]) + '\u0000' + c.terms[i][1]);
          if (!t) return;
          from = Math.min(from, t.from);
          to = Math.max(to, t.to);
        }
        spans.push([from, to]);
      });
    });
    spans.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    spans.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else merged.push([s[0], s[1]]);
    });
    return merged;
  }

  /* HTML snippet: `before` characters before the first match and `after` from it, matches in
   * <mark>, … where the text is cut (not twice where the text already has one). */
  function snippet(text, clauses, before, after) {
    before = before || 16;
    after = after || 48;
    var spans = matchSpans(text, clauses);
    var first = spans.length ? spans[0][0] : 0;
    var start = Math.max(0, first - before);
    var end = Math.min(text.length, first + after);
    if (spans.length && spans[0][1] > end) end = spans[0][1];
    if (start > 0 && /[\udc00-\udfff]/.test(text.charAt(start))) start -= 1;
    if (end < text.length && /[\udc00-\udfff]/.test(text.charAt(end))) end += 1;
    var ell = '\u2026';
    var html = start > 0 && text.charAt(start) !== ell && text.charAt(start - 1) !== ell ? ell : '';
    var at = start;
    spans.forEach(function (s) {
      if (s[0] < start || s[1] > end) return;
      html += escapeHtml(text.slice(at, s[0])) + '<mark>' + escapeHtml(text.slice(s[0], s[1])) + '</mark>';
      at = s[1];
    });
    html += escapeHtml(text.slice(at, end));
    if (end < text.length && text.charAt(end - 1) !== ell && text.charAt(end) !== ell) html += ell;
    return html;
  }

  /* ---------- engine ---------- */

  var FACETS = [['period', 4], ['region', 5], ['issuer', 6]];

  /* The values of a facet for a plan entry of meta.plans. */
  function facetValues(plan, name) {
    if (name === 'issuer') return plan[6] || [];
    var v = plan[name === 'period' ? 4 : 5];
    return v ? [v] : [];
  }

  /* An engine over one site's index. load(name) -> Promise of the data of search/NAME;
   * options.meta() -> the meta data when the page already has it (appended to search.js). */
  function createEngine(options) {
    var load = options.load;
    var root = options.root || '';
    var files = new Map();
    var shards = new Map();   /* shard index -> Map term -> encoded postings */
    var decoded = new Map();  /* term -> Map doc -> positions */
    var meta = null;

    function file(name) {
      if (!files.has(name)) {
        var p = Promise.resolve().then(function () { return load(name); });
        p.catch(function () { files.delete(name); });
        files.set(name, p);
      }
      return files.get(name);
    }

    function getMeta() {
      if (meta) return Promise.resolve(meta);
      var given = options.meta ? options.meta() : null;
      return (given ? Promise.resolve(given) : file('meta')).then(function (m) {
        if (!m || m.v !== FORMAT_VERSION) throw new Error('search index format not understood (rebuild the site)');
        meta = decodeMeta(m);
        return meta;
      });
    }

    function shardOf(term) {
      return lastAtMost(meta.shardFirsts, term, compareCodePoints);
    }

    function loadShard(i) {
      if (shards.has(i)) return Promise.resolve();
      return file('p/' + i).then(function (data) {
        var terms = decodeTerms(data.t);
        var lists = data.p.split(' ');
        var m = new Map();
        for (var k = 0; k < terms.length; k++) m.set(terms[k], lists[k]);
        shards.set(i, m);
      });
    }

    function postings(term) {
      if (decoded.has(term)) return decoded.get(term);
      var i = shardOf(term);
      var s = i >= 0 ? shards.get(i) : null;
      var enc = s ? s.get(term) : undefined;
      var p = enc === undefined ? new Map() : decodePostings(enc);
      decoded.set(term, p);
      return p;
    }

    function planOf(doc) {
      var plans = meta.plans;
      var lo = 0, hi = plans.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (plans[mid][3] <= doc) lo = mid + 1; else hi = mid;
      }
      return plans[lo] || ['', '', 0, 0, null, null, []];
    }

    /* Ranks every match: {clauses, total, count, perPlan, perFacet, matches: [{doc, score, plan, kind}]}. */
    function rank(query, opts) {
      opts = opts || {};
      var clauses = parseQuery(query);
      var empty = { clauses: clauses, total: 0, count: 0, perPlan: {}, perFacet: {}, matches: [] };
      if (!clauses.length) return getMeta().then(function () { return empty; });
      return getMeta().then(function () {
        var need = [];
        clauses.forEach(function (c) {
          c.terms.forEach(function (t) {
            var i = shardOf(t[1]);
            if (i >= 0 && need.indexOf(i) < 0) need.push(i);
          });
        });
        return Promise.all(need.map(loadShard));
      }).then(function () {
        var scored = clauses.map(function (c) { return scoreClause(c, postings, meta); });
        var kindCode = opts.kind ? meta.kinds.indexOf(opts.kind) : -1;
        var matches = [];
        var perPlan = {};
        var perFacet = {};
        var total = 0;
        scored[0].forEach(function (score, doc) {
          var sum = score;
          for (var i = 1; i < scored.length; i++) {
            var o = scored[i].get(doc);
            if (o === undefined) return;
            sum = f(sum + o);
          }
          if (opts.kind && meta.docKinds[doc] !== kindCode) return;
          total += 1;
          var plan = planOf(doc);
          perPlan[plan[0]] = (perPlan[plan[0]] || 0) + 1;
          var pass = !opts.plan || opts.plan === plan[0];
          FACETS.forEach(function (fc) {
            var name = fc[0];
            var values = facetValues(plan, name);
            values.forEach(function (v) {
              var m = perFacet[name] || (perFacet[name] = {});
              m[v] = (m[v] || 0) + 1;
            });
            if (opts[name] && values.indexOf(opts[name]) < 0) pass = false;
          });
          if (!pass) return;
          matches.push({ doc: doc, score: sum, plan: plan[0], kind: meta.kinds[meta.docKinds[doc]] });
        });
        matches.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        return { clauses: clauses, total: total, count: matches.length, perPlan: perPlan, perFacet: perFacet, matches: matches };
      });
    }

    function fragmentOf(doc) {
      return lastAtMost(meta.fragmentStarts, doc, function (a, b) { return a - b; });
    }

    /* Hits with text: [{url, title, plan, planTitle, kind, snippet, score, citation, doc}]. Only
     * the fragments holding the shown hits are loaded. */
    function hits(ranked, from, count) {
      var shown = ranked.matches.slice(from, from + count);
      if (!shown.length) return Promise.resolve([]);
      var need = [];
      shown.forEach(function (m) {
        var i = fragmentOf(m.doc);
        if (need.indexOf(i) < 0) need.push(i);
      });
      return Promise.all(need.map(function (i) { return file('f/' + i); })).then(function (frags) {
        return shown.map(function (m) {
          var x = frags[need.indexOf(fragmentOf(m.doc))];
          var d = x.docs[m.doc - x.from];
          var title = x.titles[d[2]];
          var planTitle = planOf(m.doc)[1];
          var citation = typeof d[3] === 'string'
            ? '\u300a' + planTitle + '\u300b' + title.split(' \u203a ').join('') + d[3]
            : d[3][0];
          return {
            doc: m.doc,
            url: root + x.pages[d[0]] + '#' + d[1],
            title: title,
            citation: citation,
            plan: m.plan,
            planTitle: planTitle,
            kind: m.kind,
            score: m.score,
            snippet: snippet(d[4], ranked.clauses)
          };
        });
      });
    }

    /* The facets the site offers: {name: [values]} for each facet some plan has a value for. */
    function facets() {
      var out = {};
      FACETS.forEach(function (fc) {
        var seen = [];
        meta.plans.forEach(function (p) {
          facetValues(p, fc[0]).forEach(function (v) { if (seen.indexOf(v) < 0) seen.push(v); });
        });
        if (seen.length) out[fc[0]] = seen;
      });
      return out;
    }

    /* The full answer: {total, count, perPlan, perFacet, facets, plans, hits, more(from, count)}. */
    function query(q, opts) {
      opts = opts || {};
      var limit = opts.limit || 10;
      return rank(q, opts).then(function (ranked) {
        return hits(ranked, 0, limit).then(function (list) {
          return {
            query: q,
            total: ranked.total,
            count: ranked.count,
            perPlan: ranked.perPlan,
            perFacet: ranked.perFacet,
            facets: facets(),
            plans: meta.plans.map(function (p) { return { slug: p[0], title: p[1] }; }),
            hits: list,
            more: function (from, count) { return hits(ranked, from, count); }
          };
        });
      });
    }

    /* Hits only (the documented API); the array also carries total, perPlan and perFacet. */
    function search(q, opts) {
      return query(q, opts).then(function (r) {
        var list = r.hits;
        list.total = r.count;
        list.perPlan = r.perPlan;
        list.perFacet = r.perFacet;
        return list;
      });
    }

    return { rank: rank, query: query, search: search, hits: hits };
  }

  var lib = {
    analyze: analyze,
    parseQuery: parseQuery,
    cover: cover,
    readNums: readNums,
    decodePostings: decodePostings,
    decodeTerms: decodeTerms,
    compareCodePoints: compareCodePoints,
    matchSpans: matchSpans,
    snippet: snippet,
    escapeHtml: escapeHtml,
    createEngine: createEngine
  };

  if (typeof module === 'object' && module.exports) {
    module.exports = lib;
    return;
  }

  /* ---------- browser: data loading and the public API ---------- */

  var doc = global.document;
  var here = doc.currentScript && doc.currentScript.src;
  var siteRoot = here ? here.replace(/static\/search\.js(?:[?#].*)?$/, '') : '';
  var waiting = {};
  var arrived = {};

  global.__plansiteData = function (name, data) {
    if (waiting[name]) waiting[name](data);
    else arrived[name] = data;
  };

  function loadScript(name) {
    return new Promise(function (resolve, reject) {
      if (arrived[name]) { resolve(arrived[name]); delete arrived[name]; return; }
      var s = doc.createElement('script');
      s.src = siteRoot + 'search/' + name + '.js';
      s.async = true;
      waiting[name] = function (data) { delete waiting[name]; resolve(data); };
      s.onerror = function () {
        delete waiting[name];
        s.remove();
        reject(new Error('cannot load ' + s.src));
      };
      s.onload = function () { s.remove(); };
      doc.head.appendChild(s);
    });
  }

  var engine = createEngine({
    root: siteRoot,
    load: loadScript,
    meta: function () { return arrived.meta; }
  });
  var api = global.plansite || {};
  api.root = siteRoot;
  api.search = engine.search;
  api.query = engine.query;
  api.analyze = analyze;
  api.parseQuery = parseQuery;
  api.snippet = snippet;
  global.plansite = api;
  if (typeof api._ready === 'function') api._ready(api);

  /* ---------- the search page ---------- */

  var KIND_LABELS = { paragraph: '段落', heading: '标题', box: '专栏', indicator: '指标' };
  var FACET_LABELS = { period: '规划期', region: '地区', issuer: '发文机关' };
  var PAGE = 10;

  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function bindPage() {
    var box = doc.getElementById('ps-search');
    if (!box) return;
    var form = doc.getElementById('ps-form');
    var input = doc.getElementById('ps-q');
    var planSel = doc.getElementById('ps-plan');
    var kindSel = doc.getElementById('ps-kind');
    var status = doc.getElementById('ps-status');
    var plansBox = doc.getElementById('ps-plans');
    var list = doc.getElementById('ps-results');
    var moreBtn = doc.getElementById('ps-more');
    var facetsBox = doc.getElementById('ps-facets');
    if (!facetsBox) {
      facetsBox = el('div', 'ps-facets');
      facetsBox.id = 'ps-facets';
      plansBox.parentNode.insertBefore(facetsBox, plansBox.nextSibling);
    }
    var current = null;
    var shown = 0;
    var seq = 0;
    var timer = null;

    var params = new URLSearchParams(global.location.search);
    input.value = params.get('q') || '';
    if (params.get('kind')) kindSel.value = params.get('kind');
    var wantPlan = params.get('plan') || '';
    var facetSel = {};
    FACETS.forEach(function (fc) { facetSel[fc[0]] = params.get(fc[0]) || ''; });

    function setPlans(r) {
      var keep = planSel.value || wantPlan;
      while (planSel.options.length > 1) planSel.remove(1);
      r.plans.forEach(function (p) {
        var o = el('option', null, p.title + ' (' + (r.perPlan[p.slug] || 0) + ')');
        o.value = p.slug;
        planSel.appendChild(o);
      });
      planSel.value = keep;
      wantPlan = '';
      plansBox.textContent = '';
      r.plans.forEach(function (p) {
        var b = el('button', 'ps-plan-count', p.title + ' ' + (r.perPlan[p.slug] || 0));
        b.type = 'button';
        b.dataset.plan = p.slug;
        if (planSel.value === p.slug) b.setAttribute('aria-pressed', 'true');
        plansBox.appendChild(b);
      });
    }

    /* One group of toggles per facet the site offers (period, region, issuer), with counts. */
    function setFacets(r) {
      facetsBox.textContent = '';
      FACETS.forEach(function (fc) {
        var name = fc[0];
        var values = r.facets[name];
        if (!values) return;
        var group = el('div', 'ps-plans ps-facet');
        group.setAttribute('role', 'group');
        group.setAttribute('aria-label', FACET_LABELS[name] + '(结果数)');
        group.appendChild(el('span', 'ps-facet-name', FACET_LABELS[name]));
        values.forEach(function (v) {
          var b = el('button', 'ps-plan-count', v + ' ' + ((r.perFacet[name] || {})[v] || 0));
          b.type = 'button';
          b.dataset.facet = name;
          b.dataset.value = v;
          b.setAttribute('aria-pressed', facetSel[name] === v ? 'true' : 'false');
          group.appendChild(b);
        });
        facetsBox.appendChild(group);
      });
    }

    function render(hits) {
      hits.forEach(function (h) {
        var li = el('li', 'ps-hit ps-kind-' + h.kind);
        var a = el('a', 'ps-link');
        a.href = h.url;
        a.appendChild(el('span', 'ps-title', h.title || h.planTitle));
        a.appendChild(el('span', 'ps-kind', KIND_LABELS[h.kind] || h.kind));
        li.appendChild(a);
        var p = el('p', 'ps-snippet');
        p.innerHTML = h.snippet; /* built from escaped text and <mark> only */
        li.appendChild(p);
        li.appendChild(el('p', 'ps-cite', h.citation));
        list.appendChild(li);
      });
      shown += hits.length;
      moreBtn.hidden = !current || shown >= current.count;
    }

    function run(push) {
      var q = input.value.trim();
      var mine = ++seq;
      var opts = { plan: planSel.value || wantPlan || undefined, kind: kindSel.value || undefined, limit: PAGE };
      FACETS.forEach(function (fc) { if (facetSel[fc[0]]) opts[fc[0]] = facetSel[fc[0]]; });
      if (push) {
        var u = new URL(global.location.href);
        u.search = '';
        if (q) u.searchParams.set('q', q);
        if (opts.plan) u.searchParams.set('plan', opts.plan);
        if (opts.kind) u.searchParams.set('kind', opts.kind);
        FACETS.forEach(function (fc) { if (opts[fc[0]]) u.searchParams.set(fc[0], opts[fc[0]]); });
        try { global.history.replaceState(null, '', u.href); } catch (e) { /* file:// may refuse */ }
      }
      list.textContent = '';
      plansBox.textContent = '';
      facetsBox.textContent = '';
      moreBtn.hidden = true;
      shown = 0;
      current = null;
      if (!q) { status.textContent = ''; return; }
      status.textContent = '正在搜索…';
      engine.query(q, opts).then(function (r) {
        if (mine !== seq) return;
        current = r;
        setPlans(r);
        setFacets(r);
        var filtered = opts.plan || FACETS.some(function (fc) { return opts[fc[0]]; });
        status.textContent = r.count
          ? '找到 ' + r.count + ' 处' + (filtered ? '(全部规划共 ' + r.total + ' 处)' : '')
          : (parseQuery(q).length ? '没有找到“' + q + '”' : '请输入要查找的词语');
        render(r.hits);
      }).catch(function (e) {
        if (mine === seq) status.textContent = '搜索出错:' + e.message;
      });
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(function () { run(true); }, 150);
    }

    form.addEventListener('submit', function (e) { e.preventDefault(); run(true); });
    input.addEventListener('input', later);
    planSel.addEventListener('change', function () { run(true); });
    kindSel.addEventListener('change', function () { run(true); });
    plansBox.addEventListener('click', function (e) {
      var b = e.target.closest('button[data-plan]');
      if (!b) return;
      planSel.value = planSel.value === b.dataset.plan ? '' : b.dataset.plan;
      run(true);
    });
    facetsBox.addEventListener('click', function (e) {
      var b = e.target.closest('button[data-facet]');
      if (!b) return;
      var name = b.dataset.facet;
      facetSel[name] = facetSel[name] === b.dataset.value ? '' : b.dataset.value;
      run(true);
    });
    moreBtn.addEventListener('click', function () {
      if (!current) return;
      current.more(shown, PAGE).then(render);
    });
    box.addEventListener('keydown', function (e) {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      var links = Array.prototype.slice.call(list.querySelectorAll('a.ps-link'));
      if (!links.length) return;
      var i = links.indexOf(doc.activeElement);
      if (e.key === 'ArrowDown') i = i < 0 ? 0 : Math.min(links.length - 1, i + 1);
      else if (i <= 0) { input.focus(); e.preventDefault(); return; } else i -= 1;
      links[i].focus();
      e.preventDefault();
    });
    if (input.value) run(false);
    input.focus();
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', bindPage);
  else bindPage();
})(typeof window !== 'undefined' ? window : globalThis);
