"""Generate N synthetic news reports about many fictional negotiations, for build benchmarks.

Usage: python scripts/generate_corpus.py N OUT_DIR [--seed S]

Each report belongs to one of N/40 negotiations (two fictional states, a mediator, rounds in
different cities on different dates) and is written from templates with random wording, so
that the story stage sees realistic load: many events, entities, quotes, claims and positions,
most of them reported by several outlets, some contradicting each other. Everything is invented.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

_SYLLABLES = (
    "ka",
    "lo",
    "ver",
    "dra",
    "mo",
    "ni",
    "tas",
    "ri",
    "bel",
    "or",
    "sa",
    "vin",
    "ta",
    "ru",
    "mir",
    "el",
    "do",
    "zan",
    "pe",
    "gor",
    "lin",
    "ha",
    "vek",
    "os",
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
_ADJECTIVES = ("difficult", "constructive", "tense", "useful", "productive", "frank")
_VOCABULARY = (
    "officials",
    "government",
    "week",
    "region",
    "analysts",
    "border",
    "economy",
    "winter",
    "villages",
    "supplies",
    "ministers",
    "parliament",
    "agreement",
    "pressure",
    "observers",
    "experts",
    "diplomats",
    "reporters",
    "convoy",
    "harbour",
    "railway",
    "factories",
    "schools",
    "hospitals",
    "refugees",
    "farmers",
    "markets",
    "prices",
    "elections",
    "protests",
    "budget",
    "allies",
    "neighbours",
    "envoys",
    "patrols",
    "bridges",
    "roads",
    "power",
    "grid",
    "water",
)
_VERBS = (
    "said",
    "warned",
    "noted",
    "argued",
    "reported",
    "expected",
    "feared",
    "hoped",
    "announced",
    "described",
    "questioned",
    "welcomed",
)
_ISSUES = (
    "the border district",
    "the river dam",
    "security guarantees",
    "prisoner exchanges",
    "the port city",
    "sanctions relief",
)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


@dataclass
class _Negotiation:
    first: str
    second: str
    mediator: str
    cities: list[str]
    heads: tuple[str, str]
    envoy: str
    start: date


def _negotiation(rng: random.Random, index: int) -> _Negotiation:
    def person() -> str:
        return f"{_word(rng, 2)} {_word(rng, 3)}"

    return _Negotiation(
        first=_word(rng, 2) + "ia",
        second=_word(rng, 2) + "a",
        mediator=_word(rng, 2) + "ia",
        cities=[_word(rng, 2) + "burg" for _ in range(4)],
        heads=(person(), person()),
        envoy=person(),
        start=date(2031, 1, 5) + timedelta(days=7 * (index % 40)),
    )


def _background(rng: random.Random) -> list[str]:
    """A few sentences of random background, so that reports are not near-duplicates."""
    sentences = []
    for _ in range(rng.randint(3, 6)):
        words = [rng.choice(_VOCABULARY) for _ in range(rng.randint(6, 12))]
        sentences.append(
            f"{_word(rng, 2)} {rng.choice(_VERBS)} that the "
            + " and the ".join(" ".join(words[k : k + 3]) for k in range(0, len(words), 3))
            + " remained a concern."
        )
    return sentences


def _article(rng: random.Random, talks: _Negotiation, round_no: int, outlet: str) -> str:
    day = talks.start + timedelta(days=14 * round_no)
    city = talks.cities[round_no % len(talks.cities)]
    # One outlet in ten numbers the round differently: a contradiction the story must find.
    stated = round_no + (1 if rng.random() < 0.1 else 0)
    ordinal = _ORDINALS[min(stated, len(_ORDINALS) - 1)]
    a_nat, b_nat = talks.first + "n", talks.second + "n"
    issue = rng.choice(_ISSUES)
    share = rng.choice((10, 15, 20, 25))
    published = day + timedelta(days=2)
    lines = [
        f" url https://www.{outlet.lower()}.example/news/{rng.getrandbits(40):x}",
        f" date {published.isoformat()}",
        f"Delegations from {talks.first} and {talks.second} ended the {ordinal} round of talks "
        f"in {city} on {day.strftime('%B')} {day.day}-{day.day + 1}, {day.year}, mediated by "
        f"{talks.mediator}.",
        f"{a_nat} chief negotiator {talks.heads[0]}, who led {talks.first}'s delegation, said "
        f"the talks were \u201c{rng.choice(_ADJECTIVES)}\u201d.",
        f"{talks.second} demands full control of {issue}, while {talks.first} rejects it.",
        f"{b_nat} forces control about {share} percent of {talks.first}'s territory, according "
        f"to {outlet}.",
        f"\u201cWe will come back to the table when the other side is serious,\u201d "
        f"{talks.heads[1]} said.",
        f"{talks.mediator} envoy {talks.envoy} said another round could follow next month.",
        *_background(rng),
        "Share on Facebook Share on X Email",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    negotiations = [_negotiation(rng, i) for i in range(max(1, args.n // 40))]
    outlets = [_word(rng, 3) + "post" for _ in range(60)]
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(args.n):
        talks = negotiations[i % len(negotiations)]
        text = _article(rng, talks, rng.randrange(4), rng.choice(outlets))
        (args.out / f"{i:06d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
