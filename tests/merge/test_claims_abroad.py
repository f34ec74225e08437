"""Rates read in other languages pooled with English ones, and two measured values of one
sentence kept as two claims (issue 11: one fact, one claim with every outlet that states it).

The foreign claims come from the language readers themselves (no NLP model), the English
ones are hand-made, so what is tested is the reading of a foreign rate and its pooling.
"""

from __future__ import annotations

from communique.model.claims import Claim, Quantity, two_facts
from communique.model.story import StoryEntity

from support.foreign_claims import pooled


def _english(text: str, surface: str, value: float, unit: str, predicate: str,
             subject: str, key: str = "tariffs") -> Claim:
    start = text.index(surface)
    quantity = Quantity(value, None, None, unit, surface, start, start + len(surface), False)
    return Claim(0, len(text), text, subject, None, None, predicate, key, quantity,
                 False, False, None, "none", object_key=key)


SWEEPING = "Veldra imposed sweeping 145% tariffs on Korvanian goods last month."


def test_a_telling_rate_in_another_language_joins_the_english_claim() -> None:
    claims = pooled(
        ("en", SWEEPING, [_english(SWEEPING, "145%", 145, "percent", "impose", "Veldra")]),
        ("de", "Veldra hat die Zölle auf korvanische Waren auf 145 % erhöht.", None),
        ("fr", "Veldra a imposé une taxe de 145% sur les produits korvaniens.", None),
    )
    assert [(c.value, c.support) for c in claims] == [(145, 3)]
    # The dossier reads in English: the English member gives the text.
    assert claims[0].text.startswith("Veldra imposed")


def test_a_common_rate_abroad_joins_only_on_shared_names() -> None:
    english = "Ostrova Malin said a 30% tariff on Korvania seems right."
    claim = _english(english, "30%", 30, "percent", "seem", "tariff")
    # The same figure said by the same person of the same country: one fact.
    claims = pooled(
        ("en", english, [claim]),
        ("de", "Ostrova Malin nannte einen Zollsatz von 30 Prozent für Korvania richtig.",
         None),
    )
    assert [c.support for c in claims] == [2]
    # 30% without a word in common: the rate of too many things to be taken as this one.
    claims = pooled(
        ("en", english, [claim]),
        ("es", "Los aranceles de la región bajaron al 30 %.", None),
    )
    assert sorted(c.support for c in claims) == [1, 1]


def test_a_common_rate_abroad_joins_when_both_sentences_state_the_same_other_rate() -> None:
    english = "The surcharge on Korvanian steel fell from 20% to 10% this week."
    claims = [_english(english, "20%", 20, "percent", "fall", "surcharge"),
              _english(english, "10%", 10, "percent", "fall", "surcharge")]
    found = pooled(
        ("en", english, claims),
        ("pt", "As tarifas sobre o aço passaram de 20% para 10%.", None),
    )
    assert sorted((c.value, c.support) for c in found) == [(10, 2), (20, 2)]
    # The same rate beside another figure: nothing shared, two claims.
    found = pooled(
        ("en", english, claims),
        ("pt", "As tarifas sobre o aço passaram de 30% para 10%.", None),
    )
    assert sorted((c.value, c.support) for c in found) == [(10, 1), (10, 1), (20, 1),
                                                           (30, 1)]


def _entity(name: str, kind: str, *aliases: str) -> StoryEntity:
    return StoryEntity(f"e_{name}", name, kind, aliases, (), None, 1, ())


def test_a_common_rate_in_another_script_joins_on_the_names_the_entities_link() -> None:
    english = "Ostrova Malin said a 30% tariff on Korvania seems right."
    claim = _english(english, "30%", 30, "percent", "seem", "tariff")
    russian = "Малин назвал пошлину в 30% для Корвании правильной."
    # Spelled in another script, the two names share no letter with the English clause.
    claims = pooled(("en", english, [claim]), ("ru", russian, None))
    assert sorted(c.support for c in claims) == [1, 1]
    # The entity stage linked the spellings: the same person and country, one fact.
    entities = (_entity("Ostrova Malin", "person", "Malin", "Малин"),
                _entity("Korvania", "country", "Корвании", "Корвания"))
    claims = pooled(("en", english, [claim]), ("ru", russian, None), entities=entities)
    assert [c.support for c in claims] == [2]
    # One name in common is not enough for a common rate, linked or not.
    claims = pooled(("en", english, [claim]),
                    ("ru", "Пошлины для Корвании снизились до 30%.", None), entities=entities)
    assert sorted(c.support for c in claims) == [1, 1]


def test_a_rate_abroad_never_joins_a_percentage_that_is_no_levy() -> None:
    turnout = "Turnout in the Veldran vote reached 45.5% on Sunday."
    claims = pooled(
        ("en", turnout, [_english(turnout, "45.5%", 45.5, "percent", "reach", "Turnout", "vote")]),
        ("de", "Veldra erhebt Zölle von 45,5 Prozent auf korvanische Waren.", None),
    )
    assert sorted(c.support for c in claims) == [1, 1]


def test_a_rate_and_a_length_of_one_sentence_stay_two_claims() -> None:
    # Shown as the same sentence, yet two facts that other outlets state apart.
    text = "Veldra will cut its duties on Korvanian goods to 15% for 90 days."
    claims = pooled(
        ("en", text, [_english(text, "15%", 15, "percent", "cut", "Veldra"),
                      _english(text, "90 days", 90, "day", "cut", "Veldra")]),
    )
    assert sorted((c.unit, c.value) for c in claims) == [("day", 90), ("percent", 15)]
    # Two numbers of one count stay one claim (a count's comparison, no second fact).
    text = "The strike killed 12 people and wounded 40 others."
    claims = pooled(
        ("en", text, [_english(text, "12", 12, "count", "kill", "strike"),
                      _english(text, "40", 40, "count", "wound", "strike")]),
    )
    assert len(claims) == 1


def test_which_two_values_of_one_statement_are_two_facts() -> None:
    assert two_facts((45, "percent"), (15, "percent"))
    assert two_facts((15, "percent"), (90, "day"))
    assert two_facts((43, "count"), (800, "km"))
    assert not two_facts((5, "count"), (52, "count"))  # a comparison
    assert not two_facts((15, "percent"), (20310512, "date"))  # a dating
    assert not two_facts((15, "percent"), (15, "percent"))


def test_a_distance_abroad_joins_the_one_english_claim_of_that_distance() -> None:
    english = "Fighting spread along the disputed 640 km frontier of Veldra and Korvania."
    claim = _english(english, "640 km", 640, "km", "spread", "Fighting", "frontier")
    french = "Les deux pays se disputent une frontière de 640 km."
    russian = "Граница между странами тянется на 640 километров."
    claims = pooled(("en", english, [claim]), ("fr", french, None), ("ru", russian, None))
    assert [(c.value, c.support) for c in claims] == [(640, 3)]
    # Two English claims of the distance: nothing says which one the French reading states.
    other = "The convoy drove 640 km to reach the capital of Tirasol."
    claims = pooled(("en", english, [claim]),
                    ("en", other, [_english(other, "640 km", 640, "km", "drive", "convoy",
                                            "capital")]),
                    ("fr", french, None))
    assert sorted(c.support for c in claims) == [1, 1, 1]


def test_a_count_abroad_of_the_same_number_never_joins_a_distance() -> None:
    english = "Fighting spread along the disputed 640 km frontier of Veldra and Korvania."
    claim = _english(english, "640 km", 640, "km", "spread", "Fighting", "frontier")
    french = "Les combats à Norvell ont fait 640 morts selon l'armée."
    claims = pooled(("en", english, [claim]), ("fr", french, None))
    assert (640, 1) in [(c.value, c.support) for c in claims]
    assert all(c.support == 1 for c in claims)
