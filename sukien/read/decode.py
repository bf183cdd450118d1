"""Bytes to NFC text: byte-order marks, UTF-8, UTF-16, and legacy Vietnamese code pages.

Legacy pages (Windows-1258 above all) decode without error under several
Western code pages, so a detector's first guess is not enough: every
plausible candidate is decoded and the one that reads most like Vietnamese
wins.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable

from charset_normalizer import from_bytes

from sukien.errors import InputRejected
from sukien.model import RejectReason

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "ELF executable"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "icon"),
)
LEGACY_VIETNAMESE = ("cp1258",)
_SNIFF = 64 * 1024
_MAX_CONTROL_RATIO = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

Scorer = Callable[[str], float]


def decode_bytes(
    data: bytes, vietnamese_score: Scorer, declared: str | None = None
) -> tuple[str, str]:
    """Return (NFC text with '\\n' line ends, encoding name) or raise InputRejected.

    A declared charset (HTTP header, HTML meta) is trusted only if the bytes
    decode under it; pages lie about their encoding often enough.
    """
    if not data.strip():
        raise InputRejected(RejectReason.EMPTY, "no content")
    text, encoding = _decode(data, vietnamese_score, declared)
    return normalize_decoded(text), encoding


def normalize_decoded(text: str) -> str:
    """NFC with '\\n' line ends; rejects blank and control-character-heavy text."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputRejected(RejectReason.EMPTY, "only whitespace")
    _reject_control_heavy(text)
    return text


def _decode(data: bytes, vietnamese_score: Scorer, declared: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding), encoding
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (UnicodeDecodeError, LookupError):
            pass
    for magic, label in _MAGIC:
        if data.startswith(magic):
            raise InputRejected(RejectReason.BINARY, label)
    head = data[:_SNIFF]
    if b"\x00" in head:
        utf16 = _bomless_utf16(head)
        if utf16 is None:
            raise InputRejected(RejectReason.BINARY, "NUL bytes in content")
        return _strict(data, utf16), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, vietnamese_score)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputRejected(
            RejectReason.UNDECODABLE, f"invalid {encoding} at byte {exc.start}"
        ) from exc


def _bomless_utf16(head: bytes) -> str | None:
    """UTF-16 text of Latin script has NUL in every other byte; binary data does not."""
    even = head[0::2]
    odd = head[1::2]
    if len(head) < 4:
        return None
    if odd.count(0) / len(odd) > 0.3 and even.count(0) / len(even) < 0.05:
        return "utf-16-le"
    if even.count(0) / len(even) > 0.3 and odd.count(0) / len(odd) < 0.05:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes, vietnamese_score: Scorer) -> tuple[str, str]:
    candidates: list[tuple[float, str, str]] = []
    guess = from_bytes(data[: 4 * _SNIFF]).best()
    names = list(LEGACY_VIETNAMESE)
    if guess is not None and guess.encoding not in names:
        names.append(guess.encoding)
    for name in names:
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        score = vietnamese_score(unicodedata.normalize("NFC", text[:_SNIFF]))
        candidates.append((score, name, text))
    if not candidates:
        raise InputRejected(
            RejectReason.UNDECODABLE,
            "not UTF-8, UTF-16 or a known Vietnamese legacy encoding",
        )
    _, name, text = max(candidates, key=lambda candidate: candidate[0])
    return text, name


def _reject_control_heavy(text: str) -> None:
    sample = text[:_SNIFF]
    controls = len(_CONTROL.findall(sample))
    if controls / len(sample) > _MAX_CONTROL_RATIO:
        raise InputRejected(RejectReason.BINARY, f"{controls} control characters in sample")
