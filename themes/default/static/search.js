/* plansite search client: finds exact wording in the site's plans, in the browser, with no server.
 *
 * - analyze / parseQuery / cover: the same analyzer and query language as the Rust side
 *   (src/search/analyzer.rs, src/search/query.rs), rule for rule;
 * - createEngine: loads the index files a query needs (search/m/KEY.js: one per query word, KEY
 *   its first character; search/x/KEY.js: snippets, one per query) and ranks with BM25 computed
 *   in 32-bit floats exactly as tantivy does;
 * - window.plansite: the public API (search, query); see docs/search-index.md;
 * - the search page: binds itself to #ps-search when the page has it (search.html).
 *
 * Data files are loaded with <script> elements that call window.__plansiteData(name, data), so the
 * site works from file:// and under Content-Security-Policy: default-src 'self'. Plain ES5-style
 * JavaScript: no framework, no bundler, no eval, no inline handlers.
 */
(function (global) {
  'use strict';

  var FORMAT_VERSION = 2;
  var WINDOW = 7; /* positions after each occurrence in a match file (export::WINDOW) */
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

  /* A token's key is its first character; m/KEY and x/KEY hold its occurrences. */
  function keyOf(term) {
    return String.fromCodePoint(term.codePointAt(0));
  }

  function matchName(key) { return 'm/' + key.codePointAt(0).toString(16); }
  function snippetName(key) { return 'x/' + key.codePointAt(0).toString(16); }

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

  /* A match file: {head, docs: [{doc, fieldnorm, kind, runs: [{start, toks, df, dfBigram}]}],
   * index: Map doc -> i}. toks[q] is the token at position start + q (null: a gap). */
  function decodeShard(data) {
    var n = readNums(data.d), f = readNums(data.f), t = data.t;
    var ni = 0, fi = 0, ti = 0, doc = 0;
    var docs = [];
    var index = new Map();
    while (ni < n.length) {
      doc += n[ni++];
      var d = { doc: doc, fieldnorm: n[ni++], kind: n[ni++], runs: [] };
      var runs = n[ni++];
      var end = 0;
      for (var r = 0; r < runs; r++) {
        var start = end + n[ni++];
        var len = n[ni++];
        end = start + len;
        var toks = [];
        while (toks.length < len) {
          var cp = t.codePointAt(ti);
          var ch = String.fromCodePoint(cp);
          ti += ch.length;
          if (ch === ' ') toks.push(null);
          else if (charClass(cp) === WORD) {
            var bar = t.indexOf('|', ti);
            toks.push(ch + t.slice(ti, bar));
            ti = bar + 1;
          } else toks.push(ch);
        }
        var df = [], dfBigram = [];
        for (var q = 0; q < len; q++) {
          if (toks[q] === null) continue;
          df[q] = f[fi++];
          if (q + 1 < len && isCjkToken(toks[q]) && isCjkToken(toks[q + 1])) dfBigram[q] = f[fi++];
        }
        d.runs.push({ start: start, toks: toks, df: df, dfBigram: dfBigram });
      }
      index.set(doc, docs.length);
      docs.push(d);
    }
    return { head: data.head, docs: docs, index: index };
  }

  /* The terms of a clause cut into groups that each fit in one window [p, p + window]. */
  function groups(terms, window) {
    var out = [];
    var i = 0;
    while (i < terms.length) {
      var first = terms[i][0];
      var j = i + 1;
      while (j < terms.length && terms[j][0] + (isBigram(terms[j][1]) ? 2 : 1) - first <= window + 1) j++;
      out.push(terms.slice(i, j));
      i = j;
    }
    return out;
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

  /* Where one group of terms stands in a shard: Map doc -> {at: Set of clause starts, d};
   * dfs gets the document frequency of each term. */
  function matchGroup(group, shard, dfs) {
    var offset = group[0][0];
    var parts = group.map(function (t) {
      var cs = Array.from(t[1]);
      var big = isBigram(t[1]);
      return { rel: t[0] - offset, term: t[1], a: big ? cs[0] : t[1], b: big ? cs[1] : null };
    });
    var first = parts[0].a;
    var out = new Map();
    shard.docs.forEach(function (d) {
      d.runs.forEach(function (run) {
        var toks = run.toks;
        for (var j = 0; j < toks.length; j++) {
          if (toks[j] !== first) continue;
          var ok = true;
          for (var k = 0; k < parts.length && ok; k++) {
            var p = parts[k], q = j + p.rel;
            ok = toks[q] === p.a && (p.b === null || toks[q + 1] === p.b);
          }
          if (!ok || run.start + j < offset) continue;
          parts.forEach(function (p) {
            dfs.set(p.term, p.b === null ? run.df[j + p.rel] : run.dfBigram[j + p.rel]);
          });
          var m = out.get(d.doc);
          if (!m) { m = { at: new Set(), d: d }; out.set(d.doc, m); }
          m.at.add(run.start + j - offset);
        }
      });
    });
    return out;
  }

  /* Documents matching one clause: Map doc -> {score, kind}. */
  function scoreClause(clause, shards, head) {
    var n = head.n;
    var avgdl = f(f(head.tokens) / f(n));
    var dfs = new Map();
    var found = null;
    groups(clause.terms, WINDOW).forEach(function (g) {
      var shard = shards.get(keyOf(g[0][1]));
      var m = shard ? matchGroup(g, shard, dfs) : new Map();
      if (found === null) { found = m; return; }
      found.forEach(function (x, doc) {
        var other = m.get(doc);
        x.at.forEach(function (p) { if (!other || !other.at.has(p)) x.at.delete(p); });
        if (!x.at.size) found.delete(doc);
      });
    });
    var out = new Map();
    if (!found || !found.size) return out;
    var idfSum = 0;
    clause.terms.forEach(function (t) { idfSum = f(idfSum + idf(dfs.get(t[1]), n)); });
    found.forEach(function (x, doc) {
      out.set(doc, { score: bm25(idfSum, x.at.size, x.d.fieldnorm, avgdl), kind: x.d.kind });
    });
    return out;
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

  /* An engine over one site's index. load(name) -> Promise of the data of search/NAME. */
  function createEngine(options) {
    var load = options.load;
    var root = options.root || '';
    var files = new Map();
    var shards = new Map();
    var head = null;
    var manifest = null;
    var keySet = null; /* the keys that have files, when the site's client lists them */

    function file(name) {
      if (!files.has(name)) {
        var p = Promise.resolve().then(function () { return load(name); });
        p.catch(function () { files.delete(name); });
        files.set(name, p);
      }
      return files.get(name);
    }

    /* The match file of a key, decoded; null when no token starts with the key. The keys are
     * listed at the end of the site's static/search.js (written by the build); without that
     * list, a file that fails to load is looked up in the manifest: any other failure is an
     * error. */
    /* False when the site's key list says the key has no files; true when it has them or no
     * list is known. */
    function mayHaveFiles(key) {
      if (!keySet) {
        var list = options.keys ? options.keys() : null;
        if (list) {
          keySet = new Set();
          var cp = 0;
          readNums(list).forEach(function (d) { cp += d; keySet.add(String.fromCodePoint(cp)); });
        }
      }
      return !keySet || keySet.has(key);
    }

    function shard(key) {
      if (shards.has(key)) return Promise.resolve(shards.get(key));
      if (!mayHaveFiles(key)) {
        shards.set(key, null);
        return Promise.resolve(null);
      }
      return file(matchName(key)).then(function (data) {
        if (!data.head || data.head.v !== FORMAT_VERSION || data.head.window !== WINDOW) {
          throw new Error('search index format not understood (rebuild the site)');
        }
        head = data.head;
        var s = decodeShard(data);
        shards.set(key, s);
        return s;
      }, function (err) {
        if (!manifest) manifest = file('manifest');
        return manifest.then(function (m) {
          if (Array.from(m.keys).indexOf(key) >= 0) throw err;
          if (!head) head = m.head;
          shards.set(key, null);
          return null;
        });
      });
    }

    function planOf(doc) {
      var plans = head.plans;
      for (var i = 0; i < plans.length; i++) {
        if (doc >= plans[i][2] && doc < plans[i][3]) return plans[i];
      }
      return ['', '', 0, 0];
    }

    /* The first key of each clause (its first group's file). */
    function clauseKeys(clauses) {
      return clauses.map(function (c) { return keyOf(c.terms[0][1]); });
    }

    /* Ranks every match: {clauses, total, perPlan, matches: [{doc, score, plan, kind}], key}. */
    function rank(query, opts) {
      opts = opts || {};
      var clauses = parseQuery(query);
      var empty = { clauses: clauses, total: 0, perPlan: {}, matches: [], key: null };
      if (!clauses.length) return Promise.resolve(empty);
      /* One file per group of terms (one per word of up to WINDOW + 1 positions). */
      var keys = [];
      clauses.forEach(function (c) {
        groups(c.terms, WINDOW).forEach(function (g) {
          var k = keyOf(g[0][1]);
          if (keys.indexOf(k) < 0) keys.push(k);
        });
      });
      /* In a microtask: the key list at the end of static/search.js is read after the file ran. */
      return Promise.resolve().then(function () {
        var first = clauseKeys(clauses)[0];
        if (clauses.length === 1 && mayHaveFiles(first)) {
          /* One word: its snippets are certainly needed, fetch them with its matches. */
          file(snippetName(first)).catch(function () {});
        }
        return Promise.all(keys.map(shard));
      }).then(function () {
        if (!head) return empty;
        var loaded = new Map();
        shards.forEach(function (s, k) { if (s) loaded.set(k, s); });
        var scored = clauses.map(function (c) { return scoreClause(c, loaded, head); });
        var kindCode = opts.kind ? head.kinds.indexOf(opts.kind) : -1;
        var matches = [];
        var perPlan = {};
        scored[0].forEach(function (m, doc) {
          var total = m.score;
          for (var i = 1; i < scored.length; i++) {
            var o = scored[i].get(doc);
            if (!o) return;
            total = f(total + o.score);
          }
          if (opts.kind && m.kind !== kindCode) return;
          var plan = planOf(doc)[0];
          perPlan[plan] = (perPlan[plan] || 0) + 1;
          if (opts.plan && opts.plan !== plan) return;
          matches.push({ doc: doc, score: total, plan: plan, kind: head.kinds[m.kind] });
        });
        matches.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        var all = 0;
        Object.keys(perPlan).forEach(function (p) { all += perPlan[p]; });
        /* Snippets come from one clause's file: the one with the fewest documents. */
        var key = null;
        clauseKeys(clauses).forEach(function (k) {
          var s = loaded.get(k);
          if (s && (key === null || s.docs.length < loaded.get(key).docs.length)) key = k;
        });
        return { clauses: clauses, total: all, perPlan: perPlan, matches: matches, key: key };
      });
    }

    /* Hits with text: [{url, title, plan, planTitle, kind, snippet, score, citation, doc}]. */
    function hits(ranked, from, count) {
      var shown = ranked.matches.slice(from, from + count);
      if (!shown.length) return Promise.resolve([]);
      var s = shards.get(ranked.key);
      return file(snippetName(ranked.key)).then(function (x) {
        return shown.map(function (m) {
          var d = x.docs[s.index.get(m.doc)];
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

    /* The full answer: {total, perPlan, hits, more(count)}. */
    function query(q, opts) {
      opts = opts || {};
      var limit = opts.limit || 10;
      return rank(q, opts).then(function (ranked) {
        return hits(ranked, 0, limit).then(function (list) {
          return {
            query: q,
            total: ranked.total,
            count: ranked.matches.length,
            perPlan: ranked.perPlan,
            plans: head ? head.plans.map(function (p) { return { slug: p[0], title: p[1] }; }) : [],
            hits: list,
            more: function (from, count) { return hits(ranked, from, count); }
          };
        });
      });
    }

    /* Hits only (the documented API); the array also carries total and perPlan. */
    function search(q, opts) {
      return query(q, opts).then(function (r) {
        var list = r.hits;
        list.total = r.count;
        list.perPlan = r.perPlan;
        return list;
      });
    }

    return { rank: rank, query: query, search: search, hits: hits };
  }

  var lib = {
    analyze: analyze,
    parseQuery: parseQuery,
    cover: cover,
    keyOf: keyOf,
    matchName: matchName,
    snippetName: snippetName,
    readNums: readNums,
    decodeShard: decodeShard,
    groups: groups,
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
    keys: function () { return arrived.keys; }
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
    var current = null;
    var shown = 0;
    var seq = 0;
    var timer = null;

    var params = new URLSearchParams(global.location.search);
    input.value = params.get('q') || '';
    if (params.get('kind')) kindSel.value = params.get('kind');
    var wantPlan = params.get('plan') || '';

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
      if (push) {
        var u = new URL(global.location.href);
        u.search = '';
        if (q) u.searchParams.set('q', q);
        if (opts.plan) u.searchParams.set('plan', opts.plan);
        if (opts.kind) u.searchParams.set('kind', opts.kind);
        try { global.history.replaceState(null, '', u.href); } catch (e) { /* file:// may refuse */ }
      }
      list.textContent = '';
      plansBox.textContent = '';
      moreBtn.hidden = true;
      shown = 0;
      current = null;
      if (!q) { status.textContent = ''; return; }
      status.textContent = '正在搜索…';
      engine.query(q, opts).then(function (r) {
        if (mine !== seq) return;
        current = r;
        setPlans(r);
        status.textContent = r.count
          ? '找到 ' + r.count + ' 处' + (opts.plan ? '(全部规划共 ' + r.total + ' 处)' : '')
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
