"""Participant contradictions: outlets that give one taker of an event incompatible roles.

Read from the sentences about one dated event: those that speak of it alone
(:func:`own_sentences`, the same sentences formats and venues are read from), the two after
each of them while they name no event (they go on about it), the sentences that name no event
of an article written the day the event ended or the day after (a fresh report of it), and an
undated event's sentences in an article that names one dated event at the same place. A
sentence that gives a day outside the event's is about another event and is skipped.

In them, a role phrase and its holders. The phrases, in English, French, Spanish, Portuguese
and German, are *mediated by X*, *X-brokered*, *X served as (co-)mediators*, *X (attended) as
(an) observer*, *X signed*, *signed by X*, *X signed as a witness*, *in the presence of X*,
*witnessed by X*, *X oversaw / presided over the signing*, *chaired by X*, *X presided over*,
*Veldra's delegation was led by X*, *the head of the Veldran delegation X*, *X headed the
Veldran delegation*. The holders are the named entities right against the phrase: a run of
names joined by commas, *and* and title words (*the Veldran and Korvanian ambassadors to
Tirasol, who served as co-mediators* holds Veldra and Korvania, not Tirasol, which the run
only passes through; a relative clause about one holder is passed over). *The president* stands
for the one person of the article with that title. Each holder is taken as the party it speaks
for (a country or an organization itself, a nationality word's country, a person's affiliation)
and, when it is a person, as that person too. A phrase under negation, plan, expectation or
condition (*is set to witness*, *did not sign*, *would mediate*, *va présider*) reports no role.

Three kinds, all of kind ``participants`` (a side's value says who held which role):

* **clash**: one holder given roles that exclude each other by different outlets — mediator
  against observer (a party mediates or watches; compared per party), signer against witness
  (a person signs or watches others sign; compared per person);
* **chair**: the one chair of an event (who chaired or presided over it) given to different
  people by different outlets, each of which names a single one;
* **head**: the head of one party's delegation given to different people by different outlets.

Never from omission: an outlet that names no role for a holder takes no side, and two
mediators named by two outlets are no contradiction (mediators are often several). Each outlet
has one value per holder (its articles pooled); an outlet that gives a holder both roles is
taken off both sides, so that no outlet is set against itself. A contradiction is ``about``
the event id.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from communique.merge._anchors import EventAnchors
from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._modes import own_sentences
from communique.model import content_id
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.story import Contradiction, Evidence, Side, StoryEvent

MEDIATOR, OBSERVER, SIGNER, WITNESS = "mediator", "observer", "signer", "witness"
CHAIR, HEAD = "chair", "head"
# Roles that exclude each other for one holder, and whether they are compared per person (a
# person signs or watches) rather than per party (a country mediates or observes).
_CLASHES = ((MEDIATOR, OBSERVER, False), (SIGNER, WITNESS, True))

_CO = r"(?:co-?)?"
# Role phrases whose holders come after them ("mediated by X").
_AFTER = (
    (MEDIATOR, re.compile(
        r"\b(?:mediated|brokered|facilitated)\s+by\b|"
        rf"\b(?:the\s+)?{_CO}mediation\s+(?:of|by)\b|"
        # French, Spanish, Portuguese, German
        r"\bm[ée]di[ée](?:e|s|es)?\s+par\b|\bsous\s+(?:la\s+)?m[ée]diation\s+(?:de|du|des)\b|"
        r"\bmediad[oa]s?\s+por\b|\bbajo\s+(?:la\s+)?mediaci[oó]n\s+de\b|"
        r"\bmediad[oa]s?\s+pel[oa]s?\b|\bvermittelt\s+(?:von|durch)\b|"
        r"\bunter\s+(?:der\s+)?Vermittlung\s+(?:von|des|der)\b", re.IGNORECASE)),
    (SIGNER, re.compile(
        r"\b(?:signed|inked)\s+by\b(?!\s+(?:both|the\s+two|all))|\bsign[ée](?:e|s|es)?\s+par\b|"
        r"\bfirmad[oa]s?\s+por\b|\bassinad[oa]s?\s+por\b|\bunterzeichnet\s+von\b",
        re.IGNORECASE)),
    (WITNESS, re.compile(
        r"\b(?:witnessed|overseen)\s+by\b|\bin\s+the\s+presence\s+of\b|"
        r"\ben\s+pr[ée]sence\s+(?:de|du|des)\b|\ben\s+presencia\s+de(?:l)?\b|"
        r"\bna\s+presen[çc]a\s+d[eoa]s?\b|\bin\s+(?:Anwesenheit|Gegenwart)\s+(?:von|des|der)\b|"
        r"\bim\s+Beisein\s+(?:von|des|der)\b", re.IGNORECASE)),
    (CHAIR, re.compile(
        r"(?<![-\w])(?:chaired|presided(?:\s+over)?)\s+by\b|\bpr[ée]sid[ée](?:e|s|es)?\s+par\b|"
        r"\bsous\s+la\s+pr[ée]sidence\s+(?:de|du)\b|\bpresidid[oa]s?\s+por\b|"
        r"\bbajo\s+la\s+presidencia\s+de(?:l)?\b|\bunter\s+(?:dem\s+)?Vorsitz\s+(?:von|des|der)\b",
        re.IGNORECASE)),
)
# A day between a holder and its verb ("Veldra on Monday signed").
_WHEN = (r"(?:\s+(?:on\s+|this\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
         r"sunday|today|yesterday))?")
# What a participation verb may take before its "as" ("attended the talks as an observer").
_OBJECT = (r"(?:\s+(?:in\s+)?(?:the|these|this)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|"
           r"negotiations|ceremony|signing|sessions?|discussions|summit))?")
_AS = r"\s+(?:as|comme|en\s+tant\s+que|en\s+qualit[ée]\s+d['’]|como|en\s+calidad\s+de|als)\s*"
_A = r"(?:an?\s+|the\s+|un\s+|une\s+|uno?\s+|una\s+|des\s+|los\s+|las\s+)?"
_MEDIATOR = (r"(?:mediators?|facilitators?|intermediar(?:y|ies)|m[ée]diat(?:eur|rice)s?|"
             r"facilitat(?:eur|rice)s?|mediador(?:es|as?)?|Vermittler)")
# Role phrases whose holders come before them ("X signed", "X as observer").
_BEFORE = (
    (MEDIATOR, re.compile(
        rf"^[-‑–](?:brokered|mediated)\b|"
        rf"^(?:[\s,]+(?:who|which)?\s*(?:also\s+|jointly\s+)?(?:served|serving|acted|acting|"
        rf"were|was|are|is)?)?{_AS}{_A}(?:joint\s+|main\s+|chief\s+)?{_CO}{_MEDIATOR}\b|"
        # an apposition: "Tirasol, the mediator, said", "du Tirasol, également médiateur"
        rf"^,\s+(?:(?:also|itself|également|aussi|también)\s+)?{_A}(?:main\s+|chief\s+)?"
        rf"{_CO}{_MEDIATOR}\b(?!\s+(?:of|for|in|de|du|des)\b)|"
        rf"^,?{_WHEN}\s+(?:also\s+|jointly\s+)?(?:mediated|brokered)\b", re.IGNORECASE)),
    (OBSERVER, re.compile(
        rf"^(?:[\s,]+(?:who|which)?\s*(?:also\s+)?(?:attended|attending|participated|"
        rf"participating|took\s+part|taking\s+part|present|sat\s+in|joined|joining|served|"
        rf"serving|were|was|are|is)?{_OBJECT})?{_AS}{_A}(?:observers?|observat(?:eur|rice)s?|"
        rf"observador(?:es|as?)?|Beobachter)\b", re.IGNORECASE)),
    (SIGNER, re.compile(
        rf"^,?{_WHEN}\s+(?:also\s+|formally\s+|jointly\s+|officially\s+)?(?:signed|inked)\b"
        rf"(?!\s+by|{_AS}{_A}(?:witness|t[ée]moin|testigo))", re.IGNORECASE)),
    (WITNESS, re.compile(
        rf"^,?{_WHEN}\s+(?:also\s+)?(?:witnessed|looked\s+on\s+as|"
        rf"(?:oversaw|presided\s+over|hosted)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?:signing|ceremony)|(?:also\s+)?signed{_AS}{_A}witness)\b|"
        rf"^,?\s+(?:qui\s+)?(?:a\s+)?sign[ée]{_AS}{_A}t[ée]moin\b|"
        rf"^{_AS}{_A}(?:t[ée]moin|testigo|Zeuge)\b", re.IGNORECASE)),
    (CHAIR, re.compile(rf"^,?{_WHEN}\s+(?:chaired|presided\s+over)\b(?!\s+the\s+signing)",
                       re.IGNORECASE)),
)
# Head of a party's delegation, the holders after the phrase ("Veldra's delegation was led by
# X", "the head of the Veldran delegation, X") or before it ("X headed the Veldran team").
_HEAD_AFTER = re.compile(
    # a technical or expert team is not the delegation: only a negotiating team is
    r"\b(?:delegations?|negotiating\s+team|side)\s+(?:was\s+|were\s+|is\s+|are\s+)?"
    r"(?:led|headed)\s+by\b|"
    r"\bheads?\s+of\s+(?:the\s+|its\s+)?(?:[\w/-]+\s+){0,4}?delegation\b,?|"
    r"\bd[ée]l[ée]gation\s+(?:[\w-]+\s+){0,3}?(?:conduite|dirig[ée]e|men[ée]e)\s+par\b|"
    r"\bchef\s+de\s+(?:la\s+)?d[ée]l[ée]gation\s+(?:[\w-]+\s+){0,3}?|"
    r"\bdelegaci[oó]n\s+(?:[\w-]+\s+){0,3}?(?:encabezada|liderada|dirigida)\s+por\b|"
    r"\bjefe\s+de\s+(?:la\s+)?delegaci[oó]n\s+(?:[\w-]+\s+){0,3}?", re.IGNORECASE)
_HEAD_BEFORE = re.compile(
    rf"^,?{_WHEN}\s+(?:also\s+)?(?:led|headed)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:[\w/'’-]+\s+){0,3}?(?:delegation|negotiating\s+team|bench)\b", re.IGNORECASE)
# Words before a role phrase that make it a plan, a wish, a denial or a condition.
_NOT_A_REPORT = re.compile(
    r"\b(?:not|no|never|n't|nor|neither|without|refus\w*|reject\w*|denie[sd]|deny\w*|if|unless|"
    r"will|would|could|may|might|shall|should|expected|expects?|set\s+to|scheduled|due\s+to|"
    r"plans?|planned|planning|intends?|aims?|hopes?|want\w*|ready|willing|whether|"
    r"(?:is|are|was|were|going|about|agreed|ought)\s+to|"
    r"before|upcoming|invited|invite[sd]?|offer\w*|propos\w*|ask\w*)\b",
    re.IGNORECASE)
_LOOK_BACK = 50
# A sentence that speaks of a plan anywhere ("as observers at the upcoming meeting") reports
# no role held.
_PLAN = re.compile(r"\b(?:upcoming|next\s+(?:week|month)|to\s+be|to\s+take\s+place|"
                   r"scheduled|expected|will|would|set\s+to|"
                   # the same in French, Spanish and German
                   r"devrai(?:en)?t|doi(?:ven)?t|sera|seront|va|vont|pr[ée]vue?s?|"
                   r"prochaine?|ser[áa]n?|deber[áa]n?|previst[oa]s?|pr[óo]xim[oa]|"
                   r"wird|werden|soll(?:en)?|geplant)\b", re.IGNORECASE)
_FOLLOWING = 2
_CLAUSE_END = re.compile(r"[;:()\[\]]|\s[-–—]\s|,\s+(?:while|but|and\s+(?:the|a)\b|which|who)\b")
# Title words (lower-case in many languages and styles) that may stand before a name.
_TITLES = (r"presidents?|presidente|pr[ée]sident|prime|ministers?|ministres?|ministro|secretary|"
           r"secr[ée]taire|secretario|foreign|state|affairs|[ée]tat|estado|exteriores|"
           r"[ée]trang[èe]res|deputy|vice|special|envoys?|senior|adviser|advisor|chancellor|"
           r"king|emir|general|counterparts?|ambassadors?|his|her|its|their")
_ARTICLES = r"the|of|le|la|les|du|des|de|del|el|los|las|der|die|dem|den|des|von"
# What may stand between two holders of one run: commas, "and", title words, a role noun and
# the place it serves in ("the Veldran and Korvanian ambassadors to Tirasol").
_JOIN = re.compile(
    r"^(?:[\s,]|\([^()]{1,15}\)|['’]|[A-Z][\w.'’-]*+|"
    r"\b(?:and|et|y|e|und|&|as\s+well\s+as|along\s+with|together\s+with|both|to|in|s|"
    rf"{_ARTICLES}|{_TITLES}|officials?|representatives?|delegations?|delegates?|leaders?|"
    r"diplomats?|heads?|governments?)\b)*+$")
# What may stand between a role phrase and the run of holders after it (a title, "the").
_LEAD = re.compile(
    rf"^(?:[\s,]|\b(?i:{_ARTICLES}|{_TITLES}|and|both)\b|[A-Z][\w.'’-]*+|['’]s?)*+$")
_GAP = 60
_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;()]{1,50},")
# A definite title standing alone for its bearer ("the president signed").
_THE_TITLE = re.compile(r"\b[Tt]he\s+(?P<title>(?:[a-z-]+\s+){0,2}?(?:president|prime\s+minister|"
                        r"minister|secretary(?:\s+of\s+state)?|chancellor|king|emir|envoy))\b")
_HOLDER_LABELS = (EntityLabel.PERSON, EntityLabel.COUNTRY, EntityLabel.ORGANIZATION,
                  EntityLabel.NATIONALITY)
# A name right after one of these words is where a holder serves, not a holder.
_COMPLEMENT = re.compile(r"\b(?:to|in|at|from|for)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a role: the party they speak for, and the person when the holder is one."""

    party: str | None
    person: str | None


@dataclass(frozen=True, slots=True)
class RoleStatement:
    """One role phrase of a sentence: the role and its holders."""

    role: str
    holders: tuple[Holder, ...]
    of: str | None = None
    """The party whose delegation a head leads, when the phrase names it."""


class HolderNames:
    """Turns an article's entity mentions into holders: a party and, for a person, a name."""

    def __init__(self, corpus: Corpus, countries: Countries,
                 name_of: Callable[[str, str], str | None] | None = None) -> None:
        self._corpus = corpus
        self._countries = countries
        self._names = name_of
        self._entities: dict[str, dict[str, DocEntity]] = {}
        self._mentions: dict[str, list[EntityMention]] = {}

    def _entity(self, article: str, canonical: str) -> DocEntity | None:
        known = self._entities.get(article)
        if known is None:
            annotations = self._corpus.annotations.get(article)
            known = {e.canonical: e for e in annotations.entities} if annotations else {}
            self._entities[article] = known
        return known.get(canonical)

    def name(self, article: str, canonical: str) -> str:
        """The story's name of a document name (the document's own when the story has none)."""
        named = self._names(article, canonical) if self._names is not None else None
        return named or canonical

    def holder(self, article: str, mention: EntityMention) -> Holder | None:
        """The holder a mention names, ``None`` for a name that can hold no role."""
        if mention.label not in _HOLDER_LABELS:
            return None
        if mention.label == EntityLabel.PERSON:
            entity = self._entity(article, mention.canonical)
            party = entity.affiliation if entity is not None else None
            return Holder(self._party(article, party) if party else None,
                          self.name(article, mention.canonical))
        party = mention.stands_for or mention.canonical
        return Holder(self._party(article, party), None)

    def mentions(self, article: str) -> list[EntityMention]:
        """The entity mentions of an article, in text order (worked out once per article)."""
        known = self._mentions.get(article)
        if known is None:
            annotations = self._corpus.annotations.get(article)
            entities = annotations.entities if annotations else ()
            known = self._mentions[article] = sorted(
                (m for e in entities for m in e.mentions), key=lambda m: (m.start, m.end))
        return known

    def titled(self, article: str, start: int, sentence: str) -> list[EntityMention]:
        """*The president*, *the foreign minister*: a definite title standing for the one
        person of the article who bears it, as a mention of that person (``start``: the
        sentence's offset in the article)."""
        found: list[EntityMention] = []
        for match in _THE_TITLE.finditer(sentence):
            title = match.group("title").casefold()
            bearers = {e.canonical for e in self._people(article)
                       if any(r.title.casefold() == title for r in e.roles)}
            if len(bearers) == 1:
                found.append(EntityMention(start + match.start(), start + match.end(),
                                           match.group(), EntityLabel.PERSON, bearers.pop()))
        return found

    def _people(self, article: str) -> list[DocEntity]:
        self._entity(article, "")
        return [e for e in self._entities[article].values() if e.label == EntityLabel.PERSON]

    def _party(self, article: str, name: str) -> str:
        country = self._countries.country_of(name)
        return country if country is not None else self.name(article, name)


def statements(article: str, start: int, end: int, mentions: Sequence[EntityMention],
               text: str, names: HolderNames) -> list[RoleStatement]:
    """The role phrases of the sentence ``text[start:end]`` of ``article`` and their holders
    (``mentions``: the article's entity mentions, in text order)."""
    sentence = text[start:end]
    if _PLAN.search(sentence):
        return []
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    inside = sorted([*inside, *names.titled(article, start, sentence)], key=lambda m: m.start)
    found: list[RoleStatement] = []
    for role, pattern in _AFTER:
        for match in pattern.finditer(sentence):
            if _hedged(sentence, match.start()):
                continue
            run = _run_after(inside, start + match.end(), text)
            found += _statement(role, run, article, text, names)
    for mention in inside:
        rest = text[mention.end:end]
        for role, pattern in _BEFORE:
            if pattern.match(rest) is None:
                continue
            run = _run_before(inside, mention, text)
            if _hedged(sentence, run[0].start - start):
                continue
            found += _statement(role, run, article, text, names)
    found += _heads(article, start, end, inside, text, names)
    return found


def _heads(article: str, start: int, end: int, inside: Sequence[EntityMention], text: str,
           names: HolderNames) -> list[RoleStatement]:
    """Heads of delegations and the party each leads: named in the phrase (*Veldra's
    delegation*, *the Veldran team*), else the head's own affiliation."""
    sentence = text[start:end]
    found: list[RoleStatement] = []
    for match in _HEAD_AFTER.finditer(sentence):
        if _hedged(sentence, match.start()):
            continue
        at, to = start + match.start(), start + match.end()
        named = [m for m in inside if at <= m.start and m.end <= to] or [
            m for m in inside if m.end <= at and re.fullmatch(r"['’]s?\s*", text[m.end:at])]
        run = _run_after(inside, to, text)[:1]
        found += _head(run, named, article, names)
    for mention in inside:
        led = _HEAD_BEFORE.match(text, mention.end, end)
        if led is None or _hedged(sentence, mention.start - start):
            continue
        named = [m for m in inside if mention.end <= m.start and m.end <= led.end()]
        found += _head([mention], named, article, names)
    return found


def _head(run: Sequence[EntityMention], named: Sequence[EntityMention], article: str,
          names: HolderNames) -> list[RoleStatement]:
    people = [h for m in run if (h := names.holder(article, m)) is not None and h.person]
    parties = {h.party for m in named if (h := names.holder(article, m)) is not None and h.party}
    if len(people) != 1 or len(parties) > 1:
        return []
    party = next(iter(parties)) if parties else people[0].party
    return [RoleStatement(HEAD, (people[0],), party)] if party else []


def _statement(role: str, run: Sequence[EntityMention], article: str, text: str,
               names: HolderNames) -> list[RoleStatement]:
    holders = tuple(dict.fromkeys(
        h for m in run if not _COMPLEMENT.search(text[max(0, m.start - 6):m.start])
        and (h := names.holder(article, m)) is not None))
    return [RoleStatement(role, holders)] if holders else []


def _hedged(sentence: str, at: int) -> bool:
    """Whether the words before a role phrase make it a plan, a wish or a denial."""
    before = sentence[max(0, at - _LOOK_BACK):at]
    cut = list(_CLAUSE_END.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    return bool(_NOT_A_REPORT.search(before))


def _run_after(mentions: Sequence[EntityMention], at: int, text: str) -> list[EntityMention]:
    """The run of names right after a role phrase ending at ``at``."""
    run: list[EntityMention] = []
    previous = at
    for mention in mentions:
        if mention.start < previous:
            continue  # before the phrase, or inside a relative clause passed over
        gap = text[previous:mention.start]
        if len(gap) > _GAP or not (_LEAD if not run else _JOIN).match(gap):
            break
        run.append(mention)
        previous = mention.end
        # "X, who chairs the Union, and Y": the clause about X is no part of the run.
        relative = _RELATIVE.match(text, previous)
        if relative is not None:
            previous = relative.end()
    return run


def _run_before(mentions: Sequence[EntityMention], last: EntityMention,
                text: str) -> list[EntityMention]:
    """The run of names that ends with ``last``, right before a role phrase."""
    run = [last]
    earlier = [m for m in mentions if m.end <= last.start]
    following = last
    for mention in reversed(earlier):
        gap = text[mention.end:following.start]
        if len(gap) > _GAP or not _JOIN.match(gap):
            break
        run.append(mention)
        following = mention
    return run[::-1]


def role_contradictions(events: Sequence[StoryEvent], corpus: Corpus, countries: Countries,
                        name_of: Callable[[str, str], str | None] | None = None
                        ) -> list[Contradiction]:
    """For each dated event, outlets that give one holder excluding roles, or name different
    chairs (see the module doc). ``name_of`` gives, for an article and its name of an entity,
    the story's name, so that one person spelled two ways is one holder."""
    names = HolderNames(corpus, countries, name_of)
    found: list[Contradiction] = []
    for event, sentences in role_sentences(events, corpus):
        said = list(_said(sentences, corpus, names))
        found += _clashes(event, said, corpus)
        found += _chairs(event, said, corpus)
        found += _heads_of(event, said, corpus)
    return found


def role_sentences(events: Sequence[StoryEvent], corpus: Corpus
                   ) -> list[tuple[StoryEvent, list[Evidence]]]:
    """Each dated event with the sentences about it that roles are read from (see the module
    doc): its own, the two after each while they name no event, the fresh reports of it,
    an undated event's at its place; none that gives another day, month or year."""
    named = {(e.article, e.start) for event in events for e in event.evidence}
    fresh = _fresh_reports(events, corpus, named)
    for ident, sentences in _placed(events).items():
        fresh[ident] = [*fresh.get(ident, ()), *sentences]
    found: list[tuple[StoryEvent, list[Evidence]]] = []
    for event, sentences in own_sentences(events, corpus):
        read = [*sentences, *_following(sentences, named, corpus), *fresh.get(event.id, ())]
        found.append((event, [e for e in read if not _other_day(event, e, corpus)]))
    return found


Said = tuple[Evidence, RoleStatement]


def _fresh_reports(events: Sequence[StoryEvent], corpus: Corpus,
                   named: set[tuple[str, int]]) -> dict[str, list[Evidence]]:
    """The sentences that name no event of each article written the day a held event ended or
    the day after, given to that event: the article's main event when it is that one, else
    the one held event that ended then (none when several did). A fresh report of a signing
    says who signed and who looked on without naming the signing again."""
    held = [(day(e.start), day(e.end) or day(e.start), e) for e in events
            if e.status in _HELD and day(e.start) is not None]
    anchors = EventAnchors(events)
    found: dict[str, list[Evidence]] = defaultdict(list)
    for article in corpus.order:
        written = corpus.written(article)
        annotations = corpus.annotations.get(article)
        if written is None or annotations is None:
            continue
        ended = [e for first, last, e in held
                 if first is not None and last is not None
                 and first <= written <= last + timedelta(days=1)]
        own = anchors.main(article)
        chosen = [e for e in ended if e.id == own] or (ended if len(ended) == 1 else [])
        if len(chosen) != 1 or (own is not None and own != chosen[0].id):
            continue
        found[chosen[0].id] += [corpus.evidence(article, span.start, span.end)
                                for span in annotations.sentences
                                if (article, span.start) not in named]
    return found


def _placed(events: Sequence[StoryEvent]) -> dict[str, list[Evidence]]:
    """The sentences an undated event at a place has alone in an article that also names one
    dated held event at that place, given to that dated event: *the signing ceremony in
    Lindhaven* and *the signing in Lindhaven on 26 October* in one report are one event."""
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for event in events:
        for evidence in event.evidence:
            counts[(evidence.article, evidence.start)] += 1
    dated: dict[tuple[str, str], set[str]] = defaultdict(set)
    for event in events:
        if event.place and event.status in _HELD and day(event.start) is not None:
            for evidence in event.evidence:
                dated[(evidence.article, event.place.casefold())].add(event.id)
    found: dict[str, list[Evidence]] = defaultdict(list)
    for event in events:
        if event.start or not event.place:
            continue
        for evidence in event.evidence:
            meant = dated.get((evidence.article, event.place.casefold()), set())
            if len(meant) == 1 and counts[(evidence.article, evidence.start)] == 1:
                found[next(iter(meant))].append(evidence)
    return found


def _other_day(event: StoryEvent, evidence: Evidence, corpus: Corpus) -> bool:
    """Whether a sentence gives a day that is not one of the event's (the day before and after
    aside), or a month or year the event is not in: it speaks of another event."""
    first, last = day(event.start), day(event.end) or day(event.start)
    annotations = corpus.annotations.get(evidence.article)
    if first is None or last is None or annotations is None:
        return False
    for expression in annotations.dates:
        if not evidence.start <= expression.start < evidence.end:
            continue
        value = expression.value or ""
        stated = day(value)
        if stated is not None and not (first - timedelta(days=1) <= stated
                                       <= last + timedelta(days=1)):
            return True
        # a year or a month the event is not in ("last year", "in March")
        if _YEAR_MONTH.fullmatch(value) and not (first.isoformat()[:len(value)] <= value
                                                 <= last.isoformat()[:len(value)]):
            return True
    return False


def day(value: str | None) -> date | None:
    """The day an ISO date string starts with, ``None`` when it gives no day."""
    if not value or len(value) < 10 or not _DAY.match(value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_YEAR_MONTH = re.compile(r"\d{4}(?:-\d{2})?")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_HELD = ("held", "ongoing")


def _following(sentences: Sequence[Evidence], named: set[tuple[str, int]],
               corpus: Corpus) -> list[Evidence]:
    """The sentences right after each of an event's own sentences (at most
    ``_FOLLOWING``), while they name no event: they go on about the same event ("The talks
    were attended by two ambassadors. Veldra acted as mediator and Korvania as observer.")."""
    found: list[Evidence] = []
    for evidence in sentences:
        annotations = corpus.annotations.get(evidence.article)
        if annotations is None:
            continue
        spans = annotations.sentences
        at = bisect_right([span.start for span in spans], evidence.start)
        for span in spans[at:at + _FOLLOWING]:
            if (evidence.article, span.start) in named:
                break
            found.append(corpus.evidence(evidence.article, span.start, span.end))
    return found


def _said(sentences: Sequence[Evidence], corpus: Corpus, names: HolderNames) -> Iterator[Said]:
    """Each role statement of an event's own sentences, with the sentence it is read from."""
    seen: set[tuple[str, int]] = set()
    for evidence in sentences:
        if (evidence.article, evidence.start) in seen:
            continue
        seen.add((evidence.article, evidence.start))
        annotations = corpus.annotations.get(evidence.article)
        if annotations is None:
            continue
        text = corpus.text(evidence.article)
        for statement in statements(evidence.article, evidence.start, evidence.end,
                                    names.mentions(evidence.article), text, names):
            yield evidence, statement


def _clashes(event: StoryEvent, said: Sequence[Said], corpus: Corpus) -> list[Contradiction]:
    """One holder given two roles that exclude each other, by different outlets."""
    found: list[Contradiction] = []
    for first, second, per_person in _CLASHES:
        roles: dict[str, dict[str, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
        for evidence, statement in said:
            if statement.role not in (first, second):
                continue
            for holder in statement.holders:
                key = holder.person if per_person else holder.party
                if key:
                    roles[key][statement.role].append(evidence)
        for key in sorted(roles):
            made = _two_sides(roles[key], corpus)
            if made is None:
                continue
            sides = tuple(Side(f"{key}: {side.value}", side.evidence, side.outlets)
                          for side in made)
            note = (f"Outlets give {key} different roles in {event.title}: "
                    + "; ".join(f"{s.value} ({', '.join(s.outlets)})" for s in sides) + ".")
            found.append(Contradiction(content_id("x_", "participants", event.id, key, first),
                                       "participants", event.id, sides, note))
    return found


def _chairs(event: StoryEvent, said: Sequence[Said], corpus: Corpus) -> list[Contradiction]:
    """Outlets that each name one chair of the event, not the same one."""
    chairs: dict[str, list[Evidence]] = defaultdict(list)
    for evidence, statement in said:
        people = [h.person for h in statement.holders if h.person]
        if statement.role == CHAIR and len(people) == 1:
            chairs[people[0]].append(evidence)
    made = _two_sides(chairs, corpus)
    if made is None:
        return []
    note = (f"Outlets name different chairs of {event.title}: "
            + "; ".join(f"{s.value} ({', '.join(s.outlets)})" for s in made) + ".")
    return [Contradiction(content_id("x_", "participants", event.id, CHAIR),
                          "participants", event.id, made, note)]


def _heads_of(event: StoryEvent, said: Sequence[Said], corpus: Corpus) -> list[Contradiction]:
    """Outlets that each name one head of a party's delegation, not the same one."""
    heads: dict[str, dict[str, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    for evidence, statement in said:
        if statement.role == HEAD and statement.of and statement.holders[0].person:
            heads[statement.of][statement.holders[0].person].append(evidence)
    found: list[Contradiction] = []
    for party in sorted(heads):
        made = _two_sides(heads[party], corpus)
        if made is None:
            continue
        note = (f"Outlets name different heads of the {party} delegation at {event.title}: "
                + "; ".join(f"{s.value} ({', '.join(s.outlets)})" for s in made) + ".")
        found.append(Contradiction(content_id("x_", "participants", event.id, HEAD, party),
                                   "participants", event.id, made, note))
    return found


def _two_sides(values: Mapping[str, list[Evidence]], corpus: Corpus) -> tuple[Side, ...] | None:
    """Sides for the values outlets state, an outlet that states several on none; ``None``
    unless two values remain."""
    sources: dict[str, set[str]] = defaultdict(set)
    for value, evidence in values.items():
        for piece in evidence:
            sources[corpus.source_key(piece.article)].add(value)
    torn = {source for source, stated in sources.items() if len(stated) > 1}
    sides = []
    for value in sorted(values):
        kept = [e for e in values[value] if corpus.source_key(e.article) not in torn]
        if kept:
            sides.append(corpus.side(value, kept))
    return tuple(sides) if len(sides) >= 2 else None
