"""The public library API: what ``import communique`` offers, the Dossier, the tour example."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import communique
from communique.errors import ConfigError, InputError, MissingExtraError

from support.hostile_story import hostile_dossier

REPO = Path(__file__).resolve().parents[1]


def test_the_public_names_resolve_and_nothing_else_is_exported() -> None:
    assert set(communique.__all__) == {"Annotated", "Dossier", "Store", "__version__",
                                       "annotate", "build", "open_store"}
    for name in communique.__all__:
        value = getattr(communique, name)
        assert value is not None and (name == "__version__" or value.__doc__)
    with pytest.raises(AttributeError):
        communique.pipeline_internals  # type: ignore[attr-defined]  # noqa: B018


def test_dossier_typed_access(tmp_path: Path) -> None:
    path = tmp_path / "dossier.json"
    path.write_text(json.dumps(hostile_dossier()), encoding="utf-8")
    dossier = communique.Dossier.load(path)
    event = dossier.events[0]
    assert event.id == "ev_1111111111111111" and event.support == 2
    assert event.ordinals[0].value == 3 and event.evidence[0].article == "a_1111111111111111"
    assert dossier.articles[0].published == date(2031, 3, 18)
    assert dossier.article("a_2222222222222222").duplicate_of == "a_1111111111111111"
    assert dossier.claims[0].status == "single_source" and dossier.claims[0].value is None
    assert dossier.positions[1].stance == "accepts"
    assert dossier.name("e_2222222222222222", ).startswith("Korvania")  # type: ignore[union-attr]
    assert dossier.name("as written") == "as written"
    assert dossier.contradictions[0].sides[1].value == "2031-03-17"
    assert "2 articles" in repr(dossier)
    with pytest.raises(KeyError):
        dossier.article("a_missing")


def test_claim_values_come_back_whole() -> None:
    data = hostile_dossier()
    data["claims"][0].update(value={"amount": 20.0, "unit": "percent", "text": "20 percent"},
                             attributed_to="Kravel", attributed_to_all=["Kravel", "Reuters"])
    claim = communique.Dossier(data).claims[0]
    assert (claim.value, claim.unit, claim.value_text) == (20.0, "percent", "20 percent")
    assert claim.attributed_to == ("Kravel", "Reuters")


def test_an_article_known_only_to_its_month_comes_back_as_a_month() -> None:
    data = hostile_dossier()
    data["articles"][0]["published"] = "2031-03"
    article = communique.Dossier(data).articles[0]
    assert (article.published, article.published_month) == (None, "2031-03")


def test_tables_as_dataframes() -> None:
    pytest.importorskip("pandas")
    dossier = communique.Dossier(hostile_dossier())
    for table in dossier.tables():
        frame = dossier.to_pandas(table)
        assert len(frame) == len(dossier.data[table]), table
    assert list(dossier.to_pandas("positions")["stance"]) == ["demands", "accepts"]
    with pytest.raises(ConfigError, match="no table"):
        dossier.to_pandas("nope")


def test_without_pandas_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'communique\[pandas\]'"):
        communique.Dossier(hostile_dossier()).to_pandas("events")


def test_changes_need_arrival_times() -> None:
    data = hostile_dossier()
    with pytest.raises(ConfigError, match="from_store"):
        communique.Dossier(data).changes("24h")
    arrivals = {"a_1111111111111111": "2031-03-18T10:00:00+00:00",
                "a_2222222222222222": "2031-03-19T10:00:00+00:00"}
    changes = communique.Dossier(data, arrivals).changes("2031-03-19")
    assert [a["id"] for a in changes["articles"]] == ["a_2222222222222222"]
    assert [e["id"] for e in changes["events"]["updated"]] == ["ev_1111111111111111"]
    assert changes["events"]["new"] == [] and len(changes["positions"]["new"]) == 1
    assert changes["contradictions"]["updated"] and changes["claims"]["new"] == []


def test_bad_dossiers_are_clear_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable dossier"):
        communique.Dossier.load(broken)
    other = tmp_path / "other.json"
    other.write_text('{"schema": "something/2"}', encoding="utf-8")
    with pytest.raises(InputError, match=r"not a communique\.dossier/1"):
        communique.Dossier.load(other)
    with pytest.raises(InputError, match="nothing to annotate"):
        communique.annotate([str(tmp_path / "missing.txt")])


@pytest.mark.slow
def test_the_tour_runs_as_documented(tmp_path: Path) -> None:
    env = {**os.environ, "TOUR_OUT": str(tmp_path / "tour")}
    done = subprocess.run([sys.executable, "docs/examples/library_tour.py"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<Dossier 12 articles" in done.stdout
    assert "Talks in Lindhaven" in done.stdout and "date: Monday → 2031-03-17" in done.stdout
    assert "'articles': 12" in done.stdout
    assert (tmp_path / "tour" / "dossier.html").exists()


def test_annotate_stays_the_function_whatever_is_imported() -> None:
    """``communique.annotate`` is a function; a submodule of the same name (the per-article
    command's home) would replace it on import, so importing every submodule must not."""
    import importlib
    import pkgutil

    for module in pkgutil.walk_packages(communique.__path__, "communique."):
        if module.name.count(".") == 1:
            importlib.import_module(module.name)
    assert callable(communique.annotate) and communique.annotate.__module__ == \
        "communique._library"
