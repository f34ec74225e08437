"""What one article's claim states, normalized so that outlets can be compared.

Each claim becomes a :class:`Fact`: its value in a comparable unit, the content words of its
clause as crude stems (``displaced``/``displacing``/``displacement`` → ``displac``), what its
number measures (a class such as *killed* or *displaced* from a small lexicon of what news
counts, else the verb and the counted noun), the countries that narrow what is counted
(``18 Veldran troops``), the event its sentence reports, and three flags that keep it out of
contradictions: a number that is no measurement (a clock time, an ordinal date, ``300 000``),
a modal or conditional statement, and a sentence listing several values of one measure
(alternatives, ages, resolution numbers).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from communique.lang import language_pack
from communique.merge._anchors import EventAnchors
from communique.merge._corpus import Corpus
from communique.merge._episodes import any_language_episode
from communique.merge._rate_targets import aimed_at, rate_pieces
from communique.model.claims import Claim, Quantity

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied",
             "ed", "es", "s")
_STOP_WORDS = """
a an the of to in on at by for with from and or but as is are was were be been being has have
had it its this that these those their his her they he she we you which who whom whose what when
where while than then there also not no nor more less over under about around nearly almost some
up down into after before since during per both each other such only just very so said says say
told tell according reported report reports saying amid among between within without until
following least most much many all any will would could should may might must can shall did do
does new last next first second third today yesterday tomorrow monday tuesday wednesday thursday
friday saturday sunday mr mrs ms dr
"""
_STOP = frozenset(_STOP_WORDS.split())
_NUMBERS_AND_UNITS = """
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred hundreds thousand thousands million millions billion billions dozen dozens half
percent cent per hour hours minute minutes day days week weeks month months year years decade
decades century centuries kilometre kilometres kilometer kilometers km mile miles dollar dollars
euro euros point points
"""
_NUMBER_WORDS = frozenset(_NUMBERS_AND_UNITS.split())
# What news counts, by the stems that say so: a number of any of these is one measure.
_MEASURE_WORDS = {
    "killed": "kill killed killing kills dead death deaths die died dies fatality fatalities "
              "toll slain",
    "injured": "injure injured injuring injury injuries wound wounded wounding wounds hurt",
    "displaced": "displace displaced displacing displacement fled flee fleeing evacuate "
                 "evacuated evacuation evacuees refugees homeless uprooted",
    "detained": "detain detained detention detainees capture captured prisoners captive "
                "captives arrest arrested hostages",
}
# What news gives a length of, by the stems that say so: "a 12-day war", "five days of
# fighting", "the 12-day conflict" are one length of one thing.
_SPAN_WORDS = {
    "conflict": "war wars conflict conflicts fighting combat clash clashes hostilities battle "
                "battles offensive violence",
    "talks": "talks negotiations negotiation meeting meetings round session sessions "
             "discussions summit",
    # A pause or suspension of fighting or of tariffs is a truce in them.
    # Not the verb "suspend": a side suspends a rule of its own for a year ("suspend new
    # curbs on Veldran firms"), which one shared name would pool with another's pause.
    "truce": "ceasefire truce pause paused pausing suspension moratorium",
    # An extension is a new time window, whatever it extends.
    "deadline": "deadline ultimatum window period process extension extensions renewal rollover",
}
# What a percentage is charged as: a rate of any of these is one kind of measure when pooling.
_LEVY_WORDS = "tariff tariffs duty duties levy levies tax taxes customs surcharge surcharges"
# "given 30 days to make concessions", "within 90 days": a time limit, whatever it is for.
_TIME_LIMIT_AFTER = re.compile(r"^\s+to\s+[a-z]")
_TIME_LIMIT_BEFORE = re.compile(r"\bwithin\s+$", re.IGNORECASE)
# "delay the deadline by six months", "extended the truce for another 90 days".
_EXTENDED_BY = re.compile(r"\b(?:extend|prolong|delay|postpon|defer)\w*\b[^.,;:]{0,40}?"
                          r"\b(?:by|for)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# The words between an old rate and its new one: "45% to 15%", "15% from 45%".
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)
_SPAN_UNITS = frozenset({"day", "week", "month", "year", "decade", "century"})
_SPAN_HEAD = 2
_HYPHENS = frozenset("-‐‑–")
# "May" is left out: the modal verb is far more common.
_MONTH_NAMES = frozenset({"january", "february", "march", "april", "june", "july", "august",
                          "september", "october", "november", "december"})
_MODAL = re.compile(
    r"\b(?:could|would|should|may|might|must|will|shall|if|unless|whether|expected|planned|"
    r"proposed|propose|proposal|wants?|wanted|demand(?:s|ed)?|likely|possibly|reportedly|"
    r"allegedly|estimated)\b", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"\d[:.]$")
_CLOCK_AFTER = re.compile(r"^(?:[:.]\d|\s?(?:a\.?m\b|p\.?m\b|gmt\b|utc\b|hrs\b|h\b|o'clock))",
                          re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                            r"st|nd|rd|th)\b", re.IGNORECASE)
_SPACED_THOUSANDS = re.compile(r"^\s\d{3}\b")
# "the March 4 Movement": a group named after a date is no date.
_NAMED_AFTER_DATE = re.compile(r"^\s+(?:\w+\s+)?(?:Movement|Group|Brigade|Alliance|Coalition|"
                               r"Front|Party|Revolution|Uprising)\b")
_AGE = re.compile(r"(?:-year-old|-old|\baged?\b)", re.IGNORECASE)
# "Military Region 4", "Resolution 2231": bare digits right after a capitalized word inside a
# sentence name something; the word before that is what shows it is not the sentence's first.
_NAME_BEFORE = re.compile(r"(?P<prev>[^\s.!?:;\"“]\S*)\s+(?P<word>[A-Z][a-z]+)\s$")
_STOP_WINDOW = frozenset({"and", "or", "but", "while", "whereas", ",", ";", "."})
_WINDOW = 4
# Words right after a number that count more of what was just counted ("four others").
_ANAPHORIC_COUNTS = frozenset({"others", "other", "more"})
_COMMON_BELOW = 13
# Durations compare in hours; other units as stated. Hours measure how long something lasted.
_TO_HOURS = {"minute": 1 / 60}
_TO_YEARS = {"decade": 10.0, "century": 100.0}
_DURATIONS = frozenset({"hour"})
_VERBS_SAY_NOTHING = frozenset({"be", "have", "do", "make", "get"})
_SMALL_NUMBERS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve"))}
_EPISODE = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{'|'.join(list(_SMALL_NUMBERS)[1:])})"
    r"(?:-|\s)(?P<unit>day|week|month)s?(?:\s+of)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:war|conflict|fighting|clashes|hostilities|battle|offensive|border\s+war)\b",
    re.IGNORECASE)


def _measures() -> dict[str, frozenset[str]]:
    return {name: frozenset(stem(w) for w in words.split())
            for name, words in _MEASURE_WORDS.items()}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: lower case, possessive and one common suffix removed (cached: the same
    words recur in every claim of a story)."""
    word = word.lower().replace("’", "'")
    word = word.removesuffix("'s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(text: str, fold: Callable[[str], str]) -> frozenset[str]:
    """The stems of a text's content words, nationality words folded into their country."""
    out = set()
    for word in _WORD.findall(text):
        lower = word.lower()
        if lower in _STOP or lower in _NUMBER_WORDS or len(lower) < 3:
            continue
        folded = fold(word)
        out.add(folded.lower() if folded != word else stem(lower))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Fact:
    """One article's claim, normalized for pooling and comparison."""

    doc_id: str
    claim: Claim
    value: float | None
    unit: str
    words: frozenset[str]
    subject: frozenset[str]
    measure: str
    """A measure class (``killed``) or ``verb|noun`` (``enrich|uranium``)."""
    noun: str
    verbs: frozenset[str]
    """Stems of the claim's predicate (``enrich``)."""
    scope: frozenset[str]
    event: str | None
    """The one event the claim's own sentence mentions."""
    main_event: str | None
    """The article's main event (what an unanchored duration is most likely the length of)."""
    published: date | None
    episode: str | None
    """A bounded past episode the sentence counts for (``5-day conflict``): its count is
    settled, the same whenever it is written."""
    assertive: bool
    listed: bool
    measured: bool
    """Whether the number is a measurement at all (not a clock time or an ordinal's part)."""
    months: frozenset[str] = frozenset()
    """The month names the claim's clause mentions."""
    written: date | None = None
    """The day the article was written: its own publication day, else its original's (a
    copy is made within days of the article it copies)."""
    companions: frozenset[tuple[str, float]] = frozenset()
    """The other counts its sentence states (``killed`` 35 beside a displaced count): two
    outlets giving the same telling companion figure report one moment of the tally."""
    targets: frozenset[str] = frozenset()
    """The countries the clause aims at (``tariffs on Veldran goods``, ``sanctions against
    Korvania``): a rate one side sets on the other is not the rate the other sets on it."""
    rates: frozenset[float] = frozenset()
    """The other percentages its sentence states, for a percentage (*to 30% while the other
    side cuts its own to 10%*): two outlets stating the same two rates in one sentence report
    one change, in whatever language."""
    levy: bool = False
    """Whether a percentage is a rate charged on something (a tariff, duty, levy or tax)."""
    changed_from: float | None = None
    """For a rate changed to it, the rate it was changed from (*cut from 45% to 15%*, *to 15%
    from 45%*): a cut to 15% from 45% is not a cut to 15% from 20%."""
    language: str | None = None
    """The article's language (``None``: English or undetected): the words of two languages
    never overlap, so word overlap says nothing across them."""
    extension: bool = False
    """Whether a length is that of an extension or a delay of something (*a 90-day extension
    of the truce*, *delaying the deadline by six months*), not of the thing itself."""

    @property
    def sentence(self) -> tuple[str, int]:
        """The article and the start of the sentence the claim comes from."""
        return self.doc_id, self.claim.start


def _normal_value(quantity: Quantity) -> tuple[float, str]:
    """The value in the unit it is compared in (minutes as hours, decades as years: "three
    decades" and "30 years" are one length)."""
    factor = _TO_HOURS.get(quantity.unit)
    if factor is not None:
        return quantity.value * factor, "hour"
    factor = _TO_YEARS.get(quantity.unit)
    if factor is not None:
        return quantity.value * factor, "year"
    return quantity.value, quantity.unit


def _is_measurement(text: str, quantity: Quantity) -> bool:
    """Whether a number is a measurement, not part of a clock time, an ordinal, an age or a
    name (``the March 4 Movement``)."""
    before, after = text[max(0, quantity.start - 3) : quantity.start], text[quantity.end :][:12]
    if quantity.unit == "date":
        return not _NAMED_AFTER_DATE.match(text[quantity.end :][:30])
    return not (
        _CLOCK_BEFORE.search(before)
        or _CLOCK_AFTER.match(after)
        or _ORDINAL_AFTER.match(after)
        or _SPACED_THOUSANDS.match(after)
        or _AGE.match(after)
        or _AGE.search(quantity.text)
        or _names_something(text, quantity)
    )


def _names_something(text: str, quantity: Quantity) -> bool:
    """Bare digits after a capitalized word inside a sentence: part of a name (``Region 4``)."""
    if not quantity.text.isdigit():
        return False
    found = _NAME_BEFORE.search(text[max(0, quantity.start - 40) : quantity.start])
    return found is not None and found.group("word").lower() not in _STOP


def _window(text: str, quantity: Quantity) -> str:
    """The words right after a number, up to a conjunction or punctuation: what it counts."""
    words: list[str] = []
    for token in re.findall(r"[^\W\d_]+|[,;.]", text[quantity.end :][:80]):
        if token.lower() in _STOP_WINDOW or len(words) >= _WINDOW:
            break
        words.append(token)
    return " ".join(words)


_MEASURES = _measures()
_LEVIES = frozenset(stem(w) for w in _LEVY_WORDS.split())
_SPANS = {name: frozenset(stem(w) for w in words.split()) for name, words in _SPAN_WORDS.items()}
_EXTENSIONS = frozenset(stem(w) for w in ("extension", "extensions", "renewal", "rollover",
                                          "delay", "postponement"))
# The classes a reader of another language names a length's object by (lang/counts.SPANS).
_EXTENSION = "extension"
_SPANS_ABROAD = frozenset({*_SPANS, _EXTENSION})


def _span_of(text: str, quantity: Quantity) -> str:
    """What a length of days or years is the length of: the noun right after it ("a 12-day
    war", "five days of fighting", "30-day snapback process"), as a class when the lexicon
    names it, else its stem; a time limit ("30 days to ...", "within 90 days") is a deadline;
    empty when no noun follows."""
    if _TIME_LIMIT_AFTER.match(text[quantity.end :][:20]) or _TIME_LIMIT_BEFORE.search(
            text[max(0, quantity.start - 10) : quantity.start]):
        return "deadline"
    tokens = re.findall(r"[^\W\d_]+|[^\w\s]", text[quantity.end :][:60])
    if tokens[:1] == ["of"]:
        tokens = tokens[1:]
    head: list[str] = []
    room = _SPAN_HEAD
    for token in tokens:
        lower = token.lower()
        if token in _HYPHENS and head:
            room += 1  # "three months of Veldran-brokered talks": a compound is one modifier
            continue
        if lower in _STOP or lower in _NUMBER_WORDS or not token[:1].isalpha():
            break
        head.append(stem(lower))
        if len(head) >= room:
            break
    found = next((name for name, named in _SPANS.items() if named & set(head)), None)
    return found or (head[-1] if head else "")


def _extension(text: str, quantity: Quantity, subject: frozenset[str]) -> bool:
    """Whether a length is of an extension or a delay: named right after the number (*a
    90-day extension*), by a verb that extends or delays by or for it (*delaying the deadline
    by six months*), or as the clause's subject (*the extension would be 90 days*)."""
    head = re.findall(r"[^\W\d_]+", text[quantity.end :][:30])[:_SPAN_HEAD]
    if any(stem(w) in _EXTENSIONS for w in head) or subject & _EXTENSIONS:
        return True
    return bool(_EXTENDED_BY.search(text[max(0, quantity.start - 60) : quantity.start]))


def months_named(text: str) -> frozenset[str]:
    """The month names a text mentions (two lengths said of different months are two)."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w in _MONTH_NAMES)


def telling(value: float, unit: str) -> bool:
    """Whether a value says much by itself: 270,000 or 3.67 does, two or 100 does not."""
    if unit == "date":
        return bool(value % 100)  # a day is telling; "October" alone is not
    if value != int(value):
        return True
    digits = str(int(abs(value))).rstrip("0")
    return abs(value) >= _COMMON_BELOW and len(digits) >= 2


def measure_stems(measure: str) -> frozenset[str]:
    """The stems that name a measure class (nothing for other measures)."""
    return _MEASURES.get(measure, frozenset())


def _measure_class(stems: Iterable[str]) -> str | None:
    """The measure class one of ``stems`` names, if any; the first class in the table's order
    when they name several ("killed … and displaced …"), never the order of a set, which
    changes from run to run with Python's string hashing."""
    present = frozenset(stems)
    return next((name for name, named in _MEASURES.items() if named & present), None)


def _verbs(claim: Claim) -> frozenset[str]:
    """The stems of a claim's predicate, verbs that say nothing left out."""
    return frozenset(stem(w) for w in _WORD.findall(claim.predicate)) - _VERBS_SAY_NOTHING


def _measure(claim: Claim, unit: str, window: frozenset[str], clause: frozenset[str],
             fold: Callable[[str], str], span: str = "") -> tuple[str, str]:
    """What the number measures (a class, else verb and noun) and the counted noun; a length
    of days or years measures what it is the length of, whatever verb the clause uses."""
    if unit in _SPAN_UNITS:
        # No noun after it: what its verb does for that long ("pausing its curbs for one
        # year" in a clause that also names a trade war), else what the clause names
        # ("engaged in conflicts for 30 years").
        span = span or next((name for stems in (_verbs(claim), clause)
                             for name, named in _SPANS.items() if named & stems), "")
        if span:
            return (f"length of {span}" if span in _SPANS else f"length|{span}"), span
    predicate = _verbs(claim)
    key = content_stems(claim.object_key or "", fold)
    noun_words = [w for w in (claim.object_key or "").split() if w]
    noun = stem(noun_words[-1]) if noun_words else next(iter(sorted(window)), "")
    if unit in _DURATIONS:
        return "duration", noun
    for stems in (predicate, key, window, clause):
        # A length is never a count of the dead or displaced its sentence also gives.
        found = None if unit in _SPAN_UNITS else _measure_class(stems)
        if found is not None:
            return found, noun
    verb = " ".join(sorted(predicate))
    return f"{verb}|{noun}", noun


def episode_of(sentence: str) -> str | None:
    """The bounded episode a sentence names by its length (``the five-day border conflict``,
    ``five days of fighting``, ``the 12-day war``) as ``5-day``, else ``None``. A conflict
    given a length has ended: what it killed or displaced no longer grows."""
    match = _EPISODE.search(sentence)
    if match is None:
        return any_language_episode(sentence)
    amount = match.group("n").lower()
    value = _SMALL_NUMBERS.get(amount) or (int(amount) if amount.isdigit() else None)
    return f"{value}-{match.group('unit').lower().removesuffix('s')}" if value else None


def _assertive(claim: Claim) -> bool:
    """A plain statement of fact: not modal, conditional, negated or a bare infinitive."""
    text = claim.text.strip()
    return not (claim.negated or _MODAL.search(text) or text.lower().startswith("to "))


def facts_of(corpus: Corpus, anchors: EventAnchors,
             fold: Callable[[str], str], countries: Callable[[str], bool]) -> list[Fact]:
    """Every claim of the corpus as a :class:`Fact`, in corpus order."""
    stems = stems_of(fold)
    facts: list[Fact] = []
    for doc_id in corpus.order:
        annotations = corpus.annotations.get(doc_id)
        if annotations is not None:
            facts += article_facts(corpus, doc_id, anchors, (fold, stems), countries)
    return facts


def stems_of(fold: Callable[[str], str]) -> Callable[[str], frozenset[str]]:
    """:func:`content_stems` with ``fold``, kept per distinct text: copies of one article
    repeat its claims word for word (``fold`` is fixed for a merge, so they cannot differ)."""
    known: dict[str, frozenset[str]] = {}

    def stems(words: str) -> frozenset[str]:
        found = known.get(words)
        if found is None:
            found = known[words] = content_stems(words, fold)
        return found

    return stems


def article_facts(corpus: Corpus, doc_id: str, anchors: EventAnchors,
                  folding: tuple[Callable[[str], str], Callable[[str], frozenset[str]]],
                  countries: Callable[[str], bool]) -> list[Fact]:
    """The claims of one article as facts, in its order (one for each of its claims);
    ``folding``: the merge's fold and its :func:`stems_of`."""
    text = corpus.text(doc_id)
    made = [_fact(doc_id, c, text, anchors, corpus, folding, countries)
            for c in corpus.annotations[doc_id].claims]
    made = _aim_each_rate(made, text, folding[0], countries)
    return with_companions(_mark_lists(_inherit_scopes(made, text)))


def _aim_each_rate(facts: list[Fact], text: str, fold: Callable[[str], str],
                   countries: Callable[[str], bool]) -> list[Fact]:
    """In a sentence stating several rates, each rate aimed by its own piece of the sentence
    (see :func:`~communique.merge._rate_targets.rate_pieces`): ``45% on Korvanian goods and
    30% in retaliation by Korvania`` aims only the first at Korvania."""
    spans: dict[int, dict[tuple[int, int], None]] = defaultdict(dict)
    for fact in facts:
        if fact.unit == "percent" and fact.claim.quantity is not None:
            spans[fact.claim.start][(fact.claim.quantity.start, fact.claim.quantity.end)] = None
    ends = {fact.claim.start: fact.claim.end for fact in facts}
    pieces: dict[tuple[int, int], frozenset[str]] = {}
    for sentence, found in spans.items():
        numbers = list(found)
        if len(numbers) < 2:
            continue
        for number, (start, end) in zip(numbers, rate_pieces(
                text, sentence, ends[sentence], numbers), strict=True):
            pieces[number] = aimed_at(text[start:end], fold, countries)
    starts = {f.claim.quantity.start: f.value for f in facts
              if f.unit == "percent" and f.claim.quantity is not None}
    out = []
    for fact in facts:
        quantity = fact.claim.quantity
        aimed = pieces.get((quantity.start, quantity.end)) if quantity else None
        if aimed is not None and fact.unit == "percent":
            fact = replace(fact, targets=aimed)
        if quantity is not None and fact.unit == "percent":
            found = spans.get(fact.claim.start, {})
            old = _changed_from(text, quantity, found, starts)
            fact = replace(fact, changed_from=old) if old is not None else fact
            others = frozenset(v for start, _ in found
                               if (v := starts.get(start)) is not None and v != fact.value)
            fact = replace(fact, rates=others) if others else fact
        out.append(fact)
    return out


def _changed_from(text: str, quantity: Quantity, numbers: Iterable[tuple[int, int]],
                  values: Mapping[int, float | None]) -> float | None:
    """The rate a rate was changed from, when the sentence pairs them (*from 45% to 15%*,
    *45% to 15%*, *to 15% from 45%*)."""
    for start, end in numbers:
        if end <= quantity.start and _TO.fullmatch(text[end : quantity.start]):
            return values.get(start)
        if start >= quantity.end and _FROM.fullmatch(text[quantity.end : start]):
            return values.get(start)
    return None


def _fact(doc_id: str, claim: Claim, text: str, anchors: EventAnchors, corpus: Corpus,
          folding: tuple[Callable[[str], str], Callable[[str], frozenset[str]]],
          countries: Callable[[str], bool]) -> Fact:
    """One claim as a fact; ``folding`` is the merge's fold and its :func:`content_stems`."""
    fold, stems = folding
    quantity = claim.quantity
    value, unit = _normal_value(quantity) if quantity else (None, "")
    window = stems(_window(text, quantity)) if quantity else frozenset()
    words = stems(f"{claim.text} {claim.object or ''}")
    span = _span_of(text, quantity) if quantity else ""
    abroad = _span_abroad(claim, unit, corpus.language(doc_id))
    extension = quantity is not None and unit in _SPAN_UNITS and (
        claim.object == _EXTENSION if abroad else _extension(
            text, quantity, stems(claim.subject)))
    # An extension or a delay is a new time window, whatever it extends.
    span = "deadline" if extension else abroad or span
    measure, noun = _measure(claim, unit, window, words, fold, span) if quantity else ("", "")
    if quantity is not None:
        words -= stems(quantity.text)
    counted = _window(text, quantity) if quantity else ""
    scope_words = stems(f"{claim.object or ''} {counted}")
    written = corpus.written(doc_id)
    event = anchors.of_sentence(doc_id, claim.start)
    main = None if anchors.mentions_several(doc_id, claim.start) else anchors.main(doc_id)
    if unit in _DURATIONS:
        # A length is of one meeting: an event that only names a place is the meeting held
        # there when the article was written; of several the sentence names, the one that
        # ended when it was written.
        if event is None and main is None:
            event = anchors.held_on(doc_id, claim.start, written)
        event, main = anchors.on_day(event, written), anchors.on_day(main, written)
        # Nor is it of a meeting that began after the article was written (the next round
        # it announces): then, when the sentence names a meeting, of the one held event of
        # the story that ended the day the article was written or the day before.
        event = event if anchors.begun(event, written) else None
        main = main if anchors.begun(main, written) else None
        language = corpus.language(doc_id)
        if event is None and main is None and (
                _names_meeting(claim.text, words, language)
                or (anchors.main(doc_id) is None and _names_meeting(text, None, language))):
            main = anchors.held_then(written)
    return Fact(
        doc_id=doc_id,
        claim=claim,
        value=value,
        unit=unit,
        words=words,
        subject=stems(claim.subject),
        measure=measure,
        noun=noun,
        verbs=_verbs(claim),
        scope=frozenset(w for w in scope_words if countries(w)),
        event=event,
        main_event=main,
        published=corpus.published(doc_id),
        written=written,
        episode=episode_of(corpus.sentence(doc_id, claim.start).text),
        assertive=_assertive(claim),
        listed=False,
        measured=quantity is None or _is_measurement(text, quantity),
        months=months_named(claim.text),
        targets=aimed_at(claim.text, fold, countries),
        levy=unit == "percent" and bool(_LEVIES & words),
        language=corpus.language(doc_id),
        extension=extension,
    )


def _span_abroad(claim: Claim, unit: str, language: str | None) -> str:
    """What a length read in another language is the length of: the class its reader names
    as the claim's object (``truce``; an ``extension`` is a new time window, a deadline),
    empty for an English claim, whose object is a noun phrase of the text."""
    if (language or "en") == "en" or unit not in _SPAN_UNITS or claim.object not in _SPANS_ABROAD:
        return ""
    return "deadline" if claim.object == _EXTENSION else claim.object


def _names_meeting(text: str, words: frozenset[str] | None, language: str | None) -> bool:
    """Whether a text names a meeting (*talks*, *Gespräche*, *переговоры*); ``words``: its
    content stems, when known."""
    found = {w.lower() for w in _WORD.findall(text)}
    stems = words if words is not None else frozenset(stem(w) for w in found)
    return bool(_SPANS["talks"] & stems or found & _meeting_nouns(language))


@lru_cache(maxsize=16)
def _meeting_nouns(language: str | None) -> frozenset[str]:
    """The meeting nouns of a language's pack (none for English, which has its own)."""
    pack = language_pack(language) if language else None
    return frozenset(n.lower() for n in pack.meeting_nouns) if pack is not None else frozenset()


def _counts_the_same(text: str, quantity: Quantity) -> bool:
    """Whether a number's counted noun is left out or points back (``wounding eight``,
    ``four others were hurt``): it counts what the sentence counted just before."""
    words = _window(text, quantity).split()
    return not words or words[0].lower() in _ANAPHORIC_COUNTS


def _inherit_scopes(facts: list[Fact], text: str) -> list[Fact]:
    """A count whose noun is left out (``one Veldran soldier was killed and four others
    wounded``) takes the countries of the count before it in its sentence."""
    out: list[Fact] = []
    for fact in facts:
        quantity = fact.claim.quantity
        before = out[-1] if out else None
        if (quantity is not None and not fact.scope and before is not None
                and before.claim.start == fact.claim.start and before.scope
                and before.unit == fact.unit == "count"
                and before.claim.quantity is not None
                and before.claim.quantity.start < quantity.start
                and _counts_the_same(text, quantity)):
            fact = replace(fact, scope=before.scope)
        out.append(fact)
    return out


def _list_key(fact: Fact) -> tuple[int, str, str, frozenset[str]]:
    """What a sentence's values must share to be a list of one measure: a count for each of
    two countries ("one Veldran soldier and four Korvanian civilians") is two counts, no list."""
    return fact.claim.start, fact.unit, fact.measure, fact.scope


def _mark_lists(facts: list[Fact]) -> list[Fact]:
    """Flag sentences stating several values of one measure: a list, never rival values."""
    by_sentence: dict[tuple[int, str, str, frozenset[str]], set[float]] = defaultdict(set)
    for fact in facts:
        if fact.value is not None and fact.measured:
            by_sentence[_list_key(fact)].add(fact.value)
    out = []
    for fact in facts:
        values = by_sentence.get(_list_key(fact), set())
        out.append(replace(fact, listed=True) if len(values) > 1 else fact)
    return out


def _companion(fact: Fact) -> tuple[str, float] | None:
    """A count that can mark the moment a sentence reports: a measured, telling count of a
    class news tallies (*killed 35*), stated plainly and alone of its kind in its sentence."""
    if (fact.value is None or fact.unit != "count" or not fact.measured or fact.listed
            or not fact.assertive or fact.measure not in _MEASURES
            or not telling(fact.value, fact.unit)):
        return None
    return fact.measure, fact.value


def with_companions(facts: list[Fact]) -> list[Fact]:
    """Give each fact the other tallies of its sentence (see :attr:`Fact.companions`)."""
    by_sentence: dict[int, set[tuple[str, float]]] = defaultdict(set)
    for fact in facts:
        found = _companion(fact)
        if found is not None:
            by_sentence[fact.claim.start].add(found)
    out = []
    for fact in facts:
        others = frozenset(c for c in by_sentence.get(fact.claim.start, ())
                           if c[0] != fact.measure)
        out.append(replace(fact, companions=others) if others else fact)
    return out
