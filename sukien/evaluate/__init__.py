"""Scoring the pipeline against gold annotations (``sukien eval``)."""

from sukien.evaluate.content import ContentScore, PageContentScore, score_content
from sukien.evaluate.gold import GoldDocument, load_gold

__all__ = ["ContentScore", "GoldDocument", "PageContentScore", "load_gold", "score_content"]
