"""Accessibility: axe-core (bundled, service/static/axe) run in the page finds no serious or critical violation."""

from __future__ import annotations

import pytest

from service.ui import STATIC_DIR
from tests.browser.conftest import DESKTOP
from tests.conftest import SEED_ID

pytestmark = pytest.mark.browser
AXE = STATIC_DIR / "axe" / "axe.min.js"
PAGES = {"home": ("/", "table.reports"), "report": (f"/page/report/{SEED_ID}", "#size-chart"),
         "entity": ("/page/org/apollo-hospitals", "h1"), "editor": ("/editor", ".yasqe .CodeMirror"),
         "catalogue": ("/queries", "details.query")}


def summary(violations: list[dict]) -> list[str]:
    """One line per rule: ``rule (impact): nodes``, diffable and readable in a failure."""
    return sorted(f"{v['id']} ({v['impact']}): {', '.join(n['target'][0] if isinstance(n['target'][0], str) else str(n['target']) for n in v['nodes'][:5])}"
                  for v in violations)


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_or_critical_accessibility_violations(visit, screenshots, name):
    path, rendered = PAGES[name]
    v = visit(DESKTOP)
    v.page.goto(path, wait_until="networkidle")
    v.page.locator(rendered).first.wait_for()
    if name == "editor":  # the editor with an answer on show: its table, pager and filters count too
        v.page.locator(".yasqe_queryButton").click()
        v.page.locator(".yasr table").wait_for()
    v.page.add_script_tag(path=str(AXE))
    result = v.page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    # Every finding, minor ones too, for a person to read beside the screenshots.
    (screenshots.parent / "a11y").mkdir(exist_ok=True)
    (screenshots.parent / "a11y" / f"{name}.txt").write_text("\n".join(summary(result["violations"])) + "\n", encoding="utf-8")
    serious = [x for x in result["violations"] if x["impact"] in ("serious", "critical")]
    assert serious == [], "\n".join(summary(serious))
