"""Builds ``sukien/resources/vietnamese_words.txt``: the Vietnamese words of two or more
syllables that word-boundary matching needs (``sukien.text.boundaries``).

Source: the word list shipped in pyvi 0.1.1 (``pyvi/models/words.txt``, MIT licence,
Copyright (c) 2016 Viet-Trung Tran), fetched from the package index:

    python benchmarks/build_word_list.py

Kept: entries of two or more alphabetic syllables, lower-cased, NFC, deduplicated, sorted.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "sukien" / "resources" / "vietnamese_words.txt"
PACKAGE = "pyvi==0.1.1"
MEMBER = "pyvi/models/words.txt"
HEADER = """# sukien resource: vietnamese_words v1
# Vietnamese words of two or more syllables, for word-boundary matching: a name or trigger
# never matches part of one of these words ('bác' in 'bác sĩ', 'Tuy' in 'Tuy nhiên').
# Built by benchmarks/build_word_list.py from pyvi 0.1.1's pyvi/models/words.txt.
# pyvi: The MIT License (MIT), Copyright (c) 2016 Viet-Trung Tran. Permission is hereby
# granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom
# the Software is furnished to do so, subject to the following conditions: The above
# copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY
# OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
# MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL
# THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
# WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def multi_syllable_words(lines: list[str]) -> list[str]:
    kept = set()
    for line in lines:
        word = unicodedata.normalize("NFC", line.strip()).lower()
        syllables = word.split()
        if len(syllables) >= 2 and all(s.isalpha() for s in syllables):
            kept.add(" ".join(syllables))
    return sorted(kept)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", PACKAGE, "--no-deps",
                        "--quiet", "-d", tmp], check=True)
        wheel = next(Path(tmp).glob("pyvi-*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            lines = archive.read(MEMBER).decode("utf-8").splitlines()
    words = multi_syllable_words(lines)
    OUT.write_text(HEADER + "\n".join(words) + "\n", "utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
