#!/usr/bin/env bash
# Every benchmark of issue "search index at Pagefind's size, a build faster than mdBook", in one
# run on one machine, written to bench/RESULTS.md:
#   1. build: plansite vs mdBook vs Hugo on the same chapters, as rebuilds and into an empty
#      folder (bench/build.sh: hyperfine, peak RSS);
#   2. search: plansite vs Pagefind 1.6 (extended) on the same built pages (bench/search.mjs:
#      payload bytes and files, first-query requests / bytes / cold time for 8 queries, warm
#      query, recall);
#   3. serve: a one-paragraph edit until the page is served, plansite serve vs mdbook serve
#      (bench/serve-edit.mjs), and plansite serve on the 100- and 1,000-plan sites of step 4;
#   4. scale: N synthetic plans, N = 10 / 100 / 1,000 (bench/scale.sh), with growth exponents,
#      once with stock-phrase sentences and once with sentences drawn from real plans.
#
#   bench/run.sh [RUNS]     # RUNS of hyperfine (default 30); SCALE="10 100" to skip N = 1,000
#
# Installs what is missing (see the scripts). Not a test: nothing here fails on a figure.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-30}"
SCALE="${SCALE:-10 100 1000}"
OUT=target/bench
mkdir -p "$OUT"
[ -d bench/node_modules ] || (cd bench && npm ci --no-audit --no-fund >/dev/null)
[ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null

bench/build.sh "$RUNS" | tee "$OUT/build.txt"

rm -rf "$OUT/public"
target/release/plansite --quiet build --out "$OUT/public"
node bench/search.mjs --public "$OUT/public" | tee "$OUT/search.md"

node bench/serve-edit.mjs --edits 7 | tee "$OUT/serve.md"

# The scale runs' earlier folders are removed only after the last figure (see bench/scale.sh).
export BENCH_TRASH="$OUT/trash"
# shellcheck disable=SC2086
bench/scale.sh $SCALE | tee "$OUT/scale.txt"
# shellcheck disable=SC2086
bench/scale.sh --real-sentences $SCALE | tee "$OUT/scale-real.txt"
rm -rf "$BENCH_TRASH"
# An edit on the 100-plan site of real sentences and on the 1,000-plan site of stock phrases:
# only the edited plan's own pages come first.
: > "$OUT/serve-scale.md"
: > "$OUT/serve-scale-1000.md"
if [ -d "$OUT/scale-real/n100/content" ]; then
  node bench/serve-edit.mjs --edits 5 --content "$OUT/scale-real/n100/content" | tee "$OUT/serve-scale.md"
fi
if [ -d "$OUT/scale/n1000/content" ]; then
  node bench/serve-edit.mjs --edits 3 --content "$OUT/scale/n1000/content" | tee "$OUT/serve-scale-1000.md"
fi

{
  echo "# Benchmarks, one run ($(date -u +%Y-%m-%d), $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  echo "Written by \`bench/run.sh\`; every figure below comes from this one run on this machine."
  echo "$(target/release/plansite --version); $(mdbook --version); $(hugo version | cut -d' ' -f1-2); Pagefind 1.6.0 (extended, npm)."
  echo
  echo "## 1. Build: plansite vs mdBook vs Hugo (\`bench/build.sh\`)"
  echo
  sed -n '/^chapters:/p' "$OUT/build.txt"
  echo
  sed -n '/^Rebuild over/,$p' "$OUT/build.txt"
  echo
  echo "## 2. Search: plansite vs Pagefind on the same pages (\`bench/search.mjs\`)"
  echo
  sed '1s/^# /### /' "$OUT/search.md"
  echo
  echo "## 3. Edit → served: \`plansite serve\` vs \`mdbook serve\` (\`bench/serve-edit.mjs\`)"
  echo
  cat "$OUT/serve.md"
  if [ -s "$OUT/serve-scale.md" ]; then
    echo
    echo "On the 100-plan site of section 4b (\`bench/serve-edit.mjs --content\`; no peer):"
    echo
    cat "$OUT/serve-scale.md"
  fi
  if [ -s "$OUT/serve-scale-1000.md" ]; then
    echo
    echo "On the 1,000-plan site of section 4a (\`bench/serve-edit.mjs --content\`; no peer):"
    echo
    cat "$OUT/serve-scale-1000.md"
  fi
  echo
  echo "## 4. Scale: N synthetic plans (\`bench/scale.sh\`)"
  echo
  echo "### 4a. Sentences from stock phrases (small vocabulary: the query is in about one unit of five)"
  echo
  sed -n '/^query:/,$p' "$OUT/scale.txt"
  echo
  echo "### 4b. Sentences drawn from real plans (\`bench/scale.sh --real-sentences\`)"
  echo
  sed -n '/^query:/,$p' "$OUT/scale-real.txt"
} > bench/RESULTS.md
echo "wrote bench/RESULTS.md"
