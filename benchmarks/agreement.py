"""Agreement of the readers with the plain text, on a random sample of the corpus.

    python benchmarks/agreement.py [--seed 3] [--count 80]

Each sampled report of ../shared/corpus is rendered as a PDF, a web page (modern or legacy
layout, at random) and a .docx by tests/formats.py (reportlab and python-docx, the test
extras), read back, and the multiset of (value, unit) the extractor finds is compared with that
of the plain text. Prints the reports that differ and the precision and recall per format.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NINGBO_SHARED", ROOT.parent / "shared")) / "corpus"
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--count", type=int, default=80)
    args = parser.parse_args()
    import formats as F

    from ningbo_indicators.readers import read_source

    files = sorted(CORPUS.glob("*/*.md")) + sorted(CORPUS.glob("more/*/*/*.md"))
    if not files:
        sys.exit(f"no corpus at {CORPUS}")
    rng = random.Random(args.seed)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for path in rng.sample(files, min(args.count, len(files))):
            text = path.read_text("utf-8")
            report_blocks = F.blocks(text)
            if not report_blocks:
                continue
            reference = F.figures(text)
            rendered = {
                "pdf": folder / "r.pdf",
                "html": folder / "r.html",
                "docx": folder / "r.docx",
            }
            F.render_pdf(report_blocks, rendered["pdf"], header=F.RUNNING_HEADER,
                         footer=rng.choice(["dash", "of"]))  # fmt: skip
            template = rng.choice(["modern", "legacy"])
            rendered["html"].write_bytes(F.render_html(report_blocks, "政府工作报告", template))
            F.render_docx(report_blocks, rendered["docx"])
            notes = []
            for fmt, file in rendered.items():
                src = read_source(file)
                found = F.figures(src.text, src.pages)
                both = sum((reference & found).values())
                t = totals[fmt]
                t[0], t[1], t[2] = (
                    t[0] + both,
                    t[1] + sum(reference.values()),
                    t[2] + sum(found.values()),
                )
                if found != reference:
                    notes.append(
                        f"{fmt}: missing {dict(reference - found)} extra {dict(found - reference)}"
                    )
            if notes:
                print(path.relative_to(CORPUS), " | ".join(notes))
    for fmt, (both, ref, found) in totals.items():
        print(f"{fmt}: precision {both / max(1, found):.5f} ({both}/{found}), "
              f"recall {both / max(1, ref):.5f} ({both}/{ref})")  # fmt: skip


if __name__ == "__main__":
    main()
