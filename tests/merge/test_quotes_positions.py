"""Quote linking across outlets and the grouping of positions into issues."""

from __future__ import annotations

from communique.merge import merge
from communique.model.annotations import Stance, StanceMention
from communique.model.quotes import Quote, QuoteKind, SpeakerKind

from support.synthetic import annotations, doc, person


def _quote(text: str, words: str, speaker: str | None) -> Quote:
    start = text.index(words)
    s_start = text.index(speaker) if speaker else None
    return Quote(
        start,
        start + len(words),
        words,
        QuoteKind.DIRECT,
        speaker,
        s_start,
        s_start + len(speaker) if speaker and s_start is not None else None,
        SpeakerKind.NAME if speaker else SpeakerKind.NONE,
        "say",
    )


def test_same_words_in_two_outlets_are_linked_and_share_the_speaker() -> None:
    t1 = 'Oberin wrote that Veldra was "trying to stall talks that could be final by now".'
    t2 = 'He accused them of "trying to stall talks that could be final by now."'
    d1, d2 = doc("a1", t1, "one.example", "2031-03-18"), doc("a2", t2, "two.example", "2031-03-18")
    words = "trying to stall talks that could be final by now"
    a1 = annotations(
        "a1", t1, entities=(person("Oberin", t1),), quotes=(_quote(t1, words, "Oberin"),)
    )
    a2 = annotations("a2", t2, quotes=(_quote(t2, words, None),))
    story = merge([d1, d2], [a1, a2])
    first, second = story.quotes
    assert first.also_in == (second.id,) and second.also_in == (first.id,)
    assert first.speaker is not None and second.speaker == first.speaker


def test_unrelated_quotes_are_not_linked() -> None:
    t1 = 'Rudquist said "the list of issues has become shorter than ever before".'
    t2 = 'Ensing said "nobody will sign anything before the summer is over".'
    d1, d2 = doc("a1", t1, "one.example"), doc("a2", t2, "two.example")
    a1 = annotations(
        "a1",
        t1,
        quotes=(_quote(t1, "the list of issues has become shorter than ever before", None),),
    )
    a2 = annotations(
        "a2", t2, quotes=(_quote(t2, "nobody will sign anything before the summer is over", None),)
    )
    story = merge([d1, d2], [a1, a2])
    assert all(not q.also_in for q in story.quotes)


def _stance(
    text: str,
    party: str,
    stance: Stance,
    issue: str,
    key: tuple[str, ...],
    places: tuple[str, ...] = (),
) -> StanceMention:
    return StanceMention(0, len(text), party, party, stance, stance.value, issue, key, places)


def test_positions_on_the_same_place_form_one_issue_per_party_and_stance() -> None:
    t1 = "Korvania demands full control of Halvek."
    t2 = "Veldra refuses to cede territory in Halvek."
    t3 = "Veldra wants the dam returned."
    docs = [
        doc("a1", t1, "one.example", "2031-03-10"),
        doc("a2", t2, "two.example", "2031-03-11"),
        doc("a3", t3, "two.example", "2031-03-12"),
    ]
    anns = [
        annotations(
            "a1",
            t1,
            stances=(
                _stance(
                    t1,
                    "Korvania",
                    Stance.DEMANDS,
                    "full control of Halvek",
                    ("control", "halvek"),
                    ("Halvek",),
                ),
            ),
        ),
        annotations(
            "a2",
            t2,
            stances=(
                _stance(
                    t2,
                    "Veldra",
                    Stance.REJECTS,
                    "territory in Halvek",
                    ("territory", "halvek"),
                    ("Halvek",),
                ),
            ),
        ),
        annotations(
            "a3", t3, stances=(_stance(t3, "Veldra", Stance.DEMANDS, "the dam returned", ("dam",)),)
        ),
    ]
    story = merge(docs, anns)
    issues = {p.issue.label: p.issue.id for p in story.positions}
    assert len(issues) == 2
    halvek = [p for p in story.positions if "Halvek" in p.issue.label]
    assert {(p.party, p.stance) for p in halvek} == {("Korvania", "demands"), ("Veldra", "rejects")}
    assert halvek[0].date is not None


def test_a_quote_inside_a_longer_one_is_linked() -> None:
    short_words = "trying to stall talks that could be final by now"
    long_words = "They are trying to stall talks that could be final by now, and everyone sees it"
    t1 = f'Oberin said they were "{short_words}".'
    t2 = f'Oberin said: "{long_words}."'
    d1, d2 = doc("a1", t1, "one.example"), doc("a2", t2, "two.example")
    a1 = annotations("a1", t1, entities=(person("Oberin", t1),),
                     quotes=(_quote(t1, short_words, "Oberin"),))
    a2 = annotations("a2", t2, entities=(person("Oberin", t2),),
                     quotes=(_quote(t2, long_words, "Oberin"),))
    first, second = merge([d1, d2], [a1, a2]).quotes
    assert first.also_in == (second.id,) and second.also_in == (first.id,)


def test_a_stock_phrase_shared_by_unrelated_quotes_is_no_link() -> None:
    one = "we will continue to work for peace while the sanctions stay in place on our people"
    two = "we will continue to work for a settlement of the border question in the spring"
    t1, t2 = f'Oberin said: "{one}".', f'A spokesman said: "{two}".'
    d1, d2 = doc("a1", t1, "one.example"), doc("a2", t2, "two.example")
    a1 = annotations("a1", t1, entities=(person("Oberin", t1),),
                     quotes=(_quote(t1, one, "Oberin"),))
    a2 = annotations("a2", t2, quotes=(_quote(t2, two, None),))
    first, second = merge([d1, d2], [a1, a2]).quotes
    assert not first.also_in and not second.also_in
    assert second.speaker is None


def test_a_link_never_overrides_the_speaker_the_article_gives() -> None:
    words = "trying to stall talks that could be final by now"
    t1, t2 = f'Oberin wrote that Veldra was "{words}".', f'A senior official said "{words}".'
    d1, d2 = doc("a1", t1, "one.example"), doc("a2", t2, "two.example")
    a1 = annotations("a1", t1, entities=(person("Oberin", t1),),
                     quotes=(_quote(t1, words, "Oberin"),))
    a2 = annotations("a2", t2, quotes=(_quote(t2, words, "A senior official"),))
    first, second = merge([d1, d2], [a1, a2]).quotes
    assert first.also_in == (second.id,)
    assert second.speaker is None and second.speaker_text == "A senior official"


def test_a_denied_stance_is_summarized_as_a_denial() -> None:
    text = "Veldra denies supporting the Halvek militia."
    d1 = doc("a1", text, "one.example", "2031-03-18")
    mention = StanceMention(0, len(text), "Veldra", "Veldra", Stance.OPPOSES, "support",
                            "the Halvek militia", ("halvek", "militia"), negated=True)
    (position,) = merge([d1], [annotations("a1", text, stances=(mention,))]).positions
    assert position.negated and position.summary == "Veldra does not support the Halvek militia"
    assert position.date == position.until == "2031-03-18"
