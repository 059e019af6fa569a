#!/usr/bin/env bash
# Batch: every report of a folder to one CSV each plus combined.csv, ready for Excel.
#   examples/batch_export.sh REPORTS_DIR OUT_DIR
set -euo pipefail
reports="${1:?folder of reports (*.txt, *.md)}"
out="${2:-out}"
ningbo-indicators export "$out" "$reports" --format csv --bom --jobs 2
echo "wrote $(ls "$out" | wc -l) files to $out" >&2
