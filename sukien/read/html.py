"""Plain text of an HTML page, for checks that must look at words rather than markup."""

from __future__ import annotations

from trafilatura import html2txt


def html_to_plain_text(html: str) -> str:
    return str(html2txt(html) or "")
