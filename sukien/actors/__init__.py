"""Stage 5, actors: countries, institutions, officials and people, coded by country and
PLOVER sector."""

from sukien.actors.gazetteer import Gazetteer, load_gazetteer
from sukien.actors.stage import ActorStage

__all__ = ["ActorStage", "Gazetteer", "load_gazetteer"]
