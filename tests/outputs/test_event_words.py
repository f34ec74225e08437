"""How the dossier words an event's status and the text it names, per event type."""

from __future__ import annotations

from communique.model.story import signed_word, status_word


def test_a_deadline_expires_or_is_extended_rather_than_held_or_postponed() -> None:
    assert status_word("deadline", "held") == "expired"
    assert status_word("deadline", "postponed") == "extended"
    assert status_word("deadline", "planned") == "set"
    assert status_word("talks", "held") == "held"


def test_a_suspension_names_what_was_suspended() -> None:
    assert signed_word("suspension") == "suspended"
    assert signed_word("agreement") == "signed"
