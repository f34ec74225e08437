"""Synthetic documents and annotations for the store tests, and a writer run as a subprocess.

Run as a script (``python store_helpers.py URL TOTAL BATCH``) it adds ``TOTAL`` synthetic
documents with their annotations in committed batches of ``BATCH`` and prints the number stored
after each commit: the crash test kills it mid-way with SIGKILL.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta

from communique.model import Document, PublishedBasis, Removal, Span
from communique.model.annotations import (
    Annotations,
    Assessment,
    Delegate,
    EventMention,
    EventType,
    Stance,
    StanceMention,
)
from communique.model.claims import Claim, Quantity
from communique.model.entities import DocEntity, EntityLabel, EntityMention, Role
from communique.model.ids import content_id
from communique.model.quotes import Quote, QuoteKind, SpeakerKind
from communique.model.temporal import TimeExpression

PLACES = ("Lindhaven", "Istanbul", "Riyadh", "Abu Dhabi", "Port Alcyne", "Vienna", "Oslo")
OUTLETS = ("wire.example", "daily.example", "kyiv.example", "москва.example", "gazette.example")


def synthetic_document(i: int) -> Document:
    """Article number ``i``: a small but fully populated document (every field set or varied)."""
    place = PLACES[i % len(PLACES)]
    title = f"Round {i} of talks in {place}"
    lines = [
        title,
        f"Delegations met in {place} on day {i % 28 + 1}; the talks lasted {i % 5 + 1} days.",
        f"“We made progress,” said Envoy{i % 13}, adding that {i % 100} percent was agreed.",
        "Переговоры продолжатся — cafés, naïve accents and emoji 🙂 stay intact.",
    ]
    text = "\n".join(lines)
    published = date(2026, 1, 1) + timedelta(days=i % 300)
    return Document(
        id=content_id("a_", text, f"https://{OUTLETS[i % 5]}/{i}"),
        source=f"corpus/{i}.txt",
        text=text,
        url=f"https://{OUTLETS[i % 5]}/{i}" if i % 4 else None,
        outlet=OUTLETS[i % 5],
        title=title,
        author=f"Reporter {i % 7}" if i % 3 else None,
        language="en",
        published=published if i % 6 else None,
        published_basis=list(PublishedBasis)[i % len(PublishedBasis)],
        removed=(Removal("Share on X", "share_buttons", 5), Removal("© Wire", "licence_footer")),
        headings=(Span(0, len(title)),),
        captions=(f"Photo: {place}",) if i % 2 else (),
        duplicate_of=None,
        content_hash=content_id("h_", text),
        format="text" if i % 2 else "html",
        fetched_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC) + timedelta(minutes=i),
        order=i,
        notes=("language detected from text",) if i % 5 == 0 else (),
    )


def synthetic_annotations(document: Document) -> Annotations:
    """Annotations of a :func:`synthetic_document` with offsets into its text."""
    text = document.text
    line2 = text.split("\n")[1]
    s2 = text.index(line2)
    place = line2.split(" ")[3].rstrip(";")
    p0 = text.index(place, s2)
    mention = EntityMention(p0, p0 + len(place), place, EntityLabel.PLACE, place)
    envoy_at = text.index("Envoy")
    envoy = text[envoy_at:text.index(",", envoy_at)]
    person = DocEntity(envoy, EntityLabel.PERSON, (envoy,),
                       (EntityMention(envoy_at, envoy_at + len(envoy), envoy, EntityLabel.PERSON,
                                      envoy),),
                       (Role("envoy", "Ukraine", envoy_at, envoy_at + len(envoy)),), "Ukraine")
    day = TimeExpression(s2, s2 + 5, text[s2:s2 + 5], "2026-02-17", "day", "date", "published")
    quote_start = text.index("“") + 1
    quote_end = text.index("”")
    percent = text.index(" percent")
    number_start = text.rindex(" ", 0, percent) + 1
    value = float(text[number_start:percent])
    return Annotations(
        document_id=document.id,
        sentences=tuple(Span(text.index(line), text.index(line) + len(line))
                        for line in text.split("\n")),
        entities=(DocEntity(place, EntityLabel.PLACE, (place,), (mention,)), person),
        dates=(day,),
        quotes=(Quote(quote_start, quote_end, text[quote_start:quote_end], QuoteKind.DIRECT,
                      envoy, envoy_at, envoy_at + len(envoy), SpeakerKind.NAME, "say",
                      None, None, 1),),
        claims=(Claim(s2, s2 + len(line2), f"{value:g} percent was agreed", "talks", None, None,
                      "agree", None,
                      Quantity(value, None, None, "percent", f"{value:g} percent",
                               number_start, percent + 8, value > 50),
                      False, False, envoy, "said", None, None, 1),),
        events=(EventMention(s2, s2 + len(line2), EventType.TALKS, "talks",
                             text.index("talks", s2), text.index("talks", s2) + 5, "past",
                             place, "Switzerland", (day,), None, None, ("Ukraine", "Russia"),
                             ("United States",),
                             (Delegate(envoy, "Ukraine", True, envoy_at, envoy_at + 5),),
                             (Assessment("Ukraine", envoy, "progress", quote_start,
                                         quote_end),), 2),),
        stances=(StanceMention(s2, s2 + 10, "Ukraine", "Kyiv", Stance.DEMANDS, "demand",
                               "a ceasefire", ("ceasefire",), (place,), "30 days", False),),
        places=((place, "Switzerland"),),
    )


def synthetic_batch(start: int, count: int) -> tuple[list[Document], list[Annotations]]:
    """Documents ``start`` … ``start + count - 1`` with their annotations."""
    documents = [synthetic_document(i) for i in range(start, start + count)]
    return documents, [synthetic_annotations(d) for d in documents]


def _write(url: str, total: int, batch: int) -> None:
    """Add ``total`` documents in committed batches, reporting progress after every commit."""
    from communique.store import open_store

    with open_store(url) as store:
        for start in range(0, total, batch):
            documents, annotations = synthetic_batch(start, min(batch, total - start))
            store.add_documents(documents, annotations)
            print(start + len(documents), flush=True)


if __name__ == "__main__":
    _write(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
