#!/usr/bin/env bash
# Build-time benchmark: `plansite build` (release) against mdBook and Hugo building the same 13
# chapters (content/*/NN.md, front matter stripped) as plain Markdown, timed together by hyperfine,
# once as rebuilds and once into an empty folder. Prints a table of medians and ratios to plansite
# for each, then the peak RSS of one build of each
# (/usr/bin/time -v). Generated projects and outputs stay under
# target/bench/ (not committed).
#
#   bench/build.sh [RUNS]        # default 30 runs after 2 warm-ups
#
# Installs what is missing: hyperfine and hugo (Debian packages, apt-get), mdbook (cargo install).
# Not a test: nothing here fails on a time.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-30}"
BENCH=target/bench

need_apt=()
command -v hyperfine >/dev/null 2>&1 || need_apt+=(hyperfine)
command -v hugo >/dev/null 2>&1 || need_apt+=(hugo)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
command -v mdbook >/dev/null 2>&1 || cargo install mdbook --locked --quiet

cargo build --release --quiet
rm -rf "$BENCH/mdbook" "$BENCH/hugo" "$BENCH/out"
mkdir -p "$BENCH/mdbook/src" "$BENCH/hugo/content" "$BENCH/hugo/layouts/_default" "$BENCH/out"

# The same chapters for both: the body of every content/<plan>/NN.md without its +++ front matter.
strip() { awk 'NR==1 && /^\+\+\+$/ {fm=1; next} fm && /^\+\+\+$/ {fm=0; next} !fm' "$1"; }
{
  echo "[book]"
  echo "title = \"$(sed -n 's/^title = "\(.*\)"/\1/p' plansite.toml | head -1)\""
  echo 'language = "zh-CN"'
} > "$BENCH/mdbook/book.toml"
echo "# Summary" > "$BENCH/mdbook/src/SUMMARY.md"
cat > "$BENCH/hugo/hugo.toml" <<'EOF'
baseURL = "/"
languageCode = "zh-cn"
title = "bench"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
EOF
for layout in single list; do
  cat > "$BENCH/hugo/layouts/_default/$layout.html" <<'EOF'
<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav>{{ range .Site.RegularPages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav>
<main>{{ .Content }}</main></body></html>
EOF
done
chapters=0
for plan in content/*/; do
  slug=$(basename "$plan")
  mkdir -p "$BENCH/hugo/content/$slug"
  for f in "$plan"[0-9][0-9].md; do
    [ -f "$f" ] || continue
    n=$(basename "$f" .md)
    title=$(strip "$f" | sed -n 's/^# //p' | head -1)
    strip "$f" > "$BENCH/mdbook/src/$slug-$n.md"
    echo "- [$title]($slug-$n.md)" >> "$BENCH/mdbook/src/SUMMARY.md"
    { echo '+++'; echo "title = \"${title//\"/\\\"}\""; echo '+++'; strip "$f"; } > "$BENCH/hugo/content/$slug/$n.md"
    chapters=$((chapters + 1))
  done
done
echo "chapters: $chapters (from $(ls -d content/*/ | wc -l) plans)"

root=$PWD
# Two runs of the three tools. "Rebuild": each builds again over its own previous output, as a
# maintainer rebuilds (plansite links the files that did not change, see src/render/output.rs).
# "Into an empty folder": the output is removed before each build (hyperfine --prepare), so every
# file is new.
hyperfine --warmup 2 --runs "$RUNS" --style basic --export-json "$BENCH/build.json" \
  --command-name 'plansite build' "$root/target/release/plansite build --out $root/$BENCH/out/plansite" \
  --command-name 'mdbook build' "mdbook build $root/$BENCH/mdbook -d $root/$BENCH/out/mdbook" \
  --command-name 'hugo' "hugo --quiet -s $root/$BENCH/hugo -d $root/$BENCH/out/hugo"
hyperfine --warmup 2 --runs "$RUNS" --style basic --export-json "$BENCH/build-empty.json" \
  --command-name 'plansite build' --prepare "rm -rf $root/$BENCH/out/plansite" \
  "$root/target/release/plansite build --out $root/$BENCH/out/plansite" \
  --command-name 'mdbook build' --prepare "rm -rf $root/$BENCH/out/mdbook" \
  "mdbook build $root/$BENCH/mdbook -d $root/$BENCH/out/mdbook" \
  --command-name 'hugo' --prepare "rm -rf $root/$BENCH/out/hugo" \
  "hugo --quiet -s $root/$BENCH/hugo -d $root/$BENCH/out/hugo"

table() {
  node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
const med = (x) => x.median * 1000;
const base = med(r[0]);
console.log(`\n${process.argv[2]}\n`);
console.log("| tool | median ms | min ms | max ms | × plansite |");
console.log("|---|---|---|---|---|");
for (const x of r) {
  console.log(`| ${x.command} | ${med(x).toFixed(1)} | ${(x.min * 1000).toFixed(1)} | ${(x.max * 1000).toFixed(1)} | ${(med(x) / base).toFixed(2)} |`);
}' "$1" "$2"
}
table "$BENCH/build.json" "Rebuild over the previous output (hyperfine, $RUNS runs each):"
table "$BENCH/build-empty.json" "Build into an empty folder (hyperfine, $RUNS runs each):"
# Peak resident memory of one build each (/usr/bin/time -v), with the ratio to plansite.
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }'; }
p_plansite=$(peak "$root/target/release/plansite" --quiet build --out "$root/$BENCH/out/plansite")
p_mdbook=$(peak mdbook build "$root/$BENCH/mdbook" -d "$root/$BENCH/out/mdbook")
p_hugo=$(peak hugo --quiet -s "$root/$BENCH/hugo" -d "$root/$BENCH/out/hugo")
echo
echo "| tool | peak RSS MiB | × plansite |"
echo "|---|---|---|"
for t in plansite mdbook hugo; do
  v="p_$t"
  awk -v t="$t" -v v="${!v}" -v b="$p_plansite" 'BEGIN { printf "| %s | %s | %.2f |\n", t, v, v / b }'
done
echo
for d in plansite mdbook hugo; do
  printf '%s output: %s files, %s\n' "$d" "$(find "$BENCH/out/$d" -type f | wc -l)" "$(du -sh "$BENCH/out/$d" | cut -f1)"
done
echo "versions: $(target/release/plansite --version); $(mdbook --version); $(hugo version | cut -d' ' -f1-2); $(hyperfine --version)"
