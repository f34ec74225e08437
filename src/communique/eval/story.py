"""Score a dossier built from a real dev story against the story's hand-written gold.

The measures are the ones an analyst checks first (issue 11's table):

* **meetings** — a gold meeting is *found* when some held event of a fitting type names one of
  its place words and has its start and end; *found as one* when, besides, no other event of a
  fitting type at that place overlaps its dates (a day-by-day report split into two events, or a
  vaguer fragment, fails it; a ceasefire taking effect the day of a meeting is not a fragment of
  the meeting, nor the meeting a ceasefire);
* **reports** — of the articles the gold says report an event, those cited by a dossier
  event that can be it, English and other languages apart (a report in another language
  should join the event English reports describe);
* **phantoms** — held events that carry a place and date no real event had (±1 day), and
  events missing one of the two;
* **heads** — of each found meeting, whether at least two thirds of the gold heads are heads of
  the event's delegations and nobody heads two sides; **parties** — whether the event's party
  set is exactly the gold's (mediators apart);
* **publication dates** — of articles without a crawler header date: how many the dossier
  dates, and how many of those are right;
* **contradictions** — gold contradictions found (a dossier contradiction of a compatible kind
  whose sides hold articles of both gold sides; a gold source against itself needs the
  article on two sides, or the dossier's flag of its weekday when the gold speaks of a
  weekday), and dossier contradictions that match one;
* **entities** — top-30 dossier entities that duplicate a bigger entity of the same gold
  entity, or carry the wrong type;
* **copies** — gold syndicated/spun copies the dossier marks, and marks that are not copies;
* **claims** — counts, and a seeded random sample printed for a person to judge; with
  ``claims.tsv``, the key numeric facts: found (a claim with the value and unit citing one of
  the fact's articles), *pooled* (one claim holds at least two of the articles that state it),
  the share of the fact's articles that one claim holds, and facts split over several claims.

Names are compared through the gold's spellings (``entities.tsv``), so "U.S." and "United
States" are one party when the gold says so. Nothing here knows any story's names.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from communique.clean._dates import iso_day
from communique.eval._story_gold import (
    GoldClaim,
    GoldContradiction,
    GoldMeeting,
    StoryGold,
    norm,
)

Dossier = Mapping[str, Any]

TOP_ENTITIES = 30
HELD = frozenset({"held", "ongoing"})
# Gold contradiction kinds and the dossier kinds that can express them.
_KINDS = {
    "date": {"date", "inconsistency"},
    "place": {"place"},
    "number": {"value"},
    "ordinal": {"ordinal"},
    "participants": {"participants"},
    "mode": {"mode"},
    "office": {"office"},
    "inconsistency": {"inconsistency", "date", "value"},
}
# Gold event kinds and the dossier event types that can be that event: a ceasefire taking effect
# the day of a meeting at the same place is another event, not a fragment of the meeting.
_EVENT_TYPES = {
    "meeting": {"talks", "meeting", "agreement", "statement", "other"},
    "signing": {"talks", "meeting", "agreement", "statement", "other"},
    # A declaration one side makes about a signed text: suspending it is that declaration.
    "declaration": {"talks", "meeting", "agreement", "statement", "suspension", "other"},
    "ceasefire": {"ceasefire", "agreement"},
    "deadline": {"deadline"},
    "exchange": {"exchange"},
}
# Days of the week as the (English) gold writes them.
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_TYPES = {"group": {"organization", "other"}, "organization": {"organization"},
          "person": {"person"}, "country": {"country"}, "place": {"place"}}


@dataclass
class Measure:
    """One line of the table: a count out of a total, and the goal as a fraction."""

    name: str
    count: int
    total: int
    goal: str = ""
    note: str = ""

    @property
    def ratio(self) -> float:
        """``count / total`` (0 when there is nothing to count)."""
        return self.count / self.total if self.total else 0.0


@dataclass
class StoryScore:
    """Every measure of one dev story, and the details a person reads to judge the rest."""

    story: str
    measures: list[Measure] = field(default_factory=list)
    details: dict[str, list[str]] = field(default_factory=dict)

    def get(self, name: str) -> Measure:
        """The measure called ``name``."""
        return next(m for m in self.measures if m.name == name)



class _Names:
    """Entity ids and names of the dossier, read through the gold's spellings."""

    def __init__(self, dossier: Dossier, gold: StoryGold) -> None:
        self.gold = gold
        self.by_id = {e["id"]: e for e in dossier.get("entities", [])}

    def spellings(self, ref: str) -> list[str]:
        entity = self.by_id.get(ref)
        if entity is None:
            return [ref]
        return [entity["name"], *entity.get("aliases", [])]

    def canonical(self, ref: str) -> str:
        """The gold's name for an entity id or name (or its own name when the gold lacks it)."""
        for spelling in self.spellings(ref):
            found = self.gold.entity_of(spelling)
            if found is not None:
                return norm(found.canonical)
        return norm(self.spellings(ref)[0])

    def gold_key(self, name: str) -> str:
        return norm(self.gold.canonical(name))


def _place_matches(event: Mapping[str, Any], meeting: GoldMeeting) -> bool:
    place = norm(event.get("place") or "")
    if not place:
        return False
    return any(w == place or f" {w} " in f" {place} " for w in meeting.place_words)


def _place_fits(event: Mapping[str, Any], meeting: GoldMeeting) -> bool:
    """Whether an event's place can be the gold event's: any place (or none) when the gold
    event has none (a deadline is a day, not a place), else :func:`_place_matches`."""
    return not meeting.place_words or _place_matches(event, meeting)


def _overlaps(event: Mapping[str, Any], meeting: GoldMeeting, slack: int = 1) -> bool:
    start, end = iso_day(event.get("start")), iso_day(event.get("end") or event.get("start"))
    g_start, g_end = iso_day(meeting.start), iso_day(meeting.end)
    if start is None or end is None or g_start is None or g_end is None:
        return False
    pad = timedelta(days=slack)
    return start <= g_end + pad and g_start - pad <= end


def _exact(event: Mapping[str, Any], meeting: GoldMeeting) -> bool:
    return event.get("start") == meeting.start and (event.get("end") or event.get("start")) == (
        meeting.end or meeting.start
    )


def _fits(event: Mapping[str, Any], meeting: GoldMeeting) -> bool:
    """Whether an event's type can be the gold event's kind (any type when either is unknown)."""
    kinds = _EVENT_TYPES.get(meeting.kind)
    return kinds is None or not event.get("type") or event["type"] in kinds


def _status(event: Mapping[str, Any]) -> str:
    return str(event.get("status") or "held")


def _heads(event: Mapping[str, Any], names: _Names) -> dict[str, set[str]]:
    """Head (gold key) → the sides (party keys) that list them as head."""
    sides: dict[str, set[str]] = defaultdict(set)
    for party, delegation in (event.get("delegations") or {}).items():
        for head in delegation.get("heads", []):
            sides[names.canonical(head)].add(names.canonical(party))
    return sides


def _score_meetings(dossier: Dossier, gold: StoryGold, names: _Names, score: StoryScore) -> None:
    events = list(dossier.get("events", []))
    meetings = [m for m in gold.meetings if m.status in HELD]
    found = one = heads_right = parties_right = lenient = with_heads = 0
    lines: list[str] = []
    for meeting in meetings:
        at_place = [e for e in events if _place_matches(e, meeting) and _overlaps(e, meeting)
                    and _fits(e, meeting)]
        exact = [e for e in at_place if _exact(e, meeting) and _status(e) in HELD]
        label = f"{'/'.join(meeting.place_words[:1])} {meeting.start}–{meeting.end}"
        if not exact:
            seen = ", ".join(f"{e.get('place')} {e.get('start')}–{e.get('end')}" for e in at_place)
            lines.append(f"MISSED {label}" + (f" (near: {seen})" if seen else ""))
            continue
        found += 1
        one += len(at_place) == 1
        event = max(exact, key=lambda e: int(e.get("support") or 0))
        sides = _heads(event, names)
        gold_heads = {names.gold_key(h) for h in meeting.heads}
        if gold_heads:
            with_heads += 1
            have = sum(1 for h in gold_heads if h in sides)
            two_sides = [h for h, s in sides.items() if len(s) > 1]
            ok = have * 3 >= 2 * len(gold_heads) and not two_sides
            heads_right += ok
            everyone = {*sides, *(names.canonical(p) for p in event.get("parties", [])),
                        *(names.canonical(p) for p in event.get("mediators", [])),
                        *(names.canonical(m) for d in (event.get("delegations") or {}).values()
                          for m in d.get("members", []))}
            lenient += sum(1 for h in gold_heads if h in everyone) * 3 >= 2 * len(gold_heads)
        got = {names.canonical(p) for p in event.get("parties", [])}
        want = {names.gold_key(p) for p in meeting.parties}
        parties_right += got == want
        lines.append(
            f"found {label}{'' if len(at_place) == 1 else f' + {len(at_place) - 1} fragment(s)'}"
            f"; parties {sorted(got)} vs {sorted(want)}; heads {sorted(sides)} vs "
            f"{sorted(gold_heads)}"
        )
    score.measures += [
        Measure("meetings found (place, start, end)", found, len(meetings)),
        Measure("meetings found as exactly one event", one, len(meetings), "≥ 85%"),
        Measure("heads of delegation right", heads_right, with_heads, "≥ 75%"),
        Measure("heads among parties/delegations/mediators (lenient)", lenient, with_heads),
        Measure("party set exactly right", parties_right, len(meetings), "≥ 75%"),
    ]
    score.details["meetings"] = lines
    _score_phantoms(events, gold, score)


def _score_reports(dossier: Dossier, gold: StoryGold, ids: Mapping[str, str],
                   score: StoryScore) -> None:
    """Of every article the gold says reports an event (``ids`` of ``meetings.tsv``, any kind
    or status), whether the article is evidence of a dossier event that can be that event
    (its place, unless the gold event has none, its dates ±1 day, a fitting type); English and
    the other languages apart, and per language in the details: a report in another language
    should join the event as one more outlet. The details list each report that misses."""
    language = {a["id"]: a.get("language") or "?" for a in dossier.get("articles", [])}
    events = list(dossier.get("events", []))
    total: Counter[str] = Counter()
    reached: Counter[str] = Counter()
    missed: list[str] = []
    for meeting in gold.meetings:
        matching = [e for e in events if _place_fits(e, meeting) and _overlaps(e, meeting)
                    and _fits(e, meeting)]
        cited = {ev.get("article") for e in matching for ev in e.get("evidence", [])}
        for gid in meeting.ids:
            article = ids.get(gid)
            if article is None:
                continue
            total[language[article]] += 1
            reached[language[article]] += article in cited
            if article not in cited:
                missed.append(_missed_report(gid, language[article], meeting,
                                             _events_citing(events, article)))
    other = [code for code in total if code != "en"]
    score.measures += [
        Measure("event reports reaching their event (English)", reached["en"], total["en"]),
        Measure("event reports reaching their event (other languages)",
                sum(reached[c] for c in other), sum(total[c] for c in other)),
    ]
    score.details["reports by language"] = [
        f"{code}: {reached[code]}/{total[code]}" for code in sorted(total)]
    score.details["reports missing their event"] = sorted(missed)


def _events_citing(events: Sequence[Mapping[str, Any]], article: str) -> list[str]:
    """``type place start`` of each dossier event that cites ``article``."""
    return [f"{e.get('type')} {e.get('place')} {e.get('start')}" for e in events
            if any(ev.get("article") == article for ev in e.get("evidence", []))]


def _missed_report(gid: str, language: str, meeting: GoldMeeting, cited_by: list[str]) -> str:
    """One line of the details: a gold report that no fitting event cites, and what it reached."""
    label = f"{meeting.kind} {'/'.join(meeting.place_words[:1])} {meeting.start}"
    return f"{language} {gid}: {label} ({meeting.status}); cited by: {'; '.join(cited_by) or '-'}"


def _score_phantoms(events: Sequence[Mapping[str, Any]], gold: StoryGold,
                    score: StoryScore) -> None:
    """Held events whose place and date match no real event (any kind or status), ±1 day."""
    held = [e for e in events if _status(e) in HELD]
    incomplete = [e for e in held if not e.get("place") or iso_day(e.get("start")) is None]
    phantom = [
        e for e in held
        if e not in incomplete
        and not any(_place_matches(e, m) and _overlaps(e, m) for m in gold.meetings)
    ]
    score.measures += [
        Measure("held events with a place and date no real event had", len(phantom),
                len(held) - len(incomplete), "≤ 10%"),
        Measure("held events without a full date or a place", len(incomplete), len(held)),
    ]
    score.details["phantoms"] = [
        f"{e.get('place')} {e.get('start')}–{e.get('end')} ({e.get('title')}, support "
        f"{e.get('support')})" for e in phantom
    ]


def _article_ids(dossier: Dossier, gold: StoryGold) -> dict[str, str]:
    """Gold id → dossier article id, matched by URL."""
    by_url = {(a.get("url") or "").rstrip("/"): a["id"] for a in dossier.get("articles", [])}
    return {gid: by_url[url.rstrip("/")] for gid, url in gold.urls.items()
            if url.rstrip("/") in by_url}


def _agrees(got: str, truth: str) -> bool:
    """Whether a dossier date agrees with the gold at the precision of both.

    A month (``2025-05``) agrees with any day of it and a day with the gold's month: a month
    is less than a day, but it is not wrong.
    """
    if not truth:
        return False
    return got == truth or got.startswith(truth) or truth.startswith(got)


def _score_published(dossier: Dossier, gold: StoryGold, ids: Mapping[str, str],
                     score: StoryScore) -> None:
    if not gold.published:
        return
    articles = {a["id"]: a for a in dossier.get("articles", [])}
    dated = right = total = knowable = dated_knowable = 0
    wrong: list[str] = []
    for gid, truth in gold.published.items():
        if gold.header_dates.get(gid) or gid not in ids:
            continue
        total += 1
        knowable += bool(truth)
        got = articles[ids[gid]].get("published")
        if not got:
            continue
        dated += 1
        dated_knowable += bool(truth)
        if _agrees(got, truth):
            right += 1
        else:
            basis = articles[ids[gid]].get("published_basis")
            wrong.append(f"{gid}: {got} ({basis}) vs gold {truth or 'unknown'}")
    score.measures += [
        Measure("publication dated (no crawler header)", dated, total, "≥ 90%"),
        Measure("  of those the gold can date from the text", dated_knowable, knowable),
        Measure("publication date right, of those dated", right, dated, "≥ 95%"),
    ]
    score.details["published"] = wrong


def _sides(contradiction: Mapping[str, Any]) -> list[set[str]]:
    return [{e["article"] for e in side.get("evidence", [])}
            for side in contradiction.get("sides", [])]


def _names_weekday(text: str) -> bool:
    """Whether a gold side (written in English) names a day of the week."""
    return bool(_WEEKDAY.search(text))


def _covers_itself(found: Mapping[str, Any], truth: GoldContradiction, article: set[str]
                   ) -> bool:
    """Whether ``found`` shows the one gold article against itself on the same fact.

    The article must stand on two sides (it states both values), or ``found`` is the flag of
    an article's weekday that does not match its date, standing for a gold self-inconsistency
    only when the gold's sides speak of a weekday: an article's slip on one date is no finding
    of its inconsistency about a count or a place.
    """
    sides = _sides(found)
    if sum(1 for s in sides if article & s) >= 2:
        return True
    weekday_flag = found.get("kind") == "inconsistency" and bool(sides) and article & sides[0]
    return bool(weekday_flag) and (_names_weekday(truth.side_a) or _names_weekday(truth.side_b))


def _covers(found: Mapping[str, Any], truth: GoldContradiction, ids: Mapping[str, str]) -> bool:
    if found.get("kind") not in _KINDS.get(truth.kind, {truth.kind}):
        return False
    a = {ids[i] for i in truth.ids_a if i in ids}
    b = {ids[i] for i in truth.ids_b if i in ids}
    if not a or not b:
        return False
    if a == b:  # a source against itself
        return _covers_itself(found, truth, a)
    sides = _sides(found)
    return any(a & s and b & t for s in sides for t in sides if s is not t)


def _score_contradictions(dossier: Dossier, gold: StoryGold, ids: Mapping[str, str],
                          score: StoryScore) -> None:
    found = list(dossier.get("contradictions", []))
    if gold.contradictions:
        hits = [g for g in gold.contradictions if any(_covers(f, g, ids) for f in found)]
        real = [f for f in found if any(_covers(f, g, ids) for g in gold.contradictions)]
        score.measures += [
            Measure("gold contradictions found", len(hits), len(gold.contradictions), "≥ 50%"),
            Measure("dossier contradictions matching a gold one", len(real), len(found), "≥ 90%",
                    "the rest: judge by hand (details)"),
        ]
        score.details["contradictions found"] = [f"{g.id} {g.kind}: {g.about}" for g in hits]
        kinds = sorted({g.kind for g in gold.contradictions})
        score.details["gold contradictions found, by kind"] = [
            f"{kind}: {sum(1 for g in hits if g.kind == kind)}/"
            f"{sum(1 for g in gold.contradictions if g.kind == kind)}" for kind in kinds
        ]
        score.details["contradictions not in gold"] = [
            f"{f.get('kind')}: " + " | ".join(str(s.get("value")) for s in f.get("sides", []))
            + f" — {f.get('note', '')}" for f in found if f not in real
        ]
    else:
        score.measures.append(Measure("dossier contradictions (no gold)", len(found), len(found)))


def _score_copies(dossier: Dossier, gold: StoryGold, ids: Mapping[str, str],
                  score: StoryScore) -> None:
    if not gold.copies:
        return
    marks = {a["id"]: a.get("duplicate_of") for a in dossier.get("articles", [])}

    def root(article: str) -> str:
        seen = set()
        while marks.get(article) and article not in seen:
            seen.add(article)
            article = marks[article] or article
        return article

    def gold_root(gid: str) -> str:
        seen = set()
        while gid in gold.copies and gid not in seen:
            seen.add(gid)
            gid = gold.copies[gid]
        return gid

    pairs = [(ids[c], ids[o]) for c, o in gold.copies.items() if c in ids and o in ids]
    # A copy and its original share a root only when one of them is marked.
    marked = sum(1 for c, o in pairs if root(c) == root(o))
    back = {v: k for k, v in ids.items()}
    missed = [f"{back[c]} not marked a copy of {back[o]}" for c, o in pairs if root(c) != root(o)]
    false = [
        f"{back.get(a, a)} marked a copy of {back.get(d, d)}"
        for a, d in marks.items()
        if d and (a not in back or d not in back
                  or gold_root(back[a]) != gold_root(back[d]))
    ]
    score.measures += [
        Measure("syndicated or spun copies marked", marked, len(pairs), "≥ 80%"),
        Measure("copy marks that are not copies", len(false), sum(1 for d in marks.values() if d),
                "0"),
    ]
    score.details["false copies"] = false
    score.details["copies missed"] = missed


def _capital_place(entity: Mapping[str, Any]) -> str | None:
    """The key of a capital or city typed as a place: a place of its own, not a duplicate of its
    country (the gold lists capitals among a country's spellings so that a party named by its
    capital matches, but the dossier keeps the city as a place). ``None`` for anything else."""
    from communique.extract.entities._gazetteer import GazKind, gazetteer

    entry = gazetteer().lookup(entity["name"])
    if entity.get("type") != "place" or entry is None or entry.kind is not GazKind.CAPITAL:
        return None
    return "place:" + norm(entity["name"])


def _place_truth(entity: Mapping[str, Any], gold: StoryGold) -> Any:
    """The gold place spelled like ``entity``'s name, if the gold lists it on its own."""
    key = norm(entity["name"])
    return next((g for g in gold.entities if g.type == "place"
                 and key in {norm(g.canonical), *map(norm, g.variants)}), None)


def _score_entities(dossier: Dossier, gold: StoryGold, names: _Names, score: StoryScore) -> None:
    if not gold.entities:
        return
    entities = sorted(dossier.get("entities", []), key=lambda e: -int(e.get("mentions") or 0))

    def key_of(entity: Mapping[str, Any]) -> str:
        return _capital_place(entity) or names.canonical(entity["id"])

    biggest: dict[str, str] = {}
    for entity in entities:
        biggest.setdefault(key_of(entity), entity["id"])
    split: list[str] = []
    typed: list[str] = []
    for entity in entities[:TOP_ENTITIES]:
        key = key_of(entity)
        if key.startswith("place:"):
            truth = _place_truth(entity, gold)
        else:
            truth = gold.entity_of(key) or next(
                (g for s in names.spellings(entity["id"]) if (g := gold.entity_of(s))), None)
        if biggest[key] != entity["id"]:
            split.append(f"{entity['name']} ({entity['type']}) duplicates "
                         f"{names.by_id[biggest[key]]['name']}")
        elif truth is not None and entity.get("type") not in _TYPES.get(truth.type, {truth.type}):
            typed.append(f"{entity['name']} typed {entity.get('type')}, gold {truth.type}")
    top = min(TOP_ENTITIES, len(entities))
    score.measures += [
        Measure("top-30 entities duplicating a bigger one", len(split), top, "0"),
        Measure("top-30 entities of the wrong type", len(typed), top, "0"),
    ]
    score.details["entity splits"] = split
    score.details["entity types"] = typed


def _same_value(claim: Mapping[str, Any], fact: GoldClaim) -> bool:
    value = claim.get("value")
    if not isinstance(value, Mapping) or value.get("amount") is None:
        return False
    if (value.get("unit") or "") != fact.unit:
        return False
    return abs(float(value["amount"]) - fact.value) <= 1e-6 * max(1.0, abs(fact.value))


def _score_key_facts(dossier: Dossier, gold: StoryGold, ids: Mapping[str, str],
                     score: StoryScore) -> None:
    """Each gold key fact: is it one claim carrying the articles that state it?"""
    if not gold.claims:
        return
    claims = list(dossier.get("claims", []))
    found = pooled = multi = split = held = stated = 0
    lines: list[str] = []
    for fact in gold.claims:
        articles = {ids[i] for i in fact.ids if i in ids}
        holding = [
            len(articles & {e["article"] for e in c.get("evidence", [])})
            for c in claims if _same_value(c, fact)
        ]
        holding = [n for n in holding if n]
        best = max(holding, default=0)
        found += best > 0
        multi += len(articles) >= 2
        pooled += len(articles) >= 2 and best >= 2
        split += len(holding) > 1
        held += best
        stated += len(articles)
        lines.append(f"{fact.id} {fact.value:g} {fact.unit} ({fact.what}): best claim holds "
                     f"{best}/{len(articles)} articles" + (
                         f", spread over {len(holding)} claims" if len(holding) > 1 else ""))
    score.measures += [
        Measure("key facts found as a claim (value, unit, an article)", found, len(gold.claims)),
        Measure("key facts held as one claim with ≥ 2 of their articles", pooled, multi),
        Measure("articles of key facts in the claim holding the fact", held, stated),
        Measure("key facts split over several claims", split, len(gold.claims), "0"),
    ]
    score.details["key facts"] = lines


def _score_claims(dossier: Dossier, score: StoryScore, sample: int, seed: int) -> None:
    claims = list(dossier.get("claims", []))
    multi = sum(1 for c in claims if int(c.get("support") or 0) >= 2)
    score.measures.append(Measure("claims supported by ≥ 2 outlets", multi, len(claims)))
    chosen = random.Random(seed).sample(claims, min(sample, len(claims)))
    score.details["claims sample (judge: self-contained? support plausible?)"] = [
        f"[{c.get('support')}] {c.get('text')}" for c in chosen
    ]


def score_story(dossier: Dossier, gold: StoryGold, *, claims_sample: int = 30,
                seed: int = 0) -> StoryScore:
    """Every measure of the dossier of one dev story against its gold."""
    score = StoryScore(gold.name)
    names = _Names(dossier, gold)
    ids = _article_ids(dossier, gold)
    score.measures.append(Measure("gold articles in the dossier", len(ids), len(gold.urls)))
    _score_meetings(dossier, gold, names, score)
    _score_reports(dossier, gold, ids, score)
    _score_published(dossier, gold, ids, score)
    _score_contradictions(dossier, gold, ids, score)
    _score_entities(dossier, gold, names, score)
    _score_copies(dossier, gold, ids, score)
    _score_key_facts(dossier, gold, ids, score)
    _score_claims(dossier, score, claims_sample, seed)
    return score


def render(scores: Iterable[StoryScore], details: bool = False) -> str:
    """The measures as a Markdown table (one column per story), details after it if asked."""
    scores = list(scores)
    names = [m.name for m in scores[0].measures] if scores else []
    for s in scores[1:]:
        names += [m.name for m in s.measures if m.name not in names]
    goals = {m.name: m.goal for s in scores for m in s.measures}
    head = "| measure | " + " | ".join(s.story for s in scores) + " | goal |"
    lines = [head, "|" + "---|" * (len(scores) + 2)]
    for name in names:
        cells = []
        for s in scores:
            m = next((m for m in s.measures if m.name == name), None)
            cells.append(f"{m.count}/{m.total} ({m.ratio:.0%})" if m else "–")
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {goals[name]} |")
    if details:
        for s in scores:
            for title, items in s.details.items():
                lines += ["", f"### {s.story}: {title} ({len(items)})", *(f"- {i}" for i in items)]
    return "\n".join(lines)
