"""Which persons a role noun can describe: offices that exclude one another.

A report names a person once and then refers back to them by a description: ``Ana Lobo
arrived on Tuesday … “…,” the Veldran president said``. When the article never gave anyone
that title, the description still points back to someone named before, as a pronoun would,
but never to someone the article gave another office of the same kind (``Prime Minister Ivo
Hart`` is not ``the president``) or another country (``the Tavran foreign minister`` is not
``the president``, and ``the Veldran president`` is not a Tavran minister).

Words for whoever leads or speaks (``leader``, ``official``, ``chief``, ``negotiator``) are
said of the holders of every office: they exclude no one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from communique.extract.entities._gazetteer import gazetteer
from communique.extract.quotes._cues import ANONYMOUS_ROLES, GROUP_NOUNS
from communique.extract.quotes._titles import title_keys, word_key

_ACRONYM = 3
"""Title words this short may be a country's initials (``US``, ``UAE``)."""

_OFFICES: tuple[frozenset[str], ...] = (
    frozenset({"president", "president-elect"}),
    frozenset({"vice-president", "vice"}),
    frozenset({"premier", "prime"}),
    frozenset({"chancellor"}),
    frozenset({"minister"}),
    frozenset({"secretary"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"ambassador"}),
    frozenset({"envoy"}),
    frozenset({"senator"}),
    frozenset({"governor"}),
    frozenset({"mayor"}),
    frozenset({"king", "queen", "monarch", "emir", "sultan"}),
    frozenset({"prince"}),
    frozenset({"pope", "cardinal"}),
    frozenset({"judge"}),
    frozenset({"prosecutor"}),
    frozenset({"lawyer", "attorney"}),
    frozenset({"general", "commander", "admiral", "marshal", "colonel", "captain"}),
    frozenset({"chairman", "chairwoman", "chair", "chairperson"}),
    frozenset({"speaker"}),
)
"""Groups of role words for one office each: a person holding a word of one group and none
of another is not described by that other group's words."""

_UNNAMED = frozenset({"source", "sources"})
"""Role nouns for whoever the report keeps unnamed: never a person it names."""

_OFFICE_OF = {word: group for group in _OFFICES for word in group}


def office_of(role: str) -> frozenset[str] | None:
    """The group of words naming the office ``role`` names, or ``None`` for a word said of
    the holders of any office (``leader``, ``official``)."""
    return _OFFICE_OF.get(role)


def holds_other_office(role: str, titles: Iterable[str]) -> bool:
    """Whether a person with title words ``titles`` holds an office and not the one ``role``
    names (``prime minister`` for ``the president``)."""
    wanted = office_of(role)
    if wanted is None:
        return False
    held = {w for w in titles if w in _OFFICE_OF}
    return bool(held) and not held & wanted


def _country(word: str) -> str | None:
    """The country or place a compared title word names (``veldra``; ``us``, which titles
    write in capitals, as ``US``), or ``None``."""
    entry = gazetteer().lookup(word.title())
    if entry is None and len(word) <= _ACRONYM:
        entry = gazetteer().lookup(word.upper())
    if entry is None:
        return None
    return entry.country or entry.canonical


def other_country(details: Iterable[str], titles: Iterable[str]) -> bool:
    """Whether a role noun's place words (``veldra`` of ``the Veldran president``) and a
    person's title words name different places, and none in common."""
    wanted, held = _countries(details), _countries(titles)
    return bool(wanted and held and not wanted & held)


def _countries(words: Iterable[str]) -> set[str]:
    """The countries or places that title words name, one word or two (a person's title
    words are kept as a set: ``United States`` is there as ``united`` and ``states``)."""
    kept = sorted(set(words))
    pairs = [f"{a} {b}" for a in kept for b in kept if a != b]
    return {c for c in map(_country, [*kept, *pairs]) if c is not None}


def may_describe(role: str, details: Iterable[str], titles: set[str]) -> bool:
    """Whether the role noun ``role`` with ``details`` may refer back to a person the article
    gave the title words ``titles`` (lower-cased, as the article wrote them).

    A role many hold and most leave unnamed (``the official``, ``the Veldran diplomat``) is
    a person named before only when the article gave them some office, and that office's
    country where the role says one; a source is never a person named by the article."""
    keys = title_keys(titles)
    if role in _UNNAMED:
        return False
    if role in ANONYMOUS_ROLES:
        wanted = _countries(details)
        return bool(keys) and wanted <= _countries(keys) and not holds_other_office(role, keys)
    return not holds_other_office(role, keys) and not other_country(details, keys)


_OWNER_LABELS = frozenset({"ORG", "PERSON"})


def has_owner(noun: Token, is_person: Callable[[Token], bool]) -> bool:
    """Whether a role noun says whose office it is: an owner (``Tavra's president``, ``the
    president of Tavra``, ``the head of the mission``) or a body or person written before it
    (``the Kremlin spokesman``, ``the party leader``). Words of the office (``the Prime
    Minister``, ``the defence minister``) and of a country (``the US president``) are no
    owner: they describe the office, and the person named before may hold it.
    ``is_person`` tells whether a word is a known person's name."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("of", "for")):
            return True
        if child.dep_ == "compound" and child.i < noun.i and (
                child.ent_type_ in _OWNER_LABELS or child.lower_ in GROUP_NOUNS
                or is_person(child)):
            return True
    return False


_IDIOM_OFFICES = {"diplomat": ("minister", "foreign")}
"""Role nouns that name one office when ``top`` or ``chief`` goes with them (``Tavra's top
diplomat`` is its foreign minister): the office's role noun and the detail that says it."""


def idiom_office(subj: Token) -> tuple[str, frozenset[str]] | None:
    """The office an idiom names (role noun and details, the owner's name among them), or
    ``None`` (``a senior diplomat`` is no office)."""
    office = _IDIOM_OFFICES.get(subj.lemma_.lower())
    if office is None or not any(c.lower_ in ("top", "chief") for c in subj.children):
        return None
    owners = {word_key(c) for c in subj.children if c.dep_ in ("poss", "amod", "compound")
              and c.pos_ in ("PROPN", "ADJ") and c.lower_ not in ("top", "chief")}
    return office[0], frozenset({office[1], *owners})
