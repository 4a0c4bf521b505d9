#!/usr/bin/env bash
# Scale benchmark: N synthetic plans (examples/scale_corpus.rs, the seeds' grammar) imported and
# built by the release binary, for each N given (default 10 100 1000). Reports per N: import and
# build wall time and peak memory (/usr/bin/time -v), public/ size, search index size, and a first
# query in headless Chromium (bench/scale-query.mjs: requests, bytes fetched, time to first hit,
# warm query median). Everything is written under target/bench/scale/ (not committed); the table
# is printed and saved as target/bench/scale/results.md.
#
#   bench/scale.sh [--real-sentences] [N ...]
#
# By default the plans' sentences are made from stock phrases (a small vocabulary: every policy
# phrase is frequent). With --real-sentences they are drawn from the shipped seeds and the
# development corpus (../shared/seeds, ../shared/corpus), so terms are about as frequent as in real
# plans; results then go to target/bench/scale-real/.
#
# Needs: the Rust toolchain, node with the repo's npm packages (npm ci), /usr/bin/chromium,
# /usr/bin/time (Debian package time; installed if missing). Not a test: nothing fails on a time.
#
# Each site gets the shipped taxonomy (content/topics.toml, 18 topics, without its hand-made
# include and exclude lines, which name units of the shipped plans), so topic pages are measured
# as a real site has them.
#
# With BENCH_TRASH=DIR, the folders of earlier runs are moved into DIR instead of removed, for
# the caller to remove once every figure is taken (bench/run.sh does): on ext4, files created in
# the minutes after tens of thousands were removed take several times the system time (the
# inode allocator skips recently freed inodes), which would be measured as the build's.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench/scale
GEN=()
SENTENCES="stock phrases"
if [ "${1:-}" = "--real-sentences" ]; then
  shift
  OUT=target/bench/scale-real
  shopt -s nullglob
  real=(../shared/seeds/*.txt ../shared/corpus/*.txt)
  shopt -u nullglob
  if [ ${#real[@]} -eq 0 ]; then
    echo "error: --real-sentences needs the plan texts of ../shared/seeds and ../shared/corpus" >&2
    exit 1
  fi
  GEN=(--sentences "${real[@]}")
  SENTENCES="drawn from ${#real[@]} real plans (../shared/seeds, ../shared/corpus)"
fi
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10 100 1000)
QUERY="${QUERY:-长期护理保险}"
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
cargo build --release --quiet --bin plansite --example scale_corpus
BIN=target/release/plansite
mkdir -p "$OUT"

# Wall seconds and peak RSS (MiB) from a /usr/bin/time -v log.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$1"; }
peak() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
mib() { du -sb "$1" | awk '{ printf "%.1f", $1 / 1048576 }'; }
# Removes a folder, or moves it into $BENCH_TRASH to be removed later.
discard() {
  [ -e "$1" ] || return 0
  if [ -n "${BENCH_TRASH:-}" ]; then
    mkdir -p "$BENCH_TRASH"
    mv "$1" "$(mktemp -d "$BENCH_TRASH/old-XXXXXX")/"
  else
    rm -rf "$1"
  fi
}

table="| N | seed text | distinct search terms | import s | import peak MiB | build s | build peak MiB | pages | largest page KiB | public/ MiB | search/ MiB | search payload ÷ text | search files | largest index file KiB | first query: search requests (client + index) | first query: KiB (client + index) | first query: ms to first hit | warm query median ms |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
# One line per N measured (kept across runs, so `scale.sh 10 100` then `scale.sh 1000` add up).
touch "$OUT/rows.tsv"
for n in "${SIZES[@]}"; do
  d="$OUT/n$n"
  discard "$d"
  mkdir -p "$d"
  target/release/examples/scale_corpus "$n" "$d/seeds" "${GEN[@]}" >/dev/null
  /usr/bin/time -v "$BIN" import --seeds "$d/seeds" --content "$d/content" >"$d/import.log" 2>&1 ||
    { tail -20 "$d/import.log"; exit 1; }
  node -e '
const fs = require("fs");
const t = fs.readFileSync("content/topics.toml", "utf8");
fs.writeFileSync(process.argv[1], t.replace(/^(include|exclude)\s*=\s*\[[^\]]*\]\s*$/gm, ""));' "$d/content/topics.toml"
  if ! /usr/bin/time -v "$BIN" --verbose build --content "$d/content" --out "$d/public" >"$d/build.log" 2>&1; then
    # A failed build is a result too: its time, peak memory and error go in the table.
    err=$(grep -m1 -i 'error' "$d/build.log" || true)
    line="| $n | $(mib "$d/seeds") MiB | | $(wall "$d/import.log") | $(peak "$d/import.log") | $(wall "$d/build.log") (failed) | $(peak "$d/build.log") | build failed: ${err//|/\\|} ||||||||||"
    echo "$line"
    table="$table
$line"
    rm -rf "$d"/public.build-*
    continue
  fi
  pages=$(find "$d/public" -name '*.html' | wc -l)
  # The largest HTML page a reader may open (the site-wide lists grow with the plans up to
  # `list_limit`, see README).
  largest_page=$(find "$d/public" -name '*.html' -printf '%s\n' | sort -n | tail -1)
  largest=$(find "$d/public/search" -name '*.js' -printf '%s\n' | sort -n | tail -1)
  q=$(node bench/scale-query.mjs --public "$d/public" --query "$QUERY")
  echo "$q" > "$d/query.json"
  row=$(node -e '
    const q = JSON.parse(process.argv[1]);
    const k = (b) => (b / 1024).toFixed(1);
    console.log(`${q.searchRequests} | ${k(q.searchBytes)} | ${q.firstMs} | ${q.warmMedianMs}`);' "$q")
  # Payload: search/ + the client; text: the seeds' bytes (what is indexed, plus headings).
  payload=$(( $(du -sb "$d/public/search" | cut -f1) + $(stat -c %s "$d/public/static/search.js") ))
  files=$(( $(find "$d/public/search" -type f | wc -l) + 1 ))
  text=$(du -sb "$d/seeds" | cut -f1)
  ratio=$(awk -v a="$payload" -v b="$text" 'BEGIN { printf "%.2f", a / b }')
  terms=$(grep -o '[0-9]* terms' "$d/build.log" | head -1 | cut -d' ' -f1)
  line="| $n | $(mib "$d/seeds") MiB | ${terms:-?} | $(wall "$d/import.log") | $(peak "$d/import.log") | $(wall "$d/build.log") | $(peak "$d/build.log") | $pages | $((largest_page / 1024)) | $(mib "$d/public") | $(mib "$d/public/search") | $ratio | $files | $((largest / 1024)) | $row |"
  { grep -v "^$n	" "$OUT/rows.tsv" || true; } > "$OUT/rows.tmp" && mv "$OUT/rows.tmp" "$OUT/rows.tsv"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$(wall "$d/build.log")" "$(peak "$d/build.log")" "$payload" "$(echo "$q" | node -e 'const q=JSON.parse(require("fs").readFileSync(0,"utf8"));console.log(q.searchBytes)')" "$(echo "$q" | node -e 'const q=JSON.parse(require("fs").readFileSync(0,"utf8"));console.log(q.warmMedianMs)')" "$largest" "$largest_page" >> "$OUT/rows.tsv"
  echo "$line"
  table="$table
$line"
  # Keep the disk use of the largest runs bounded: drop the site once measured.
  [ "$n" -lt 1000 ] || discard "$d/public"
done
echo
echo "query: $QUERY; sentences: $SENTENCES; taxonomy: the shipped one ($(grep -c '^\[\[topic\]\]' content/topics.toml) topics); $(nproc) cores; $("$BIN" --version)"
echo "$table" | tee "$OUT/results.md"
# Growth exponents between consecutive sizes: cost ∝ N^k, k = ln(c2/c1) / ln(N2/N1).
node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").filter(Boolean).map((l) => l.split("\t").map(Number)).sort((a, b) => a[0] - b[0]);
const names = ["build s", "build peak MiB", "search payload bytes", "first query bytes", "warm query ms", "largest index file bytes", "largest page bytes"];
console.log("\n| growth exponent k (cost ∝ N^k) | " + names.join(" | ") + " |");
console.log("|---|" + names.map(() => "---").join("|") + "|");
for (let i = 1; i < rows.length; i++) {
  const [a, b] = [rows[i - 1], rows[i]];
  const k = names.map((_, j) => (Math.log(b[j + 1] / a[j + 1]) / Math.log(b[0] / a[0])).toFixed(2));
  console.log(`| N = ${a[0]} → ${b[0]} | ${k.join(" | ")} |`);
}' "$OUT/rows.tsv" | tee -a "$OUT/results.md"
