"""Text utilities shared by the stages: word tokens and phrase lookup."""

from sukien.text.phrases import WORD, PhraseIndex, Words, phrase_keys, word_spans, words

__all__ = ["WORD", "PhraseIndex", "Words", "phrase_keys", "word_spans", "words"]
