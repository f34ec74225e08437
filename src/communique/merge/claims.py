"""Claims pooled across articles: the same fact in other words is one claim.

Each article's claims are normalized (:mod:`communique.merge._claim_facts`) and *blocked by
their number*: only claims stating the same value in the same unit (a date by its day) ever
meet, so nothing compares all pairs. Inside a block two claims state one fact when their
clauses share enough content words — more for a common number such as *two* or *100* than
for a telling one such as *270,000* or *3.67*, and a common number only when it counts the
same thing — with a bonus for measuring the same thing (*killed*, *displaced*, the same
counted noun, what a length of days or years is the length of) and for the same verb, and
never when they report two different events (pieces of one meeting the events stage left
apart — the same place with one undated, a month and a day of it — are one), name different
countries as subject or name different months, when one rate is aimed at a country the other
sets it or at every country, when a rate was changed to the value from two different ones
(*halved to 10% from 20%*, *cut to 10% from 125%*), or when one length is of an extension or
a delay and the other of what it extends. A claim like members of two groups joins them
(single link, whatever the order the articles come in). Claims without a number pool only
with near-identical wording about the same round; the same sentence word for word is always
one claim. Support is the number of independent outlets (syndicated copies count once); the
text shown is a whole sentence when the clause is a cut-down part of it, else the best-formed
clause, so that it reads on its own. Value contradictions between pooled claims are found by
:mod:`communique.merge._value_conflicts`.
"""

from __future__ import annotations

import operator
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from communique.merge._anchors import EventAnchors
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._fact import Fact
from communique.merge._fact_blocks import kept_facts
from communique.merge._fact_names import name_keys, with_name_keys
from communique.merge._fact_numbers import telling
from communique.merge._fact_words import stem
from communique.merge._rate_targets import EVERY_COUNTRY
from communique.merge._value_conflicts import value_contradictions
from communique.model import content_id
from communique.model.claims import two_facts
from communique.model.story import Contradiction, Evidence, StoryClaim, StoryEntity, StoryEvent

SameEvent = Callable[[str, str], bool]
_LENGTHS = frozenset({"hour"})
_SPANS = frozenset({"day", "week", "month", "year"})
# Distances: a number with its unit that few things of one story measure (a border's length).
_DISTANCES = frozenset({"km"})
# The measure of a length whose class the lexicon names (see merge/_fact_spans: "length of
# truce"), not one named by a noun of its own clause ("length|exempt").
_LENGTH_OF = "length of "
# "two days of talks in Veldra": the length of the meeting the sentence reports, whatever
# word it uses for it ("negotiations", "discussions", "conversaciones").
_TALKS_LENGTH = "length of talks"
# A subject naming a country and at most this many other words is that country's act.
_SETTER_WORDS = 1
_SHARED_TELLING = 2
_SHARED_COMMON = 3
_SAME_MEASURE_BONUS = 2
_NUMBERLESS_OVERLAP = 0.6
# A common rate read in another language pools on this many shared words (names: *Trump*,
# *China*), the word for its class that the other language's reader gives it left aside.
_SHARED_ABROAD = 2
_RATE_CLASS = frozenset({"tariff"})
_MEETING_NOUNS = frozenset(stem(w) for w in ("talks", "negotiations", "meeting", "round",
                                              "session", "discussions", "summit", "visit",
                                              "conference"))
_OPENER_WORDS = """
that which who whom whose as though although while whereas when after before because if whether
and but or nor to following since including amid with where so yet then also
"""
_OPENERS = frozenset(_OPENER_WORDS.split())
# Not "it", "they": the institution the extract stage puts for them is a guess too often.
_PRONOUNS = frozenset({"he", "she", "i", "we"})
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([^)]{0,40}\))?\s*[–—-]\s*(?:[^:]{0,40}:\s*)?")
# "Korvania to dismantle its sites": a report of a demand, cut from the sentence that says whose.
_HEADLINE_INFINITIVE = re.compile(r"^\S+(?:\s+\S+)?\s+to\s+[a-z]")
_BULLET = re.compile(r"^[\s•·*–—-]+")
_MAX_SENTENCE_WORDS = 45
# A clause shorter than this share of its sentence is a cut-down piece of it.
_CUT_DOWN = 0.6
_GOOD_TEXT = 4
# From this many distinct wordings on, one of them can be more typical than the others.
_TYPICAL_FROM = 3

_WORDS = re.compile(r"\w+")


def _value_key(fact: Fact) -> tuple[str, float] | None:
    """The block a fact's number falls in: its unit and value (a date by month and day)."""
    if fact.value is None or not fact.measured:
        return None
    if fact.unit == "date":
        day = fact.value % 10000
        return "date", day if day else fact.value
    return fact.unit, round(fact.value, 6)


def _years_agree(a: Fact, b: Fact) -> bool:
    """Dates agree on their year when both state one."""
    if a.unit != "date" or a.value is None or b.value is None:
        return True
    ya, yb = int(a.value) // 10000, int(b.value) // 10000
    return not ya or not yb or ya == yb


def _subjects_clash(a: Fact, b: Fact, countries: Callable[[str], bool]) -> bool:
    """Both subjects name countries, and not the same ones."""
    ca = {w for w in a.subject if countries(w)}
    cb = {w for w in b.subject if countries(w)}
    return bool(ca and cb and not ca & cb)


def _aimed_apart(a: Fact, b: Fact, countries: Callable[[str], bool]) -> bool:
    """Two rates aimed at different countries, or one aimed at the country the other's
    subject names: a rate one side sets on the other is not the rate the other sets on it.
    Only rates: the subject of a passive ("Korvania was given 30 days") is no one's setter."""
    if a.unit != "percent" or b.unit != "percent":
        return False
    if a.targets and b.targets and not a.targets & b.targets:
        return True
    if any(EVERY_COUNTRY in x.targets and EVERY_COUNTRY not in y.targets
           and _names_a_country(y, countries) for x, y in ((a, b), (b, a))):
        return True  # a rate on every country is not one that names who sets or bears it
    return any(_setters(x, countries) & y.targets for x, y in ((a, b), (b, a)))


def _setters(fact: Fact, countries: Callable[[str], bool]) -> set[str]:
    """The countries a rate's subject names as who sets it (*Korvania*, *Veldran duties*):
    none when the subject is something else that merely names them (*the Korvania-Veldra
    trade talks*)."""
    named = {w for w in fact.subject if countries(w)}
    return named if len(fact.subject - named) <= _SETTER_WORDS else set()


def _names_a_country(fact: Fact, countries: Callable[[str], bool]) -> bool:
    """Whether a clause names a country anywhere (its subject, what it counts, its words)."""
    return bool(fact.scope) or any(countries(w) for w in fact.words | fact.subject)


def _changed_apart(a: Fact, b: Fact) -> bool:
    """Rates changed to one value from different ones (*halved to 10% from 20%*, *cut to 10%
    from 125%*): two changes, two facts."""
    return (a.changed_from is not None and b.changed_from is not None
            and a.changed_from != b.changed_from)


def _about_event(fact: Fact) -> bool:
    """Whether a claim states something of the meeting its sentence reports (its length, its
    round, its date) rather than a background fact the sentence also mentions."""
    return (fact.value is None or fact.unit in ("hour", "date") or fact.noun in _MEETING_NOUNS
            or fact.measure == _TALKS_LENGTH)


def _same_words(a: Fact, b: Fact) -> bool:
    """The same sentence word for word (a syndicated copy the duplicate finder missed)."""
    return _normal(a.claim.text) == _normal(b.claim.text)


@lru_cache(maxsize=65536)
def _normal(text: str) -> str:
    # Cached: pooling compares each claim with many in its block, each time by its words.
    return " ".join(_WORDS.findall(text.lower()))


def _occasion(fact: Fact) -> str | None:
    """The event a claim is about: its sentence's, else for a length of a meeting (*the talks
    lasted three hours*, not *a 72-hour truce*) the article's main one."""
    if fact.event or fact.unit not in _LENGTHS or not fact.words & _MEETING_NOUNS:
        return fact.event
    return fact.main_event


def _same_fact(a: Fact, b: Fact, countries: Callable[[str], bool],
               one_event: SameEvent = operator.eq) -> bool:
    """Whether two claims of one value block state the same fact (``one_event``: whether
    two event ids may be one event)."""
    if _same_words(a, b):
        return True
    event_a, event_b = _occasion(a), _occasion(b)
    if (event_a and event_b and not one_event(event_a, event_b)
            and _about_event(a) and _about_event(b)):
        return False
    if not _years_agree(a, b) or _subjects_clash(a, b, countries):
        return False
    if _aimed_apart(a, b, countries) or _changed_apart(a, b):
        return False
    if a.scope and b.scope and not a.scope & b.scope:
        return False  # "18 Veldran troops" are not "18 Korvanian prisoners"
    if a.unit != "date" and a.months and b.months and not a.months & b.months:
        return False  # "five days of fighting in July" is not five days of it in December
    if a.extension != b.extension:
        return False  # "a 90-day extension of the truce" is not "a 90-day truce"
    classes = {f.measure for f in (a, b) if f.measure and "|" not in f.measure}
    if len(classes) > 1:
        return False  # one killed is not one wounded
    if _one_length(a, b, bool(event_a and event_b)):
        return True
    if _foreign_rate(a) or _foreign_rate(b):
        return _one_rate_abroad(a, b)
    if a.value is None or not a.measured or not b.measured:
        union = a.words | b.words
        return bool(union) and len(a.words & b.words) / len(union) >= _NUMBERLESS_OVERLAP
    score = len(a.words & b.words)
    same_class = a.measure == b.measure and "|" not in a.measure
    # Two rates charged on goods (a tariff, a duty, a levy) measure one kind of thing.
    same_measure = same_class or bool(a.noun and a.noun == b.noun) or (a.levy and b.levy)
    if same_measure:
        score += _SAME_MEASURE_BONUS
    # The same act: the same verb ("enriched to 60%", "enriches uranium up to 60%"), or one
    # clause's verb among the other's words ("its enrichment levels reaching 60%").
    same_verb = bool(a.verbs & b.verbs)
    # Or the act one clause names among the other's words ("its enrichment levels reaching").
    named_act = not same_verb and bool(a.verbs & b.words or b.verbs & a.words)
    if same_verb or named_act:
        score += 1
    if a.unit == "date" and not (same_verb or named_act or same_measure
                                 or (event_a and event_b and one_event(event_a, event_b))):
        return False  # a trip and a signing on one day: two facts, whoever they both name
    if telling(a.value, a.unit):
        return score >= _SHARED_TELLING
    if _bounds_one(a) != _bounds_one(b) and not (same_class or same_verb or named_act):
        return False  # "tariffs exceeding 100%" states no "new 100% tariffs" of another act
    # "two" says nothing alone: two of the same thing or act (two meetings, not two weeks).
    return (same_measure or same_verb or named_act) and score >= _SHARED_COMMON


def _bounds_one(fact: Fact) -> bool:
    """Whether a claim's number is one end of an open range (*more than 100%*, *up to 60%*):
    of a common number, a bound and a value stated as such are one fact only when one act or
    one class of measure says so."""
    quantity = fact.claim.quantity
    return quantity is not None and (quantity.low is None) != (quantity.high is None)


def _one_length(a: Fact, b: Fact, both_events: bool) -> bool:
    """Whether two claims of one class of measure are one length even without a shared word
    (``both_events``: whether both are filed under an event)."""
    if a.measure != b.measure:
        return False
    if a.unit in _LENGTHS:
        # One meeting's length in two languages: no shared word, one event.
        return both_events and (a.language or "en") != (b.language or "en")
    if a.unit not in _SPANS or not a.measure.startswith(_LENGTH_OF):
        return False
    if a.doc_id == b.doc_id:
        return True  # one article giving one thing's length twice, in other words
    # One thing's length, read in another language: "una tregua de 90 días". Not a meeting's
    # ("dos días de conversaciones"): a story holds many two-day rounds, told apart by their
    # event or the place they name.
    return a.measure != _TALKS_LENGTH and not (_in_english(a) and _in_english(b))


def _foreign_rate(fact: Fact) -> bool:
    """A percentage read from an article in another language than English: its clause shares
    no word with an English one, and names no side the way English does (*on Veldran goods*)."""
    return fact.unit == "percent" and not _in_english(fact)


def _one_rate_abroad(a: Fact, b: Fact) -> bool:
    """Whether two rates, one of them read in another language, state one fact: both charged
    on goods, and the value telling (*145%*), changed from one old rate by both (*from 57% to
    47%*), stated beside one other rate by both (*30% while the other side cuts its own to
    10%*) or said with two shared names. A common rate (*10%*) alone is the rate of too many
    things (a truce, a baseline on every country, a halved surcharge)."""
    if not (a.levy and b.levy) or a.value is None:
        return False
    if telling(a.value, a.unit) or (a.changed_from is not None
                                    and a.changed_from == b.changed_from):
        return True
    if a.rates & b.rates:
        return True
    # Shared names say which rate a clause of one rate states; of a sentence listing several
    # (*aranceles de entre 10% y 50%*, *de 20% para 10%*) only its other rates say which.
    return not (a.listed or b.listed) and len(
        (a.words & b.words) - _RATE_CLASS) >= _SHARED_ABROAD


def _numberless_key(fact: Fact) -> tuple[str, int]:
    """The block of a claim without a usable number: its verb and round."""
    return fact.claim.predicate.lower(), fact.claim.ordinal or 0


def pool(facts: Sequence[Fact], countries: Callable[[str], bool],
         one_event: SameEvent = operator.eq, clash: SameEvent = operator.ne
         ) -> list[list[Fact]]:
    """Group facts that state the same thing (single link inside each block); ``one_event``
    tells whether two event ids may be one event (the events stage may leave one in pieces),
    ``clash`` whether they are surely two."""
    blocks: dict[object, list[Fact]] = defaultdict(list)
    for fact in facts:
        blocks[_value_key(fact) or _numberless_key(fact)].append(fact)
    groups: list[list[Fact]] = []
    for key in sorted(blocks, key=repr):
        made: list[_Pool] = []
        for fact in blocks[key]:
            homes = [g for g in made if g.joins(fact, countries, one_event, clash)]
            if not homes:
                made.append(_Pool(fact))
                continue
            home = homes[0]
            home.add(fact)
            # A fact like two groups makes them one ("a 12-day war" between "the 12-day
            # conflict" and "its 12-day war"), unless they report different events.
            for other in homes[1:]:
                if _events_agree(home.members, other.members, one_event) and not any(
                        _aimed_apart(a, b, countries) or _changed_apart(a, b)
                        for a in home.members for b in other.members):
                    for member in other.members:
                        home.add(member)
                    made.remove(other)
        _distances_abroad(made)
        groups.extend(g.members for g in made)
    return groups


def _distances_abroad(made: list[_Pool]) -> None:
    """A distance read in another language (*une frontière de 800 km*, *800 километров*)
    shares no word with an English clause; the number with its unit is the key that holds
    across languages: where one value block's groups hold exactly one with an English member,
    the groups read only in other languages join it. Two English claims of the distance
    leave nothing to say which one a foreign reading states."""
    def distance(group: _Pool) -> bool:
        return all(f.unit in _DISTANCES and f.measured for f in group.members)

    english = [g for g in made if any(_in_english(f) for f in g.members)]
    if len(english) != 1 or not distance(english[0]):
        return
    for group in [g for g in made if g is not english[0] and distance(g)]:
        for member in group.members:
            english[0].add(member)
        made.remove(group)


def _events_of(group: Sequence[Fact]) -> set[str]:
    """The events a group's facts about a meeting report."""
    return {e for f in group if (e := _occasion(f)) and _about_event(f)}


def _events_agree(a: Sequence[Fact], b: Sequence[Fact], one_event: SameEvent) -> bool:
    """Two groups report no two different events and measure the same thing (20% of a
    country's territory is not 20% of one province, whatever fact names both)."""
    measures = {f.measure for f in a} & {f.measure for f in b}
    nouns = ({f.noun for f in a} & {f.noun for f in b}) - {""}
    events = sorted(_events_of(a) | _events_of(b))
    return (all(one_event(x, y) for i, x in enumerate(events) for y in events[i + 1 :])
            and bool(measures or nouns))


def _comparison_key(fact: Fact) -> tuple[object, ...]:
    """Everything of a fact that :func:`_same_fact` reads (so two facts with one key compare
    alike with any other): syndicated copies repeat a claim in many articles."""
    return (fact.claim.text, _occasion(fact), fact.value, fact.unit, fact.noun, fact.subject,
            fact.scope, fact.measure, fact.measured, fact.words, fact.verbs, fact.months,
            fact.targets, fact.levy, fact.extension, fact.changed_from, fact.rates)


class _Pool:
    """A group being pooled, indexed so that a new fact is compared once per distinct claim.

    ``joins`` answers what comparing the fact with every member would: the same words as any
    member, else of an event that may be one of the group's and clashes with none, else the
    same fact as any member — and members with one :func:`_comparison_key` all answer alike,
    so only the first of them is asked.
    """

    def __init__(self, fact: Fact) -> None:
        self.members: list[Fact] = []
        self._texts: set[str] = set()
        self._events: set[str] = set()
        self._keys: set[tuple[object, ...]] = set()
        self._distinct: list[Fact] = []
        self._asked: dict[tuple[object, ...], bool] = {}
        """What :meth:`joins` answered for each comparison key since the group last changed
        what it reads: the copies of one claim in a big story ask it again and again."""
        self.add(fact)

    def add(self, fact: Fact) -> None:
        """Add a member."""
        self.members.append(fact)
        size = (len(self._texts), len(self._events), len(self._keys))
        self._texts.add(_normal(fact.claim.text))
        event = _occasion(fact)
        if event and _about_event(fact):
            self._events.add(event)
        key = _comparison_key(fact)
        if key not in self._keys:
            self._keys.add(key)
            self._distinct.append(fact)
        if size != (len(self._texts), len(self._events), len(self._keys)):
            self._asked.clear()

    def joins(self, fact: Fact, countries: Callable[[str], bool],
              one_event: SameEvent = operator.eq, clash: SameEvent = operator.ne) -> bool:
        """Whether ``fact`` states the group's fact: like one member, and of an event that
        may be one of the group's events and is surely none other than any of them (the same
        answer for every fact of one :func:`_comparison_key`)."""
        key = (_comparison_key(fact), one_event, clash)
        known = self._asked.get(key)
        if known is None:
            known = self._asked[key] = self._joins(fact, countries, one_event, clash)
        return known

    def _joins(self, fact: Fact, countries: Callable[[str], bool],
               one_event: SameEvent, clash: SameEvent) -> bool:
        if _normal(fact.claim.text) in self._texts:
            return True
        event = _occasion(fact)
        if event and _about_event(fact) and self._events and (
                not any(one_event(event, known) for known in self._events)
                or any(clash(event, known) for known in self._events)):
            return False  # of none of the group's events, or surely not of one of them
        if any(_aimed_apart(member, fact, countries) or _changed_apart(member, fact)
               for member in self._distinct):
            return False  # whichever member links it, a rate on the other side is no member
        return any(_same_fact(member, fact, countries, one_event) for member in self._distinct)


def _clean_sentence(text: str) -> str:
    """A sentence without its dateline (``CAIRO – 10 May:``) or bullet."""
    text = _BULLET.sub("", " ".join(text.split()))
    return _DATELINE.sub("", text).strip()


def text_quality(text: str) -> int:
    """How well a text reads on its own: a capitalized sentence opening, no fragment marks."""
    words = text.split()
    if not words:
        return -10
    score = 0
    first = words[0].strip("“”\"'‘’(")
    score += 2 if first[:1].isupper() or first[:1].isdigit() else -2
    score -= 3 if first.lower() in _OPENERS else 0
    # "He said that ...": whom the pronoun stands for is in another sentence.
    score -= 2 if first.lower() in _PRONOUNS else 0
    score += 1 if 6 <= len(words) <= 45 else -3 if len(words) < 4 else 0
    score += 1 if 10 <= len(words) <= 40 else 0
    score -= 2 if _HEADLINE_INFINITIVE.match(text) else 0
    score -= 3 if re.search(r"[,;:]\s*[,;:]", text) or text[:1] in ",;:.)" else 0
    score -= 1 if (text.count("“") != text.count("”") or text.count('"') % 2) else 0
    return score


def best_text(group: Sequence[Fact], corpus: Corpus) -> str:
    """The claim as a reader should see it: a whole sentence when one reads well and the
    clause is a cut-down part of it, else the best-formed clause — of the member that states
    what the others state (see :func:`_typical`), in English when a member is (the dossier is
    read in English; a rate or a count read in another language pools with English ones)."""
    group = _typical([f for f in group if _in_english(f)] or group, corpus)
    clauses = [f.claim.text for f in group if f.claim.text]
    clause = max(clauses, key=text_quality, default="")
    sentences = [
        _clean_sentence(corpus.text(f.doc_id)[f.claim.start : f.claim.end]) for f in group
    ]
    sentences = [s for s in sentences if len(s.split()) <= _MAX_SENTENCE_WORDS]
    sentence = max(sentences, key=text_quality, default="")
    cut_down = len(clause.split()) < _CUT_DOWN * len(sentence.split())
    if text_quality(sentence) >= _GOOD_TEXT and (cut_down or text_quality(clause) < _GOOD_TEXT):
        return sentence
    return clause if text_quality(clause) >= text_quality(sentence) else sentence


def _in_english(fact: Fact) -> bool:
    """Whether a fact comes from an English article (or one whose language is unknown)."""
    return (fact.language or "en") == "en"


def _typical(group: Sequence[Fact], corpus: Corpus) -> Sequence[Fact]:
    """The members whose words the others share most, among those that read well: the text of
    a claim three outlets support is what the three say, not one outlet's aside on the same
    figure ("X muddied the issue by suggesting 4.5%" beside three sentences on the 4.5%
    ceiling). Two members, or none that reads well, leave the group as it is."""
    distinct = list({_normal(f.claim.text): f for f in group}.values())
    if len(distinct) < _TYPICAL_FROM:
        return group
    readable = [f for f in distinct if max(
        text_quality(f.claim.text),
        text_quality(_clean_sentence(corpus.text(f.doc_id)[f.claim.start : f.claim.end])),
    ) >= _GOOD_TEXT]
    if not readable:
        return group

    def shared(fact: Fact) -> float:
        return sum(len(fact.words & o.words) / len(fact.words | o.words)
                   for o in distinct if o is not fact and fact.words | o.words)

    best = max(shared(f) for f in readable)
    return [f for f in readable if shared(f) == best]


def _story_claim(group: list[Fact], corpus: Corpus) -> StoryClaim:
    """One story claim from the articles that state it."""
    # Its value, subject and verb as the first English member states them: a member read in
    # another language has no parse to give them, and the dossier reads in English.
    first = next((f for f in group if _in_english(f)), group[0])
    evidence: dict[str, Evidence] = {}
    for fact in group:
        evidence.setdefault(
            fact.doc_id, corpus.evidence(fact.doc_id, fact.claim.start, fact.claim.end)
        )
    articles = list(evidence)
    quantity = first.claim.quantity if first.measured else None
    support = corpus.support(articles)
    return StoryClaim(
        id=content_id(
            "c_",
            first.claim.predicate,
            first.claim.object_key or first.claim.object or "",
            quantity.unit if quantity else "",
            str(quantity.value) if quantity else first.claim.text,
            first.claim.subject.lower(),
            first.event or "",
            # A claim read without a parse (another language) has no subject to tell two
            # claims of one value apart: its words do.
            *(() if first.claim.subject else (first.claim.text,)),
        ),
        text=best_text(group, corpus),
        subject=first.claim.subject,
        predicate=first.claim.predicate,
        object=first.claim.object,
        value=quantity.value if quantity else None,
        unit=quantity.unit if quantity else None,
        value_text=quantity.text if quantity else None,
        attributed_to=tuple(
            dict.fromkeys(f.claim.attributed_to for f in group if f.claim.attributed_to)
        ),
        evidence=tuple(evidence.values()),
        support=support,
        status="corroborated" if support >= 2 else "single_source",
        outlets=corpus.outlets(articles),
    )


def _one_per_text(groups: list[list[Fact]], corpus: Corpus) -> list[list[Fact]]:
    """Groups that read the same and rest on the same sentences are one claim: two numbers of
    one sentence shown as that sentence ("killing thousands and displacing hundreds of
    thousands") are one statement to a reader. The first group keeps the value. Two values
    that are two facts stay apart (see :func:`_two_rates`)."""
    kept: dict[tuple[str, frozenset[tuple[str, int]]], list[list[Fact]]] = {}
    for group in groups:
        key = (best_text(group, corpus), frozenset(f.sentence for f in group))
        homes = kept.setdefault(key, [])
        home = next((h for h in homes if not _two_rates(h[0], group[0])), None)
        if home is None:
            homes.append(list(group))
        else:
            home.extend(group)
    return [group for homes in kept.values() for group in homes]


def _two_rates(a: Fact, b: Fact) -> bool:
    """Two values that are each a fact of its own (``cut from 45% to 15%``, ``cut to 10% for
    90 days``, ``43 dead along the 800 km border``: see
    :func:`~communique.model.claims.two_facts`) that outlets report apart, even where both
    read as one sentence."""
    return (a.value is not None and b.value is not None
            and two_facts((a.value, a.unit), (b.value, b.unit)))


def _folder(countries: Countries) -> Callable[[str], str]:
    """A word mapper that turns nationality words into their country's name."""

    def fold(word: str) -> str:
        country = countries.country_of(word) if word[:1].isupper() else None
        if country is None or (word != country and word in country.split()):
            # "United" is one word of a name ("United States", "United Arab Emirates"), no
            # nationality: folding it would make the two countries one.
            return word
        return country

    return fold


def build_claims(
    corpus: Corpus, countries: Countries | None = None, events: Sequence[StoryEvent] = (),
    entities: Sequence[StoryEntity] = (),
) -> tuple[list[StoryClaim], list[Contradiction]]:
    """Pool every article's claims into story claims; return them and value contradictions.
    ``entities``: the story's resolved entities, whose aliases let a name said in another
    language or script count as the English name's word (see :mod:`._fact_names`)."""
    countries = countries or Countries()
    names = {name.lower() for name in countries.names}
    is_country = names.__contains__
    # With the texts' place → country links: a meeting reported in a country and one in its
    # city on the same day may be one (an outlet writing "talks in Veldra").
    anchors = EventAnchors(events, corpus.place_countries())
    # Each article's facts are a block kept between merges (see _fact_blocks).
    facts = kept_facts(corpus, anchors, countries, _folder(countries))
    # Outside the kept blocks: the aliases are the story's, read afresh on every merge.
    facts = with_name_keys(facts, name_keys(entities))
    groups = _one_per_text(pool(facts, is_country, anchors.may_be_one, anchors.clash), corpus)
    claims = [_story_claim(group, corpus) for group in groups]
    contradictions, contradicted = value_contradictions(groups, claims, corpus)
    claims = [c if c.id not in contradicted else replace(c, status="contradicted")
              for c in claims]
    claims.sort(key=lambda c: (-c.support, c.status != "contradicted", c.id))
    return claims, contradictions
