"""Boilerplate lines in crawled plain text: find them, remove them and say why.

Each non-blank line is classified by general features only (phrase lexicons of page furniture,
the shape of a line: length, casing, terminal punctuation, digits, scripts, and its position at
the top or the bottom of the article). The rule that matters most: a line that reads as prose
stays. Rules are specific (a contributor note, a comment prompt, a caption *with* its credit)
and anything that does not match one is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.clean import _lexicon as lex
from communique.model import Removal

_I = re.IGNORECASE


def _full(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` to match a whole line, ignoring case and edge punctuation."""
    return re.compile(rf"[\W_]*(?:{pattern})[\W_]*", _I)


_ADVERTISEMENT = _full(lex.ADVERTISEMENT)
_NAV_LINE = _full(lex.NAVIGATION_LINES)
_RELATED = re.compile(rf"(?:{lex.RELATED_LEADS})\s*(?:[:：»›>|–—-]|$)", _I)
_COOKIE = re.compile(lex.COOKIE_PHRASES, _I)
_COOKIE_ADDRESS = re.compile(r"\b(?:we|our|you|your|this (?:web)?site)\b", _I)
_LICENCE = re.compile(lex.LICENCE_PHRASES, _I)
_HOTLINE = re.compile(lex.HOTLINE, _I)
_LANGUAGE_PROMPT = re.compile(r"(?:choose|select|change|switch)\s+(?:your\s+|the\s+)?"
                              r"(?:language|edition|region)s?\b|languages?\s*[:：]?$", _I)
_NEWSLETTER = re.compile(rf"(?:{lex.NEWSLETTER_LEADS})\b.*\b(?:{lex.NEWSLETTER_WORDS})\b", _I)
_COMMENT = re.compile(rf"\b(?:{lex.COMMENT_PHRASES})\b", _I)
_READER = re.compile(r"\b(?:you|your|readers?)\b", _I)
_IMPERATIVE = re.compile(r"(?:share|leave|tell|let|join|post|comment|sound|have|add|drop"
                         r"|write|give|send)\b", _I)
_CONTRIBUTOR = re.compile(lex.CONTRIBUTOR_NOTE)
_CONTRIBUTOR_ALLOWED = lex.words("and in by from at with for of editing writing reporting "
                                 "additional further compiled edited translated produced "
                                 "research the de van von contributing reporters reporter")
_SEPARATORS = re.compile(r"\s+(?:>|»|›|/|\||·|•)\s+")
_SPLIT_TOKENS = re.compile(r"[\s|·•,/]+")
_BYLINE = re.compile(
    r"[-–—•·|*]?\s*(?:(?:posted|post|written|words|story|text|article|report|photos?|video)\s+)?"
    # "By" and its equivalents in the other languages a news crawl commonly holds.
    r"(?:by|von|par|por|door)\s*:?\s+(?P<name>.+)"
    r"|(?:author|reporter|writer|correspondent)s?\s*[:：]\s*(?P<name2>.+)"
    # "Posted on March 21, 2031 by Dmytro K.": blog software puts the date first.
    r"|(?:posted|published|updated)\s+on\s+.{4,40}?\s+by\s+(?P<name3>.+)",
    _I,
)
_DATE_ONLY = re.compile(rf"[-–—•·|*]?\s*(?:{lex.DATE_LABELS})?(?:{lex.DATE_EXPR})"
                        r"(?:\s*[|,;]?\s*(?:updated|modified)?\s*[:：]?\s*(?:"
                        rf"{lex.DATE_EXPR}))?\s*\.?", _I)
_TRAILING_DATE = re.compile(rf"(?:\s*[,|–—-]\s*|\s+on\s+|\s+)(?:{lex.DATE_LABELS})?"
                            rf"(?P<date>{lex.DATE_EXPR})\s*$", _I)
_POSTED_ON = re.compile(
    rf"(?:posted|published|updated)\s+on\s+(?P<date>{lex.DATE_EXPR})\s+by\b", _I)
_NAME_TOKEN = re.compile(r"(?:[A-Z][\w'’.-]*|[A-Z]\.|[\w'’-]*[A-Z][\w'’.-]*)[,;]?")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_TERMINAL = re.compile(r"[.!?][\"'”’)\]]*$")
_AGENCY = "|".join(re.escape(a) for a in sorted(lex.CREDIT_AGENCIES, key=len, reverse=True))
_PHOTO_AGENCY = re.compile(r"\b(?:Getty|Shutterstock|Alamy|iStock|VCG|Visual China|Imago|ZUMA|"
                           r"NurPhoto|SOPA|WireImage|Redux|Polaris|Abaca|ABACA|CFP|Corbis)\b")
_LEAD = (r"(?i:(?:AP |AFP )?(?:photo(?:graph)?s?|pictures?|images?|credit|photo credit"
         r"|image credit|image source|courtesy(?: of)?|file photo|handout(?: photo)?))")
_PAREN_CREDIT = re.compile(r"\((?P<inner>[^()]{2,100})\)\s*$")
_SLASH_CREDIT = re.compile(r"(?:^|\s)/\s?[A-Z][\w&.'-]*(?:[ -][A-Z][\w&.'-]*){0,3}\s*$")
_NAME_AGENCY = re.compile(rf"(?:^|(?<=[.!?])\s+)(?:[A-Z][\w.'’-]+\s){{0,3}}[A-Z][\w.'’-]+\s?/\s?"
                          rf"(?:{_AGENCY})\s*$")
_LABEL_CREDIT = re.compile(rf"(?:^|(?<=[.!?])\s+|\s[|–—-]\s){_LEAD}\s*(?:[:：,]|\bby\b)\s*"
                           r"[A-Z][^.!?]{0,80}$")
_LABEL_START = re.compile(rf"{_LEAD}\s*[:：]\s*(?P<rest>.+)$")
_BARE_CREDIT = re.compile(rf"(?:{_AGENCY})(?:\s+(?:via|for|/)\s+(?:{_AGENCY}))?")
_MAX_TITLE_WORDS = 25
_MAX_BYLINE_NAME_TOKENS = 10


@dataclass(frozen=True, slots=True)
class TextClean:
    """The outcome of :func:`strip_boilerplate` on one article's plain text."""

    paragraphs: tuple[str, ...]
    """Kept body paragraphs, stripped, in order; blank lines dropped."""
    removed: tuple[Removal, ...]
    """Every removed line or fragment with its reason and 0-based input line number."""
    captions: tuple[str, ...]
    """Photo captions taken out of the body, without their credit."""
    title: str | None = None
    """A headline line found at the very top, above a byline."""
    byline_author: str | None = None
    """The name(s) of a byline (``By Jane Doe`` gives ``Jane Doe``)."""
    byline_date: str | None = None
    """The raw text of a byline date (``- February 18, 2026``)."""


def _words(line: str) -> list[str]:
    """White-space separated words of ``line``."""
    return line.split()


def is_prose(line: str) -> bool:
    """Whether ``line`` reads as running text: long, with function words, ending a sentence."""
    tokens = _words(line)
    function = sum(1 for t in tokens if t.lower().strip(",;:") in lex.FUNCTION_WORDS)
    return len(tokens) >= 8 and function >= 2 and bool(_TERMINAL.search(line))


def _share_row(line: str) -> bool:
    """A row of share-button words (``Share Tweet Email Print``), nothing else."""
    tokens = [t.lower().strip(":!.") for t in _SPLIT_TOKENS.split(line) if t.strip(":!.")]
    if not tokens or len(tokens) > 14:
        return False
    strong = sum(1 for t in tokens if t in lex.SHARE_STRONG)
    return all(t in lex.SHARE_WORDS for t in tokens) and strong >= 1 and (
        strong >= 2 or len(tokens) <= 4)


def _language_menu(line: str) -> bool:
    """A language chooser: its prompt, or a list made mostly of language names."""
    if _LANGUAGE_PROMPT.match(line) and len(_words(line)) <= 6:
        return True
    tokens = [t.lower() for t in _SPLIT_TOKENS.split(line) if t]
    names = sum(1 for t in tokens if t in lex.LANGUAGE_NAMES)
    return names >= 3 and names >= 0.6 * len(tokens) and not _TERMINAL.search(line)


def _navigation(line: str) -> bool:
    """A breadcrumb (``Home > World > Europe``) or a row of site links."""
    if _NAV_LINE.fullmatch(line):
        return True
    segments = _SEPARATORS.split(line)
    if len(segments) < 2 or _TERMINAL.search(line):
        return False
    short = all(0 < len(s.split()) <= 4 and s[:1].isupper() for s in segments)
    return short and (len(segments) >= 3 or all(_NAV_LINE.fullmatch(s) for s in segments))


def _contributor(sentence: str) -> bool:
    """A contributor or editing note; the names after it must be names, not a sentence."""
    match = _CONTRIBUTOR.match(sentence)
    if match is None or len(_words(sentence)) > 40:
        return False
    if "contribut" in match.group(0).lower() and "contributing" not in match.group(0).lower():
        return sentence[match.end():].strip(" .)") == ""
    tail = sentence[match.end() - 1:]
    return all(t[:1].isupper() or t.lower().strip(";,.()") in _CONTRIBUTOR_ALLOWED
               for t in _words(tail) if t.strip(";,.()"))


def _comment_prompt(sentence: str) -> bool:
    """An invitation to comment addressed to the reader."""
    if not _COMMENT.search(sentence):
        return False
    return bool(_READER.search(sentence) or _IMPERATIVE.match(sentence.lstrip("\"'“ ")))


def _newsletter(line: str) -> bool:
    """A newsletter pitch: an imperative lead plus a subscription word, or a short mention."""
    if _NEWSLETTER.match(line) and len(_words(line)) <= 35:
        return True
    return "newsletter" in line.lower() and len(_words(line)) <= 8 and not is_prose(line)


def _hotline(line: str) -> bool:
    """A hotline or tip line with its number or address."""
    return bool(_HOTLINE.search(line)) and len(_words(line)) <= 25


def _licence(line: str) -> bool:
    """A copyright or licence footer line, or a registration-number line."""
    return bool(_LICENCE.search(line)) and len(_words(line)) <= 60 and (
        not is_prose(line) or "©" in line or "reserved" in line.lower()
        or "permission" in line.lower())


def sentences(line: str) -> list[str]:
    """Split ``line`` into sentences at terminal punctuation followed by a capital."""
    return [s for s in _SENTENCE_END.split(line) if s.strip()]


def _comment_line(line: str) -> bool:
    """A whole line that is a comment prompt, with any reader-addressed question before it."""
    parts = sentences(line)
    if not parts or not _comment_prompt(parts[-1]):
        return False
    return all(_comment_prompt(p) or (p.rstrip().endswith("?") and _READER.search(p))
               for p in parts)


_LINE_RULES = (
    ("advertisement", lambda s: bool(_ADVERTISEMENT.fullmatch(s))),
    ("share_buttons", _share_row),
    ("cookie_notice", lambda s: bool(_COOKIE.search(s) and _COOKIE_ADDRESS.search(s))),
    ("licence_footer", _licence),
    ("hotline", _hotline),
    ("language_menu", _language_menu),
    ("newsletter", _newsletter),
    ("related_links", lambda s: bool(_RELATED.match(s)) and not is_prose(s)),
    ("navigation", _navigation),
    ("contributor_note", lambda s: all(_contributor(p) for p in sentences(s))),
    ("comment_prompt", _comment_line),
)


def classify_line(line: str) -> str | None:
    """Return the boilerplate reason for one stripped line, or ``None`` to keep it.

    Position-dependent classes (title, byline dates, trailing junk) are decided by
    :func:`strip_boilerplate`, which sees the whole article.
    """
    for reason, rule in _LINE_RULES:
        if rule(line):
            return reason
    credit = credit_reason(line)
    if credit is not None:
        return credit
    if byline_name(line) is not None:
        return "byline"
    return None


def byline_name(line: str) -> str | None:
    """The name part of a byline line (``By Jane Doe, Reuters``), or ``None``."""
    match = _BYLINE.fullmatch(line.strip())
    if match is None:
        return None
    name = (match.group("name") or match.group("name2") or match.group("name3") or "").strip()
    dated = _TRAILING_DATE.search(name)
    if dated:
        name = name[:dated.start()].strip()
    tokens = name.replace("|", " ").split()
    ends_sentence = bool(_TERMINAL.search(name)) and not re.search(r"\b[A-Z]\.$", name)
    if not tokens or len(tokens) > _MAX_BYLINE_NAME_TOKENS or ends_sentence:
        return None
    first = tokens[0].lower().strip(",.")
    if first in lex.MONTHS or first in lex.WEEKDAYS or first in lex.FUNCTION_WORDS - {"the"}:
        return None
    names_only = all(t in {"&", "-", "–"} or t.lower() in lex.NAME_CONNECTORS
                     or _NAME_TOKEN.fullmatch(t) for t in tokens)
    return name.rstrip(",;|-– ") if names_only else None


def byline_date_text(line: str) -> str | None:
    """The date written in a byline line (``Posted by X on May 2, 2025``), else ``None``."""
    if _DATE_ONLY.fullmatch(line.strip()):
        return line.strip()
    if byline_name(line) is None:
        return None
    dated = _TRAILING_DATE.search(line)
    if dated:
        return dated.group("date")
    leading = _POSTED_ON.match(line.strip())
    return leading.group("date") if leading else None


def is_date_line(line: str) -> bool:
    """A line that holds only a date (and time), perhaps with a label or a bullet."""
    return bool(_DATE_ONLY.fullmatch(line.strip()))


def is_junk(line: str, latin_text: bool) -> bool:
    """A short stray line that is not language: mostly digits, symbols, or a foreign script."""
    if len(_words(line)) > 8 or _TERMINAL.search(line):
        return False
    visible = [c for c in line if not c.isspace()]
    if not visible:
        return False
    letters = sum(1 for c in visible if c.isalpha())
    digits = sum(1 for c in visible if c.isdigit())
    if letters == 0 or digits >= 0.3 * len(visible):
        return True
    return latin_text and bool(_CJK.search(line)) and not _LATIN.search(line)


def is_latin_text(text: str) -> bool:
    """Whether the article is written mostly in Latin letters (so CJK lines stand out)."""
    return len(_LATIN.findall(text)) > 4 * len(_CJK.findall(text))




def _credit_start(line: str) -> int | None:
    """Where a photo credit at the end of ``line`` starts, or ``None`` when there is none."""
    paren = _PAREN_CREDIT.search(line)
    if paren is not None:
        inner = paren.group("inner").strip()
        if (re.search(r"[A-Za-z]\s?/\s?[A-Z]", inner) or re.match(rf"{_LEAD}\b", inner)
                or re.search(r"\bvia\b", inner) or _PHOTO_AGENCY.search(inner)):
            return paren.start()
    for pattern in (_SLASH_CREDIT, _NAME_AGENCY, _LABEL_CREDIT):
        match = pattern.search(line)
        if match is not None:
            return match.start()
    return None


def credit_reason(line: str) -> str | None:
    """``photo_caption`` for a described photo with its credit, ``photo_credit`` for a bare
    credit line, else ``None``."""
    if _BARE_CREDIT.fullmatch(line.strip("() ")):
        return "photo_credit"
    start = _credit_start(line)
    if start is not None:
        described = len(_words(line[:start])) >= 3
        if described:
            return "photo_caption"
        return "photo_credit" if len(_words(line)) <= 12 else None
    label = _LABEL_START.match(line)
    if label is not None:
        rest = label.group("rest")
        if len(_words(rest)) <= 8 and not _TERMINAL.search(rest):
            return "photo_credit"
        return "photo_caption"
    return None


def caption_of(line: str) -> str:
    """The description part of a photo caption (its credit cut off)."""
    start = _credit_start(line)
    if start is None:
        label = _LABEL_START.match(line)
        return label.group("rest").strip() if label else line
    return line[:start].strip(" -–—|")


def _title_like(line: str) -> bool:
    """A headline: short, starts with a capital, no sentence-ending full stop."""
    tokens = _words(line)
    return (0 < len(tokens) <= _MAX_TITLE_WORDS and not line.endswith(".")
            and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"'“‘"))


def _next_index(labels: list[str | None], start: int) -> int | None:
    """The first index at or after ``start`` that is not already labelled other boilerplate."""
    for index in range(start, len(labels)):
        if labels[index] in (None, "byline"):
            return index
    return None


def _top_zone(items: list[tuple[int, str]], labels: list[str | None]) -> str | None:
    """Label the title and byline dates at the top of the article; return the title."""
    title = None
    first = _next_index(labels, 0)
    if first is not None and labels[first] is None and _title_like(items[first][1]):
        after = _next_index(labels, first + 1)
        if after is not None and (labels[after] == "byline" or is_date_line(items[after][1])):
            labels[first] = "title"
            title = items[first][1]
    for index, (_no, line) in enumerate(items[:8]):
        if labels[index] is not None:
            continue
        if not is_date_line(line):
            break
        labels[index] = "byline"
    # A date line right under a byline anywhere is the byline's date.
    for index in range(1, len(items)):
        if labels[index] is None and labels[index - 1] == "byline" and is_date_line(
                items[index][1]):
            labels[index] = "byline"
    return title


def _bottom_zone(items: list[tuple[int, str]], labels: list[str | None], latin: bool) -> None:
    """Label the stray non-prose lines in the trailing run of boilerplate as ``junk``."""
    for index in range(len(items) - 1, -1, -1):
        if labels[index] is not None:
            continue
        if not is_junk(items[index][1], latin):
            return
        labels[index] = "junk"


def _sentence_starts(line: str) -> list[int]:
    """Offsets in ``line`` where its sentences start."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(line)]


def _trailing_fragments(line: str) -> tuple[str, list[tuple[str, str]]]:
    """Peel contributor notes and comment prompts glued at the end of a body paragraph.

    Returns the kept part and the removed fragments with their reasons, in line order.
    """
    starts = _sentence_starts(line)
    cut = len(line)
    fragments: list[tuple[str, str]] = []
    prompt_seen = False
    for start in reversed(starts[1:]):
        sentence = line[start:cut].strip()
        if _contributor(sentence):
            reason = "contributor_note"
        elif _comment_prompt(sentence) or (prompt_seen and sentence.endswith("?")
                                           and _READER.search(sentence)):
            reason, prompt_seen = "comment_prompt", True
        else:
            break
        fragments.insert(0, (sentence, reason))
        cut = start
    return line[:cut].rstrip(), fragments


def strip_boilerplate(text: str) -> TextClean:
    """Remove boilerplate lines and fragments from crawled plain ``text`` and record them.

    Never raises; every non-blank input line ends up in ``paragraphs`` (stripped, possibly
    without a glued trailing note) or in ``removed`` with a reason and its line number.
    """
    items = [(no, line.strip()) for no, line in enumerate(text.split("\n")) if line.strip()]
    labels: list[str | None] = [classify_line(line) for _no, line in items]
    title = _top_zone(items, labels)
    _bottom_zone(items, labels, is_latin_text(text))
    paragraphs: list[str] = []
    removed: list[Removal] = []
    captions: list[str] = []
    author = date_text = None
    for (no, line), label in zip(items, labels, strict=True):
        if label is None:
            kept, fragments = _trailing_fragments(line)
            paragraphs.append(kept)
            removed.extend(Removal(fragment, reason, no) for fragment, reason in fragments)
            continue
        removed.append(Removal(line, label, no))
        if label == "photo_caption":
            captions.append(caption_of(line))
        elif label == "byline":
            author = author or byline_name(line)
            date_text = date_text or byline_date_text(line)
    return TextClean(tuple(paragraphs), tuple(removed), tuple(captions), title, author, date_text)
