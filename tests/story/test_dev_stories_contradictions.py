"""Quality gates on the real dev stories: every kind of contradiction, and publication dates
after the story stage (undated articles dated by the weekdays of the events they report).

The article texts are rebuilt into the git-ignored ``.data/dev-stories/`` (see each story's
README), so CI, which lacks them, skips these gates with the reason. Each story is built and
scored once per session (``dev_story_scored``); thresholds sit just under what the pipeline
reaches (measured in the closing note of issue 11): gold contradictions found, dossier
contradictions that match a gold one, articles without a crawler header that are dated, and
the share of those dated right.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from communique.eval.story import StoryScore

# story: (gold contradictions found ≥, share of dossier contradictions that are real ≥,
#         publication dated without a header ≥, right of those dated ≥)
# Measured: iran 15/29 found, 14/15 matching gold (the other judged real by hand: one wire
# quotes an official on the fifth round's "direct and indirect negotiations", another calls it
# indirect), 61/91 dated, 61/61 right; drc-m23 10/27, 10/10, 51/90, 50/51 (the miss is a page
# whose only date is a later day's page stamp); thai-cambodia 14/41, 14/14, 36/83, 35/36 (five
# of the found from truce start times, turning points and their dates read from sentences
# linked to no event: switching off the turning points alone loses two). Dated counts are
# gated at what is measured: without the "this" weekday bound alone drc-m23 loses two and
# fails the gate. One source's two cities or two days for one event is its own inconsistency,
# never a side against another outlet. The gold dates 87, 87 and 81 of the 91, 90 and 83
# articles (the month of the dated event a text reports as its latest news, as the iran gold
# does); most contradictions
# still missed have one side in a sentence linked to no event or to the wrong one. Found counts
# are gated at what is measured (the build is deterministic): switching off the start-time
# finder alone loses one thai-cambodia contradiction and fails the gate; so does, on iran, a
# date that closes the event's relative clause read as the main verb's again (a round a
# day later in one outlet: 15 → 13). Participant roles (one party a mediator in one outlet and
# an observer in another, one person a signer and a witness) bring drc-m23 to 11/27, 11/11 and
# thai-cambodia to 16/41, 16/16: switching them off loses one and two; an accord called a peace
# accord by one outlet and "not a peace treaty" by another brings thai-cambodia to 17/41.
# With the months estimated where the text, the story and the coverage agree (merge/
# _pubmonths.py): iran 67/91 dated, 66/67 right (the other one the gold leaves undated);
# drc-m23 63/90, 62/63; thai-cambodia 55/83, 54/55 (59/83, 57/59 with the head lists and
# event lengths of the events stage). With numeric dates read for the dating, deadlines
# ("antes del", "interviendra") put ahead and the month of the held event a sentence names by
# place and weekday ("este sábado ... en X", "an diesem Wochenende in X") as one more estimate:
# drc-m23 65/90, 64/65; thai-cambodia 61/83, 59/61; iran unchanged.
# Plans against outcomes (a preview's "talks over two days" for a round held on one day:
# merge/_expected_spans.py) and month slips (a law recalled as passed in June by one outlet
# and in July by another: merge/_month_slips.py) bring iran to 17/29, 16/17; switching off
# either loses one. A city an article gives its event in a sentence linked to no event
# ("pourparlers tenus dans la capitale …, X" beside a mention naming only the country:
# merge/_sentence_places.py) brings thai-cambodia to 18/41, 18/18. Signer ranks (presidents
# in one outlet, foreign ministers in another) and a compound name joined to its movement
# (merge/_acronyms.py) bring drc-m23 to 13/27, 13/13. Lengths of one meeting read in other
# languages (lang/<code>/counts.json) bring iran to 18/29, 17/18 and thai-cambodia to 19/41.
# The story event an article's lead reports as its news (merge/_news_events.py), deadlines and
# threatened measures no past day, and dates inside group names no date: iran 70/91 dated, 68
# right; drc-m23 74/90, 71; thai-cambodia 67/83, 65 (the wrong ones are mostly articles the
# gold leaves undated). A day the text puts ahead, months after the voted month, makes the
# vote unsafe (a preview written long before its event): drc-m23 73/90, 71; thai-cambodia
# 66/83, 65 — two wrong months fewer, no right one lost. Events at one place told apart by
# what was signed or who headed a side, two months between the same parties voting like two
# at one place, the most similar article's month vetoing nothing before a day the text reports
# as past, a day "ahead" before one reported as held and a held event against a copy's
# original bounding nothing, Arabic and Persian news words with the places as their script
# writes them, and German place adjectives: iran 74/91 dated, 72 right; drc-m23 78/90, 75;
# thai-cambodia 71/83, 69 (the wrong ones again mostly articles the gold leaves undated).
# A participle of taking place after the event word's phrase ("the third special meeting of
# the Committee, held on <day> in <province>") dating and placing the meeting brings
# thai-cambodia to 20/41, 19/19 (the venue of one signing given in two provinces); an agreement
# mention told in the past with no status word counting as a signing keeps the October signing
# a signing once a summit report joins it. With other-language signings the sentence does not
# place joining their events (mlev3), all together: iran 73/91 dated, 71 right; drc-m23 14/27,
# 13/14 (a mediator/observer disagreement the gold files under another event), 75/90, 72;
# thai-cambodia 20/41, 19/19, 71/83, 69.
# The scorer made honest on a source against itself (contra5): a gold self-inconsistency is
# found only with the article on two sides of one dossier contradiction, or by its weekday flag
# when the gold speaks of a weekday. Rescored, iran's 18th find was the afternoon session's
# length (one article) "found" by that article standing on one side of a date contradiction:
# the iran gate goes to the 17 really found (lowered for that reason alone), and thai-cambodia's
# to 19 + 2 by the same rescoring and then a country said to host the next committee meeting
# held in another (merge/_hosts.py) and a length a report gives a held event against its dates
# ("three days of talks" for a meeting dated to one day: merge/_expected_spans.py): 21/41,
# 21/21.
# Then previews dated by the week before the event their
# lead puts ahead, a numbered round whatever its event type, the coverage vetoing nothing that
# the text's held events or days ahead rule out nor any month of the lead's events (of three
# or four, only the text's own estimates pick one), "8 février dernier" before a "ce 18 mars",
# and a cited report's date beside a future verb no day ahead (dating7): iran 78/91, 76 right;
# drc-m23 79/90, 76; thai-cambodia 72/83, 70 (every new one right).
# One article giving one count two rival values in two sentences (merge/_self_values.py: the
# German page's 260,000 and 300,000 displaced) and episodes named by their length in every
# language read, or as the last weeks of a tally (merge/_episodes.py: "47 tuées au cours des
# trois dernières semaines" against "over one hundred deaths" in nearly three weeks, both
# undated) bring thai-cambodia to 24/41, 24/25 (contra6; the other one: 35 dead of the
# five-day war in an early French tally against "more than 40", real by reading; the
# December deaths' contradiction also stands for the gold's displacement row through the same
# two articles). Switching off either loses its finds and fails the gate. With the time a lead
# says has passed since a story event ("signed last month in X", "comes two weeks after the deal was
# signed": merge/_since_news.py) and the day of a saying past in a sentence about what is to
# come (dating8): thai-cambodia 74/83, 72 right (both new ones right); iran, drc-m23 unchanged.
# With reports joined to the event their lead names (mlev5), thai-cambodia 75/83, 73 right.
# Different attackers of one country named in sentences about one event (merge/_attackers.py:
# "the US-Israel launched an attack on Iran" against "the Israel Government has launched an
# unprovoked attack on Iran") bring iran to 18/29, 18/19; one event put a different time after
# the same thing (merge/_lags.py: "48 heures après ... un communiqué conjoint" against "trois
# jours après un communiqué") brings drc-m23 to 15/27, 14/15 (contra7; the one not in gold is
# Qatar a mediator in one outlet and an observer in another, the fact of the gold's row on
# the June talks' mediator, whose note names that article but whose ids do not).
# Hindi calendar words and the danda ending a sentence (dating9): iran 79/91, 77 right (a Hindi
# preview naming "11 मई" ahead, estimated 2025-05, right).
# The gold's row on the June talks' mediator now lists the article its note names (a reading
# error of the gold, fixed at stop 28): drc-m23 16/27, 15/15.
GATES = {
    "iran": (18, 0.9, 79, 0.95),
    "drc-m23": (16, 0.9, 79, 0.95),
    "thai-cambodia": (24, 0.9, 75, 0.95),
}


def test_gold_contradictions_are_found(dev_story_scored: Any) -> None:
    story, _, score = dev_story_scored
    found = score.get("gold contradictions found")
    assert found.count >= GATES[story][0], (story, found,
                                            score.details["contradictions found"])


def test_contradictions_in_the_dossier_are_real(dev_story_scored: Any) -> None:
    story, _, score = dev_story_scored
    real = score.get("dossier contradictions matching a gold one")
    assert real.ratio >= GATES[story][1], (story, real,
                                           score.details["contradictions not in gold"])


def test_undated_articles_are_dated_right_from_the_story(dev_story_scored: Any) -> None:
    story, _, score = dev_story_scored
    dated = score.get("publication dated (no crawler header)")
    right = score.get("publication date right, of those dated")
    assert dated.count >= GATES[story][2], (story, dated)
    assert right.ratio >= GATES[story][3], (story, right, score.details["published"])


# The fourth dev story, a trade negotiation collected as a generalization check, is gated on its
# contradictions alone (its other figures are far from their goals yet). Measured: 2/20 found,
# 2/2 of the dossier's matching gold once a date and city written beyond "after" in another
# language ("these talks come after the accord concluded on <day> in <city>") stay the accord's
# (before: 2/3, the talks' first day set against the accord's date). Later 4/20, 4/4; with plans
# against outcomes (merge/_expected_spans.py), month slips (merge/_month_slips.py) and
# delegation sides (one person put in the other country's delegation): 7/20, 7/7; 8/20, 8/8
# with the merges of the same stop. A city followed by its country after a comma ("em <city>,
# <country>") read as located, not listed, and a body given a bracketed short form
# ("cúpula da Cooperação … (Apec)") no place: 10/20, 10/10 (a preview placing the leaders'
# meeting in another city of the same country). With the scorer honest on a source against
# itself, 9/20 and 7/8 (a Portuguese page's weekday "found" its rare-earth inconsistency, and
# was in fact a false weekday of talks its sentence follows); a weekday with its day in
# brackets ("quinta-feira (29)") read as a date, and a weekday with its own day no bare weekday
# of another event: 10/20, 8/8. A levy rate stated beside the same pooled other rate of its
# sentence is the same slot of one change whatever its verb (merge/_rate_changes.py: "brought
# down tariffs to about 55% ... and 10%" against "reducing tariffs to 30 percent and ... to 10
# percent"): 11/20, 9/9 (contra7).
GENERALIZATION_GATE = ("us-china-trade", 11, 0.9)


def test_contradictions_hold_on_the_generalization_story(
        dev_story_scores: Callable[[str], tuple[dict[str, Any], StoryScore]]) -> None:
    story, found_at_least, real_at_least = GENERALIZATION_GATE
    _, score = dev_story_scores(story)
    found = score.get("gold contradictions found")
    real = score.get("dossier contradictions matching a gold one")
    assert found.count >= found_at_least, (story, found, score.details["contradictions found"])
    assert real.ratio >= real_at_least, (story, real, score.details["contradictions not in gold"])
