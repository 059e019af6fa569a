#!/usr/bin/env bash
# A jq session over the JSON Lines of the bundled report (needs jq).
set -euo pipefail

# This year's growth targets: indicator and figure as written
ningbo-indicators extract --status target --kind growth \
  | jq -r '[.indicator, .text] | @tsv'

# Last year's money figures above 100 亿元, largest first
ningbo-indicators extract --status actual --dimension currency --min 1e10 \
  | jq -s -r 'sort_by(-.base_value) | .[] | "\(.indicator)\t\(.base_value / 1e8) 亿元"'

# How many mentions of each kind
ningbo-indicators extract | jq -s -r 'group_by(.kind) | .[] | "\(.[0].kind)\t\(length)"'
