// @ts-check
/* The engine over one site's index: loads the files a query needs through the `load` it is
 * given (the postings shards holding the query's terms, found from the first term of each shard
 * in the meta data; the fragments of the hits shown), ranks every match and answers with hits,
 * counts per plan and per facet. It does not know how files arrive (see loader.js). */

/**
 * @typedef {object} EngineOptions
 * @property {string} [root] the site root, prefixed to the hits' links
 * @property {(name: string) => any} load the data of `search/NAME` (or a promise of it)
 * @property {() => (RawMeta | undefined)} [meta] the meta data when the page already has it
 */

/**
 * Options of a query: filters and the number of hits wanted.
 * @typedef {{plan?: string, kind?: string, period?: string, region?: string, issuer?: string, limit?: number}} QueryOptions
 */

/** @typedef {{doc: number, score: number, plan: string, kind: string}} Match */

/** @typedef {Record<string, number>} Counts */

/**
 * Every match of a query, ranked.
 * @typedef {object} Ranked
 * @property {Clause[]} clauses
 * @property {number} total matches without the plan and facet filters
 * @property {number} count matches
 * @property {Counts} perPlan
 * @property {Record<string, Counts>} perFacet
 * @property {Int32Array} docs the matching documents, ascending
 * @property {Float32Array} scores their scores
 * @property {(k: number) => Match[]} first at least the first min(k, count) matches in rank order
 */

/**
 * A hit with its text.
 * @typedef {object} Hit
 * @property {number} doc
 * @property {string} url
 * @property {string} title
 * @property {string} citation
 * @property {string} plan
 * @property {string} planTitle
 * @property {string} kind
 * @property {number} score
 * @property {string} snippet HTML
 */

/**
 * The full answer to a query.
 * @typedef {object} Answer
 * @property {unknown} query
 * @property {number} total
 * @property {number} count
 * @property {Counts} perPlan
 * @property {Record<string, Counts>} perFacet
 * @property {Record<string, string[]>} facets
 * @property {{slug: string, title: string}[]} plans
 * @property {Hit[]} hits
 * @property {(from: number, count: number) => Promise<Hit[]>} more
 */

/**
 * @typedef {object} Engine
 * @property {(query: unknown, opts?: QueryOptions) => Promise<Ranked>} rank
 * @property {(query: unknown, opts?: QueryOptions) => Promise<Answer>} query
 * @property {(query: unknown, opts?: QueryOptions) => Promise<Hit[] & {total?: number, perPlan?: Counts, perFacet?: Record<string, Counts>}>} search
 * @property {(ranked: Ranked, from: number, count: number) => Promise<Hit[]>} hits
 */

/**
 * The citation of a hit: the unit's, and for a table row (anchor `t2-r5`, text
 * `name：value；value…`) the table's followed by the row's name in quotes, the text before the
 * first `：` (`《…》第一章第三节「“十四五”时期主要目标」“城镇调查失业率(%)”`), or the first cell
 * after it when that is only the row's 序号 (`1：人均公园绿地面积；…` → “人均公园绿地面积”), as
 * `search::row_citation` in Rust. The index holds the table's citation only.
 * @param {string} kind
 * @param {string} anchor
 * @param {string} citation
 * @param {string} text
 * @returns {string}
 */
function rowCitation(kind, anchor, citation, text) {
  if ((kind !== 'indicator' && kind !== 'table') || !/-r[0-9]+$/.test(anchor)) return citation;
  var at = text.indexOf('\uff1a');
  var name = at < 0 ? text : text.slice(0, at);
  // A row named by its 序号 alone (`1：人均公园绿地面积；平方米；…`) is cited by the cell after it.
  var next = at < 0 ? '' : text.slice(at + 1).split('\uff1b')[0];
  if (/^[0-9\uff10-\uff19]{1,3}$/.test(name) && next) name = next;
  return name ? citation + '\u201c' + name + '\u201d' : citation;
}

/** @type {[string, number][]} */
var FACETS = [['period', 4], ['region', 5], ['issuer', 6]];

/**
 * The values of a facet for a plan entry of meta.plans.
 * @param {PlanEntry} plan
 * @param {string} name
 * @returns {string[]}
 */
function facetValues(plan, name) {
  if (name === 'issuer') return plan[6] || [];
  var v = plan[name === 'period' ? 4 : 5];
  return v ? [v] : [];
}

/**
 * An engine over one site's index.
 * @param {EngineOptions} options
 * @returns {Engine}
 */
function createEngine(options) {
  var load = options.load;
  var root = options.root || '';
  /** @type {Map<string, Promise<any>>} */
  var files = new Map();
  /** @type {Map<number, Map<string, string>>} shard index -> term -> encoded postings */
  var shards = new Map();
  /** @type {Map<string, Postings>} */
  var decoded = new Map();
  /** @type {Map<string, Scored>} a clause's terms -> its matches and scores */
  var clauseScores = new Map();
  /** @type {Meta} */
  var meta = /** @type {any} */ (null);

  /** @param {string} name */
  function file(name) {
    if (!files.has(name)) {
      var p = Promise.resolve().then(function () { return load(name); });
      p.catch(function () { files.delete(name); });
      files.set(name, p);
    }
    return /** @type {Promise<any>} */ (files.get(name));
  }

  /** @returns {Promise<Meta>} */
  function getMeta() {
    if (meta) return Promise.resolve(meta);
    var given = options.meta ? options.meta() : null;
    return (given ? Promise.resolve(given) : file('meta')).then(function (/** @type {RawMeta} */ m) {
      if (!m || m.v !== FORMAT_VERSION) throw new Error('search index format not understood (rebuild the site)');
      meta = decodeMeta(m);
      return meta;
    });
  }

  /** @param {string} term */
  function shardOf(term) {
    return lastAtMost(meta.shardFirsts, term, compareCodePoints);
  }

  /**
   * The shards a term's postings are read from: its own, and for a unigram also those its
   * bigrams reach into.
   * @param {string} term
   * @returns {number[]}
   */
  function shardsOf(term) {
    var first = shardOf(term);
    if (first < 0) return [];
    var last = isUnigram(term) ? shardOf(term + '\udbff\udfff') : first;
    var out = [];
    for (var i = first; i <= last; i++) out.push(i);
    return out;
  }

  /** @param {number} i */
  function loadShard(i) {
    if (shards.has(i)) return Promise.resolve();
    return file('p/' + i).then(function (/** @type {Shard} */ data) {
      var terms = decodeTermList(data.t, data.b);
      var lists = data.p.split(' ');
      if (lists.length !== terms.length) throw new Error('search index: p/' + i + ' has ' + terms.length + ' terms and ' + lists.length + ' postings lists');
      var m = new Map();
      for (var k = 0; k < terms.length; k++) m.set(terms[k], lists[k]);
      shards.set(i, m);
    });
  }

  /**
   * @param {string} term
   * @returns {Postings}
   */
  function postings(term) {
    var known = decoded.get(term);
    if (known) return known;
    var p;
    if (isUnigram(term)) {
      /** @type {Postings[]} */
      var lists = [];
      shardsOf(term).forEach(function (i) {
        var s = shards.get(i);
        if (s) s.forEach(function (enc, t) {
          if (t === term || isBigramOf(t, term)) lists.push(decodePostings(enc, meta.n));
        });
      });
      p = unigramPostings(lists);
    } else {
      var i = shardOf(term);
      var s = i >= 0 ? shards.get(i) : null;
      var enc = s ? s.get(term) : undefined;
      p = enc === undefined ? new Map() : decodePostings(enc, meta.n);
    }
    decoded.set(term, p);
    return p;
  }

  /**
   * Index in meta.plans of the plan holding a document.
   * @param {number} doc
   * @returns {number}
   */
  function planIndexOf(doc) {
    var plans = meta.plans;
    var lo = 0, hi = plans.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (plans[mid][3] <= doc) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /**
   * @param {number} doc
   * @returns {PlanEntry}
   */
  function planOf(doc) {
    return meta.plans[planIndexOf(doc)] || ['', '', 0, 0, null, null, []];
  }

  /**
   * Ranks every match.
   * @param {unknown} query
   * @param {QueryOptions} [opts]
   * @returns {Promise<Ranked>}
   */
  function rank(query, opts) {
    var o = opts || {};
    var clauses = parseQuery(query);
    /** @type {Ranked} */
    var empty = {
      clauses: clauses, total: 0, count: 0, perPlan: {}, perFacet: {},
      docs: new Int32Array(0), scores: new Float32Array(0), first: function () { return []; }
    };
    if (!clauses.length) return getMeta().then(function () { return empty; });
    return getMeta().then(function () {
      /** @type {number[]} */
      var need = [];
      clauses.forEach(function (c) {
        c.terms.forEach(function (t) {
          shardsOf(t[1]).forEach(function (i) {
            if (need.indexOf(i) < 0) need.push(i);
          });
        });
      });
      return Promise.all(need.map(loadShard));
    }).then(function () {
      // A clause's matches depend on its terms only (not on the filters), so they are kept for
      // the next query that has the same clause: a filter toggled, a page of hits more.
      var scored = clauses.map(function (c) {
        var key = JSON.stringify(c.terms);
        var known = clauseScores.get(key);
        if (!known) {
          known = scoreClause(c, postings, meta);
          if (clauseScores.size >= 16) clauseScores.delete(clauseScores.keys().next().value || '');
          clauseScores.set(key, known);
        }
        return known;
      });
      var kindCode = o.kind ? meta.kinds.indexOf(o.kind) : -1;
      var plans = meta.plans;
      // Per plan: its matches after the kind filter (counted before the plan and facet
      // filters), and whether it passes those filters.
      /** @type {number[]} */
      var perPlanIndex = plans.map(function () { return 0; });
      var passes = plans.map(function (plan) {
        if (o.plan && o.plan !== plan[0]) return false;
        return FACETS.every(function (fc) {
          var wanted = o[/** @type {'period' | 'region' | 'issuer'} */ (fc[0])];
          return !wanted || facetValues(plan, fc[0]).indexOf(wanted) >= 0;
        });
      });
      var all = intersect(scored);
      var docs = new Int32Array(all.docs.length);
      var scores = new Float32Array(all.docs.length);
      var count = 0;
      var total = 0;
      for (var i = 0; i < all.docs.length; i++) {
        var doc = all.docs[i];
        if (o.kind && meta.docKinds[doc] !== kindCode) continue;
        total += 1;
        var p = meta.docPlans[doc];
        perPlanIndex[p] += 1;
        if (!passes[p]) continue;
        docs[count] = doc;
        scores[count] = all.scores[i];
        count += 1;
      }
      docs = docs.subarray(0, count);
      scores = scores.subarray(0, count);
      var order = rankOrder(docs, scores);
      /** @type {Counts} */
      var perPlan = {};
      /** @type {Record<string, Counts>} */
      var perFacet = {};
      plans.forEach(function (plan, p) {
        var n = perPlanIndex[p];
        if (!n) return;
        perPlan[plan[0]] = (perPlan[plan[0]] || 0) + n;
        FACETS.forEach(function (fc) {
          facetValues(plan, fc[0]).forEach(function (v) {
            var m = perFacet[fc[0]] || (perFacet[fc[0]] = {});
            m[v] = (m[v] || 0) + n;
          });
        });
      });
      return {
        clauses: clauses, total: total, count: count, perPlan: perPlan, perFacet: perFacet,
        docs: docs, scores: scores,
        first: function (/** @type {number} */ k) {
          var places = order(k);
          /** @type {Match[]} */
          var out = [];
          for (var j = 0; j < places.length && j < k; j++) {
            var d = docs[places[j]];
            var plan = plans[meta.docPlans[d]];
            out.push({ doc: d, score: scores[places[j]], plan: plan ? plan[0] : '', kind: meta.kinds[meta.docKinds[d]] });
          }
          return out;
        }
      };
    });
  }

  /** @param {number} doc */
  function fragmentOf(doc) {
    return lastAtMost(meta.fragmentStarts, doc, function (a, b) { return a - b; });
  }

  /**
   * Hits with text. Only the fragments holding the shown hits are loaded.
   * @param {Ranked} ranked
   * @param {number} from
   * @param {number} count
   * @returns {Promise<Hit[]>}
   */
  function hits(ranked, from, count) {
    var shown = ranked.first(from + count).slice(from, from + count);
    if (!shown.length) return Promise.resolve([]);
    /** @type {number[]} */
    var need = [];
    shown.forEach(function (m) {
      var i = fragmentOf(m.doc);
      if (need.indexOf(i) < 0) need.push(i);
    });
    return Promise.all(need.map(function (i) { return file('f/' + i); })).then(function (/** @type {RawFragment[]} */ raw) {
      var frags = raw.map(decodeFragment);
      return shown.map(function (m) {
        var x = frags[need.indexOf(fragmentOf(m.doc))];
        var d = x.docs[m.doc - x.from];
        var title = x.titles[d[2]];
        var planTitle = planOf(m.doc)[1];
        var citation = rowCitation(m.kind, d[1], typeof d[3] === 'string'
          ? '\u300a' + planTitle + '\u300b' + title.split(' \u203a ').join('') + d[3]
          : d[3][0], d[4]);
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

  /**
   * The facets the site offers: the values of each facet some plan has a value for.
   * @returns {Record<string, string[]>}
   */
  function facets() {
    /** @type {Record<string, string[]>} */
    var out = {};
    FACETS.forEach(function (fc) {
      /** @type {string[]} */
      var seen = [];
      meta.plans.forEach(function (p) {
        facetValues(p, fc[0]).forEach(function (v) { if (seen.indexOf(v) < 0) seen.push(v); });
      });
      if (seen.length) out[fc[0]] = seen;
    });
    return out;
  }

  /**
   * The full answer.
   * @param {unknown} q
   * @param {QueryOptions} [opts]
   * @returns {Promise<Answer>}
   */
  function query(q, opts) {
    var o = opts || {};
    var limit = o.limit || 10;
    return rank(q, o).then(function (ranked) {
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
          more: function (/** @type {number} */ from, /** @type {number} */ count) { return hits(ranked, from, count); }
        };
      });
    });
  }

  /**
   * Hits only (the documented API); the array also carries total, perPlan and perFacet.
   * @param {unknown} q
   * @param {QueryOptions} [opts]
   */
  function search(q, opts) {
    return query(q, opts).then(function (r) {
      /** @type {Hit[] & {total?: number, perPlan?: Counts, perFacet?: Record<string, Counts>}} */
      var list = r.hits;
      list.total = r.count;
      list.perPlan = r.perPlan;
      list.perFacet = r.perFacet;
      return list;
    });
  }

  return { rank: rank, query: query, search: search, hits: hits };
}
