"""Store rows back into model objects, shared by the article and story readers."""

from __future__ import annotations

from typing import Any

from sukien.model import DateBasis, Event, EventActor, EventDate, EventStatus, Evidence, Precision


def event_from_row(row: dict[str, Any]) -> Event:
    date = (EventDate(value=row["date_value"], precision=Precision(row["date_precision"]),
                      confidence=float(row["date_confidence"]),
                      basis=DateBasis(row["date_basis"]))
            if row["date_value"] is not None else None)
    mentions = tuple(Evidence(start=m["start"], end=m["end"], line=m["line"])
                     for m in row["mentions"])
    return Event(
        event_id=row["event_id"], type=row["type"], mode=row["mode"],
        actors=tuple(EventActor(**a) for a in row["actors"] or ()),
        recipients=tuple(EventActor(**a) for a in row["recipients"] or ()),
        date=date, status=EventStatus(row["status"]), location=row["location"],
        quad_code=int(row["quad_code"]), cameo=row["cameo"], evidence=mentions[0],
        trigger=row["trigger"], symmetric=bool(row["symmetric"]),
        source=EventActor(**row["source"]) if row["source"] else None, mentions=mentions)
