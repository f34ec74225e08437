"""Quotes between marks: direct or partial, and who said them.

Choice on scare quotes: a partial quote is kept only when a speech cue governs it in the
parse (its nearest cue ancestor, or an ``according to`` in its sentence); the cue's subject
is the speaker. So ``Orvy said the Korvanian side refers to a “spirit of Lindhaven”`` keeps
the phrase as Orvy's words (he spoke them), while ``plans to take a “constructive”
role`` (no speech verb) is dropped.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.extract.quotes._attribution import Attribution, according_to, attribute
from communique.extract.quotes._context import Context
from communique.extract.quotes._cues import NAMING_VERBS, ROLE_NOUNS, SPEECH_NOUNS, cue_of
from communique.extract.quotes._filler import only_filler_between, prose_line_before
from communique.extract.quotes._headline import HeadlineSource, headline_lines
from communique.extract.quotes._marks import Marked
from communique.extract.quotes._name_case import capitalized
from communique.extract.quotes._people import People
from communique.extract.quotes._speaker_subject import may_speak
from communique.extract.quotes._speakers import speaker_from, subject_of
from communique.extract.quotes._trailing import trailing_cue
from communique.extract.quotes._words_of import words_named_after
from communique.model.quotes import Quote, QuoteKind, SpeakerKind

_SENTENCE_END = frozenset(".!?")
_CONTINUATION_GAP = 120
"""Characters between a direct quote and a lower-case quote that goes on with it."""


def _line_start(text: str, offset: int) -> int:
    """Offset of the start of the paragraph holding ``offset``."""
    return text.rfind("\n", 0, offset) + 1


def _is_direct(ctx: Context, m: Marked, prev: tuple[Marked, bool] | None) -> bool:
    """Whether quoted words stand as speech of their own rather than inside a sentence."""
    text = ctx.text
    before = text[_line_start(text, m.open_mark) : m.open_mark].rstrip()
    first = next((c for c in text[m.start : m.end] if c.isalpha()), "")
    upper = first.isupper()
    last = before[-1:] or "\n"
    if last == "\n" or last in ".!?;:”\"’'":
        return True
    if last == "," and upper:
        return True
    if last == "," and prev is not None and prev[1]:
        same_line = _line_start(text, prev[0].end) == _line_start(text, m.start)
        return same_line and m.open_mark - prev[0].end < _CONTINUATION_GAP
    if upper:
        i = ctx.first_token(m.open_mark) - 1
        return i >= 0 and cue_of(ctx.doc[i]) is not None
    return False


_JOINING = frozenset({"and", "or", ",", "but"})
"""Words that join two quotes said under one cue (``“A,” and “B,” she said``)."""


def _frame_after(ctx: Context, m: Marked) -> list[Token]:
    """Tokens after the closing mark up to the sentence end or the next quote; past the next
    quote when only a conjunction stands between the two (``“A,” and “B,” she said``: the cue
    after the second quote is the first one's too)."""
    text = ctx.text
    after = (m.close_mark + 1) if m.close_mark is not None else m.end
    stop = text.find("\n", after)
    stop = len(text) if stop < 0 else stop
    out: list[Token] = []
    for i in ctx.tokens_between(after, stop):
        token = ctx.doc[i]
        if ctx.quoted(token) or token.text in "“\"‘":
            if out and all(t.lower_ in _JOINING for t in out):
                nxt = _marked_at(ctx, token)
                if nxt is not None and nxt is not m and nxt.close_mark is not None:
                    return out + _frame_after(ctx, nxt)
            break
        out.append(token)
        if token.text in _SENTENCE_END:
            break
    return out


def _marked_at(ctx: Context, token: Token) -> Marked | None:
    """The marked span a quoted token or an opening mark belongs to."""
    q = ctx.quote_of[token.i]
    if q < 0 and token.i + 1 < len(ctx.doc):
        q = ctx.quote_of[token.i + 1]
    return ctx.marked[q] if q >= 0 else None


def _frame_before(ctx: Context, m: Marked) -> list[Token]:
    """Tokens from the start of the sentence up to the opening mark, nearest first."""
    out: list[Token] = []
    start = _line_start(ctx.text, m.open_mark)
    for i in reversed(ctx.tokens_between(start, m.open_mark)):
        token = ctx.doc[i]
        if ctx.quoted(token) or token.text in _SENTENCE_END or token.text in "”\"’":
            break
        out.append(token)
    return out


def _from_frame(ctx: Context, people: People, tokens: list[Token]) -> Attribution | None:
    """The first cue in ``tokens`` that has a speaker outside the quote."""
    for token in tokens:
        if cue_of(token) is None:
            continue
        found = attribute(ctx, people, token)
        # An unresolved ``he`` still tells who speaks better than no speaker at all.
        if found.speaker.start is not None or found.speaker.kind is SpeakerKind.PRONOUN:
            return found
    return None


def _looks_like_title(words: str) -> bool:
    """``“One Hundred Years of Solitude”``: every longer word capitalized, so a name or title."""
    long_words = [w for w in words.split() if len(w) > 3]
    return len(words.split()) >= 2 and bool(long_words) and all(w[0].isupper() for w in long_words)


def _colon_speaker(ctx: Context, people: People, m: Marked) -> Attribution | None:
    """``Name: “…”`` or ``X told reporters: “…”`` (the colon may end the paragraph before).

    The sentence that ends in the colon introduces the quote: its speech cue's subject
    speaks; without a cue, the name just before the colon does.
    """
    before = ctx.text[: m.open_mark].rstrip()
    if not before.endswith(":") or len(before) < 2:
        return None
    colon = ctx.token_at(len(before) - 1)
    sent = ctx.sents[ctx.sent_of[colon]]
    intro = [t for t in reversed(sent) if t.i < colon and not ctx.quoted(t)]
    found = _from_frame(ctx, people, intro)
    if found is not None:
        return found
    # ``Kravel had given another account: “…”``: no cue, but the person the introducing
    # sentence is about, as its subject, is who the colon hands the words to.
    subj = next((t for t in intro if t.dep_ == "nsubj" and people.is_person(t)), None)
    if subj is not None:
        speaker = speaker_from(ctx, people, subj)
        if speaker.start is not None:
            return Attribution(speaker, None)
    labelled = _label_name(ctx, people, intro)
    if labelled is not None:
        return labelled
    token = ctx.doc[ctx.token_at(len(before) - 2)]
    if not capitalized(token) and token.pos_ != "PRON":
        return None
    speaker = speaker_from(ctx, people, token)
    return Attribution(speaker, None) if speaker.start is not None else None


def _label_name(ctx: Context, people: People, intro: list[Token]) -> Attribution | None:
    """``MINISTER MARINA SILVA, speaking via a translator:``: a line that labels the quotes
    below it names the speaker before its first comma, whatever follows the comma."""
    if not intro or ctx.text[intro[-1].idx - 1 : intro[-1].idx] not in ("", "\n"):
        return None  # not a line of its own: ``He said, as expected: …`` has its cue
    commas = [t for t in intro if t.text == ","]
    if not commas or commas[-1].i == 0:
        return None
    name = ctx.doc[commas[-1].i - 1]
    if name.pos_ != "PROPN" or not capitalized(name):
        return None
    speaker = speaker_from(ctx, people, name)
    return Attribution(speaker, None) if speaker.start is not None else None


def _direct_attribution(ctx: Context, people: People, m: Marked) -> Attribution | None:
    """Speaker of a direct quote from the words around it."""
    before, after = _frame_before(ctx, m), _frame_after(ctx, m)
    # ``He said, “…”``: a cue right before the mark introduces this quote; the words after
    # a closed sentence (``“… a deal.” However, X made clear …``) belong to the next one.
    # ``… and chanted “Go now,” the paper reported``: a cue right before the mark, whose
    # object the quotation is, introduces it as a comma would.
    introduced = ctx.text[: m.open_mark].rstrip()[-1:] in (",", ":") or _cue_right_before(ctx, m)
    frames = (before, after) if introduced else (after, before)
    found = _from_frame(ctx, people, frames[0]) or _from_frame(ctx, people, frames[1])
    found = found or _colon_speaker(ctx, people, m)
    if found is None:
        hit = according_to(ctx, people, ctx.sent_of[ctx.first_token(m.start)])
        found = hit[1] if hit else None
    return found


def _cue_right_before(ctx: Context, m: Marked) -> bool:
    """Whether the word right before a quotation's opening mark is a speech cue."""
    i = ctx.first_token(m.open_mark) - 1
    return i >= 0 and not ctx.quoted(ctx.doc[i]) and cue_of(ctx.doc[i]) is not None


def _partial_attribution(ctx: Context, people: People, m: Marked) -> Attribution | None:
    """Speaker of quoted words inside a sentence: the nearest governing speech cue."""
    first = ctx.first_token(m.start)
    if first >= len(ctx.quote_of):
        return None  # quoted text after the last token (e.g. only white space or marks)
    q = ctx.quote_of[first]
    tokens = [ctx.doc[i] for i in ctx.tokens_between(m.start, m.end)]
    top = next((t for t in tokens if ctx.quote_of[t.head.i] != q), None)
    if top is not None:
        child, token = top, top.head
        while True:
            if cue_of(token) is not None and not ctx.quoted(token):
                cited = _cited_instead(ctx, people, token)
                if cited is not None:
                    return cited
                clause = child if child.dep_ == "ccomp" else None
                found = attribute(ctx, people, token, clause)
                return _reporter_of(ctx, people, token, found) or found
            said = _said_by(ctx, people, token, child)
            if said is not None:
                return said
            if token.head.i == token.i:  # the root (Tokens are not identical objects)
                break
            child, token = token, token.head
    trailing = trailing_cue(ctx, tokens)
    if trailing is not None:
        cue, surface = trailing
        if surface is not None:  # the parse lost the cue's subject: the phrase before it
            return Attribution(speaker_from(ctx, people, surface), cue_of(cue))
        return attribute(ctx, people, cue)
    hit = according_to(ctx, people, ctx.sent_of[tokens[0].i]) if tokens else None
    if hit:
        return hit[1]
    return _uttered_by_subject(ctx, people, tokens)


def _cited_instead(ctx: Context, people: People, cue: Token) -> Attribution | None:
    """``As reported by X, negotiations have indicated “…”``: a cue whose subject is a thing
    that cannot speak (``negotiations``) yields to the source the sentence cites."""
    subj = subject_of(cue)
    if subj is None or subj.pos_ != "NOUN" or may_speak(subj):
        return None
    hit = according_to(ctx, people, ctx.sent_of[cue.i])
    return hit[1] if hit is not None and hit[1].speaker.start is not None else None


def _reporter_of(ctx: Context, people: People, cue: Token,
                 inner: Attribution) -> Attribution | None:
    """``X said that both sides had agreed to “work out” a truce``: quoted words under a cue
    whose subject is no person (``both sides``, ``his country``, ``the agreement adds``)
    that itself lies in the reported clause of another cue are the words of that cue's
    speaker, who is the one being quoted; a person as the inner subject keeps the words."""
    if inner.speaker.key is not None or inner.speaker.kind is SpeakerKind.PRONOUN \
            or inner.cue in _SAYING or inner.cue in NAMING_VERBS or cue.dep_ != "ccomp":
        return None
    subj = subject_of(cue)
    if subj is None or subj.lemma_.lower() in ROLE_NOUNS:
        return None  # ``X said the delegation's leader had called it “…”``: the leader's word
    token = cue
    # Only up a chain of reported clauses (``claimed that … had agreed to meet and …``): a
    # cue in an adverbial clause (``while an official said …``) speaks for itself.
    while token.dep_ in ("ccomp", "xcomp") and token.head.i != token.i:
        token = token.head
        if cue_of(token) is None or ctx.quoted(token):
            continue
        outer = attribute(ctx, people, token, None)
        return outer if outer.speaker.start is not None else None
    return None


_SAYING = frozenset({"say", "tell", "write"})
"""Cues that report someone's own words (``X said Y told him “…”``: Y's words, not X's)."""


def _said_by(ctx: Context, people: People, noun: Token, child: Token) -> Attribution | None:
    """``a claim from X that imports are “killing” the market``, ``X's warning that …``:
    words quoted in the clause of a noun for something said are its owner's."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS or ctx.quoted(noun) \
            or child.dep_ not in ("acl", "ccomp", "relcl") or child.i < noun.i:
        return None
    for c in noun.children:
        owner = c if c.dep_ == "poss" and c.pos_ != "PRON" else None
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            owner = next((o for o in c.children if o.dep_ == "pobj"), None)
        if owner is not None and owner.pos_ == "PROPN":
            speaker = speaker_from(ctx, people, owner)
            if speaker.start is not None:
                return Attribution(speaker, noun.lemma_.lower())
    return None


_UTTERANCE_WORDS = 5
"""Words a quoted clause needs before it counts as an utterance without a speech cue."""


def _uttered_by_subject(ctx: Context, people: People, tokens: list[Token]) -> Attribution | None:
    """``Trump gave Hamas until Sunday to accept the deal, or “all HELL … will break out”``:
    quoted words that make a clause of their own (a finite verb, several words) are not
    scare quotes; with no speech cue, the person the sentence is about said them."""
    finite = ("VBD", "VBZ", "VBP", "MD")
    if len(tokens) < _UTTERANCE_WORDS or not any(t.tag_ in finite for t in tokens):
        return None
    root = ctx.sents[ctx.sent_of[tokens[0].i]].root
    subj = subject_of(root)
    if subj is None or ctx.quoted(subj):
        return None
    # ``The parties “condemn the violation …”``: a quoted predicate is its subject's words
    # when the subject stands right before the opening mark
    if ctx.quoted(root) and subj.right_edge.i + 2 != tokens[0].i:
        return None
    if not (people.is_person(subj) or (subj.pos_ == "NOUN" and may_speak(subj))):
        return None
    speaker = speaker_from(ctx, people, subj)
    return Attribution(speaker, None) if speaker.start is not None else None


def _continues(ctx: Context, prev: tuple[Marked, bool, Attribution | None] | None,
               m: Marked) -> Attribution | None:
    """A speaker carried over from the direct quote just before (same or previous paragraph)."""
    if prev is None or not prev[1] or prev[2] is None:
        return None
    # Headings and page furniture between two paragraphs of quotes do not end the run.
    return prev[2] if only_filler_between(ctx.text, prev[0].end, m.open_mark) else None


def _previous_paragraph(ctx: Context, people: People, m: Marked) -> Attribution | None:
    """For a quote that fills its paragraph with no attribution: the last speaker named in
    the paragraph before (``Johnson spoke to MPs on Tuesday.`` then ``“I don't want …”``)."""
    line = _line_start(ctx.text, m.open_mark)
    if ctx.text[line : m.open_mark].strip() or line == 0:
        return None
    after = m.close_mark + 1 if m.close_mark is not None else m.end
    rest = ctx.text[after : ctx.text.find("\n", after) % (len(ctx.text) + 1)]
    if any(c.isalpha() for c in rest):
        return None  # words after the quote: not a quote standing alone
    # ``ON INFLATION`` or ``Advertisement`` between the paragraph and the quote: skipped.
    before = prose_line_before(ctx.text, line)
    if before is None:
        return None
    tokens = ctx.tokens_between(*before)
    for i in reversed(tokens):
        token = ctx.doc[i]
        if ctx.quoted(token) or cue_of(token) in (None, *NAMING_VERBS):
            continue
        found = attribute(ctx, people, token)
        if found.speaker.start is not None:
            return found
    return _paragraph_source(ctx, people, tokens)


def _paragraph_source(ctx: Context, people: People, tokens: range) -> Attribution | None:
    """A paragraph with no speech verb whose words still come from someone: ``According
    to X, …`` (its last sentence first), else the person its last sentence is about, as its
    subject (``Ivo Marin considers the demands an attempt to pressure the party.``)."""
    if not tokens:
        return None
    sents = sorted({ctx.sent_of[i] for i in tokens}, reverse=True)
    for sent in sents:
        hit = according_to(ctx, people, sent)
        if hit is not None and hit[1].speaker.start is not None:
            return hit[1]
    for sent in sents:
        root = ctx.sents[sent].root
        subj = subject_of(root) if not ctx.quoted(root) else None
        if subj is None:
            return None
        if subj.pos_ == "PRON":
            # ``He did have a critique, though.`` then a quote: the person ``he`` stands for.
            speaker = speaker_from(ctx, people, subj)
            return Attribution(speaker, None) if speaker.key in people.keys else None
        if subj.pos_ == "NOUN" and not people.is_person(subj):
            # ``Velescu spoke in Tavran. The quotes below were translated.``: a sentence
            # about a thing says nothing of who speaks; the one before it may.
            continue
        speaker = speaker_from(ctx, people, subj)
        if speaker.start is None or speaker.key not in people.keys:
            return None  # only a known person: a body or a thing is no voice of its own here
        return Attribution(speaker, None)
    return None


def _sentence_before(ctx: Context, people: People, m: Marked) -> Attribution | None:
    """``He added that X met his counterpart. “We expressed our gratitude.”``: a quote with
    no attribution of its own that opens a sentence goes on from the reported speech of the
    sentence before it in the same paragraph: its last speech cue's speaker."""
    line = _line_start(ctx.text, m.open_mark)
    before = ctx.text[line : m.open_mark].rstrip()
    if not before or before[-1] not in ".!?":
        return None
    sent = ctx.sent_of[ctx.token_at(len(before) - 1 + line)]
    for token in reversed(ctx.sents[sent]):
        if token.idx < line or ctx.quoted(token) or cue_of(token) in (None, *NAMING_VERBS):
            continue
        found = attribute(ctx, people, token)
        if found.speaker.start is not None:
            return found
    # ``Summit President Lena Sorvo opened the plenary. “It is time to decide.”``: no
    # speech verb, but the person the sentence before is about speaks next.
    span = ctx.sents[sent]
    if span.start_char < line:
        return None
    return _paragraph_source(ctx, people, range(span.start, span.end))


_BACK_REFERENCES = frozenset({"this", "that", "so", "these", "it"})


def _next_sentence(ctx: Context, people: People, m: Marked) -> Attribution | None:
    """``“…” ¶ He stated this on television``: a quote whose speaker is named in the next
    sentence, by a cue that refers back to it (its object is *this*, *so* …) or that
    reports nothing else (``Peskov added.``)."""
    if m.close_mark is None or m.close_mark + 1 >= len(ctx.text):
        return None
    sent = ctx.sents[ctx.sent_of[ctx.first_token(m.close_mark + 1)]]
    if sent.start_char <= m.close_mark:  # the quote's own sentence: go on to the next one
        if sent.end >= len(ctx.doc):
            return None
        sent = ctx.sents[ctx.sent_of[sent.end]]
    root = sent.root
    if cue_of(root) in (None, *NAMING_VERBS) or ctx.quoted(root):
        return None
    objects = [c for c in root.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    if objects and not all(o.lower_ in _BACK_REFERENCES for o in objects):
        return None
    found = attribute(ctx, people, root)
    return found if found.speaker.start is not None else None


def _same_words(text: str) -> str:
    """Quoted words compared across the headline and the body: lower case, letters only."""
    return " ".join("".join(c for c in w if c.isalnum()) for w in text.lower().split())


def _headline_attributions(ctx: Context, found: list[tuple[Marked, Attribution | None]],
                           ) -> dict[int, Attribution]:
    """Quotes of the headline (the lines before the first paragraph of prose) that the body
    quotes again, word for word,
    with the body's speaker: the body says who spoke (``‘difficult’ talks`` in the headline,
    ``Kuleba described the meeting as “difficult”`` below), where the headline has no speaker
    or only a group or role for them."""
    lines = headline_lines(ctx.text)
    if not lines or lines[-1][1] >= len(ctx.text):
        return {}
    line_end = lines[-1][1]
    body: dict[str, Attribution] = {}
    persons: list[tuple[str, Attribution]] = []
    for m, att in found:
        if m.open_mark > line_end and att is not None and att.speaker.start is not None \
                and att.speaker.kind is not SpeakerKind.ROLE_NOUN:
            body.setdefault(_same_words(m.words(ctx.text)), att)
        if m.open_mark > line_end and att is not None and att.speaker.key is not None:
            persons.append((f" {_same_words(m.words(ctx.text))} ", att))
    out: dict[int, Attribution] = {}
    for q, (m, att) in enumerate(found):
        if m.open_mark > line_end:
            break
        weak = att is None or att.speaker.start is None or att.speaker.kind in (
            SpeakerKind.ROLE_NOUN, SpeakerKind.ORGANIZATION)
        words = _same_words(m.words(ctx.text))
        # ``Tavra says talks must ‘eliminate’ …`` over ``“… must stop and eliminate …,”
        # Orvy said``: a person in the body quoted saying the headline's words spoke them
        # (in a headline proper: a long opening line is a lead, with speakers of its own).
        short = _title_line(ctx.text, m.open_mark)
        again = body.get(words) or (next((a for said, a in persons if f" {words} " in said),
                                         None) if words and short else None)
        if weak and again is not None:
            out[q] = again
    return out


_TITLE_WORDS = 20
"""Words a headline line has at most (a longer opening line is a lead paragraph)."""


def _title_line(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` is short enough to be a headline."""
    start = _line_start(text, offset)
    end = text.find("\n", offset)
    return len(text[start : end if end >= 0 else len(text)].split()) <= _TITLE_WORDS


def _credited(ctx: Context, source: HeadlineSource | None,
              found: list[tuple[Marked, Attribution | None]]) -> dict[int, Attribution]:
    """Headline quotes with no speaker of their own, credited to the source the headline
    names after them (``… ‘fraudulent’: opposition chief``)."""
    if source is None:
        return {}
    out: dict[int, Attribution] = {}
    for q, (m, att) in enumerate(found):
        if m.open_mark >= source.end:
            break
        if m.start >= source.start and (att is None or att.speaker.start is None):
            out[q] = Attribution(source.speaker, None)
    return out


def marked_quotes(ctx: Context, people: People, source: HeadlineSource | None = None,
                  ) -> tuple[list[Quote], set[int]]:
    """Quotes from the marked spans, and the indices of the spans that are direct.

    ``source``: what the headline names as its source after its words, if anything.
    """
    first_pass = _marked_quotes(ctx, people, {})
    again = {**_credited(ctx, source, first_pass[2]),
             **_headline_attributions(ctx, first_pass[2])}
    return first_pass[:2] if not again else _marked_quotes(ctx, people, again)[:2]


def _marked_quotes(ctx: Context, people: People, preset: dict[int, Attribution],
                   ) -> tuple[list[Quote], set[int], list[tuple[Marked, Attribution | None]]]:
    """The marked quotes (with ``preset`` attributions by span index), the direct spans, and
    every span with the attribution it got."""
    out: list[Quote] = []
    direct: set[int] = set()
    every: list[tuple[Marked, Attribution | None]] = []
    prev: tuple[Marked, bool, Attribution | None] | None = None
    for q, m in enumerate(ctx.marked):
        is_direct = _is_direct(ctx, m, (prev[0], prev[1]) if prev else None)
        if is_direct:
            direct.add(q)
            found = preset.get(q) or (
                _direct_attribution(ctx, people, m) or _continues(ctx, prev, m)
                or _next_sentence(ctx, people, m) or words_named_after(ctx, people, m)
                or _previous_paragraph(ctx, people, m) or _sentence_before(ctx, people, m))
        else:
            title = _looks_like_title(m.words(ctx.text))
            found = None if title else (preset.get(q) or _partial_attribution(ctx, people, m))
            if found is None:
                every.append((m, None))
                prev = (m, False, None)
                continue
        every.append((m, found))
        kind = QuoteKind.DIRECT if is_direct else QuoteKind.PARTIAL
        out.append(build_quote(ctx, m.start, m.end, m.words(ctx.text), kind, found,
                               len(m.pieces)))
        prev = (m, is_direct, found)
    return out, direct, every


def build_quote(ctx: Context, start: int, end: int, words: str, kind: QuoteKind,
                found: Attribution | None, paragraphs: int = 1) -> Quote:
    """Assemble a :class:`Quote` from its span and attribution."""
    if found is None:
        return Quote(start, end, words, kind, paragraphs=paragraphs)
    sp = found.speaker
    return Quote(start, end, words, kind, sp.text(ctx.text), sp.start, sp.end, sp.kind,
                 found.cue, found.channel, found.relay, paragraphs)
