"""Claim clustering: corroboration counts outlets, same number about different things differs."""

from __future__ import annotations

from communique.merge import merge

from support.synthetic import annotations, claim, doc


def _claim_doc(doc_id: str, outlet: str, text: str, **kw: object):  # type: ignore[no-untyped-def]
    return doc(doc_id, text, outlet, "2031-03-18"), annotations(
        doc_id, text, claims=(claim(text, **kw),)
    )  # type: ignore[arg-type]


def test_same_fact_in_two_outlets_is_corroborated() -> None:
    d1, a1 = _claim_doc(
        "a1",
        "one.example",
        "Korvanian forces control about 20 percent of Veldra's territory.",
        subject="Korvanian forces",
        predicate="control",
        key="veldra territory",
        value=20,
        unit="percent",
        surface="about 20 percent",
        approximate=True,
    )
    d2, a2 = _claim_doc(
        "a2",
        "two.example",
        "Korvania controls around 20% of Veldran territory.",
        subject="Korvania",
        predicate="control",
        key="veldra territory",
        value=20,
        unit="percent",
        surface="around 20%",
        approximate=True,
    )
    story = merge([d1, d2], [a1, a2])
    assert len(story.claims) == 1
    assert story.claims[0].status == "corroborated"
    assert story.claims[0].support == 2


def test_same_number_about_different_things_is_neither_merged_nor_contradicted() -> None:
    d1, a1 = _claim_doc(
        "a1",
        "one.example",
        "Korvanian forces control 20 percent of Veldra's territory.",
        subject="Korvanian forces",
        predicate="control",
        key="veldra territory",
        value=20,
        unit="percent",
        surface="20 percent",
    )
    d2, a2 = _claim_doc(
        "a2",
        "two.example",
        "Korvania wants the 20 percent of the district it lacks.",
        subject="Korvania",
        predicate="want",
        key="district",
        value=20,
        unit="percent",
        surface="20 percent",
    )
    story = merge([d1, d2], [a1, a2])
    assert len(story.claims) == 2
    assert {c.status for c in story.claims} == {"single_source"}
    assert not story.contradictions


def test_different_values_for_the_same_thing_are_contradicted() -> None:
    d1, a1 = _claim_doc(
        "a1",
        "one.example",
        "The Concord approved an $84 billion loan.",
        subject="The Concord",
        predicate="approve",
        key="loan",
        value=84e9,
        unit="USD",
        surface="$84 billion",
    )
    d2, a2 = _claim_doc(
        "a2",
        "two.example",
        "The Concord approved a $48 billion loan.",
        subject="The Concord",
        predicate="approve",
        key="loan",
        value=48e9,
        unit="USD",
        surface="$48 billion",
    )
    story = merge([d1, d2], [a1, a2])
    assert {c.status for c in story.claims} == {"contradicted"}
    assert [c.kind for c in story.contradictions] == ["value"]
