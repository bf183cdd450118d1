from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sukien.options import ReadOptions
from sukien.read import Reader

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "sukien" / "examples"
SEED_PAGES = sorted(EXAMPLES.glob("*.txt"))

# A real sentence from the seeds, used to build inputs that must be accepted.
VIETNAMESE = (
    "Bộ trưởng Quốc phòng Nga Andrei Belousov và người đồng cấp Mỹ Lloyd Austin, ngày 25-6, "
    "đã thảo luận về vấn đề Ukraine trong cuộc điện đàm theo sáng kiến của Washington.\n"
    "Theo Bộ Quốc phòng Nga, hai bên đã trao đổi quan điểm về tình hình xung quanh vấn đề "
    "Ukraine.\n"
)


@pytest.fixture
def reader() -> Reader:
    return Reader(ReadOptions())


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> (
    subprocess.CompletedProcess[str]
):
    return subprocess.run(
        [sys.executable, "-m", "sukien", *args],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
        check=False,
    )
