"""A few helpers to write SVG by hand: escaped text and attributes, and the chart frame.

Every string that reaches a chart (entity names, outlet names, titles, quotes) comes from an
article and is untrusted. Text content and attribute values are escaped here and nowhere else,
so a name like ``</svg><script>`` stays text inside the picture.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from urllib.parse import quote

FONT = "system-ui,-apple-system,'Segoe UI',sans-serif"


def text(value: object) -> str:
    """``value`` as escaped character data."""
    return escape(str(value), quote=False)


def attrs(values: Mapping[str, object]) -> str:
    """`` key="value"`` pairs, values escaped; ``None`` values are left out."""
    return "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(str(v), quote=True)}"'
                   for k, v in values.items() if v is not None)


def tag(name: str, content: str = "", **values: object) -> str:
    """One element; ``content`` must already be markup (use :func:`text` for strings)."""
    if not content:
        return f"<{name}{attrs(values)}/>"
    return f"<{name}{attrs(values)}>{content}</{name}>"


def title(value: object) -> str:
    """A ``<title>`` child: the tooltip of its parent element."""
    return f"<title>{text(value)}</title>"


def link(href: str | None, content: str) -> str:
    """``content`` inside an ``<a>`` (SVG 2 ``href``), or as it is without a target."""
    if not href:
        return content
    return f"<a{attrs({'href': href})}>{content}</a>"


def fragment(value: str) -> str:
    """An id made safe for a URL path or fragment."""
    return quote(value, safe="_-.")


def frame(width: int, height: int, label: str, body: str, css_class: str) -> str:
    """The ``<svg>`` element: scalable (viewBox), labelled for screen readers."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img"'
            f'{attrs({"class": f"chart {css_class}", "viewBox": f"0 0 {width} {height}"})}'
            f'{attrs({"aria-label": label, "font-family": FONT, "font-size": 12})}'
            f' preserveAspectRatio="xMinYMin meet">{title(label)}{body}</svg>')


def clip(value: str, limit: int) -> str:
    """``value`` shortened to ``limit`` characters with an ellipsis."""
    return value if len(value) <= limit else value[: max(1, limit - 1)].rstrip() + "…"
