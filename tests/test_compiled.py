"""The compiled build (setup.py with SUKIEN_MYPYC=1, ``make compiled``) codes what the
Python source codes: the same records from the same pages, from C extensions."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
VNTC = ROOT.parent / "shared" / "data" / "vntc" / "vntc.jsonl.gz"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package built with its stages compiled, installed apart from the source tree."""
    target = tmp_path_factory.mktemp("compiled")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--target", str(target), str(ROOT)],
                   env={**os.environ, "SUKIEN_MYPYC": "1"}, check=True, timeout=1800)
    return target


def _run(pythonpath: Path, cwd: Path, *args: str) -> str:
    """stdout of ``python`` with only ``pythonpath`` before the installed packages, from a
    directory that holds no ``sukien``."""
    done = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(pythonpath)}, check=True,
                          timeout=900)
    return done.stdout


@pytest.mark.slow
def test_the_compiled_stages_are_extensions(compiled: Path, tmp_path: Path) -> None:
    files = _run(compiled, tmp_path, "-c", "import sukien.pipeline, sukien.events.coder, "
                 "sukien.actors.recognize; print(sukien.pipeline.__file__, "
                 "sukien.events.coder.__file__, sukien.actors.recognize.__file__)").split()
    assert len(files) == 3
    assert all(Path(f).suffix == ".so" and Path(f).is_relative_to(compiled) for f in files)


@pytest.mark.slow
def test_the_compiled_build_extracts_what_the_source_extracts(compiled: Path,
                                                              tmp_path: Path) -> None:
    inputs = [str(EXAMPLES), str(DATA)]
    if VNTC.exists():
        # news of every section, beyond the seeds' one kind of event
        sample = tmp_path / "vntc.jsonl"
        sample.write_text(_run(ROOT, tmp_path, "-c", "import gzip, itertools, sys; "
                               f"sys.stdout.writelines(itertools.islice(gzip.open({str(VNTC)!r}, "
                               "'rt', encoding='utf-8'), 0, 84000, 280))"), "utf-8")
        inputs.append(str(sample))
    source = _run(ROOT, tmp_path, "-m", "sukien", "extract", *inputs)
    built = _run(compiled, tmp_path, "-m", "sukien", "extract", *inputs)
    assert source.count("\n") >= 100
    assert '"events": [{' in source
    assert built == source
