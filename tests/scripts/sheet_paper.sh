#!/usr/bin/env bash
# The printed call sheet comes out on the paper asked for: segment --format html prints on US
# Letter (612 x 792 points) by default and on A4 (595 x 842) with --paper a4. Headless Chromium
# (Debian's `chromium`, installed by `make deps`) prints a two-agent list of two vehicles; every
# page's /MediaBox must be that paper's, and each agent's list starts a page of its own.
#   sheet_paper.sh RETORNO SOURCE_DIR
set -eu
retorno=$(realpath "$1")
command -v chromium >/dev/null || { echo "chromium is missing: make deps installs it" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# Two vehicles due for their first maintenance on 2025-06-10 (DOFU + 5 months), one per agent.
cat >vehicles.csv <<'EOF'
vin,dofu,customer_name,phone_mobile,email
JTDFS000000000001,2025-01-10,ANA PEREZ,+528711000001,
JTDFS000000000002,2025-01-10,LUIS GOMEZ,+528711000002,
EOF

# check NAME WIDTH HEIGHT [segment flags]: the sheet printed on WIDTH x HEIGHT points (±1).
check() {
  local name=$1 width=$2 height=$3
  shift 3
  if ! "$retorno" segment --as-of 2025-06-10 --segments first_service --vehicles vehicles.csv --agents ANA,LUIS \
    --format html -o "$name.html" "$@" 2>"$name.err"; then
    echo "segment $* failed:" >&2
    cat "$name.err" >&2
    exit 1
  fi
  grep -q 'ANA PEREZ' "$name.html" || { echo "$name.html lacks the listed customer" >&2; exit 1; }
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer \
    --print-to-pdf="$work/$name.pdf" "file://$work/$name.html" >/dev/null 2>&1
  local pages boxes
  pages=$(grep -a -c '/Type /Page$\|/Type /Page[^s]' "$name.pdf" || true)
  boxes=$(grep -a -o '/MediaBox *\[[^]]*\]' "$name.pdf" | tr -d '[]' | awk '{print $4 "x" $5}' | sort -u | tr '\n' ' ')
  echo "$name.pdf: $pages pages, MediaBox $boxes"
  if [ "$pages" -lt 2 ]; then
    echo "$name.pdf: $pages pages for 2 agents: each agent's list must start on its own page" >&2
    exit 1
  fi
  grep -a -o '/MediaBox *\[[^]]*\]' "$name.pdf" | tr -d '[]' |
    awk -v w="$width" -v h="$height" -v name="$name" '
      { n++; dw = $4 - w; dh = $5 - h
        if (dw < -1 || dw > 1 || dh < -1 || dh > 1) {
          printf "%s.pdf: a page of %s x %s points, not %s x %s\n", name, $4, $5, w, h; bad = 1 } }
      END { if (n == 0) { print name ".pdf: no /MediaBox"; bad = 1 } exit bad }' >&2
}

check letter 612 792
check letter_flag 612 792 --paper letter
check a4 595 842 --paper a4
echo "ok: the call sheet prints on Letter by default and on A4 with --paper a4"
