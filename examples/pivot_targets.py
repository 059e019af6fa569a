"""Load the JSON Lines of a report with pandas and pivot the targets by indicator.

ningbo-indicators extract > records.jsonl
python examples/pivot_targets.py records.jsonl
"""

import sys

import pandas as pd


def main(path: str) -> None:
    records = pd.read_json(path, lines=True)
    targets = records[records["status"] == "target"]
    table = targets.pivot_table(index="indicator", columns="kind", values="value", aggfunc="first")
    rates = table.dropna(subset=[c for c in ("growth", "ratio") if c in table], how="all")
    print(rates.to_string())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "records.jsonl")
