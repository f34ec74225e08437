"""The subject of a speech cue in the parse: who the cue's verb or noun is about.

The nearest nominal subject of the cue (climbing through conjoined and complement clauses),
an inverted subject after the verb (``said the minister``), the agent of a passive, a name
right before the cue, and the bounds of the phrase a subject heads (its conjuncts included,
relative clauses and appositions cut).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.extract.quotes._cues import (
    ANONYMOUS_ROLES,
    CHANNEL_NOUNS,
    GROUP_NOUNS,
    ROLE_NOUNS,
    SPEAKING_NOUNS,
    SPEECH_VERBS,
    cue_of,
)
from communique.extract.quotes._descriptions import (
    names_it,
)
from communique.extract.quotes._name_case import capitalized

_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "ccomp", "dep", "acomp"})
_WHEN_LABELS = frozenset({"DATE", "TIME"})
_POSTPOSED = frozenset({"nsubj", "npadvmod", "dobj", "attr", "appos", "oprd"})


def _nearest_subject(token: Token) -> Token | None:
    """The subject child of ``token`` closest to it on its left (else the first one).

    The small parser sometimes gives a verb two subjects when a long adverbial clause
    ends in a name (``… and Tomas Orvy, Ana Tavares wrote``); the nearer one is right. But
    when the nearer "subject" ends a prepositional phrase on the first one, with no
    punctuation or line break between (``Kuleba in meeting with counterpart Lavrov said``),
    the first one speaks, unless the first is a role noun whose phrase names its holder.
    """
    subjects = _subjects(token)
    left = [c for c in subjects if c.i < token.i]
    if len(left) > 1 and _inside_phrase_of(left[-2], left[-1]):
        return left[-1] if _holder_named(left[-2], left[-1]) else left[-2]
    if left:
        return left[-1]
    return subjects[0] if subjects else None


_AFFILIATION_PREPS = frozenset({"for", "of", "at", "to"})
"""Prepositions that say whose a role is (``the spokesperson for the ministry``), unlike
those that say whom the holder was with (``in talks with``)."""


def _holder_named(role: Token, name: Token) -> bool:
    """``the spokesperson for the Veldran Foreign Ministry Idris Mabuto told``: a role noun
    whose phrase of affiliation runs into a person's name without a comma has that person
    as its holder, and the name is the subject (the parser made both subjects)."""
    prep = role.doc[role.i + 1]
    # A capitalised title (``Veldran Ambassador to the United Nations and … President
    # Marta Kelland said``) is tagged a proper noun and is a role all the same.
    return (role.pos_ in ("NOUN", "PROPN") and (role.lemma_.lower() in ROLE_NOUNS
                                     or role.lower_ in ROLE_NOUNS)
            and prep.lower_ in _AFFILIATION_PREPS and name.pos_ == "PROPN"
            and name.ent_type_ == "PERSON"
            and not any(t.pos_ in ("VERB", "NOUN") for t in role.doc[prep.i + 1 : name.i]))


def _subjects(token: Token) -> list[Token]:
    """The subjects the parse gives ``token``, less dates and a dateline (``New Delhi: …``,
    a place and a colon opening the sentence, is no one's subject)."""
    doc = token.doc
    return [_holder_in_affiliation(past_dateline(c), token) for c in token.children
            if c.dep_ in _SUBJECT_DEPS
            and (c.ent_type_ not in _WHEN_LABELS or age_epithet(c) or _named_elsewhere(c))
            and not (c.i + 1 < len(doc) and doc[c.i + 1].text == ":"
                     and c.left_edge.i == c.sent.start)]


def _holder_in_affiliation(subj: Token, cue: Token) -> Token:
    """``Brazil's Ambassador to the UN Sérgio França Danese said``: the parser hangs the
    holder's name, written with no comma after the body, inside the role's phrase of
    affiliation; a person's name ending that phrase right before the cue is who speaks."""
    lemma = subj.lemma_.lower()
    if subj.pos_ not in ("NOUN", "PROPN") or lemma in ANONYMOUS_ROLES \
            or (lemma not in ROLE_NOUNS and subj.lower_ not in ROLE_NOUNS):
        return subj  # ``the spokesperson for Secretary-General X``: X is spoken for
    for prep in subj.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AFFILIATION_PREPS:
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is None or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" \
                or name.right_edge.i != cue.i - 1:
            continue
        between = subj.doc[prep.i + 1 : name.i]
        if not any(t.lemma_.lower() in ROLE_NOUNS or t.lower_ in ROLE_NOUNS
                   for t in between):  # ``adviser to President X``: X holds his own title
            return name
    return subj


_DASHES = frozenset({"—", "–", "-", "--"})


def past_dateline(subj: Token) -> Token:
    """``PORT TAVRA, VELDRA (AP) — Orrinie’s climate minister said``: the parser
    makes the dateline the subject and the real one its apposition after the dash; a
    dateline (capitals or an agency in brackets before a dash opening the sentence) is
    never who speaks."""
    doc = subj.doc
    if subj.left_edge.i != subj.sent.start:
        return subj
    dash = next((t for t in subj.subtree if t.text in _DASHES and t.i > subj.left_edge.i), None)
    if dash is None:
        return subj
    head = doc[subj.left_edge.i : dash.i]
    if not any(t.text == "(" or (t.is_upper and len(t.text) > 1) for t in head):
        return subj  # ``Marek — the envoy — said``: a name set off by dashes, no dateline
    # An apposition in brackets (``Veltron (VLT.DE) said``) is a ticker or an acronym of
    # the subject, never the speaker.
    after = next((c for c in subj.children if c.dep_ == "appos" and c.i > dash.i
                  and not _bracketed(c, dash.i)), None)
    return after if after is not None else subj


def _bracketed(token: Token, since: int) -> bool:
    """Whether ``token`` stands inside round brackets opened after index ``since``."""
    for k in range(token.left_edge.i - 1, since, -1):
        text = token.doc[k].text
        if text in ("(", ")"):
            return text == "("
    return False


def _named_elsewhere(subj: Token) -> bool:
    """``'Excuse me,' said Lind``: a capitalised word the tagger read as a date here is a
    person's name when the article tags the same word as one elsewhere."""
    if subj.pos_ != "PROPN" or not capitalized(subj):
        return False
    return any(t.ent_type_ == "PERSON" and t.lower_ == subj.lower_ for t in subj.doc)


def age_epithet(subj: Token) -> bool:
    """``the 62-year-old told the court``: an age standing for the person (``old`` with a
    ``year`` compound, as the subject itself; the tagger calls it a date) is said only of
    someone named before."""
    return subj.lower_ == "old" and any(c.lemma_.lower() == "year" for c in subj.children)


def _inside_phrase_of(first: Token, second: Token) -> bool:
    """Whether the words from ``first`` to ``second`` are a prepositional phrase on ``first``
    running on without punctuation into ``second``."""
    between = first.doc[first.i + 1 : second.left_edge.i]
    if not len(between) or any(t.is_punct or t.is_space for t in between):
        return False
    if between[0].dep_ == "prep" and between[0].head.i == first.i:
        return True
    # ``Minister Ramiro Santos after the talks told``: the first subject's own words, then
    # a preposition the parser read as a conjunction before a second "subject".
    rest = first.doc[first.right_edge.i + 1 : second.left_edge.i]
    return len(rest) == 1 and rest[0].pos_ in ("ADP", "SCONJ") and rest[0].dep_ in ("prep", "mark")


def _reported_clause_cue(token: Token) -> Token | None:
    """The cue whose reported clause ``token`` heads, when ``token`` is no cue itself."""
    if token.dep_ == "ccomp" and cue_of(token) is None and cue_of(token.head) is not None:
        return token.head
    return None


def _own_speaker_first(clause: Token, outer: Token) -> bool:
    """``Protesters marched and chanted “…,” the paper reported``: a clause set before the
    cue that reports it (a trailing relay) keeps its own subject for the cues coordinated in
    it, when that subject can speak (unlike ``said the talks were hard and confirmed …``)."""
    if outer.i < clause.i:
        return False
    own = _nearest_subject(clause)
    return own is not None and own.i < clause.i and may_speak(own)


def _inverted_subject(cue: Token) -> Token | None:
    """``“…,” replied Burton``, ``…, said Thursday the ministry's spokesman``: the speaker
    after a cue that follows a closing mark or a comma.

    The parser often reads the post-posed speaker as an object or an adverbial noun; right
    after a quote and the cue, the first noun hanging on the cue (dates passed over) speaks.
    """
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or doc[cue.i - 1].text not in "”\"’',":
        return None
    if cue.tag_ == "VBG":
        return None  # ``…, accusing his counterpart of …``: a participle's object is no speaker
    nxt = doc[cue.i + 1]
    if nxt.pos_ == "PROPN" and nxt.head.i in (cue.i, nxt.i + 1) and nxt.dep_ != "nsubj" \
            and nxt.ent_type_ not in _WHEN_LABELS:
        return nxt if nxt.head.i == cue.i else nxt.head
    for token in doc[cue.i + 1 : cue.sent.end]:
        head = token.head
        on_cue = head.i == cue.i or (head.ent_type_ in _WHEN_LABELS and head.head.i == cue.i)
        if on_cue and token.dep_ in _POSTPOSED and token.ent_type_ not in _WHEN_LABELS \
                and token.pos_ in ("NOUN", "PROPN"):
            return token
        if _after_phrase(token, cue):
            return token
        if token.is_punct:
            return _after_aside(cue, token)
    return None


def _after_aside(cue: Token, comma: Token) -> Token | None:
    """``…, said at a briefing on Friday, ministry spokesman Ivo Marin``: when only the
    cue's adverbial phrases stand between it and a comma, the noun the parser hung on the
    cue right after that comma speaks."""
    doc = cue.doc
    if comma.text != "," or comma.i + 1 >= len(doc) or comma.i == cue.i + 1:
        return None
    if any(t.head.i == cue.i and t.dep_ not in ("prep", "npadvmod", "punct")
           for t in doc[cue.i + 1 : comma.i]):
        return None  # an object or a clause of the cue: not an aside
    for token in doc[comma.i + 1 : cue.sent.end]:
        if token.head.i == cue.i and token.pos_ in ("NOUN", "PROPN") \
                and token.dep_ in (*_POSTPOSED, "conj", "appos") \
                and token.ent_type_ not in _WHEN_LABELS:
            return token
        if token.is_punct:
            break
    return None


def _after_phrase(token: Token, cue: Token) -> bool:
    """``…, said at a briefing the official representative …``: a role noun the parser hung
    as an apposition on the object of the cue's prepositional phrase speaks."""
    head = token.head
    return (token.dep_ == "appos" and token.pos_ == "NOUN" and token.lemma_.lower() in ROLE_NOUNS
            and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == cue.i)


_CAUSING_VERBS = frozenset({"prompt", "lead", "cause", "force", "spur", "move", "drive"})
"""Verbs whose object did what the infinitive after it says (``prompting the Speaker to
say``): the object speaks, not the verb's subject."""


def _caused_speaker(cue: Token) -> Token | None:
    """``…, prompting the Speaker to say the law had been debated``: the object of a
    causing verb is the subject of the speech cue it governs."""
    head = cue.head
    if cue.dep_ != "xcomp" or head.i == cue.i or head.lemma_.lower() not in _CAUSING_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < cue.i), None)


def subject_of(cue: Token) -> Token | None:
    """The subject of a cue verb, climbing through coordination and participles.

    ``Peskov said … and acknowledged …`` gives ``acknowledged`` the subject of ``said``;
    ``Santos, speaking in …`` gives ``speaking`` the noun it modifies. When the parser
    hangs the second cue inside the first one's reported clause (``said the talks were
    hard and confirmed …``, ``indicated X does not expect Y, suggesting …``), the climb
    skips that clause's own subject and takes the outer speaker's.
    """
    token = cue
    named = _name_right_before(cue)
    if named is not None:
        return named
    caused = _caused_speaker(cue)
    if caused is not None:
        return caused
    for step in range(5):
        outer = _reported_clause_cue(token) if step > 0 else None
        if outer is not None and not _own_speaker_first(token, outer):
            token = outer
        aside = _aside_subject(token) if step > 0 else None
        if aside is not None:
            return aside
        found = _nearest_subject(token)
        if found is not None and step > 0 and not may_speak(found):
            # ``X said, the talks will not take place, while reaffirming that …``: the clause
            # a participle hangs on is about a thing; the speaker set in it as an aside speaks.
            found = _aside_before(token) or found
        if found is not None:
            if found.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                return token.head  # ``Anna Berg, who told a paper that …``: who is Berg
            return found
        if step == 0 and _inverted_subject(token) is not None:
            return _inverted_subject(token)
        agent = _agent_of(token)
        if agent is not None:
            return agent
        if token.dep_ == "acl" and token.head.pos_ in ("PROPN", "NOUN", "PRON"):
            if may_speak(token.head):
                return token.head
            bearer = _bearer_of(token.head)
            if bearer is not None:  # ``protesters with banners saying …``
                return bearer
            if token.head.dep_ in ("dobj", "pobj"):
                token = _verb_above(token.head)  # ``Veldra entered the talks saying …``
                continue
        quoted_as = _quoted_as(token)
        if quoted_as is not None:
            return quoted_as
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            token = token.head.head  # ``defended the plan by saying that …``: the verb's
            continue
        if token.dep_ not in _CLIMB_DEPS or token.head.i == token.i:
            return None
        token = token.head
    return None


def _bearer_of(thing: Token) -> Token | None:
    """``protesters with banners saying …``: a thing that speaks through a participle
    (a banner, a sign) carries the words of whoever the ``with`` phrase hangs on, when
    that can speak (the noun right before ``with``, wherever the parser hung the phrase)."""
    prep = thing.head
    if thing.dep_ != "pobj" or prep.lower_ != "with" or prep.i == 0:
        return None
    for bearer in (prep.doc[prep.i - 1], prep.head):
        if bearer.pos_ in ("NOUN", "PROPN") and may_speak(bearer):
            return bearer
    return None


def _agent_of(token: Token) -> Token | None:
    """``hailed as “encouraging” by U.S. officials``: the ``by`` phrase of a past-participle
    cue (wherever the parser hung it below the cue, short of another verb) speaks."""
    participle = token.tag_ == "VBN" or (token.dep_ == "conj" and token.head.tag_ == "VBN")
    if not participle or token.lemma_.lower() not in SPEECH_VERBS:
        return None
    for word in token.subtree:
        if word.lower_ != "by" or word.dep_ not in ("agent", "prep") or word.i < token.i:
            continue
        if _verb_above(word).i != token.i:
            continue
        return next((o for o in word.children if o.dep_ == "pobj"), None)
    return None


def _verb_above(token: Token) -> Token:
    """The nearest verb above ``token`` (itself when none)."""
    head = token.head
    while head.i != token.i and head.pos_ not in ("VERB", "AUX"):
        token, head = head, head.head
    return head


def may_speak(noun: Token) -> bool:
    """Whether a noun a participle cue hangs on can be who speaks (``Santos, speaking
    …``), not a thing (``entered the talks saying …``)."""
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in _ORG_LABELS:
        return True
    lemma = noun.lemma_.lower()
    return lemma in ROLE_NOUNS or noun.lower_ in GROUP_NOUNS or lemma in GROUP_NOUNS \
        or noun.lower_ in SPEAKING_NOUNS or lemma in SPEAKING_NOUNS


def _aside_subject(head: Token) -> Token | None:
    """``A will fail, he said, and added that B``: a clause with a speech cue set in it as
    an aside speaks through that cue's subject, also for the cues coordinated with it."""
    for child in head.children:
        if child.dep_ == "parataxis" and child.i > head.i and cue_of(child) is not None:
            return _nearest_subject(child)
    return None


def _aside_before(head: Token) -> Token | None:
    """The subject of a speech cue set as an aside before ``head`` (``X said, A will …``,
    parsed as a parataxis on A's verb) when that subject may speak."""
    for child in head.children:
        if child.dep_ == "parataxis" and child.i < head.i and cue_of(child) is not None:
            subj = _nearest_subject(child)
            if subj is not None and may_speak(subj):
                return subj
    return None


_BEFORE_CUE = frozenset({"on", "in", "at", "also", "then", "later", "again"})
"""Words that may stand between a speaker's name and the cue (``Naidu on Wednesday said``)."""


def _name_right_before(cue: Token) -> Token | None:
    """``Union Minister Ravi Menon on Wednesday lamented …`` parsed with no subject on the
    cue: the person's name right before it (a date between them passed over) speaks."""
    if _subjects(cue) or cue.dep_ in ("conj", "acl"):
        return None
    doc = cue.doc
    k = cue.i - 1
    while k > 0 and (doc[k].ent_type_ in _WHEN_LABELS or doc[k].lower_ in _BEFORE_CUE):
        k -= 1
    token = doc[k]
    if k == cue.i - 1 and token.dep_ in _SUBJECT_DEPS:
        return None  # a subject of another verb right before: not this cue's
    return token if token.ent_type_ == "PERSON" and token.pos_ == "PROPN" \
        and token.dep_ not in ("compound", "flat") else None


def _quoted_as(token: Token) -> Token | None:
    """``X was quoted as saying``: the passive subject of *quoted* speaks; ``the paper quoted
    X as saying``: its object does (the subject only passed the words on)."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() != "quote":
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubjpass", "dobj")), None)


def _phrase_bounds(head: Token) -> tuple[int, int]:
    """Character bounds of a noun phrase without its relative clauses and appositions."""
    kept = [t for t in head.subtree if not _under_cut(t, head)]
    while len(kept) > 1 and kept[0].lower_ in ("the", "a", "an"):
        kept = kept[1:]
    while len(kept) > 1 and kept[-1].dep_ == "case":
        kept = kept[:-1]  # ``the court's decision``: the court, without ``'s``
    last = _dangling_object(kept[-1]) if len(kept) > 1 else kept[-1]
    return kept[0].idx, last.idx + len(last.text)


_OBJECT_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM"})
_DANGLING_REACH = 6
"""Words after a dangling preposition taken as its object at most."""


def _dangling_object(last: Token) -> Token:
    """``the defense of former President Ivo Marin``: a phrase whose last word is a
    preposition without an object (the parser hung the object elsewhere) runs on over the
    noun phrase right after it; any other last word stays."""
    if last.pos_ != "ADP" or last.dep_ != "prep" or any(True for _ in last.children):
        return last
    end = last
    for token in last.doc[last.i + 1 : last.i + 1 + _DANGLING_REACH]:
        if token.pos_ not in _OBJECT_POS or token.dep_ in ("ROOT", "nsubj"):
            break
        end = token
    while end.i > last.i and end.pos_ not in ("PROPN", "NOUN"):
        end = end.doc[end.i - 1]  # the object ends on its noun, not on ``the`` or ``former``
    return end


def _under_cut(token: Token, head: Token) -> bool:
    """Whether ``token`` hangs below ``head`` through a clause or apposition, or through
    the medium or time of the statement the parser hung on the speaker (``The ministry in a
    statement on Sunday said``)."""
    while token.i != head.i:  # Tokens are views: compare indices, not identity
        if (token.dep_ in _CUT_DEPS and not names_it(token)) or _says_when_or_how(token) \
                or _set_off(token, head):
            return True
        token = token.head
    return False


_ASIDE_DEPS = frozenset({"prep", "advmod", "amod", "npadvmod"})


def _set_off(token: Token, head: Token) -> bool:
    """``Opposition MPs, mainly from the ruling party,``: a modifier of the speaker set off
    by a comma after it is an aside, not part of the speaker's name."""
    if token.dep_ not in _ASIDE_DEPS or token.head.i != head.i or token.i < head.i:
        return False
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text == ","


def _says_when_or_how(token: Token) -> bool:
    """A prepositional phrase of medium or time (``in a statement``, ``on Sunday``)."""
    if token.dep_ != "prep" or token.lower_ not in ("in", "on", "at", "during"):
        return False
    return any(c.dep_ == "pobj" and (c.lower_ in CHANNEL_NOUNS or c.ent_type_ in _WHEN_LABELS)
               for c in token.children)


def _with_conjuncts(start: int, end: int, head: Token) -> tuple[int, int]:
    """Extend a speaker to coordinated speakers (``Burton and Nick``)."""
    for child in head.children:
        if child.dep_ == "conj":
            end = max(end, _phrase_bounds(child)[1])
    return start, end
