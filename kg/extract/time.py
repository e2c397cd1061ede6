"""Time expressions, anchored to the document date where the text allows.

>>> import datetime as dt
>>> normalise("Friday", dt.date(2022, 2, 26))
'2022-02-25'
>>> normalise("in 2014", None)
'2014'
>>> normalise("on the second day", dt.date(2022, 2, 25))
'2022-02-25'
>>> normalise("on the second day", None) is None
True
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from kg.lang.en import (
    MONTH_NAMES,
    ORDINALS,
    RELATIVE_DAYS,
    WEEKDAYS,
)

__all__ = ["YEAR", "normalise"]

#: A number that reads as a year.
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def normalise(text: str, anchor: dt.date | None) -> str | None:
    """The ISO value of a time expression: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

    Args:
        text: The expression as written ("Friday", "Monday morning", "today",
            "February 24", "24 February 2022", "2014", "last year").
        anchor: The document date, which relative expressions count from. A
            weekday means the latest such day on or before the anchor, as news does.

    Returns:
        The value, or ``None`` when the text does not pin a time down.
    """
    words = text.lower()
    tokens = re.findall(r"[a-z]+|\d+", words)
    if anchor is not None:
        for word, offset in RELATIVE_DAYS.items():
            if word in tokens:
                return (anchor + dt.timedelta(days=offset)).isoformat()
        for index, weekday in enumerate(WEEKDAYS):
            if weekday in tokens:
                back = (anchor.weekday() - index) % 7
                if "next" in tokens:
                    return (
                        anchor + dt.timedelta(days=(index - anchor.weekday()) % 7 or 7)
                    ).isoformat()
                if "last" in tokens and back == 0:
                    back = 7
                return (anchor - dt.timedelta(days=back)).isoformat()
        if "day" in tokens and any(t in ORDINALS for t in tokens):
            # "on the second day" of the story being reported: news means the day it reports.
            return anchor.isoformat()
        if "last" in tokens and "year" in tokens:
            return str(anchor.year - 1)
        if "this" in tokens and "year" in tokens:
            return str(anchor.year)
        if "last" in tokens and "month" in tokens:
            return str((anchor - relativedelta(months=1)).strftime("%Y-%m"))
    month = next(
        (i for i, m in enumerate(MONTH_NAMES, start=1) if m in tokens or m[:3] in tokens), None
    )
    year_match = YEAR.search(words)
    day = next((int(t) for t in tokens if t.isdigit() and 1 <= int(t) <= 31 and len(t) <= 2), None)
    if month is not None:
        year = int(year_match.group(1)) if year_match else (anchor.year if anchor else None)
        if year is None:
            return None
        if day is None:
            return f"{year:04d}-{month:02d}"
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return f"{year:04d}-{month:02d}"
    if year_match and not any(t in tokens for t in ("years", "ago", "decade")):
        return str(year_match.group(1))
    if re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", words):
        try:
            return str(date_parser.isoparse(words.strip()).date().isoformat())
        except ValueError:
            return None
    return None
