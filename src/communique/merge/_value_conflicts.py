"""Value contradictions: outlets stating different values for one attribute of one fact.

Pooled claims are blocked by what their number measures — the unit, the measure (a class such
as *killed*, else the verb and the counted noun) and the countries that narrow it — and two
blocks' claims contradict only when all of this holds:

* both are plain statements (not modal, conditional or negated), and neither sentence lists
  several values of the measure (``X, Y or even Z years``, ages in a list of names, several
  resolution numbers);
* both numbers are measurements (not a clock time and its time-zone conversion, not part of
  an ordinal date) and neither is a date (dates are the events stage's);
* they are about the same occasion: the same event when both sentences report one, and a
  duration only ever of one event; a count of a bounded episode that the sentence names by
  its length (*the five-day conflict*), which no longer grows, whenever written; a count whose
  sentence gives the same telling figure of another tally (*35 killed* beside it in both: one
  update of the tallies, cited by two outlets), whenever written; otherwise articles
  published the same day, since counts (dead, displaced) grow;
* the values disagree beyond what the wording allows (*about* leaves 10 %, and so do *just
  over* and *nearly*, bounds that sit close to their value; *more than 40* is compatible with
  43; a range holds the values inside it; two lower bounds, or two upper bounds, are both true
  of one figure, unless both are precise tallies of one settled episode: *at least 43* and
  *at least 48* dead of *the five-day conflict*, or two bounds of one update of the tallies);
* different outlets state them: an outlet found on two sides is taken off both, so that an
  outlet is never set against itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace

from communique.merge._corpus import Corpus
from communique.merge._fact import Fact
from communique.merge._fact_numbers import telling
from communique.merge._fact_words import measure_stems
from communique.merge._rate_changes import one_change, rate_change_blocks
from communique.merge._self_values import self_value_contradictions
from communique.model import content_id
from communique.model.story import Contradiction, Evidence, Side, StoryClaim

_APPROX_SLACK = 0.1
_DURATION_WINDOW_DAYS = 3
_EVENT_DURATIONS = frozenset({"hour"})
_MEASURE_WORDS = {
    "killed": "the number killed",
    "injured": "the number injured",
    "displaced": "the number displaced",
    "detained": "the number detained",
}


def _comparable(fact: Fact) -> bool:
    """A plain, single-valued measurement that can stand against another outlet's."""
    verb, _, noun = fact.measure.partition("|")
    named = "|" not in fact.measure or bool(verb and noun)
    quantity = fact.claim.quantity
    vague = quantity is not None and not any(c.isdigit() for c in quantity.text) and (
        quantity.low is not None and quantity.high is not None and quantity.approximate)
    return (
        fact.value is not None
        and not vague
        and fact.measured
        and fact.assertive
        and not fact.listed
        and fact.unit not in ("", "date")
        and named
    )


def _round(value: float) -> bool:
    """A round figure (one significant digit: 40, 300,000), used as a loose bound."""
    digits = str(int(abs(value))).rstrip("0")
    return value == int(value) and len(digits) <= 1


def _compatible(a: Fact, b: Fact) -> bool:
    """Whether ``b``'s value fits what ``a`` says (equal, approximate, bound, range)."""
    qa = a.claim.quantity
    if qa is None or a.value is None or b.value is None:
        return True
    if a.value == b.value:
        return True
    scale = a.value / qa.value if qa.value else 1.0
    low = qa.low * scale if qa.low is not None else None
    high = qa.high * scale if qa.high is not None else None
    if qa.approximate and abs(a.value - b.value) <= _APPROX_SLACK * max(a.value, b.value):
        return True
    if qa.approximate and (low is None) != (high is None):
        return False  # "just over two hours", "nearly 50": a bound that sits close to its value
    if low is not None and high is not None:
        return low <= b.value <= high
    if low is not None and _round(low):
        return b.value >= low
    return high is not None and _round(high) and b.value <= high


def _written_near(a: Fact, b: Fact, days: int) -> bool:
    """Both articles dated (a copy by its original), at most ``days`` apart."""
    if a.written is None or b.written is None:
        return False
    return abs((a.written - b.written).days) <= days


def _same_occasion(a: Fact, b: Fact) -> bool:
    """Whether two figures are about one occasion, so that they must agree.

    A length is a meeting's (the sentence's own event, else the article's main one; one that
    names only a place is the meeting held there when the article was written): reports of
    one meeting are published within days, and a round number settles it. A count (dead,
    displaced) grows day by day: it must come from articles published the same day.
    """
    if a.unit in _EVENT_DURATIONS:
        event_a, event_b = a.event or a.main_event, b.event or b.main_event
        rounds = {f.claim.ordinal for f in (a, b) if f.claim.ordinal}
        return (event_a is not None and event_a == event_b and len(rounds) <= 1
                and _written_near(a, b, _DURATION_WINDOW_DAYS))
    if a.episode is not None and a.episode == b.episode:
        return True  # "the five-day conflict killed …": a settled count, whenever written
    if a.event and b.event and a.event != b.event:
        return False
    if _one_moment(a, b):
        return True  # "35 killed and 270,000 displaced" beside "35 dead, 260,000 displaced"
    # Undated, the day a count was true is unknown: no contradiction.
    return a.published is not None and a.published == b.published


def _one_text_occasion(a: Fact, b: Fact) -> bool:
    """Two figures of one article, written at one moment: a count is of one occasion unless
    the two sentences report different events; a length only when both report the same one
    (a meeting's hours and a truce's hours in one article are two lengths)."""
    if a.unit in _EVENT_DURATIONS:
        return a.event is not None and a.event == b.event
    return not (a.event and b.event and a.event != b.event)


def _one_moment(a: Fact, b: Fact) -> bool:
    """Both sentences give the same telling figure of another tally (*35 killed*) beside this
    one: two outlets citing one update of the tallies, whenever each was published."""
    return bool(a.companions & b.companions)


def _share_context(a: Fact, b: Fact) -> bool:
    """A small count needs a shared word besides its measure (*landmine*, *soldier*), or the
    same episode (*the five-day conflict*). Lengths of one meeting in two languages share no
    word: their one event (see :func:`_same_occasion`) is their context."""
    if a.value is None or telling(a.value, a.unit) or (a.episode and a.episode == b.episode):
        return True
    if a.unit in _EVENT_DURATIONS and _english(a) != _english(b):
        return True
    return bool((a.words & b.words) - measure_stems(a.measure))


def _english(fact: Fact) -> str:
    """The language of a fact's article, English standing for undetected too."""
    return fact.language or "en"


def _open(fact: Fact) -> str:
    """``low`` for *more than X*/*at least X*, ``high`` for *up to X*, else empty."""
    quantity = fact.claim.quantity
    if quantity is None:
        return ""
    if quantity.low is not None and quantity.high is None:
        return "low"
    if quantity.high is not None and quantity.low is None:
        return "high"
    return ""


def _settled_tally(a: Fact, b: Fact) -> bool:
    """Both count one settled episode (*the five-day conflict*) with precise bounds: *at least
    43* and *at least 48* dead of an ended war are two tallies of one final count, not two
    true bounds of a count still growing. So are two bounds given at one moment of the tally
    (:func:`_one_moment`). A round bound (*more than 40*) stays loose."""
    settled = a.episode is not None and a.episode == b.episode
    return ((settled or _one_moment(a, b))
            and a.value is not None and b.value is not None
            and not _round(a.value) and not _round(b.value))


def _bounds_agree(a: Fact, b: Fact) -> bool:
    """Two lower bounds, or two upper bounds, are both true of one figure ("at least 33",
    "at least 34" of a growing count), unless they are tallies of a settled one."""
    return bool(_open(a)) and _open(a) == _open(b) and not _settled_tally(a, b)


def _rival(a: Fact, b: Fact) -> bool:
    """Whether two comparable facts of one attribute, from different sources, state rival
    values (a function of what they state: their articles' ids are never read)."""
    return rival_values(a, b, _same_occasion(a, b))


def rival_values(a: Fact, b: Fact, same_occasion: bool) -> bool:
    """Whether two comparable facts of one attribute state rival values, given whether they
    are about one occasion (which two outlets and one article settle differently)."""
    return (
        same_occasion
        and _share_context(a, b)
        and not _bounds_agree(a, b)
        and not _compatible(a, b)
        and not _compatible(b, a)
    )


def _attribute(fact: Fact) -> tuple[str, str, frozenset[str]]:
    return fact.unit, fact.measure, fact.scope


def value_contradictions(
    groups: Sequence[Sequence[Fact]], claims: Sequence[StoryClaim], corpus: Corpus
) -> tuple[list[Contradiction], set[str]]:
    """Contradictions between pooled claims, and the ids of the claims they involve."""
    blocks: dict[tuple[str, str, frozenset[str]], list[tuple[int, Fact]]] = defaultdict(list)
    for index, group in enumerate(groups):
        for fact in group:
            if _comparable(fact):
                blocks[_attribute(fact)].append((index, fact))
    # For each pair of rival groups (lower index first), the facts of each side that take
    # part, each once, in the order the rival pairs first name them.
    pairs: dict[tuple[int, int], tuple[dict[int, Fact], dict[int, Fact]]] = {}
    # Levy rates also meet the rates stated beside the same other rates (one change worded
    # with other verbs: see merge/_rate_changes).
    checks = [(members, _rival) for members in blocks.values()]
    changes = rate_change_blocks(groups, corpus.text)
    checks += [(members, _rate_rival) for members in changes.values()]
    for members, rival in checks:
        for gi, gj, a, b in _rivals(members, corpus, rival):
            if gi > gj:
                gi, gj, a, b = gj, gi, b, a
            sides = pairs.get((gi, gj))
            if sides is None:
                sides = pairs[(gi, gj)] = ({}, {})
            sides[0].setdefault(id(a), a)
            sides[1].setdefault(id(b), b)
    found: list[Contradiction] = []
    contradicted: set[str] = set()
    found += self_value_contradictions(
        ([fact for _, fact in members] for members in blocks.values()), corpus,
        lambda a, b: rival_values(a, b, _one_text_occasion(a, b)))
    for clique in _cliques(pairs):
        # Each fact once, in the order its first rival pair names it: what follows reads only
        # which facts take part, and the first of them.
        facts: dict[int, dict[int, Fact]] = defaultdict(dict)
        for i, gi in enumerate(clique):
            for gj in clique[i + 1 :]:
                first, second = pairs[(gi, gj)]
                for key, fact in first.items():
                    facts[gi].setdefault(key, fact)
                for key, fact in second.items():
                    facts[gj].setdefault(key, fact)
        made = _contradiction([(claims[g], list(facts[g].values())) for g in clique], corpus)
        if made is not None:
            found.append(made)
            contradicted.update(claims[g].id for g in clique)
    return found, contradicted


def _rate_rival(a: Fact, b: Fact) -> bool:
    """Whether two levy rates stated beside the same other rates are rivals."""
    return rival_values(a, b, one_change(a, b))


def _rivals(members: Sequence[tuple[int, Fact]], corpus: Corpus,
            rival_of: Callable[[Fact, Fact], bool] = _rival,
            ) -> Iterator[tuple[int, int, Fact, Fact]]:
    """The rival pairs of one block (with their groups), in the order of the block."""
    sources = [corpus.source_key(fact.doc_id) for _, fact in members]
    # Whether two facts are rivals depends on what they state, not on their article: decided
    # once per pair of distinct statements (syndicated copies repeat them word for word).
    statements: dict[Fact, int] = {}
    kinds = [statements.setdefault(replace(fact, doc_id=""), len(statements))
             for _, fact in members]
    verdicts: dict[tuple[int, int], bool] = {}
    for i, (gi, a) in enumerate(members):
        source, kind = sources[i], kinds[i]
        for j in range(i + 1, len(members)):
            gj, b = members[j]
            # An outlet is never set against itself: the cheap test first.
            if gi == gj or sources[j] == source:
                continue
            pair = (kind, kinds[j])
            rival = verdicts.get(pair)
            if rival is None:
                rival = verdicts[pair] = rival_of(a, b)
            if rival:
                yield gi, gj, a, b


def _cliques(pairs: Mapping[tuple[int, int], object]) -> list[list[int]]:
    """Groups that all conflict with each other, each conflicting pair in one clique."""
    adjacent: dict[int, set[int]] = defaultdict(set)
    for gi, gj in pairs:
        adjacent[gi].add(gj)
        adjacent[gj].add(gi)
    covered: set[tuple[int, int]] = set()
    cliques: list[list[int]] = []
    for gi, gj in sorted(pairs):
        if (gi, gj) in covered:
            continue
        clique = [gi, gj]
        for k in sorted(adjacent[gi] & adjacent[gj]):
            if all(k in adjacent[m] for m in clique):
                clique.append(k)
        clique.sort()
        covered.update((a, b) for i, a in enumerate(clique) for b in clique[i + 1 :])
        cliques.append(clique)
    return cliques


def _contradiction(
    sides: list[tuple[StoryClaim, list[Fact]]], corpus: Corpus
) -> Contradiction | None:
    """One contradiction from rival claims, outlets stating several values taken off."""
    outlets_of = [{corpus.source_key(f.doc_id) for f in facts} for _, facts in sides]
    shared = {o for i, a in enumerate(outlets_of) for b in outlets_of[i + 1 :] for o in a & b}
    made: list[tuple[StoryClaim, Side]] = []
    for claim, facts in sides:
        kept = [f for f in facts if corpus.source_key(f.doc_id) not in shared]
        if not kept:
            continue
        evidence: dict[str, Evidence] = {}
        for fact in kept:
            evidence.setdefault(
                fact.doc_id, corpus.evidence(fact.doc_id, fact.claim.start, fact.claim.end)
            )
        value = kept[0].claim.quantity.text if kept[0].claim.quantity else str(claim.value)
        made.append((claim, Side(value, tuple(evidence.values()),
                                 corpus.outlets(evidence))))
    if len(made) < 2:
        return None
    first = sides[0][1][0]
    duration = first.unit in _EVENT_DURATIONS
    events = {f.event or (f.main_event if duration else None) for _, facts in sides for f in facts}
    event = next(iter(events)) if len(events) == 1 else None
    # The same attribute of one thing: the event a length belongs to, else the main claim.
    about = event or max((c for c, _ in made), key=lambda c: (c.support, c.id)).id
    what = _MEASURE_WORDS.get(first.measure) or (
        "the length of the meeting" if duration
        else f"“{made[0][0].text}”")
    note = (f"Outlets state different values for {what}: "
            + "; ".join(f"{side.value} ({', '.join(side.outlets)})" for _, side in made) + ".")
    return Contradiction(
        content_id("x_", "value", *sorted(c.id for c, _ in made)),
        "value",
        about,
        tuple(side for _, side in made),
        note,
    )
