"""Tests for the relay of one statement (clean/_statements.py) and the dateline series test
(clean/_dateline_days.py), through duplicate detection (clean/_dedup.py)."""

from __future__ import annotations

from communique.clean._dateline_days import dateline_day, other_datelines
from communique.clean._dedup import DedupItem, find_duplicates
from communique.clean._statements import QUOTED_SHARE, quoted_share

_POST = ("\u201cWe are glad to say that this evening in Port Amber we received the trade "
         "minister of Velmora and the envoy of Corlandia and helped them open a path of "
         "talks with the common aim of a fair and lasting arrangement on fishing rights. "
         "I thank both colleagues for a meeting held in a calm and open spirit,\u201d")

_BRIEF = ("The mediator of the fishing talks said they went well.\n\n"
          f"{_POST} the foreign minister of Tessaly wrote on social media.\n\nAgency")

_REPORT = ("Delegations of Velmora and Corlandia met in Port Amber on Friday to discuss the "
           "fishing dispute. The head of the Velmoran team was its trade minister, while an "
           "envoy led the Corlandian side, and the talks were mediated by Tessaly. They lasted "
           "about three hours and ended without a joint text, officials of both sides said, "
           "though a second round is expected within weeks.\n\n"
           f"{_POST} the Tessalian minister said in a post after the meeting.\n\n"
           "\u201cWe will keep working together,\u201d he added.")

_OWN_WORDS = ("Fishing crews in the northern harbours watched the talks closely, since the "
              "quota dispute has kept half the fleet in port since the spring. Harbour "
              "masters say that prices at the morning auction doubled within three weeks, "
              "and several cooperatives have asked for emergency loans from the regional "
              "bank. Economists at the university expect a deal to ease the pressure only "
              "slowly, because the boats need new licences before they can sail again.\n\n"
              f"{_POST} the minister wrote.")


def test_quoted_share_counts_characters_inside_quotations() -> None:
    assert quoted_share(_BRIEF) >= QUOTED_SHARE
    assert quoted_share(_REPORT) < QUOTED_SHARE
    assert quoted_share("") == 0.0


def test_a_brief_that_is_one_statement_is_a_copy_of_the_report_that_carries_it() -> None:
    found = find_duplicates([DedupItem("report", _REPORT, order=0),
                             DedupItem("brief", _BRIEF, order=1)])
    assert found == {"brief": ("report", "near")}


def test_reports_in_their_own_words_sharing_the_statement_stay_apart() -> None:
    # Neither text is mostly quotation: the shared post alone makes no copy.
    assert find_duplicates([DedupItem("report", _REPORT, order=0),
                            DedupItem("own", _OWN_WORDS, order=1)]) == {}


_BODY = ("The foreign ministry said in a statement on Sunday that the special meeting of the "
         "regional ministers will be convened pursuant to the decision of the three prime "
         "ministers earlier this month. It will provide a platform for the ministers to "
         "exchange views on the border situation and to consider possible steps in support "
         "of the efforts towards de-escalation and a lasting ceasefire. The ministry said the "
         "meeting reflects the commitment of the member states to unity and solidarity.")


def test_datelines_are_read_to_the_day() -> None:
    assert dateline_day(f"PORT AMBER, Dec 21 \u2014 {_BODY}") == (12, 21)
    assert dateline_day(f"MADRID, 14 Oct. 2025 (Agencia) - {_BODY}") == (10, 14)
    assert dateline_day(_BODY) is None
    assert other_datelines(f"PORT AMBER, Dec 21 \u2014 {_BODY}", f"LORAN, Dec 22 \u2014 {_BODY}")
    assert not other_datelines(f"PORT AMBER, Dec 21 \u2014 {_BODY}", _BODY)


def test_items_whose_datelines_give_two_days_are_a_series() -> None:
    first = f"PORT AMBER, Dec 21 \u2014 Ministers will meet on Monday. {_BODY}"
    second = f"LORAN, Dec 22 \u2014 Ministers meet today in the capital. {_BODY}"
    assert find_duplicates([DedupItem("a", first, order=0), DedupItem("b", second, order=1)]) == {}
    same_day = f"LORAN, Dec 21 \u2014 Ministers meet on Monday in the capital. {_BODY}"
    assert find_duplicates([DedupItem("a", first, order=0),
                            DedupItem("b", same_day, order=1)]) == {"b": ("a", "near")}
