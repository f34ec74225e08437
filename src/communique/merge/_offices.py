"""Office contradictions: a title another outlet gives to someone else, or at another rank.

Read from the roles the entity stage found (``Veldran Deputy Foreign Minister X``, ``X,
Tirasol's minister of state``), re-read from each role's own evidence so that a title is only
believed when it sits right against the name (``the foreign minister, A, and the director,
B`` gives B no foreign ministry). A title is reduced to an *office* — a rank (holder, deputy,
former) and a base (``foreign minister``, ``defence minister``, ``prime minister``,
``president``, ``foreign ministry spokesperson`` …) — and a party (the country named with it,
else the person's affiliation). Articles in other languages, whose titles the entity stage does
not read, give theirs from the words right before the name
(:mod:`communique.merge._foreign_titles`). Two kinds:

* **rank**: outlets give one person the same office at another rank — *deputy foreign
  minister* against *foreign minister*, *former president* against *president*, *minister of
  state* (a junior minister, at that ministry or at none named) against the ministry's
  *foreign minister* (an acting or interim holder is a holder);
* **holder**: a single-holder office given to a second person by a small minority of outlets
  (at most two, and at most half of the main holder's): a successor named by many outlets is
  a change of office, not a contradiction.

A third kind, **variant** — one title with other qualifiers (*permanent* against *executive
secretary*) — is :mod:`communique.merge._title_variants`'s. An outlet on two sides is taken off
both; one article that gives one person the same office at
two ranks is an ``inconsistency`` of that source. Contradictions are ``about`` the person
concerned.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from communique.lang.names import similar_names, spelling_key
from communique.merge._corpus import Corpus
from communique.merge._foreign_titles import Title, foreign_titles
from communique.merge._office_sides import office_sides, sides_note
from communique.merge._title_variants import variant_contradictions
from communique.model import content_id
from communique.model.story import Contradiction, Side, StoryEntity

HOLDER, DEPUTY, FORMER = "holder", "deputy", "former"
JUNIOR = "minister of state"
"""A minister of state (at a ministry): a junior minister, not the ministry's head."""
_RANKS = {"deputy": DEPUTY, "vice": DEPUTY, "assistant": DEPUTY, "under": DEPUTY,
          "former": FORMER, "ex": FORMER, "acting": HOLDER, "interim": HOLDER,
          "caretaker": HOLDER, "late": FORMER}
_DOMAINS = {"foreign": "foreign", "foreign affairs": "foreign", "external affairs": "foreign",
            "defence": "defence", "defense": "defence", "national defence": "defence",
            "national defense": "defence", "interior": "interior", "home affairs": "interior",
            "finance": "finance", "justice": "justice", "trade": "trade", "economy": "economy",
            "energy": "energy", "health": "health", "information": "information"}
_UNIQUE = frozenset({"president", "prime minister", "secretary of state", "supreme leader",
                     "chancellor", "king", "director general", "secretary general",
                     "foreign ministry spokesperson",
                     *(f"{domain} minister" for domain in set(_DOMAINS.values()))})
_FILLER = re.compile(r"\b(?:the|his|her|its|current|new|general|lt|gen|admiral|adm|dr|mr|mrs|ms|"
                     r"excellency|samdech|datuk|seri)\b")
# An abbreviated country (U.S., UK): a party word.
_ABBREVIATION = re.compile(r"^(?:[a-z]\.)+[a-z]\.?$|^(?:us|uk|usa|uae)$")
_JUNIOR = re.compile(r"^(?:state minister|minister of state)(?:\s+(?:for|of|at|in)\s+(?:the\s+)?"
                     r"(?:ministry\s+of\s+(?:the\s+)?)?(?P<domain>[a-z ]+?)(?:\s+ministry)?)?$")
_SPOKES = re.compile(r"\bspokes(?:man|woman|person)\b")
_PREFIX_RANK = re.compile(r"\b(former|ex|late)[\s-]*$|\bthen[\s-]*$", re.IGNORECASE)
# Words of address that are not a name: a "holder" called only by them is no second person.
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "sir", "datuk", "dato", "dato'", "seri",
                         "sri", "tan", "sayyid", "seyed", "sheikh", "ayatollah", "gen",
                         "general", "excellency", "samdech", "prince", "lord"})
_STATE_WORDS = frozenset({"Republic", "Kingdom", "Democratic", "Islamic", "People's", "State",
                          "Federal", "Socialist", "United"})
_MINORITY_MAX = 2


def office_of(title: str, fold: Callable[[str], str | None]) -> tuple[str, str] | None:
    """``(rank, base)`` of a title, or ``None`` when it is no single-holder office."""
    rank = HOLDER
    words: list[str] = []
    for word in re.sub(r"[-–]", " ", title.lower()).split():
        bare = word.removesuffix("'s").removesuffix("’s").strip(",.")
        if bare in _RANKS and not words:
            rank = _RANKS[bare] if rank == HOLDER else rank
        elif fold(bare) is None and not _ABBREVIATION.match(bare):
            words.append(bare)  # a country or nationality word names the party, not the office
    text = " ".join(_FILLER.sub(" ", " ".join(words)).split())
    text = re.sub(r"\bof (?:the )?(?:kingdom|republic|government)(?: of)?\b", " ", text)
    text = re.sub(r"(?:\s+(?:of|the))+\s*$", "", " ".join(text.split()))
    if _SPOKES.search(text):
        return (rank, "foreign ministry spokesperson") if "foreign" in text else None
    junior = _JUNIOR.match(text)
    if junior is not None:
        # "minister of state for foreign affairs", "… at the foreign ministry"; a bare "minister
        # of state" keeps no ministry (its base is empty) and is set against any ministry's.
        domain = _DOMAINS.get((junior.group("domain") or "").strip(), "")
        return (JUNIOR, f"{domain} minister" if domain else "")
    text = re.sub(r"\bminister (?:of|for) (?:the )?([a-z ]+?)$",
                  lambda m: f"{m.group(1).strip()} minister", text)
    for domain, name in sorted(_DOMAINS.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"\b{domain} minister\b", f"{name} minister", text)
    return (rank, text) if text in _UNIQUE else None


def _clean_title(evidence: str, names: Iterable[str]) -> str | None:
    """The title in a role's evidence when it sits right against the person's name.

    ``Korvanian Deputy Foreign Minister Ramiro Santos`` and ``Ramiro Santos, Korvania's foreign
    minister`` are read; ``the foreign minister, A, and the director, B`` is not, for B.
    """
    text = " ".join(evidence.split())
    for name in sorted(names, key=len, reverse=True):
        if name and text.endswith(name):
            before = text[: -len(name)].rstrip()
            before = before[:-1].rstrip() if before.endswith(",") else before
            if "," in before or " and " in before or not before:
                return None
            return before
        if name and text.startswith(name + ","):
            after = text[len(name) + 1 :].strip()
            if "," in after or " and " in after or not after:
                return None
            return after
    return None


def _names(entity: StoryEntity) -> list[str]:
    surnames = [n.split()[-1] for n in (entity.name, *entity.aliases) if n.split()]
    return [entity.name, *entity.aliases, *surnames]


def _titles(entities: Sequence[StoryEntity], corpus: Corpus,
            fold: Callable[[str], str | None]) -> list[Title]:
    """Every clean, single-holder title of every person, one per role evidence."""
    found = []
    # Syndicated copies repeat one title in every copy: each distinct title is read once per
    # run (``fold`` is fixed for the run, so the answer for a title cannot change).
    offices: dict[str, tuple[str, str] | None] = {}
    parties: dict[str, str | None] = {}
    for entity in entities:
        if entity.type != "person":
            continue
        names = _names(entity)
        for role in entity.roles:
            for evidence in role.evidence:
                title = _clean_title(evidence.text, names)
                if title is None:
                    continue
                before = corpus.text(evidence.article)[max(0, evidence.start - 12) : evidence.start]
                prefix = _PREFIX_RANK.search(before)
                if prefix is not None and prefix.group(0).strip().lower().startswith("then"):
                    continue  # "then foreign minister X": a past office, rightly
                written = f"{prefix.group(1) if prefix else ''} {title}"
                if written not in offices:
                    offices[written] = office_of(written, fold)
                office = offices[written]
                if office is None:
                    continue
                for words in (role.of or "", title):
                    if words not in parties:
                        parties[words] = _party_in(words, fold)
                party = parties[role.of or ""] or parties[title] or entity.affiliation
                found.append(Title(entity.id, office[0], office[1], party, evidence.article,
                                    evidence))
    found += foreign_titles(entities, corpus, fold)
    return found


def _party_in(title: str, fold: Callable[[str], str | None]) -> str | None:
    """The country a title names (``Korvania's``, ``Korvanian``)."""
    whole = fold(title)
    if whole:
        return whole
    # The last country word: "Republic of Veldra" is Veldra's, "Korvanian Foreign Ministry"
    # Korvania's.
    for word in reversed(re.findall(r"[A-Z][\w-]+", title)):
        if word in _STATE_WORDS:
            continue
        country = fold(word.removesuffix("'s").removesuffix("’s"))
        if country:
            return country
    return None


def office_contradictions(entities: Sequence[StoryEntity], corpus: Corpus,
                          fold: Callable[[str], str | None]) -> list[Contradiction]:
    """Rank and holder contradictions over the roles of the story's people."""
    titles = _titles(entities, corpus, fold)
    people = {e.id: e for e in entities}
    names = {e.id: e.name for e in entities}
    found = _rank_conflicts(titles, corpus, names)
    found.extend(_holder_conflicts(titles, corpus, people))
    found.extend(_self_conflicts(titles, corpus, names))
    found.extend(variant_contradictions(entities, corpus))
    return found


def _self_conflicts(titles: list[Title], corpus: Corpus,
                    names: dict[str, str]) -> list[Contradiction]:
    """One article giving one person one office at two ranks ("Deputy Prime Minister X" in a
    summary, "Prime Minister X" in the text): the source's own inconsistency."""
    by_article: dict[tuple[str, str, str], dict[str, list[Title]]] = defaultdict(
        lambda: defaultdict(list))
    for title in titles:
        by_article[(title.article, title.person, title.base)][
            _label(title.rank, title.base)].append(title)
    found = []
    for (article, person, _base), ranks in sorted(by_article.items()):
        if len(ranks) < 2:
            continue
        outlets = corpus.outlets([article])
        sides = tuple(Side(label, tuple(t.evidence for t in items), outlets)
                      for label, items in sorted(ranks.items()))
        who = names.get(person, person)
        note = (f"{', '.join(outlets)} gives {who} two ranks of one office: "
                + "; ".join(s.value for s in sides) + ".")
        found.append(Contradiction(content_id("x_", "inconsistency", "office", article, person),
                                   "inconsistency", person, sides, note))
    return found


def _name_words(entity: StoryEntity) -> set[str]:
    """The words of a person's names, words of address left out."""
    return {w for n in (entity.name, *entity.aliases)
            for w in re.findall(r"[^\W\d_][\w'’-]*", n.lower()) if w not in _HONORIFICS}


def _another_person(main: StoryEntity, other: StoryEntity) -> bool:
    """Whether ``other`` is surely not ``main`` under another spelling or a partial name."""
    words = {w for w in re.findall(r"[^\W\d_][\w'’-]*", other.name.lower())
             if w not in _HONORIFICS}
    if len(words) < 2:
        return False  # "Dr Seyed", "Orrin": a name too short to be sure of anyone
    mine = {spelling_key(w) for w in _name_words(main) if len(w) > 2}
    return not any(similar_names(spelling_key(w), k) for w in _name_words(other) if len(w) > 2
                   for k in mine)


def _label(rank: str, base: str) -> str:
    if rank == JUNIOR:
        return JUNIOR
    return base if rank == HOLDER else f"{rank} {base}"


def _rank_conflicts(titles: list[Title], corpus: Corpus,
                    names: dict[str, str]) -> list[Contradiction]:
    by_person: dict[tuple[str, str], list[Title]] = defaultdict(list)
    for title in titles:
        by_person[(title.person, title.base)].append(title)
    # A minister of state of no named ministry is a junior minister of whichever ministry the
    # person is said to head elsewhere ("Veldra's minister of state" against "foreign minister").
    for (person, base), items in list(by_person.items()):
        if base.endswith(" minister") and base != "prime minister":
            items += by_person.get((person, ""), [])
    by_person = {key: items for key, items in by_person.items() if key[1]}
    found = []
    for (person, base), items in sorted(by_person.items()):
        sides: dict[str, list[Title]] = defaultdict(list)
        for item in items:
            sides[_label(item.rank, base)].append(item)
        made = _contradiction("rank", person, sides, corpus,
                              f"Outlets give {names.get(person, person)} different ranks")
        if made is not None:
            found.append(made)
    return found


def _holder_conflicts(titles: list[Title], corpus: Corpus,
                      people: dict[str, StoryEntity]) -> list[Contradiction]:
    by_office: dict[tuple[str, str], list[Title]] = defaultdict(list)
    for title in titles:
        if title.rank == HOLDER and title.party:
            by_office[(title.base, title.party)].append(title)
    found = []
    for (base, party), items in sorted(by_office.items()):
        holders: dict[str, list[Title]] = defaultdict(list)
        for item in items:
            holders[item.person].append(item)
        if len(holders) < 2:
            continue
        support = {p: corpus.support(t.article for t in ts) for p, ts in holders.items()}
        main = max(support, key=lambda p: (support[p], p))
        minority = [p for p in holders if p != main
                    and support[p] <= _MINORITY_MAX and 2 * support[p] <= support[main]
                    and _another_person(people[main], people[p])]
        for person in sorted(minority):
            sides = {people[main].name: holders[main], people[person].name: holders[person]}
            made = _contradiction("holder", person, sides, corpus,
                                  f"Outlets name different holders of {party}'s {base}")
            if made is not None:
                found.append(made)
    return found


def _contradiction(kind: str, about: str, sides: dict[str, list[Title]], corpus: Corpus,
                   note: str) -> Contradiction | None:
    """An office contradiction from sides of titles (see :func:`office_sides`)."""
    made = office_sides(sides, corpus)
    if made is None:
        return None
    values = sorted(side.value for side in made)
    return Contradiction(content_id("x_", "office", kind, about, *values), "office", about,
                         made, sides_note(note, made))
