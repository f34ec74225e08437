"""Server-rendered SVG pictures of the story (no scripts, no external assets).

Public API::

    data = StoryData(dossier)                     # a dossier dict, or a snapshot's sections
    timeline_chart(data, WEB_LINKS)               # events by status on a date axis + coverage
    network_chart(data, PAGE_LINKS)               # who met whom
    positions_chart(data, WEB_LINKS)              # stances over time, changes ringed
    sources_chart(data, WEB_LINKS)                # outlets ranked; outlet_ranking(data) for rows

Each returns one ``<svg>`` element as a string (every piece of article text escaped), or ``""``
when the story has nothing to draw. Links go to the web UI's pages (``WEB_LINKS``) or to anchors
inside ``dossier.html`` (``PAGE_LINKS``).
"""

from communique.outputs.charts._view import (
    EVENT_STATUSES,
    PAGE_LINKS,
    WEB_LINKS,
    Links,
    StoryData,
    outlet_anchor,
    status_of,
)
from communique.outputs.charts.network import network_chart
from communique.outputs.charts.positions import positions_chart
from communique.outputs.charts.sources import OutletRecord, outlet_ranking, sources_chart
from communique.outputs.charts.timeline import timeline_chart

__all__ = [
    "EVENT_STATUSES",
    "PAGE_LINKS",
    "WEB_LINKS",
    "Links",
    "OutletRecord",
    "StoryData",
    "network_chart",
    "outlet_anchor",
    "outlet_ranking",
    "positions_chart",
    "sources_chart",
    "status_of",
    "timeline_chart",
]
