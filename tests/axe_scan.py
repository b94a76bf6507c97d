"""The accessibility scan the browser tests share: axe-core (shipped with
axe-playwright-python, so no network) and what counts as blocking (WCAG 2.2 AA)."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING = {"serious", "critical"}


def blocking_violations(page) -> list[dict]:
    """The serious and critical violations axe finds on the page as it is now."""
    return [
        v for v in Axe().run(page).response["violations"] if v["impact"] in BLOCKING
    ]


def describe(violations) -> str:
    """Violations as lines a developer can act on: rule, help, the first few nodes."""
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:5]:
            lines.append(f"    {node['target']}: {node['failureSummary'][:200]!r}")
    return "\n".join(lines)
