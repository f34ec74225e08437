"""Event mentions in a language with a pack: a sentence that names talks, a meeting or a round
(the pack's ``meeting_nouns`` and ``round_nouns``) is a mention of talks.

Without a parser the sentence's words stand in for syntax: the event's place is a city named
after a locative preposition (``in Lindhaven``, ``в Линдхавене``, ``à Lindhaven``) close to
the event word, or written against it (``Lindhaven-Gespräche``); its dates are the sentence's
dates; its round number an ordinal just before the event word (``zweite Runde``, ``второго
раунда``); its length a stated number of days; its tense future when the sentence has one of
the pack's future cues. Places and dates are canonical (English names, ISO values), so the
merge stage joins these mentions to the English reports of the same event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique.extract.languages._words import AFTER, BEFORE, alternation, normal
from communique.lang import LanguagePack
from communique.model import Span
from communique.model.annotations import EventMention, EventStatus, EventType
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.temporal import TimeExpression

_REACH = 80
"""Most characters between the event word and its place."""
_ORDINAL_WORDS = 2
_DAYS = re.compile(r"P(\d+)D")
_DATE_REACH = 150
"""Most characters between the event word and a date of its own after it, without a parse."""
_LINK_LETTERS = 3
"""A word between an event word and a name links them when it is this short (``de``, ``in``)."""
_UNNAMED = re.compile(r"\s+([\w']+)\s+((?:[^\W\d_][\w'’-]*)(?:[\s-][^\W\d_][\w'’-]*)?)")
_PLACES = (EntityLabel.PLACE, EntityLabel.COUNTRY)
_COUNTRY_COST = 50
"""A city says more about where than a country: a country wins only when far nearer."""


def find_events(text: str, sentences: Sequence[Span], entities: Sequence[DocEntity],
                dates: Sequence[TimeExpression], pack: LanguagePack,
                skip: Sequence[Span] = ()) -> list[EventMention]:
    """One talks mention per sentence that names talks, a meeting or a round."""
    # Where nouns compound (``Gesprächsrunde``), the event word may end a longer word.
    head = r"[^\W\d]*?" if pack.noun_suffixes else ""
    trigger = re.compile(
        rf"{BEFORE}({head}(?:{alternation(pack.meeting_nouns | pack.round_nouns)})){AFTER}",
        re.IGNORECASE)
    ordinals = {normal(f): n for n, row in enumerate(pack.ordinals, start=1) for f in row}
    places = sorted((m for e in entities for m in e.mentions), key=lambda m: m.start)
    canonical = {m.start: e.canonical for e in entities for m in e.mentions}
    signing = re.compile(rf"{BEFORE}({alternation(pack.signing_words)}){AFTER}", re.IGNORECASE)
    speech = re.compile(rf"{BEFORE}(?:{alternation(pack.speech_verbs)}){AFTER}", re.IGNORECASE)
    future = frozenset(w.lower() for w in pack.future_cues)
    out = []
    for sentence in sentences:
        if any(sentence.start < s.end and s.start < sentence.end for s in skip):
            continue
        inside = tuple(d for d in dates if sentence.start <= d.start < sentence.end)
        words = set(re.findall(r"[\w']+", normal(text[sentence.start:sentence.end])))
        signed = _signing(text, signing, sentence, places, canonical, pack)
        if signed is not None:
            word, where = signed
            out.append(EventMention(
                sentence.start, sentence.end, EventType.AGREEMENT, word.group(1),
                word.start(), word.end(), "future" if words & future else "past",
                place=where, dates=_own_dates(text, inside, word, speech),
                parties=_signatories(text, word, places, canonical, sentence),
                status=EventStatus.PLANNED if words & future else None,
            ))
            continue  # a signing is the sentence's event; talks named with it lead up to it
        # The sentence's first event word that has a place, else its first event word.
        match, name = None, None
        for found in trigger.finditer(text, sentence.start, sentence.end):
            place = _place(text, found, places, pack, sentence)
            name = (canonical.get(place.start, place.canonical) if place
                    else _unnamed_place(text, found, pack, inside))
            match = match or found
            if name is not None:
                match = found
                break
        if match is None or name is None:
            continue  # without a parse, a talks word with no place says too little to merge
        ordinal = _ordinal(text, match.start(), sentence.start, ordinals)
        days = next((int(m.group(1)) for d in inside if d.value
                     and (m := _DAYS.fullmatch(d.value))), None)
        out.append(EventMention(
            sentence.start, sentence.end, EventType.TALKS, match.group(1),
            match.start(), match.end(), "future" if words & future else "past",
            place=name,
            dates=_own_dates(text, inside, match, speech),
            ordinal=ordinal[0] if ordinal else None,
            ordinal_text=ordinal[1] if ordinal else None,
            days=days,
        ))
    return out


def _signing(text: str, signing: re.Pattern[str], sentence: Span,
             places: Sequence[EntityMention], canonical: dict[int, str], pack: LanguagePack,
             ) -> tuple[re.Match[str], str] | None:
    """The sentence's first signing word with a place (``ont signé … à Tirasol``), and the place.

    Like talks, a signing without a place says too little to merge: it gives no mention.
    """
    for found in signing.finditer(text, sentence.start, sentence.end):
        place = _place(text, found, places, pack, sentence, after_only=True)
        if place is not None:
            return found, canonical.get(place.start, place.canonical)
    return None


def _own_dates(text: str, dates: Sequence[TimeExpression], trigger: re.Match[str],
               speech: re.Pattern[str]) -> tuple[TimeExpression, ...]:
    """The sentence's dates, less those a speech verb stands between and the event word
    ("Ce lundi 17 mars, les rebelles ont annoncé … leur retrait des pourparlers": Monday is
    when they spoke, not when the talks are) and those trailing far behind it in a long
    sentence (the month of something else it tells); a date that opens the sentence is the
    sentence's, however long."""
    kept = []
    for expression in dates:
        if expression.kind != "date":
            continue
        low, high = sorted((expression.end, trigger.start()))
        if expression.start >= trigger.end():
            low, high = trigger.end(), expression.start
        trailing = expression.start >= trigger.end() and high - low > _DATE_REACH
        if not trailing and speech.search(text, low, high) is None:
            kept.append(expression)
    return tuple(kept)


_SIDES = (EntityLabel.COUNTRY, EntityLabel.ORGANIZATION)
_VERB_GAP = re.compile(r"[^\W\d_]+(?:['’]|\s+)?(?:[^\W\d_]+\s*)?")
"""Between the last signatory and the signing verb: an auxiliary or two (``ont``, ``se
sont``, ``haben``), no comma."""
_LIST_GAP = re.compile(r"\s*\(\s*|\s*\)?\s*(?:\([^)]{1,12}\)\s*)?"
                       r"(?:,\s*|\s+[^\W\d_]{1,3}\s+)(?:[^\W\d_]{1,3}['’\s]\s*)?")
"""Between two names of a list: a comma or a short conjunction, an article after it, and a
short form in brackets (``la République fédérale de Veldra (RFV) et la Korvania``)."""


def _signatories(text: str, trigger: re.Match[str], mentions: Sequence[EntityMention],
                 canonical: dict[int, str], sentence: Span) -> tuple[str, ...]:
    """Who signs: the countries and organizations listed right before the signing verb
    (``la RFV et la Korvania ont signé``, ``Die Präsidenten Veldras und Korvanias
    unterzeichneten`` is left alone: the names there are not the verb's own list)."""
    before = [m for m in mentions if sentence.start <= m.start and m.end <= trigger.start()]
    found: list[EntityMention] = []
    edge = trigger.start()
    for mention in reversed(before):
        gap = text[mention.end:edge]
        joined = (_VERB_GAP.fullmatch(gap.strip()) is not None or not gap.strip()) if not found \
            else _LIST_GAP.fullmatch(gap) is not None
        if not joined:
            break
        if mention.label in _SIDES:
            found.append(mention)
        elif mention.label is not EntityLabel.PLACE:
            break  # a person who signs for a side: the side is not named here
        edge = mention.start
    names = [canonical.get(m.start, m.canonical) for m in reversed(found)]
    return tuple(dict.fromkeys(names)) if len(names) >= 2 else ()


def _place(text: str, trigger: re.Match[str], mentions: Sequence[EntityMention],
           pack: LanguagePack, sentence: Span, *, after_only: bool = False
           ) -> EntityMention | None:
    """Where the event is: the name nearest the event word that follows it with at most one
    connecting word (``Gespräche in Lindhaven``, ``pourparlers de Port Alcyne``), is written
    against it (``Lindhaven-Gespräche``), or is a place a locative preposition introduces within
    :data:`_REACH` characters; never a name after a preposition of parties (``zwischen``)."""
    best: tuple[int, EntityMention] | None = None
    for m in mentions:
        if not sentence.start <= m.start < sentence.end:
            continue
        after = m.start >= trigger.end()
        if after_only and not after:
            continue  # "X et Y ont signé": a name before a signing verb signs
        gap = m.start - trigger.end() if after else trigger.start() - m.end
        if gap < 0 or gap > _REACH:
            continue
        between = re.findall(r"[\w'’]+", text[trigger.end():m.start]) if after else ["-"]
        previous = re.findall(r"[\w'’]+", text[max(sentence.start, m.start - 12):m.start])
        word = previous[-1].lower() if previous else ""
        if word in pack.party_prepositions or _listed(text, m, mentions, pack):
            continue
        if _crosses_clause(text, (m.end, trigger.start()) if not after else
                           (trigger.end(), m.start), mentions):
            continue
        linked = not between or (len(between) == 1 and (
            between[0].lower() in pack.place_prepositions or len(between[0]) <= _LINK_LETTERS))
        next_to = (after and linked and "," not in text[trigger.end():m.start]) or (
            not after and gap <= 1)
        introduced = m.label in _PLACES and word in pack.place_prepositions
        if after_only and not (introduced and m.label is EntityLabel.PLACE):
            # After a signing verb a bare name is who signs ("unterzeichneten die X und Y"),
            # and a country is as often what the text is for ("la paix en X") as where.
            continue
        if not (next_to or introduced):
            continue
        if m.label not in _PLACES and not (next_to and len(between) == 1):
            continue  # a name the finder took for a person is a place only as "talks in X"
        score = gap + (_COUNTRY_COST if m.label is EntityLabel.COUNTRY else 0)
        if best is None or score < best[0]:
            best = (score, m)
    return best[1] if best else None


def _unnamed_place(text: str, trigger: re.Match[str], pack: LanguagePack,
                   dates: Sequence[TimeExpression]) -> str | None:
    """A capitalized name right after the event word and a linking word that the name finder
    missed (``las conversaciones de Lindhaven``). Not where every noun is capitalized (German
    ``Gespräche der Delegationen``), nor a date's word."""
    if pack.noun_suffixes:
        return None
    found = _UNNAMED.match(text, trigger.end())
    if found is None:
        return None
    link = found.group(1)
    words = re.split(r"(?<=\w)(?=[\s-])", found.group(2))
    kept = []
    for word in words:
        if not word.lstrip(" -")[:1].isupper():
            break
        kept.append(word)
    name = "".join(kept).strip()
    if not name:
        return None
    if link.lower() in pack.party_prepositions or not (
            link.lower() in pack.place_prepositions or len(link) <= _LINK_LETTERS):
        return None
    start = found.start(2)
    if any(d.start <= start < d.end for d in dates):
        return None
    if name.split()[0] in pack.name_stopwords or pack.is_title(name.split()[0]):
        return None
    return name


def _listed(text: str, mention: EntityMention, mentions: Sequence[EntityMention],
            pack: LanguagePack) -> bool:
    """Whether a name is one of a list (``Veldra, Tirasol und Korvania``, ``o Camboja e a
    Tailândia``): names in a list take part, they do not locate."""
    following = next((m for m in mentions if m.start >= mention.end), None)
    previous = next((m for m in reversed(mentions) if m.end <= mention.start), None)
    gaps = [text[mention.end:following.start] if following else None,
            text[previous.end:mention.start] if previous else None]
    for gap in gaps:
        if gap is None:
            continue
        listed = re.fullmatch(r"\s*,\s*(?:(\w{1,2})\s+)?", gap)
        # "Tirasol, en Korvania" locates a city in its country; "Veldra, la Korvania" lists
        if listed is not None and (listed.group(1) or "").lower() not in pack.place_prepositions:
            return True
        # "Veldra und Korvania", "o Camboja e a Tailândia" (an article after the conjunction)
        joint = re.fullmatch(r"\s+(\w{1,3})\s+(?:\w{1,2}\s+)?", gap)
        if joint is not None and joint.group(1).lower() not in pack.place_prepositions:
            return True
    return False


def _crosses_clause(text: str, span: tuple[int, int], mentions: Sequence[EntityMention]
                    ) -> bool:
    """Whether a comma that is not between two names of a list lies in ``span`` (a comma
    before a capitalized word counts as a list's, whether or not the word was found a name)."""
    start, end = span
    pieces = []
    last = start
    for m in mentions:
        if start <= m.start and m.end <= end:
            pieces.append(text[last:m.start] + "X")
            last = m.end
    masked = "".join(pieces) + text[last:end]
    return any(not masked[c.end():].lstrip()[:1].isupper()
               for c in re.finditer(",", masked))


def _ordinal(text: str, start: int, floor: int, ordinals: dict[str, int]
             ) -> tuple[int, str] | None:
    """The ordinal among the words just before the event word (``zweite Runde``)."""
    before = list(re.finditer(r"[\w'’]+", text[max(floor, start - 40):start]))
    for word in reversed(before[-_ORDINAL_WORDS:]):
        number = ordinals.get(normal(word.group()))
        if number is not None:
            return number, word.group()
    return None
