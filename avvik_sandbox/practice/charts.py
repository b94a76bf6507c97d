"""Bar charts as plain geometry for the SVG templates: no JavaScript, no CDN.

Lengths along the value axis are percentages of the chart's width, so the bars follow
the screen while the text keeps its real size on a phone.
"""

from __future__ import annotations

import math

from django.utils.dates import MONTHS_3

ROW_HEIGHT = 46  # px: a label line, then the bar
MONTH_CHART_HEIGHT = 180  # px of bar area
AXIS_WIDTH = 9  # per cent of the width kept for the axis numbers


def _nice_max(value: int) -> int:
    """The axis end: 1, 2 or 5 times a power of ten, at least ``value``."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def horizontal(rows: list[tuple[str, int]]) -> dict:
    """One bar per row, its label above it and the count at the right end."""
    top = max((value for _label, value in rows), default=0) or 1
    bars = []
    for index, (label, value) in enumerate(rows):
        y = index * ROW_HEIGHT
        bars.append(
            {
                "label": label,
                "value": value,
                "text_y": y + 16,
                "bar_y": y + 22,
                "width": round(100 * value / top, 2),
            }
        )
    return {"bars": bars, "height": len(rows) * ROW_HEIGHT}


def months(rows: list[tuple[int, int, int]]) -> dict:
    """Two bars a month: the chosen year and the year before, on a shared axis."""
    top = _nice_max(max((max(a, b) for _m, a, b in rows), default=0))
    slot = (100 - AXIS_WIDTH) / max(len(rows), 1)
    bar = slot * 0.36

    def height(value: int) -> float:
        return round(MONTH_CHART_HEIGHT * value / top, 1)

    columns = []
    for index, (month, this_year, before) in enumerate(rows):
        left = AXIS_WIDTH + index * slot
        columns.append(
            {
                "label": MONTHS_3[month],
                "center": round(left + slot / 2, 2),
                "before_x": round(left + slot * 0.12, 2),
                "this_x": round(left + slot * 0.12 + bar, 2),
                "width": round(bar, 2),
                "before_h": height(before),
                "this_h": height(this_year),
                "before_y": round(MONTH_CHART_HEIGHT - height(before) + 8, 1),
                "this_y": round(MONTH_CHART_HEIGHT - height(this_year) + 8, 1),
            }
        )
    ticks = [
        {"value": value, "y": round(8 + MONTH_CHART_HEIGHT * (1 - value / top), 1)}
        for value in (0, top // 2, top)
    ]
    return {
        "columns": columns,
        "ticks": ticks,
        "axis_x": AXIS_WIDTH,
        "base_y": MONTH_CHART_HEIGHT + 8,
        "label_y": MONTH_CHART_HEIGHT + 26,
        "height": MONTH_CHART_HEIGHT + 34,
    }
