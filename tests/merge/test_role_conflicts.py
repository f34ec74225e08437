"""Participant contradictions: one event's roles (mediator, observer, signer, witness, chair,
head of a delegation) stated incompatibly by different outlets."""

from __future__ import annotations

import dataclasses
import re

from communique.merge._corpus import Corpus
from communique.merge._countries import Countries
from communique.merge._role_conflicts import (
    CHAIR,
    HEAD,
    MEDIATOR,
    OBSERVER,
    SIGNER,
    WITNESS,
    HolderNames,
    role_contradictions,
    statements,
)
from communique.merge._role_sentences import mended
from communique.model import Span
from communique.model.entities import DocEntity, EntityLabel, EntityMention
from communique.model.story import Evidence, StoryEvent

from support.synthetic import annotations, doc, when

COUNTRIES = Countries(["Veldra", "Korvania", "Tirasol"])
PEOPLE: dict[str, str | None] = {"Bohdan Kravel": "Veldra", "Anton Sedlar": "Veldra",
                                 "Ilse Marveth": "Korvania", "Marek Dolin": None}


def _entities(text: str) -> tuple[DocEntity, ...]:
    """Every country, nationality word and person of the synthetic cast named in ``text``."""
    found: list[DocEntity] = []
    names = [(c, EntityLabel.COUNTRY) for c in COUNTRIES.names] + [
        (n, EntityLabel.NATIONALITY) for n in ("Veldran", "Korvanian")] + [
        (p, EntityLabel.PERSON) for p in PEOPLE]
    for name, label in names:
        mentions = tuple(EntityMention(m.start(), m.end(), name, label, name)
                         for m in re.finditer(rf"\b{name}\b", text))
        if mentions:
            found.append(DocEntity(name, label, (name,), mentions, (), PEOPLE.get(name)))
    return tuple(found)


def _read(sentence: str) -> set[tuple[str, tuple[tuple[str | None, str | None], ...]]]:
    corpus = _corpus(("a1", "one.example", sentence))
    names = HolderNames(corpus, COUNTRIES)
    mentions = sorted((m for e in corpus.annotations["a1"].entities for m in e.mentions),
                      key=lambda m: m.start)
    return {(s.role, tuple((h.party, h.person) for h in s.holders))
            for s in statements("a1", 0, len(sentence), mentions, sentence, names)}


def _corpus(*items: tuple[str, str, str], published: str | None = None) -> Corpus:
    return Corpus([doc(i, t, o, published) for i, o, t in items],
                  [annotations(i, t, entities=_entities(t)) for i, _, t in items])


def _event(*items: tuple[str, str], start: str = "2026-02-17") -> StoryEvent:
    evidence = tuple(Evidence(a, 0, len(t), t) for a, t in items)
    return StoryEvent("ev_1", "talks", "Talks in Lindhaven", start, start, "Lindhaven", (), (),
                      {}, (), (), evidence, len(items))


def test_mediators_and_observers_are_read_with_their_parties() -> None:
    assert _read("In Lindhaven, Veldra acted as mediator and Korvania attended as an observer."
                 ) == {(MEDIATOR, (("Veldra", None),)), (OBSERVER, (("Korvania", None),))}
    # A run of names through a role noun and the place it serves in: not that place.
    assert _read("The talks were attended by the Veldran and Korvanian ambassadors to Tirasol, "
                 "who served as co-mediators.") == {
        (MEDIATOR, (("Veldra", None), ("Korvania", None)))}
    assert _read("The talks were mediated by Tirasol.") == {(MEDIATOR, (("Tirasol", None),))}
    # A person stands for the party they speak for.
    assert _read("Ilse Marveth took part as an observer.") == {
        (OBSERVER, (("Korvania", "Ilse Marveth"),))}


def test_signers_and_witnesses_are_read_in_several_languages() -> None:
    assert _read("Bohdan Kravel signed the accord.") == {
        (SIGNER, (("Veldra", "Bohdan Kravel"),))}
    assert _read("The accord was signed in the presence of Ilse Marveth.") == {
        (WITNESS, (("Korvania", "Ilse Marveth"),))}
    assert _read("Bohdan Kravel signed as a witness.") == {
        (WITNESS, (("Veldra", "Bohdan Kravel"),))}
    assert _read("Ilse Marveth on Thursday presided over the signing of the accord.") == {
        (WITNESS, (("Korvania", "Ilse Marveth"),))}
    assert _read("L'accord a été signé en présence de Ilse Marveth.") == {
        (WITNESS, (("Korvania", "Ilse Marveth"),))}
    assert _read("Tras negociaciones mediadas por Tirasol, firmaron el acuerdo.") == {
        (MEDIATOR, (("Tirasol", None),))}


def test_a_role_planned_denied_or_wished_is_no_report() -> None:
    assert not _read("Ilse Marveth is set to witness the signing in Lindhaven.")
    assert not _read("Bohdan Kravel did not sign the accord.")
    assert not _read("Tirasol would act as mediator if both sides agreed.")
    assert not _read("Veldra and Korvania as observers at the upcoming meeting.")


def test_chairs_and_heads_are_read() -> None:
    assert _read("The meeting was chaired by Bohdan Kravel.") == {
        (CHAIR, (("Veldra", "Bohdan Kravel"),))}
    assert not _read("The meeting was co-chaired by Bohdan Kravel and Ilse Marveth.")
    corpus = _corpus(("a1", "one.example", "Veldra's delegation was led by Anton Sedlar."))
    mentions = sorted((m for e in corpus.annotations["a1"].entities for m in e.mentions),
                      key=lambda m: m.start)
    text = corpus.text("a1")
    read = statements("a1", 0, len(text), mentions, text, HolderNames(corpus, COUNTRIES))
    assert [(s.role, s.of, s.holders[0].person) for s in read] == [
        (HEAD, "Veldra", "Anton Sedlar")]


MEDIATES = "Korvania served as mediator at the talks in Lindhaven."
OBSERVES = "Korvania attended the talks as an observer."


def test_one_party_given_excluding_roles_by_outlets_is_a_contradiction() -> None:
    corpus = _corpus(("a1", "one.example", MEDIATES), ("a2", "two.example", OBSERVES),
                     ("a3", "three.example", OBSERVES))
    found = role_contradictions(
        [_event(("a1", MEDIATES), ("a2", OBSERVES), ("a3", OBSERVES))], corpus, COUNTRIES)
    assert [(c.kind, c.about) for c in found] == [("participants", "ev_1")]
    assert {s.value: s.outlets for s in found[0].sides} == {
        "Korvania: mediator": ("one.example",),
        "Korvania: observer": ("three.example", "two.example")}


def test_an_outlet_is_never_set_against_itself() -> None:
    corpus = _corpus(("a1", "same.example", MEDIATES), ("a2", "same.example", OBSERVES))
    assert not role_contradictions([_event(("a1", MEDIATES), ("a2", OBSERVES))], corpus,
                                   COUNTRIES)


def test_roles_of_different_holders_are_no_contradiction() -> None:
    other = "Tirasol attended the talks as an observer."
    corpus = _corpus(("a1", "one.example", MEDIATES), ("a2", "two.example", other))
    assert not role_contradictions([_event(("a1", MEDIATES), ("a2", other))], corpus,
                                   COUNTRIES)


def test_signer_against_witness_of_one_person() -> None:
    signs = "Ilse Marveth signed the accord in Lindhaven."
    watches = "Ilse Marveth oversaw the signing of the accord in Lindhaven."
    corpus = _corpus(("a1", "one.example", signs), ("a2", "two.example", watches))
    found = role_contradictions([_event(("a1", signs), ("a2", watches))], corpus, COUNTRIES)
    assert [sorted(s.value for s in c.sides) for c in found] == [
        ["Ilse Marveth: signer", "Ilse Marveth: witness"]]


def test_different_chairs_and_heads_named_by_outlets() -> None:
    one = "The talks in Lindhaven were chaired by Bohdan Kravel."
    two = "The talks in Lindhaven were chaired by Ilse Marveth."
    corpus = _corpus(("a1", "one.example", one), ("a2", "two.example", two))
    found = role_contradictions([_event(("a1", one), ("a2", two))], corpus, COUNTRIES)
    assert [{s.value for s in c.sides} for c in found] == [{"Bohdan Kravel", "Ilse Marveth"}]
    led = "At the talks in Lindhaven, Veldra's delegation was led by Anton Sedlar."
    also = "At the talks in Lindhaven, Veldra's delegation was led by Bohdan Kravel."
    corpus = _corpus(("a1", "one.example", led), ("a2", "two.example", also))
    found = role_contradictions([_event(("a1", led), ("a2", also))], corpus, COUNTRIES)
    assert [{s.value for s in c.sides} for c in found] == [{"Anton Sedlar", "Bohdan Kravel"}]


def test_a_sentence_giving_another_day_speaks_of_another_event() -> None:
    earlier = "Korvania served as mediator at the talks in Lindhaven on March 3."
    documents = [doc("a1", earlier, "one.example"), doc("a2", OBSERVES, "two.example")]
    notes = [annotations("a1", earlier, entities=_entities(earlier),
                         dates=(when(earlier, "March 3", "2025-03-03"),)),
             annotations("a2", OBSERVES, entities=_entities(OBSERVES))]
    corpus = Corpus(documents, notes)
    assert not role_contradictions([_event(("a1", earlier), ("a2", OBSERVES))], corpus,
                                   COUNTRIES)


def test_a_role_in_a_preview_in_other_languages_is_no_report() -> None:
    assert not _read("Sous la présidence de Bohdan Kravel, la cérémonie va réunir les deux "
                     "ministres.")
    assert not _read("El acuerdo será firmado en presencia de Ilse Marveth.")
    assert _read("Sous la présidence de Bohdan Kravel, la cérémonie a réuni les deux ministres."
                 ) == {(CHAIR, (("Veldra", "Bohdan Kravel"),))}


def test_a_sentence_giving_another_year_speaks_of_another_event() -> None:
    earlier = "Korvania served as mediator at the talks in Lindhaven last year."
    documents = [doc("a1", earlier, "one.example"), doc("a2", OBSERVES, "two.example")]
    notes = [annotations("a1", earlier, entities=_entities(earlier),
                         dates=(when(earlier, "last year", "2025", "year"),)),
             annotations("a2", OBSERVES, entities=_entities(OBSERVES))]
    assert not role_contradictions([_event(("a1", earlier), ("a2", OBSERVES))],
                                   Corpus(documents, notes), COUNTRIES)
    same = earlier.replace("last year", "this year")
    notes[0] = annotations("a1", same, entities=_entities(same),
                           dates=(when(same, "this year", "2026", "year"),))
    documents[0] = doc("a1", same, "one.example")
    assert role_contradictions([_event(("a1", same), ("a2", OBSERVES))],
                               Corpus(documents, notes), COUNTRIES)


def test_a_mediator_in_apposition_is_read() -> None:
    assert _read("Tirasol, the mediator, called the talks constructive.") == {
        (MEDIATOR, (("Tirasol", None),))}
    assert _read("Le texte a été publié au nom des deux pays et du Tirasol, également médiateur."
                 ) == {(MEDIATOR, (("Tirasol", None),))}
    # A mediator elsewhere is another role.
    assert not _read("Tirasol, the mediator of an earlier dispute, said nothing.")


LEADS = "Leading the Korvanian delegation was Ilse Marveth, accompanied by Bohdan Kravel."
HEADS = "Bohdan Kravel headed the Veldran delegation."


def test_one_person_put_in_two_delegations_by_outlets_is_a_contradiction() -> None:
    assert _read(LEADS) == {(HEAD, (("Korvania", "Ilse Marveth"),)),
                            ("member", (("Veldra", "Bohdan Kravel"),))}
    corpus = _corpus(("a1", "one.example", LEADS), ("a2", "two.example", HEADS))
    found = role_contradictions([_event(("a1", LEADS), ("a2", HEADS))], corpus, COUNTRIES)
    assert [s.value for c in found for s in c.sides] == [
        "Bohdan Kravel: Korvania delegation", "Bohdan Kravel: Veldra delegation"]
    # a side the story cannot place as a country may be either one's
    assert not role_contradictions([_event(("a1", LEADS), ("a2", HEADS))], corpus,
                                   Countries(["Veldra", "Tirasol"]))


def test_a_sentence_the_parser_cut_is_read_whole() -> None:
    text = "Veldra’s delegation was led by Anton Sedlar."
    cut = dataclasses.replace(annotations("a1", text, entities=_entities(text)),
                              sentences=(Span(0, 6), Span(6, 8), Span(9, len(text))))
    corpus = Corpus([doc("a1", text, "one.example", None)], [cut])
    assert mended(corpus.evidence("a1", 0, 6), corpus).text == text
    assert mended(corpus.evidence("a1", 9, len(text)), corpus).text == text[9:]


def test_a_person_without_affiliation_speaks_for_the_party_of_their_title() -> None:
    assert _read("Korvanian envoy Marek Dolin attended the talks as an observer.") == {
        (OBSERVER, (("Korvania", None), ("Korvania", "Marek Dolin")))}
    # no party named before the name: none
    assert _read("Marek Dolin attended the talks as an observer.") == {
        (OBSERVER, ((None, "Marek Dolin"),))}
