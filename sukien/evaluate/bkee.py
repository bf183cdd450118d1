"""Reading BKEE (Vietnamese ACE-style event extraction; CC BY-NC 4.0, never shipped).

BKEE text is word-segmented with '_' joining syllables; read as spaces, the
offsets of its .ann files stay valid.
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sukien.errors import UsageError

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class BkeeEvent:
    """An event annotation: its ACE type, its trigger's span and its arguments, each a role
    ('Agent-Arg', 'Victim-Arg' …) and the words it spans: a Die event whose Agent is not its
    Victim is a killing."""

    kind: str
    start: int
    end: int
    arguments: tuple[tuple[str, str], ...] = ()

    def argument(self, role: str) -> str | None:
        """The words of the first argument in ``role``, lowercased."""
        return next((words for name, words in self.arguments if name == role), None)


@dataclass(frozen=True, slots=True)
class BkeeDocument:
    """A document's text, its TIME spans, its event annotations, and the start of every
    annotation (BKEE annotates about a third of its sentences; the others carry none, not
    even their entities, so they are unannotated rather than eventless)."""

    name: str
    text: str
    times: tuple[Span, ...]
    events: tuple[BkeeEvent, ...]
    annotated: tuple[int, ...] = ()

    @property
    def triggers(self) -> tuple[tuple[str, int], ...]:
        """(type, start) of every event's trigger."""
        return tuple((event.kind, event.start) for event in self.events)

    def trigger_words(self, event: BkeeEvent) -> str:
        return self.text[event.start:event.end]


def load_bkee(path: Path, split: str = "dev") -> list[BkeeDocument]:
    """Documents of a split, from the tar.gz as distributed or its extracted folder."""
    if not path.exists():
        raise UsageError(f"no BKEE data at {path}")
    pairs = dict(_from_tar(path, split) if path.is_file() else _from_folder(path, split))
    documents = []
    for name in sorted(pairs):
        text, annotation = pairs[name]
        if text is None or annotation is None:
            continue
        times, events, annotated = _annotations(annotation)
        documents.append(BkeeDocument(name, text.replace("_", " "), times, events, annotated))
    if not documents:
        raise UsageError(f"no {split} documents (.txt with .ann) in {path}")
    return documents


def _from_tar(path: Path, split: str) -> Iterator[tuple[str, tuple[str | None, str | None]]]:
    found: dict[str, list[str | None]] = {}
    try:
        with tarfile.open(path) as archive:
            for member in archive:
                parts = Path(member.name).parts
                if not member.isfile() or split not in parts[:-1]:
                    continue
                stem, _, suffix = parts[-1].rpartition(".")
                if suffix not in ("txt", "ann"):
                    continue
                handle = archive.extractfile(member)
                if handle is None:
                    continue
                slot = found.setdefault(stem, [None, None])
                slot[0 if suffix == "txt" else 1] = handle.read().decode("utf-8")
    except (tarfile.TarError, OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read BKEE archive {path}: {exc}") from exc
    for stem, (text, annotation) in found.items():
        yield stem, (text, annotation)


def _from_folder(path: Path, split: str) -> Iterator[tuple[str, tuple[str | None, str | None]]]:
    for folder in (p for p in path.rglob(split) if p.is_dir()):
        for annotation in sorted(folder.glob("*.ann")):
            text = annotation.with_suffix(".txt")
            yield annotation.stem, (text.read_text("utf-8") if text.exists() else None,
                                    annotation.read_text("utf-8"))


def _annotations(annotation: str
                 ) -> tuple[tuple[Span, ...], tuple[BkeeEvent, ...], tuple[int, ...]]:
    """TIME spans, every event line ('E1\\tAttack:T3 Attacker-Arg:T2 …') with its trigger's
    span and its argument roles, and the start of every annotation."""
    spans: dict[str, tuple[str, Span]] = {}
    words: dict[str, str] = {}
    heads: list[list[str]] = []
    for line in annotation.splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if fields[0].startswith("T"):
            label, _, offsets = fields[1].partition(" ")
            pieces = [piece.split() for piece in offsets.split(";")]
            try:
                spans[fields[0]] = (label, (int(pieces[0][0]), int(pieces[-1][-1])))
            except (IndexError, ValueError):
                continue
            words[fields[0]] = fields[2].replace("_", " ").lower() if len(fields) > 2 else ""
        elif fields[0].startswith("E") and fields[1].split():
            heads.append(fields[1].split())
    times = tuple(span for label, span in spans.values() if label == "TIME")
    events = []
    for head, *arguments in heads:
        kind, _, trigger_id = head.partition(":")
        if trigger_id in spans:
            start, end = spans[trigger_id][1]
            events.append(BkeeEvent(kind, start, end, tuple(
                (role, words[argument_id]) for role, _, argument_id in
                (argument.partition(":") for argument in arguments) if argument_id in words)))
    return times, tuple(events), tuple(sorted(span[0] for _, span in spans.values()))
