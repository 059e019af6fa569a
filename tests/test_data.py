"""Data integrity: the bundled report is the seed, byte for byte, and loads from the package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_seed_equals_packaged_copy():
    seed = (REPO / "seeds" / "ningbo-2024.txt").read_bytes()
    packaged = (resources.files("ningbo_indicators") / "data" / "ningbo-2024.txt").read_bytes()
    assert seed == packaged


def test_seed_equals_shared_seed():
    shared = REPO.parent / "shared" / "seeds" / "000_3f4cd6ef9f8c80b8.txt"
    if shared.exists():
        assert shared.read_bytes() == (REPO / "seeds" / "ningbo-2024.txt").read_bytes()


def test_bundled_text_decodes(report_text):
    assert report_text.startswith("【上接第1版】") and len(report_text) > 15000
