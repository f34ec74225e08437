"""A tour of the communique library, the way a notebook user would run it, cell by cell.

Run from the repository root (after ``make install``; ``pip install -e '.[pandas]'`` for the
DataFrames):

    .venv/bin/python docs/examples/library_tour.py

It builds the bundled example corpus into ``out/library-tour`` (or ``$TOUR_OUT``).
"""

import os
from pathlib import Path

import communique
from communique.errors import MissingExtraError

OUT = Path(os.environ.get("TOUR_OUT", "out/library-tour"))

# %% Build a dossier from files (directories, globs and feed URLs work too).
#    out= also writes dossier.json/.md/.html; db= keeps everything in a store.
articles = sorted(Path("examples").glob("[0-9]*"))
dossier = communique.build(articles, out=OUT, db=str(OUT / "story.db"))
print(dossier)

# %% Typed access: events, claims, quotes… are dataclasses with their evidence.
for event in sorted(dossier.events, key=lambda e: -e.support)[:3]:
    parties = ", ".join(dossier.name(p) or p for p in event.parties)
    print(f"{event.start} {event.title} — {parties or 'parties unknown'} "
          f"({event.support} outlets)")
    first = event.evidence[0]
    source = dossier.article(first.article)
    print(f"    evidence: {source.outlet or source.source}: {first.text.strip()[:80]}")

# %% One table as a DataFrame (the pandas extra).
try:
    claims = dossier.to_pandas("claims")
    print(claims[["status", "support", "text"]].sort_values("support", ascending=False).head())
except MissingExtraError as missing:
    print(missing)

# %% The same story from its store, and what arrived in the last hour.
changes = communique.Dossier.from_store(OUT / "story.db").changes(since="1h")
print({k: v for k, v in changes["counts"].items() if v})

with communique.open_store(str(OUT / "story.db")) as store:
    print(len(store.load_documents()), "articles stored;", store.search("Kestrin")[0][1])

# %% Annotate one text without building a story: offsets into the clean text.
(annotated,) = communique.annotate(
    text="Negotiators from Veldra and Korvania met in Lindhaven on Monday, a spokesman said.",
    published="2031-03-17")
for date in annotated.annotations.dates:
    print("date:", date.text, "→", date.value)
for entity in annotated.annotations.entities:
    print("entity:", entity.canonical, entity.label.value)
