"""The compiled build (setup.py with SUKIEN_MYPYC=1, ``make compiled``) codes what the
Python source codes: the same records from the same pages, from C extensions, in one
process and across ingest's worker processes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
VNTC = ROOT.parent / "shared" / "data" / "vntc" / "vntc.jsonl.gz"
# what the build reads: the package and its build files, not build/ or a checkout's caches
SOURCES = ("sukien", "pyproject.toml", "setup.py", "README.md")

pytestmark = pytest.mark.skipif(
    shutil.which("cc") is None
    or not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists(),
    reason="the compiled build needs a C compiler (make system installs gcc) and this "
           "Python's headers")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package built with its stages compiled from a copy of the source (the checkout's
    build/ would ship whatever old objects it holds), installed apart from both."""
    tree = tmp_path_factory.mktemp("tree")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        else:
            shutil.copy2(source, tree / name)
    target = tmp_path_factory.mktemp("compiled")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--target", str(target), str(tree)],
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
                 "sukien.actors.recognize, sukien.model; print(sukien.pipeline.__file__, "
                 "sukien.events.coder.__file__, sukien.actors.recognize.__file__, "
                 "sukien.model.__file__)").split()
    assert len(files) == 4
    assert all(Path(f).is_relative_to(compiled) for f in files)
    assert [Path(f).suffix for f in files] == [".so", ".so", ".so", ".so"]


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


@pytest.mark.slow
def test_the_compiled_build_ingests_with_worker_processes(compiled: Path,
                                                          tmp_path: Path) -> None:
    """Pages, results and the repeated lines cross to the workers pickled (compiled
    records pickle by their constructor's fields); the database holds what one process of
    the source stores."""
    counts = []
    for pythonpath, workers, name in ((ROOT, "1", "source"), (compiled, "2", "compiled")):
        db = str(tmp_path / f"{name}.duckdb")
        _run(pythonpath, tmp_path, "-m", "sukien", "ingest", "--db", db, "--workers", workers,
             str(EXAMPLES), str(DATA))
        counts.append(_run(pythonpath, tmp_path, "-m", "sukien", "stats", "--db", db
                           ).split("\n", 1)[1])
    assert "│ events" in counts[0]
    assert counts[1] == counts[0]
