"""Census of indicator phrases over a folder of reports: fragments by class, the commonest
indicators, and a random sample of records to read by eye.

    python benchmarks/indicator_census.py                      # ../shared/corpus/more
    python benchmarks/indicator_census.py ../shared/corpus --sample 100 --seed 3
    PYTHONPATH=/path/to/other/checkout python benchmarks/indicator_census.py   # "before"

Fragments are classified by tests/fragment_util.py (the same definition the corpus test uses).
Nothing here asserts; it prints.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fragment_util import CLASSES, fragment_kind  # noqa: E402

import ningbo_indicators  # noqa: E402
from ningbo_indicators import extract  # noqa: E402

SHARED = Path(os.environ.get("NINGBO_SHARED", ROOT.parent / "shared"))


def _records(path: Path) -> list[tuple[str, str, str, str]]:
    text = path.read_text(encoding="utf-8")
    return [(r.text, r.indicator, r.dimension, r.sentence) for r in extract(text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(SHARED / "corpus" / "more"))
    parser.add_argument("--sample", type=int, default=0, help="print N random records")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top", type=int, default=30, help="print the N commonest indicators")
    args = parser.parse_args()

    files = sorted(p for p in Path(args.folder).rglob("*.md") if p.name != "README.md")
    print(f"# {len(files)} reports under {args.folder} (engine: {ningbo_indicators.__file__})")
    with ProcessPoolExecutor() as pool:
        per_file = list(pool.map(_records, files, chunksize=4))
    rows = [(f, *r) for f, recs in zip(files, per_file) for r in recs]
    classes = Counter(fragment_kind(r[2], r[3]) for r in rows)
    classes.pop(None, None)
    print(f"records: {len(rows)}; fragment indicators: {sum(classes.values())}")
    for name in CLASSES:
        print(f"  {name:12} {classes.get(name, 0)}")
    if args.top:
        print(f"\n# the {args.top} commonest indicators")
        for indicator, n in Counter(r[2] for r in rows).most_common(args.top):
            print(f"  {n:6}  {indicator!r}")
    if args.sample:
        print(f"\n# {args.sample} random records: text | indicator | sentence")
        random.Random(args.seed).shuffle(rows)
        for f, text, indicator, _, sentence in rows[: args.sample]:
            print(f"  {text} | {indicator} | {sentence[:120]}  [{f.relative_to(args.folder)}]")


if __name__ == "__main__":
    main()
