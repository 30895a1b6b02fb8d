"""The report text as HTML with every source span marked, so a click on a fact can land on its words.

Spans nest (a figure's words inside the sentence a driver comes from) and may cross; each span becomes a
``<mark>`` whose ``id`` is the span's (``span-<start>-<end>``, the tail of its IRI). A span crossed by
another is closed and reopened around it, and only its first part carries the id.

>>> print(highlight("The market is worth USD 2 billion in 2024.", [Mark(20, 33, "figure"), Mark(0, 41, "driver")]))
<mark id="span-0-41" class="driver">The market is worth <mark id="span-20-33" class="figure">USD 2 billion</mark> in 2024</mark>.
>>> print(highlight("abcdef", [Mark(0, 4, "a"), Mark(2, 6, "b")]))
<mark id="span-0-4" class="a">ab<mark id="span-2-6" class="b">cd</mark></mark><mark class="b">ef</mark>
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from markupsafe import Markup


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kinds: str  # CSS classes: the kinds of fact the span is the source of ("figure growth")

    @property
    def anchor(self) -> str:
        return f"span-{self.start}-{self.end}"


def highlight(text: str, marks: list[Mark]) -> Markup:
    """``text`` escaped, with a ``<mark>`` around each span (spans outside the text are left out)."""
    marks = sorted({m for m in marks if 0 <= m.start < m.end <= len(text)}, key=lambda m: (m.start, -m.end))
    boundaries = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
    out: list[str] = []
    open_marks: list[Mark] = []
    for here, following in zip(boundaries, boundaries[1:] + [None]):
        # Close what ends here; marks above one that ends are closed too and reopened (without the id).
        if any(m.end == here for m in open_marks):
            depth = min(i for i, m in enumerate(open_marks) if m.end == here)
            reopen = [m for m in open_marks[depth:] if m.end != here]
            out.append("</mark>" * (len(open_marks) - depth))
            del open_marks[depth:]
            for m in reopen:
                out.append(f'<mark class="{escape(m.kinds)}">')
                open_marks.append(m)
        for m in starting.get(here, []):
            out.append(f'<mark id="{m.anchor}" class="{escape(m.kinds)}">')
            open_marks.append(m)
        if following is not None:
            out.append(escape(text[here:following], quote=False))
    out.append("</mark>" * len(open_marks))
    return Markup("".join(out))
