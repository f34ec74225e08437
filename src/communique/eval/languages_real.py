"""Person linking, places, dates and quotes on real non-English articles
(``tests/gold/multilingual-real``).

The gold lists every person and place mention of 65 real excerpts in seven languages with its
canonical (English) name; the texts are rebuilt into ``.data/multilingual-real.jsonl`` and never
committed. Per article we compare the *distinct canonical names*: a system person entity links
to a gold person when their names match under the cross-script name keys (``Вадефуль`` /
``Johann Wadephul``), a place when its canonical name matches (``Peking`` must come out as
``Beijing``). Bylines and photo credits are left out of the person gold. Dates are compared
by value, as multisets (``2025-12-08``, ``P6W``); a gold quote (first words and speaker) is
found when a marked system quote holds its first words, and its speaker is right when the
system speaker's name links to the gold's (a person by the name keys, an organization or
country by its spelling).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from communique.errors import InputError
from communique.eval.languages import Counts, match_count, name_key, same_person, same_place
from communique.lang.names import similar_names
from communique.model import Document
from communique.model.annotations import Annotations
from communique.model.entities import EntityLabel
from communique.model.quotes import QuoteKind

_UNKNOWN = ("", "?")
REAL_CATEGORIES = ("persons", "places", "dates", "quotes", "speakers")
_WORDS = re.compile(r"\w+")
_SKIPPED_NOTES = ("byline", "photo credit", "author")
_PLACE_LABELS = (EntityLabel.PLACE, EntityLabel.COUNTRY)


def _rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle, delimiter="\t"))
    except OSError as exc:
        raise InputError(str(path), f"gold file unreadable: {exc}", code="E121") from exc


@dataclass
class RealArticle:
    """One gold article: its language and the distinct canonical persons and places."""

    language: str
    persons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    """Values of the article's temporal expressions (one per mention)."""
    quotes: list[tuple[str, str]] = field(default_factory=list)
    """``(first words, speaker)`` of each quotation in quotation marks."""


def load_real_gold(folder: Path) -> dict[str, RealArticle]:
    """Per article id: its language and its distinct gold persons and places."""
    gold = {row["id"]: RealArticle(row["lang"]) for row in _rows(folder / "sources.tsv")}
    for row in _rows(folder / "persons.tsv"):
        note = (row.get("note") or "").lower()
        if row["id"] in gold and not any(n in note for n in _SKIPPED_NOTES):
            gold[row["id"]].persons.add(row["canonical"])
    for row in _rows(folder / "places.tsv"):
        if row["id"] in gold:
            gold[row["id"]].places.add(row["canonical"])
    for row in _rows(folder / "dates.tsv"):
        if row["id"] in gold and row.get("value"):
            gold[row["id"]].dates.append(row["value"])
    for row in _rows(folder / "quotes.tsv"):
        if row["id"] in gold:
            gold[row["id"]].quotes.append((row["first_words"], row.get("speaker") or ""))
    return gold


def real_inputs(texts: Path, gold: dict[str, RealArticle]) -> dict[str, str]:
    """Article url → gold id, for the texts file's articles that the gold covers."""
    if not texts.is_file():
        raise InputError(str(texts), "the rebuilt texts are missing", code="E121",
                         fix="rebuild .data/multilingual-real.jsonl (see the gold's README)")
    ids = {}
    for line in texts.read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else {}
        if record.get("id") in gold:
            ids[str(record["url"])] = str(record["id"])
    return ids


Same = Callable[[str, str], bool]


def _distinct(names: list[str], same: Same) -> list[str]:
    """``names`` with every name that matches an earlier one left out."""
    out: list[str] = []
    for name in names:
        if not any(same(name, kept) for kept in out):
            out.append(name)
    return out


def _plain(text: str) -> str:
    """Lower case, words only: how quote words are compared."""
    return " ".join(_WORDS.findall(text.lower()))


_JOINT = re.compile(r"\s+and\s+|–")
"""What joins the sides of a joint gold speaker (``Veldran government and FLK delegations``,
``Veldra–Korvania joint declaration``)."""
_GENERIC = frozenset({"government", "delegation", "delegations", "joint", "declaration",
                      "statement", "sides", "parties", "communique", "the"})
"""Words of a joint gold speaker that say what spoke, not who: the sides are the rest."""


def _names_party(name: str, party: str) -> bool:
    """Whether a system speaker names one side of a joint gold speaker: a capitalized word
    of it is that side's name in any spelling or form (``Korvânia`` for ``Korvanian``)."""
    wanted = [w for w in _WORDS.findall(party) if w.lower() not in _GENERIC]
    said = [w for w in _WORDS.findall(name) if w[:1].isupper()]
    return bool(wanted) and any(same_place(w, x) for w in wanted for x in said)


def _same_speaker(name: str, label: EntityLabel | None, wanted: str, person: bool) -> bool:
    """Whether a system speaker links to the gold one. A gold person is matched only by a
    person (or a name the entity finder left unlabelled) under the person-name rules: a place
    entity that took a person's name (a surname that is also a town) or a given name alone
    does not count; a full name spelled a little differently does (``Ali al-Hamadi`` /
    ``Ali al-Hamady``). A gold organization or country is matched by its spelling; a joint
    gold speaker (sides joined by ``and`` or a dash) by a system speaker naming every side."""
    parties = _JOINT.split(wanted)
    if len(parties) > 1:
        return all(_names_party(name, party) for party in parties)
    if person:
        return label in (None, EntityLabel.PERSON) and (
            same_person(name, wanted) or (" " in name.strip() and
                                          similar_names(name_key(name), name_key(wanted))))
    return same_person(name, wanted) or same_place(name, wanted)


def _score_quotes(found: Annotations, wanted: RealArticle, counts: dict[str, Counts],
                  misses: list[str] | None = None) -> None:
    """Marked quotes found (a system quote holding the gold's first words) and, of those
    found whose gold speaker is known (not ``?``), how many have it (``speakers``: right,
    found, gold). Each quote missed, given the wrong speaker or found but not in the gold
    goes to ``misses``."""
    canonical = {a: (e.canonical, e.label) for e in found.entities
                 for a in (*e.aliases, e.canonical)}
    system = [(_plain(q.text), *canonical.get(q.speaker_text or "", (q.speaker_text or "", None)))
              for q in found.quotes if q.kind is not QuoteKind.INDIRECT]
    free = list(system)
    hits = right = known = 0
    for first, speaker in wanted.quotes:
        start = _plain(first)
        hit = next((item for item in free if start and start in item[0]), None)
        if hit is None:
            if misses is not None:
                misses.append(f"quote missed: {first!r} ({speaker})")
            continue
        free.remove(hit)
        hits += 1
        if speaker not in _UNKNOWN:
            known += 1
            good = bool(hit[1]) and _same_speaker(hit[1], hit[2], speaker,
                                                  speaker in wanted.persons)
            right += good
            if misses is not None and not good:
                misses.append(f"speaker: {first!r} wanted {speaker!r}, got {hit[1] or '-'!r}")
    if misses is not None:  # marked quotes the gold lacks: what lowers quote precision
        misses.extend(f"quote extra: {words[:40]!r}" for words, _, _ in free)
    counts["quotes"].add(hits, len(system), len(wanted.quotes))
    counts["speakers"].add(right, known, sum(s not in _UNKNOWN for _, s in wanted.quotes))


def score_real(documents: Sequence[Document], annotated: Sequence[Annotations],
               gold: dict[str, RealArticle], ids: dict[str, str],
               errors: dict[str, list[str]] | None = None
               ) -> dict[str, dict[str, Counts]]:
    """Per language: person-linking, place, date-value, quote and speaker counts over the
    gold's articles. With ``errors``, each article id gets its misses: gold persons, places
    and date values not found, ones found that the gold lacks, missed quotes and wrong
    speakers."""
    scores: dict[str, dict[str, Counts]] = defaultdict(
        lambda: {name: Counts() for name in REAL_CATEGORIES})
    for document, found in zip(documents, annotated, strict=True):
        key = ids.get(document.url or "")
        if key is None:
            continue
        wanted = gold[key]
        counts = scores[wanted.language]
        persons = _distinct([e.canonical for e in found.entities
                             if e.label is EntityLabel.PERSON], same_person)
        places = _distinct([e.canonical for e in found.entities if e.label in _PLACE_LABELS],
                           same_place)
        gold_persons, gold_places = sorted(wanted.persons), sorted(wanted.places)
        counts["persons"].add(match_count(persons, gold_persons, same_person), len(persons),
                              len(gold_persons))
        counts["places"].add(match_count(places, gold_places, same_place), len(places),
                             len(gold_places))
        values = Counter(d.value for d in found.dates if d.value)
        gold_values = Counter(wanted.dates)
        counts["dates"].add(sum((values & gold_values).values()), sum(values.values()),
                            sum(gold_values.values()))
        misses = None if errors is None else errors.setdefault(key, [])
        if misses is not None:
            _list_misses(misses, persons, gold_persons, places, gold_places, values, gold_values)
        _score_quotes(found, wanted, counts, misses)
    return dict(sorted(scores.items()))


def _list_misses(misses: list[str], persons: list[str], gold_persons: list[str],
                 places: list[str], gold_places: list[str], values: Counter[str],
                 gold_values: Counter[str]) -> None:
    """Append the persons, places and date values one side has and the other lacks."""
    for kind, ours, theirs, same in (("person", persons, gold_persons, same_person),
                                     ("place", places, gold_places, same_place)):
        misses += [f"{kind} missed: {g}" for g in theirs
                   if not any(same(o, g) for o in ours)]
        misses += [f"{kind} extra: {o}" for o in ours if not any(same(o, g) for g in theirs)]
    misses += [f"date missed: {v}" for v in sorted((gold_values - values).elements())]
    misses += [f"date extra: {v}" for v in sorted((values - gold_values).elements())]


def render_errors(errors: dict[str, list[str]]) -> str:
    """The misses of each article, one line each, under its id."""
    lines = []
    for key in sorted(errors):
        lines += [f"{key}: {miss}" for miss in errors[key]]
    return "\n".join(lines) + "\n"


def speaker_share(counts: Counts) -> float:
    """Of the gold quotes found that have a known speaker, the share whose speaker is the
    gold's."""
    return counts.tp / counts.system if counts.system else 0.0


def render_real(scores: dict[str, dict[str, Counts]]) -> str:
    """A Markdown table per language: person linking, places and date values (precision,
    recall, F1), quotes in quotation marks (found: recall; precision; F1) and the share of
    found quotes with the right speaker."""
    lines = ["| language | persons P | R | F1 | places P | R | F1 | dates P | R | F1 "
             "| quotes P | found | F1 | speakers |",
             "|---|" + "---|" * 13]
    for language, counts in scores.items():
        cells = []
        for name in ("persons", "places", "dates", "quotes"):
            c = counts[name]
            p = c.tp / c.system if c.system else 0.0
            r = c.tp / c.gold if c.gold else 0.0
            cells += [f"{p:.2f}", f"{r:.2f}", f"{c.f1:.2f}"]
        cells.append(f"{speaker_share(counts['speakers']):.2f}")
        lines.append(f"| {language} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
