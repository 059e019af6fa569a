#!/usr/bin/env bash
# Batch: every report of a folder (text, PDF, saved web pages, Word) to one CSV each, in the
# same tree of folders, plus combined.csv at the top, ready for Excel.
#   examples/batch_export.sh REPORTS_DIR OUT_DIR
set -euo pipefail
reports="${1:?folder of reports (*.txt, *.md, *.pdf, *.html, *.docx)}"
out="${2:-out}"
ningbo-indicators export "$out" "$reports" --format csv --bom --jobs 2
echo "wrote $(find "$out" -type f -name '*.csv' | wc -l) files to $out" >&2
