from __future__ import annotations

import json
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


HOSTILE_PAGE = ROOT / "tests" / "data" / "hostile_page.txt"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, a page full of injected markup whose source URL is ``javascript:``,
    and a binary file (a rejection to list)."""
    folder = tmp_path_factory.mktemp("web")
    inputs = folder / "in"
    inputs.mkdir()
    for page in SEED_PAGES:
        (inputs / page.name).write_bytes(page.read_bytes())
    record = {"url": "javascript:document.body.dataset.pwned='url'",
              "text": HOSTILE_PAGE.read_text("utf-8")}
    (inputs / "hostile.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    (inputs / "photo.txt").write_bytes(bytes(range(256)) * 8)
    db = folder / "web.duckdb"
    result = run_cli("ingest", str(inputs), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db
