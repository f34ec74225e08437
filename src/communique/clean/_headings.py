"""Section headings in crawled plain text: the ones on their own line and the glued ones.

Some crawlers drop the line break between a section heading and the paragraph under it, so a
paragraph reads ``Negotiation teams Delegation to include army chief The delegation will be led
by …``. :func:`recover_headings` splits such a heading onto its own line and reports which lines
are headings, so that later stages do not read a heading as the start of a sentence.

The boundary is found inside the paragraph's first clause with general cues only:

* a capitalised word right after a lower-case word with no punctuation between, where the
  capitalised word is a common sentence opener (``The``, ``Ahead``, ``Despite``, ``However``…);
* or where the word right after the boundary names again a subject of the prefix and is
  followed by a verb (``… in Ostra Orvy has also …``) or by the same word as in the
  prefix and then a verb (``… chief Russia's delegation will …``); the earlier mention must be a
  subject itself or follow a lower-case word, so the two halves of a name never count;
* or, after a capitalised word, an article whose next words restate the prefix
  (``… expected in Southport The Southport talks …``).

Guards keep normal sentences whole: the prefix starts with a capital, is at most
:data:`MAX_HEADING_WORDS` words, holds no punctuation at the end of any word (no comma, no
full stop, no dash), has no article after its first word (headlines drop them), and does not
end with a function word, a question word, a reporting verb or a noun such as ``newspaper``;
the remainder is at least :data:`MIN_BODY_WORDS` words and ends with terminal punctuation.
When several boundaries qualify, the first opener cue wins (a sentence has started there),
otherwise the last restatement cue (a section label and its sub-heading are returned as one
heading line).

Measured false splits (every split inspected by hand; a split at a wrong place counts as
false): the 55 kept paragraphs of the five seed articles: 4 splits, all the glued headings of
the one seed that has them, 0 false; the 56 paragraphs of the bundled example corpus: 4
splits, 0 false; the 994 paragraphs trafilatura extracts (after boilerplate removal) from the
28 English-news evaluation pages: 0 splits, 0 false (``test_no_false_splits_on_news_pages``);
5,096 three-sentence paragraphs rebuilt from the ECB+ news articles: 13 splits, all of them
real headlines that the corpus runs into its sentences, 0 false. False-split rate: 0 of
6,201 paragraphs (0 %). Recall is lower by design: a heading containing an article (``the``)
after its first word, or ending in a proper name followed by another name, is left glued.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique.clean import _lexicon as lex

__all__ = ["MAX_HEADING_WORDS", "MIN_BODY_WORDS", "is_heading_line", "recover_headings",
           "split_glued_heading"]

MAX_HEADING_WORDS = 16
"""A glued heading (label and sub-heading together) is never longer than this."""
MIN_BODY_WORDS = 12
"""The paragraph left after a glued heading must be at least this long: a heading heads a
paragraph, while a title-case name near the end of one sentence leaves only a short tail."""
MAX_LINE_HEADING_WORDS = 12
"""A stand-alone heading line is never longer than this."""
SHORT_HEADING_WORDS = 5
"""A stand-alone line this short need not be in title case (``Talks in Lindhaven``)."""
_RESTATE_WINDOW = 3
"""How many words after the boundary may restate the prefix."""
_DETERMINERS = lex.words("the a an this these that those")
_ARTICLES = lex.words("the a an")

_TOKEN = re.compile(r"\S+")
_TERMINAL_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_WORD_END = re.compile(r"(?:\w|\w['’]s|s['’])$")
_QUOTES = "\"'“”‘’([)]"
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_NOT_HEADING = re.compile(r"[|@]|://|\d[:.]\d")
"""Table cells, addresses and clock times: a line with these is data, not a heading."""
_MIN_CONTENT_LETTERS = 3
_TITLE_CASE_SHARE = 0.6


def _bare(token: str) -> str:
    """A token without surrounding quotes or brackets and without a possessive ending."""
    return _POSSESSIVE.sub("", token.strip(_QUOTES))


def _content_key(token: str) -> str | None:
    """The comparison key of a content word, or ``None`` for a function or tiny word.

    A final ``s`` is dropped so that ``teams`` restates ``team``; that crude stem is enough for
    the restatement cue, which only compares words of one paragraph.
    """
    word = _bare(token).lower()
    if len(word) < _MIN_CONTENT_LETTERS or word in lex.FUNCTION_WORDS or not word[:1].isalpha():
        return None
    return word[:-1] if word.endswith("s") and len(word) > _MIN_CONTENT_LETTERS else word


def _starts_upper(token: str) -> bool:
    """Whether ``token`` (past an opening quote) starts with a capital letter."""
    word = token.lstrip(_QUOTES)
    return word[:1].isupper()


def _starts_word(token: str) -> bool:
    """Whether ``token`` starts with a capital letter or an opening quote, never a bracket.

    A bracket right after a name is an aside ("Ford (QC)"), not a new paragraph.
    """
    return token[:1] not in "([" and _starts_upper(token)


def _starts_lower(token: str) -> bool:
    """Whether ``token`` starts with a lower-case letter."""
    return token[:1].islower()


def _is_opener(token: str) -> bool:
    """Whether ``token`` is a common sentence opener written as one (``The``, not ``THE``)."""
    return (token[:1].isupper() and not token[1:].isupper()
            and token.lower() in lex.SENTENCE_OPENERS)


def _prefix_ok(words: list[str]) -> bool:
    """Guards on the heading part: capitalised start, headline style, a content word at its end.

    Headlines drop articles, so an article after the first word means the prefix is a clause
    of running text (one that lost its full stop, or a name in title case inside a sentence).
    """
    last = words[-1].lower()
    return (_starts_upper(words[0]) and last not in lex.FUNCTION_WORDS
            and last not in lex.WH_WORDS and last not in lex.REPORTING_VERBS
            and last not in lex.TITLE_NOUNS and last not in lex.MONTHS
            and not any(w.lower() in _ARTICLES for w in words[1:]))


def _body_ok(words: list[str]) -> bool:
    """Guards on the body part: long enough and ending like a sentence."""
    return len(words) >= MIN_BODY_WORDS and bool(_TERMINAL_END.search(words[-1]))


def _restates(prefix: list[str], body: list[str]) -> bool:
    """Whether the first words of ``body`` name again a content word of ``prefix``."""
    keys = {k for k in map(_content_key, prefix) if k}
    return any(_content_key(t) in keys for t in body[:_RESTATE_WINDOW])


def _verb_like(token: str) -> bool:
    """Whether ``token`` can be the verb after a subject: an auxiliary, a reporting verb, or a
    lower-case word in ``-s``/``-ed`` that is not a function word."""
    word = token.lower()
    if not token[:1].islower() or word in lex.FUNCTION_WORDS - lex.AUXILIARIES:
        return False
    return word in lex.AUXILIARIES or word in lex.REPORTING_VERBS or word.endswith(("s", "ed"))


def _subject_restated(prefix: list[str], body: list[str]) -> bool:
    """Whether ``body`` opens with a subject named in ``prefix``, followed by its verb or by the
    same next word as in the prefix (``… chief Russia's delegation will …``).

    The earlier mention must be a subject itself (followed by a verb: ``Minister Vale rejects``)
    or follow a lower-case word (or open the prefix when the boundary is after a lower-case
    word), so that the second half of a name (``South Sudan``, ``Sandy Bridge … Ivy Bridge``)
    never counts.
    """
    key = _content_key(body[0])
    if key is None or len(body) < 2:
        return False
    after_lower = _starts_lower(prefix[-1])
    for j in range(len(prefix) - 1):
        if _content_key(prefix[j]) != key:
            continue
        subject = _verb_like(prefix[j + 1])
        if not (subject or (_starts_lower(prefix[j - 1]) if j > 0 else after_lower)):
            continue
        # A two-word restatement must itself be followed by a verb: "chief Russia's delegation
        # will" is a new sentence, "champion Wladimir Klitschko once" is one name.
        same_next = (_content_key(prefix[j + 1]) is not None and len(body) > 2
                     and _content_key(prefix[j + 1]) == _content_key(body[1])
                     and _verb_like(body[2]))
        if _verb_like(body[1]) or same_next:
            return True
    return False


def _cue(words: list[str], index: int) -> str | None:
    """The cue for a heading boundary before ``words[index]``: ``opener``, ``restate``, or None."""
    before, after = words[index - 1], words[index]
    prefix, body = words[:index], words[index:]
    if not (_starts_word(after) and _prefix_ok(prefix) and _body_ok(body)):
        return None
    if _starts_lower(before) and _is_opener(after):
        return "opener"
    if _subject_restated(prefix, body):
        return "restate"
    # After a capitalised word the pair may be one name ("President Donald") or a title in
    # title case ("Save Our Farms"): an article opens a sentence only when it restates the
    # prefix ("… in Lindhaven The Lindhaven talks …").
    if not _starts_lower(before) and after.lower() in _DETERMINERS and _restates(prefix, body[1:]):
        return "restate"
    return None


def _boundary(words: list[str]) -> int | None:
    """The index of the first body word after a glued heading, or ``None``."""
    chosen = None
    limit = min(len(words) - 1, MAX_HEADING_WORDS)
    for index in range(1, limit + 1):
        if not _WORD_END.search(words[index - 1]):
            # Punctuation inside the prefix (comma, full stop, dash, colon) means prose.
            break
        cue = _cue(words, index)
        if cue == "opener":
            return index
        if cue == "restate":
            chosen = index
    return chosen


def split_glued_heading(paragraph: str) -> tuple[str, str] | None:
    """Split ``paragraph`` into ``(heading, body)`` when a heading is glued to its start.

    Both parts are exact slices of ``paragraph`` (stripped); returns ``None`` when there is no
    glued heading, which is the answer whenever in doubt.
    """
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(paragraph)]
    words = [paragraph[s:e] for s, e in spans]
    if len(words) < 2 + MIN_BODY_WORDS:
        return None
    index = _boundary(words)
    if index is None:
        return None
    cut = spans[index][0]
    return paragraph[:cut].strip(), paragraph[cut:].strip()


def _title_case(words: list[str]) -> bool:
    """Whether most content words of ``words`` are capitalised (``What to Watch Next``)."""
    content = [w for w in words if _content_key(w)]
    if not content:
        return False
    upper = sum(1 for w in content if _starts_upper(w) or w[:1].isdigit())
    return upper >= _TITLE_CASE_SHARE * len(content)


def is_heading_line(line: str) -> bool:
    """Whether a whole ``line`` reads as a section heading: short, no terminal punctuation,
    capitalised start, title case unless very short, not ending with a function word."""
    words = line.split()
    if not 0 < len(words) <= MAX_LINE_HEADING_WORDS:
        return False
    if _TERMINAL_END.search(line) or line.rstrip()[-1:] in ",;:-–—":
        return False
    if not (_starts_upper(words[0]) or words[0][:1].isdigit()):
        return False
    if words[-1].lower() in lex.FUNCTION_WORDS or _NOT_HEADING.search(line):
        return False
    return len(words) <= SHORT_HEADING_WORDS or _title_case(words)


def recover_headings(paragraphs: Sequence[str]) -> tuple[list[str], list[int]]:
    """Split glued headings off ``paragraphs`` and find the heading lines.

    Returns the new paragraph list (a glued heading becomes a line of its own right before
    its paragraph; nothing else changes) and the indexes, in that list, of heading lines.
    """
    out: list[str] = []
    headings: list[int] = []
    for paragraph in paragraphs:
        if is_heading_line(paragraph):
            headings.append(len(out))
            out.append(paragraph)
            continue
        split = split_glued_heading(paragraph)
        if split is None:
            out.append(paragraph)
            continue
        headings.append(len(out))
        out.extend(split)
    return out, headings
