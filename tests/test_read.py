"""The read stage: every kind of input ends as a page or a typed rejection."""

from __future__ import annotations

import gzip
import io
import json
import os
import tracemalloc
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sukien.cli.options import build_read_options
from sukien.errors import InputRejected
from sukien.model import (
    Container,
    InputDone,
    Page,
    PageKind,
    PageResult,
    Rejected,
    RejectReason,
)
from sukien.options import ReadOptions
from sukien.pipeline import Pipeline
from sukien.read import Reader
from sukien.read.decode import decode_bytes
from tests.conftest import SEED_PAGES, VIETNAMESE


def read_all(reader: Reader, *paths: Path | str) -> list[Page | Rejected]:
    return [item for item in reader.read([str(p) for p in paths])
            if not isinstance(item, InputDone)]


def only(items: list[Page | Rejected]) -> Page | Rejected:
    assert len(items) == 1, items
    return items[0]


def test_seed_pages_are_read_as_vietnamese_utf8_text(reader: Reader) -> None:
    pages = read_all(reader, *SEED_PAGES)
    assert [type(p) for p in pages] == [Page] * 5
    for page, path in zip(pages, SEED_PAGES, strict=True):
        assert isinstance(page, Page)
        assert page.kind is PageKind.TEXT and page.encoding == "utf-8"
        assert page.name == path.name
        assert page.content == unicodedata.normalize("NFC", path.read_text("utf-8"))


def test_directory_is_read_recursively_and_reports_each_file_done(
    reader: Reader, tmp_path: Path
) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text(VIETNAMESE, "utf-8")
    (tmp_path / "top.txt").write_text(VIETNAMESE + "Thêm một dòng.\n", "utf-8")
    items = list(reader.read([str(tmp_path)]))
    assert sum(isinstance(i, Page) for i in items) == 2
    assert sum(isinstance(i, InputDone) for i in items) == 2


def test_missing_path_is_a_rejection(reader: Reader, tmp_path: Path) -> None:
    item = only(read_all(reader, tmp_path / "nope.txt"))
    assert isinstance(item, Rejected) and item.reason is RejectReason.UNREADABLE


def test_utf8_bom_utf16_and_bomless_utf16_decode_to_the_same_text(
    reader: Reader, tmp_path: Path
) -> None:
    variants = {
        "bom8.txt": VIETNAMESE.encode("utf-8-sig"),
        "bom16.txt": VIETNAMESE.encode("utf-16"),
        "le16.txt": VIETNAMESE.encode("utf-16-le"),
        "be16.txt": VIETNAMESE.encode("utf-16-be"),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    for name in variants:
        page = only(read_all(reader, tmp_path / name))
        assert isinstance(page, Page), (name, page)
        assert page.content == VIETNAMESE


def test_windows_1258_page_is_detected_and_composed_to_nfc(
    reader: Reader, tmp_path: Path
) -> None:
    (tmp_path / "legacy.txt").write_bytes(to_cp1258(VIETNAMESE))
    page = only(read_all(reader, tmp_path / "legacy.txt"))
    assert isinstance(page, Page)
    assert page.encoding == "cp1258"
    assert page.content == VIETNAMESE


_SHAPE_MARKS = "\u0302\u0306\u031b"  # circumflex, breve, horn: precomposed in Windows-1258


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: shaped vowels precomposed, tones as combining marks."""
    out: list[str] = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = decomposed[0] + "".join(m for m in decomposed[1:] if m in _SHAPE_MARKS)
        tones = "".join(m for m in decomposed[1:] if m not in _SHAPE_MARKS)
        out.append(unicodedata.normalize("NFC", base) + tones)
    return "".join(out).encode("cp1258")


def test_binary_files_are_rejected_as_binary(reader: Reader, tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 40)
    for name in ("image.txt", "noise.txt"):
        item = only(read_all(reader, tmp_path / name))
        assert isinstance(item, Rejected) and item.reason is RejectReason.BINARY, item


def test_empty_and_blank_pages_are_rejected_as_empty(reader: Reader, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.html").write_bytes(b"  \n\t\n")
    (tmp_path / "tags.html").write_bytes(b"<html><body><div></div></body></html>")
    for name in ("empty.txt", "blank.html", "tags.html"):
        item = only(read_all(reader, tmp_path / name))
        assert isinstance(item, Rejected) and item.reason is RejectReason.EMPTY, item


def test_undecodable_bytes_are_rejected(reader: Reader, tmp_path: Path) -> None:
    # Valid UTF-8 up to a byte that no candidate encoding can map (0x81 is unassigned in
    # cp1258 and the detector's guesses).
    data = VIETNAMESE.encode("utf-8") + b"\x81\x8d\x8f\x90\x9d" * 50
    try:
        decode_bytes(data, lambda text: 0.0)
    except InputRejected as exc:
        assert exc.reason in {RejectReason.UNDECODABLE, RejectReason.BINARY}
    else:
        # a detector may still find a single-byte reading; then language must decide
        (tmp_path / "odd.txt").write_bytes(data)
        item = only(read_all(reader, tmp_path / "odd.txt"))
        assert isinstance(item, Page | Rejected)


def test_english_text_is_rejected_as_not_vietnamese(reader: Reader, tmp_path: Path) -> None:
    english = (
        "The defence ministers of Russia and the United States spoke by phone on Tuesday, "
        "the first such call in more than a year, officials in Washington said.\n"
    )
    (tmp_path / "english.txt").write_text(english * 3, "utf-8")
    item = only(read_all(reader, tmp_path / "english.txt"))
    assert isinstance(item, Rejected) and item.reason is RejectReason.NOT_VIETNAMESE
    assert "words" in item.detail


def test_html_page_keeps_markup_and_honours_meta_charset(reader: Reader, tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1258"><title>Điện đàm</title></head><body>'
        f"<article><p>{VIETNAMESE}</p></article></body></html>"
    )
    (tmp_path / "page.html").write_bytes(to_cp1258(html))
    page = only(read_all(reader, tmp_path / "page.html"))
    assert isinstance(page, Page) and page.kind is PageKind.HTML
    assert page.encoding == "cp1258"
    assert "<article>" in page.content and "Quốc phòng" in page.content


def _jsonl(records: list[object]) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode()) + b"\n"
        for r in records
    )


def test_jsonl_fields_and_a_malformed_line_among_good_ones(
    reader: Reader, tmp_path: Path
) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_bytes(_jsonl([
        {"id": "a1", "text": VIETNAMESE, "url": "https://example.vn/a", "published": "2024-06-25"},
        b'{"id": "broken", "text": "unterminated',
        {"id": "a2", "content": VIETNAMESE + "Hai."},
        {"id": "a3", "title": "no text field"},
        [1, 2, 3],
    ]))
    items = read_all(reader, path)
    assert [type(i) for i in items] == [Page, Rejected, Page, Rejected, Rejected]
    first = items[0]
    assert isinstance(first, Page)
    assert (first.url, first.published, first.external_id, first.container) == (
        "https://example.vn/a", "2024-06-25", "a1", Container.JSONL)
    reasons = [i.reason for i in items if isinstance(i, Rejected)]
    assert reasons == [RejectReason.MALFORMED_JSON, RejectReason.MISSING_FIELD,
                       RejectReason.MALFORMED_JSON]
    assert items[1].source == f"{path}:2"


def test_jsonl_field_names_come_from_options(tmp_path: Path) -> None:
    from sukien.options import JsonlFields

    path = tmp_path / "custom.jsonl"
    path.write_bytes(_jsonl([{"noi_dung": VIETNAMESE, "ngay": "2024-11-27"}]))
    reader = Reader(ReadOptions(jsonl=JsonlFields(text=("noi_dung",), published=("ngay",))))
    page = only(read_all(reader, path))
    assert isinstance(page, Page) and page.published == "2024-11-27"


def test_truncated_gzip_keeps_the_lines_before_the_cut(reader: Reader, tmp_path: Path) -> None:
    payload = _jsonl([{"id": str(i), "text": VIETNAMESE * 20 + str(i)} for i in range(50)])
    compressed = gzip.compress(payload)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(compressed[: len(compressed) * 2 // 3])
    items = read_all(reader, path)
    assert isinstance(items[-1], Rejected)
    assert items[-1].reason is RejectReason.TRUNCATED_GZIP
    assert 0 < sum(isinstance(i, Page) for i in items) < 50


def test_jsonl_line_over_the_limit_is_rejected_and_the_next_line_read(tmp_path: Path) -> None:
    reader = Reader(ReadOptions(max_line_bytes=4096))
    path = tmp_path / "long.jsonl"
    path.write_bytes(_jsonl([{"text": VIETNAMESE * 100}, {"text": VIETNAMESE}]))
    items = read_all(reader, path)
    assert [type(i) for i in items] == [Rejected, Page]
    assert items[0].reason is RejectReason.LINE_TOO_LONG  # type: ignore[union-attr]


def test_50mb_single_line_file_is_rejected_with_bounded_memory(
    reader: Reader, tmp_path: Path
) -> None:
    path = tmp_path / "huge.txt"
    line = ("Bộ Quốc phòng Nga " * 64).encode()
    with path.open("wb") as out:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            out.write(line)
    assert path.stat().st_size > 50 * 1024 * 1024
    tracemalloc.start()
    item = only(read_all(reader, path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert isinstance(item, Rejected) and item.reason is RejectReason.LINE_TOO_LONG
    assert peak < 16 * 1024 * 1024


def test_page_over_the_size_limit_is_rejected(tmp_path: Path) -> None:
    reader = Reader(ReadOptions(max_page_bytes=64 * 1024))
    path = tmp_path / "big.txt"
    path.write_text(VIETNAMESE * 400, "utf-8")
    item = only(read_all(reader, path))
    assert isinstance(item, Rejected) and item.reason is RejectReason.PAGE_TOO_LARGE


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                   protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                           http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()


def test_warc_response_records_become_pages_and_images_rejections(
    reader: Reader, tmp_path: Path
) -> None:
    html = f"<html><body><article><p>{VIETNAMESE}</p></article></body></html>".encode()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc([
        ("https://example.vn/tin", "text/html; charset=utf-8", html),
        ("https://example.vn/anh.png", "image/png", b"\x89PNG" + bytes(100)),
    ]))
    items = read_all(reader, path)
    assert [type(i) for i in items] == [Page, Rejected]
    page = items[0]
    assert isinstance(page, Page)
    assert page.url == "https://example.vn/tin" and page.container is Container.WARC
    assert page.published is not None and len(page.published) == 10
    assert items[1].reason is RejectReason.UNSUPPORTED_TYPE  # type: ignore[union-attr]


def test_malformed_warc_is_rejected(reader: Reader, tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nthis is not a header block\r\n\r\n" + b"x" * 100)
    items = read_all(reader, path)
    assert items and all(isinstance(i, Rejected) for i in items)
    assert items[0].reason is RejectReason.MALFORMED_WARC  # type: ignore[union-attr]


def test_stdin_is_sniffed(reader: Reader) -> None:
    items = list(reader.read(["-"], stdin=io.BytesIO(VIETNAMESE.encode())))
    page = only([i for i in items if not isinstance(i, InputDone)])
    assert isinstance(page, Page) and page.container is Container.STDIN


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_decoding_arbitrary_bytes_returns_text_or_a_typed_rejection(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, lambda text: 0.0)
    except InputRejected as exc:
        assert isinstance(exc.reason, RejectReason)
    else:
        assert text == unicodedata.normalize("NFC", text) and encoding


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)),
                max_size=8))
def test_reading_arbitrary_jsonl_lines_never_raises(lines: list[bytes]) -> None:
    reader = Reader(ReadOptions())
    stream = io.BytesIO(b"\n".join(lines))
    items = list(reader._read_stream(stream, "<test>", "test", None))
    assert all(isinstance(i, Page | Rejected) for i in items)


def _plain_warc(html: bytes, count: int, with_uri: bool = True) -> bytes:
    """An uncompressed WARC of ``count`` response records (optionally without their
    WARC-Target-URI, as some crawlers write them)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for number in range(count):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        record = writer.create_warc_record(f"https://example.vn/{number}", "response",
                                           payload=io.BytesIO(html), http_headers=headers)
        if not with_uri:
            record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    return buffer.getvalue()


HTML = f"<html><body><article><p>{VIETNAMESE}</p></article></body></html>".encode()


def test_a_warc_cut_mid_record_keeps_its_whole_records_only(reader: Reader,
                                                             tmp_path: Path) -> None:
    whole = _plain_warc(HTML, 2)
    path = tmp_path / "cut.warc"
    path.write_bytes(whole[:len(whole) - 40])
    items = read_all(reader, path)
    assert [type(i) for i in items] == [Page, Rejected]
    assert items[1].reason is RejectReason.TRUNCATED_WARC  # type: ignore[union-attr]
    assert "missing" in items[1].detail  # type: ignore[union-attr]


def test_a_cut_warc_gz_is_never_silent(reader: Reader, tmp_path: Path) -> None:
    whole = _warc([(f"https://example.vn/{n}", "text/html", HTML) for n in range(3)])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole[:int(len(whole) * 0.6)])
    items = read_all(reader, path)
    assert [type(i) for i in items] == [Page, Rejected]
    assert items[-1].reason is RejectReason.TRUNCATED_WARC  # type: ignore[union-attr]


def test_a_warc_record_without_target_uri_is_malformed_not_a_crash(
        reader: Reader, tmp_path: Path) -> None:
    path = tmp_path / "nouri.warc"
    path.write_bytes(_plain_warc(HTML, 2, with_uri=False))
    rejected = only(read_all(reader, path))
    assert isinstance(rejected, Rejected) and rejected.reason is RejectReason.MALFORMED_WARC
    assert "WARC-Target-URI" in rejected.detail


def test_a_zero_byte_or_blank_jsonl_gz_is_rejected_as_empty(tmp_path: Path) -> None:
    zero = tmp_path / "zero.jsonl.gz"
    zero.write_bytes(b"")
    blank = tmp_path / "blank.jsonl.gz"
    with gzip.open(blank, "wb") as out:
        out.write(b"\n" * 300_000)
    reader = Reader(ReadOptions(max_page_bytes=100_000))
    assert only(read_all(reader, zero)).reason is RejectReason.EMPTY  # type: ignore[union-attr]
    rejected = only(read_all(reader, blank))
    assert isinstance(rejected, Rejected) and rejected.reason is RejectReason.EMPTY
    assert "blank lines" in rejected.detail


def test_a_symlink_loop_and_an_unlistable_folder_are_rejections(
        reader: Reader, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    crawl = tmp_path / "crawl"
    (crawl / "locked").mkdir(parents=True)
    (crawl / "a").symlink_to(crawl / "b")
    (crawl / "b").symlink_to(crawl / "a")
    (crawl / "page.txt").write_text("Tin thế giới\n" + VIETNAMESE, "utf-8")
    real_scandir = os.scandir

    def scandir(path: str | Path) -> Any:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = read_all(reader, crawl)
    reasons = {Path(i.source).name: i.reason for i in items if isinstance(i, Rejected)}
    assert reasons == {"a": RejectReason.SYMLINK_LOOP, "b": RejectReason.SYMLINK_LOOP,
                       "locked": RejectReason.UNREADABLE}
    assert sum(isinstance(i, Page) for i in items) == 1
    # a loop named on the command line is the same rejection
    loop = only(read_all(reader, crawl / "a"))
    assert isinstance(loop, Rejected) and loop.reason is RejectReason.SYMLINK_LOOP


def test_a_feed_item_s_title_and_summary_make_a_short_article(tmp_path: Path) -> None:
    title = "Bộ trưởng Quốc phòng Nga, Mỹ điện đàm"
    teaser = ("Bộ trưởng Quốc phòng Nga Andrei Belousov và người đồng cấp Mỹ Lloyd Austin, "
              "ngày 25-6, đã thảo luận về vấn đề Ukraine trong cuộc điện đàm.")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"title": title, "summary": teaser, "link": "https://x.vn/a"},
                               ensure_ascii=False) + "\n"
                    + json.dumps({"tieu_de": title, "mo_ta": teaser}, ensure_ascii=False)
                    + "\n", "utf-8")
    pages = [p for p in Reader(ReadOptions()).read([str(feed)]) if isinstance(p, Page)]
    assert len(pages) == 1 and pages[0].content.split("\n") == [title, teaser]
    result = Pipeline().process(pages[0])
    assert isinstance(result, PageResult) and result.articles[0].title == title
    named = build_read_options(text_field="mo_ta", title_field="tieu_de")
    renamed = [p for p in Reader(named).read([str(feed)]) if isinstance(p, Page)]
    assert [p.content.split("\n")[0] for p in renamed] == [title]
