"""The front door: ``sukien.process`` and ``sukien.page_results`` over real inputs."""

from __future__ import annotations

import pickle
from pathlib import Path

import sukien
from sukien.clean import NO_REPEATED_LINES, RepeatedLines
from sukien.model import InputDone, Page, PageResult, Rejected, RejectReason
from sukien.options import ProcessOptions, ReadOptions
from sukien.pipeline import Pipeline
from sukien.processing import worker_pipeline
from sukien.read import Reader
from tests.conftest import EXAMPLES, SEED_PAGES, VIETNAMESE


def test_process_yields_results_then_a_resume_marker_per_file(tmp_path: Path) -> None:
    items = list(sukien.process([str(SEED_PAGES[0]), str(tmp_path / "missing.txt")]))
    assert [type(i) for i in items] == [PageResult, InputDone, Rejected]
    result, done, missing = items
    assert isinstance(result, PageResult) and len(result.articles) == 2
    assert isinstance(done, InputDone) and done.path.endswith(SEED_PAGES[0].name)
    assert isinstance(missing, Rejected) and missing.reason is RejectReason.UNREADABLE


def test_page_results_apply_the_runs_read_options(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("Tin thế giới\n" + VIETNAMESE, "utf-8")
    kept = list(sukien.page_results([str(tmp_path / "page.txt")]))
    assert isinstance(kept[0], PageResult)
    strict = ProcessOptions(read=ReadOptions(max_page_bytes=64))
    rejected = list(sukien.page_results([str(tmp_path / "page.txt")], strict))
    assert isinstance(rejected[0], Rejected)
    assert rejected[0].reason is RejectReason.PAGE_TOO_LARGE


def test_one_pipeline_per_process_and_options() -> None:
    options = ProcessOptions(clean=False)
    first = worker_pipeline(options, NO_REPEATED_LINES)
    assert worker_pipeline(options, NO_REPEATED_LINES) is first
    assert first.options.clean is False
    other = worker_pipeline(ProcessOptions(), NO_REPEATED_LINES)
    assert other is not first and other.options.clean is True


def test_records_pickle_by_their_constructors_fields() -> None:
    """Workers and Spark receive pages and send back results pickled; a field the record
    computes itself ('page_id') is computed again, not sent."""
    page = next(p for p in Reader(ReadOptions()).read([str(EXAMPLES)]) if isinstance(p, Page))
    result = Pipeline().process(page)
    assert isinstance(result, PageResult) and result.articles[0].events
    for record in (page, result, RepeatedLines(frozenset({1, 2}))):
        again = pickle.loads(pickle.dumps(record))
        assert again == record and type(again) is type(record)
    assert pickle.loads(pickle.dumps(page)).page_id == page.page_id
