"""Records and browser fixtures shared by the network, view and browser tests.

The story below was written for these tests; it reuses public facts of
February 2022, not anyone's sentences. Import what a test needs from here:
``from browser_fixtures import story, browser, ...`` (fixtures must be imported
into the test module's namespace for pytest to find them).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from kg.model import Argument, Document, Entity, Event, Figure, Mention, Place, TimeExpression

BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

ENTITIES = (
    Entity(
        "group/russian-forces",
        "Russian forces",
        "group",
        aliases=("Russian troops", "paratroopers"),
        mentions=9,
        country="place/russia",
    ),
    Entity(
        "group/ukrainian-forces",
        "Ukrainian forces",
        "group",
        aliases=("Ukraine's army",),
        mentions=5,
        country="place/ukraine",
    ),
    Entity(
        "person/volodymyr-zelensky",
        "Volodymyr Zelensky",
        "person",
        aliases=("Zelensky", "President Zelensky"),
        mentions=6,
    ),
    Entity(
        "person/vitali-klitschko",
        "Vitali Klitschko",
        "person",
        aliases=("Klitschko",),
        mentions=2,
        roles=("mayor",),
    ),
    Entity(
        "person/jens-stoltenberg",
        "Jens Stoltenberg",
        "person",
        aliases=("Stoltenberg",),
        mentions=2,
    ),
    Entity("person/joe-biden", "Joe Biden", "person", aliases=("Biden",), mentions=3),
    Entity("person/vladimir-putin", "Vladimir Putin", "person", aliases=("Putin",), mentions=4),
    Entity(
        "organization/european-union", "European Union", "organization", aliases=("EU",), mentions=3
    ),
    Entity("organization/nato", "NATO", "organization", mentions=2),
    Entity(
        "organization/ukrainian-general-staff",
        "Ukrainian General Staff",
        "organization",
        aliases=("General Staff",),
        mentions=3,
    ),
    Entity(
        "organization/russian-defence-ministry",
        "Russian Defence Ministry",
        "organization",
        mentions=1,
    ),
    Entity(
        "place/kyiv",
        "Kyiv",
        "place",
        aliases=("Kiev",),
        mentions=7,
        lat=50.45466,
        long=30.5238,
        geonames=703448,
    ),
    Entity("place/belarus", "Belarus", "place", mentions=1, lat=53.0, long=28.0, geonames=630336),
    Entity(
        "place/hostomel-airport",
        "Hostomel airport",
        "place",
        aliases=("Antonov airport",),
        mentions=2,
        lat=50.6035,
        long=30.1919,
    ),
    Entity(
        "place/kharkiv",
        "Kharkiv",
        "place",
        aliases=("Kharkov",),
        mentions=2,
        lat=49.98081,
        long=36.25272,
        geonames=706483,
    ),
    Entity("place/ukraine", "Ukraine", "place", mentions=8, lat=49.0, long=32.0, geonames=690791),
    Entity("place/russia", "Russia", "place", mentions=5, lat=60.0, long=100.0, geonames=2017370),
    Entity(
        "place/donbas", "Donbas", "place", aliases=("Donbass",), mentions=2, lat=48.0, long=38.0
    ),
)

_DOC1 = (
    "Russian troops moved towards Kyiv from Belarus on Thursday, the General Staff said. "
    "Paratroopers seized Hostomel airport, according to the Russian Defence Ministry. "
    "Ukrainian forces shot down six Russian aircraft near Kharkiv, the General Staff claimed. "
    "Kyiv has not been encircled, Klitschko said. "
    "Zelensky called on the EU to close its airspace."
)
_DOC2 = (
    "NATO will not send troops to Ukraine, Stoltenberg said on Friday. "
    "Biden announced sanctions against Russia. "
    "Putin ordered a military operation in the Donbas. "
    "The European Union pledged 500 million euros in aid to Ukraine."
)

DOCUMENTS = (
    Document(
        "kyiv-day-one",
        _DOC1,
        title="Russian forces close in on Kyiv",
        date=dt.date(2022, 2, 25),
        url="https://example.org/news/kyiv-day-one",
    ),
    Document(
        "allies-respond",
        _DOC2,
        title="Allies answer with sanctions and aid",
        date=dt.date(2022, 2, 26),
    ),
)


def _event(doc: Document, sentence: str, trigger: str, action: str, **roles: Any) -> Event:
    s = doc.text.index(sentence)
    mention = Mention(doc.id, s, s + len(sentence), sentence)
    t = doc.text.index(trigger, s)

    def arg(text: str | None, label: str = "", entity: str | None = None) -> Argument | None:
        if text is None:
            return None
        a = doc.text.index(text, s)
        return Argument(text, a, a + len(text), label, entity)

    places = tuple(
        Place(arg(text, "GPE", entity), role)  # type: ignore[arg-type]
        for text, entity, role in roles.pop("places", ())
    )
    figures = tuple(
        Figure(
            text,
            Decimal(value),
            unit,
            qualifier,
            doc.text.index(text, s),
            doc.text.index(text, s) + len(text),
        )
        for text, value, unit, qualifier in roles.pop("figures", ())
    )
    time = None
    if "time" in roles:
        text, value = roles.pop("time")
        a = doc.text.index(text, s)
        time = TimeExpression(text, a, a + len(text), value)
    return Event(
        doc.id,
        t,
        t + len(trigger),
        action,
        mention,
        actor=arg(*roles.pop("actor", (None,))),
        target=arg(*roles.pop("target", (None,))),
        places=places,
        figures=figures,
        time=time,
        source=arg(*roles.pop("source", (None,))),
        **roles,
    )


def story() -> tuple[tuple[Document, ...], tuple[Entity, ...], tuple[Event, ...]]:
    """A two-article story: documents, entities and events with resolved arguments."""
    d1, d2 = DOCUMENTS
    events = (
        _event(
            d1,
            "Russian troops moved towards Kyiv from Belarus on Thursday, the General Staff said.",
            "moved",
            "move",
            actor=("Russian troops", "NORP", "group/russian-forces"),
            places=[("Kyiv", "place/kyiv", "destination"), ("Belarus", "place/belarus", "origin")],
            time=("Thursday", "2022-02-24"),
            source=("the General Staff", "ORG", "organization/ukrainian-general-staff"),
            event_type="Movement",
        ),
        _event(
            d1,
            "Paratroopers seized Hostomel airport, according to the Russian Defence Ministry.",
            "seized",
            "seize",
            actor=("Paratroopers", "", "group/russian-forces"),
            target=("Hostomel airport", "FAC", "place/hostomel-airport"),
            source=("the Russian Defence Ministry", "ORG", "organization/russian-defence-ministry"),
            event_type="TakeControl",
        ),
        _event(
            d1,
            "Ukrainian forces shot down six Russian aircraft near Kharkiv, the General "
            "Staff claimed.",
            "shot down",
            "shoot down",
            actor=("Ukrainian forces", "NORP", "group/ukrainian-forces"),
            target=("six Russian aircraft", ""),
            places=[("Kharkiv", "place/kharkiv", "location")],
            figures=[("six Russian aircraft", "6", "aircraft", "exact")],
            source=("the General Staff", "ORG", "organization/ukrainian-general-staff"),
            event_type="ArmedClash",
        ),
        _event(
            d1,
            "Kyiv has not been encircled, Klitschko said.",
            "encircled",
            "encircle",
            target=("Kyiv", "GPE", "place/kyiv"),
            negated=True,
            source=("Klitschko", "PERSON", "person/vitali-klitschko"),
        ),
        _event(
            d1,
            "Zelensky called on the EU to close its airspace.",
            "called on",
            "call on",
            actor=("Zelensky", "PERSON", "person/volodymyr-zelensky"),
            target=("the EU", "ORG", "organization/european-union"),
            event_type="Request",
        ),
        _event(
            d2,
            "NATO will not send troops to Ukraine, Stoltenberg said on Friday.",
            "send",
            "send troops to",
            actor=("NATO", "ORG", "organization/nato"),
            places=[("Ukraine", "place/ukraine", "destination")],
            negated=True,
            modality="future",
            time=("Friday", "2022-02-25"),
            source=("Stoltenberg", "PERSON", "person/jens-stoltenberg"),
        ),
        _event(
            d2,
            "Biden announced sanctions against Russia.",
            "announced",
            "announce sanctions against",
            actor=("Biden", "PERSON", "person/joe-biden"),
            target=("Russia", "GPE", "place/russia"),
        ),
        _event(
            d2,
            "Putin ordered a military operation in the Donbas.",
            "ordered",
            "order",
            actor=("Putin", "PERSON", "person/vladimir-putin"),
            target=("a military operation", ""),
            places=[("Donbas", "place/donbas", "location")],
        ),
        _event(
            d2,
            "The European Union pledged 500 million euros in aid to Ukraine.",
            "pledged",
            "pledge",
            actor=("The European Union", "ORG", "organization/european-union"),
            target=("Ukraine", "GPE", "place/ukraine"),
            figures=[("500 million euros", "500000000", "euro", "exact")],
        ),
    )
    return DOCUMENTS, ENTITIES, events


#: Payloads that must stay text wherever they show up in the page.
XSS = (
    '<img src=x onerror="window.__kgPwned=1;alert(1)">',
    "</script><script>window.__kgPwned=2;alert(2)</script>",
    "javascript:window.__kgPwned=3",
    "\u2028<svg onload=window.__kgPwned=4>\u2029&lt;b&gt;",
    "\"'><iframe src=javascript:window.__kgPwned=5></iframe>",
)


def year_story() -> Any:
    """The story's graph with one more event dated by its year only ("annexed in 2014")."""
    from kg.network import to_networkx

    documents, entities, events = story()
    text = "Russia annexed Crimea in 2014."
    doc = Document("annexed", text, date=dt.date(2022, 2, 25))
    annexed = Event(
        "annexed",
        7,
        14,
        "annex",
        Mention("annexed", 0, len(text), text),
        actor=Argument("Russia", 0, 6, "GPE", "place/russia"),
        time=TimeExpression("in 2014", 22, 29, "2014"),
    )
    return to_networkx([*documents, doc], entities, [*events, annexed])


def hostile_story() -> tuple[tuple[Document, ...], tuple[Entity, ...], tuple[Event, ...]]:
    """An article whose every string is an injection attempt."""
    evidence = " ".join(XSS) + "."
    doc = Document(XSS[1], evidence, title=XSS[0], url=XSS[2])
    a = Entity("person/" + XSS[0], XSS[0], "person", aliases=XSS[1:], mentions=3)
    b = Entity("place/" + XSS[1], XSS[1], "place", aliases=(XSS[2],), mentions=2, lat=1.0, long=2.0)
    mention = Mention(doc.id, 0, len(evidence), evidence)
    event = Event(
        doc.id,
        0,
        5,
        XSS[3],
        mention,
        actor=Argument(XSS[0], 0, 5, "PERSON", a.id),
        target=Argument(XSS[1], 0, 5, "GPE", b.id),
        figures=(Figure(XSS[4], Decimal(1), XSS[2], "exact", 0, 5),),
        time=TimeExpression(XSS[0], 0, 5, None),
        source=Argument(XSS[4], 0, 5, "", None),
        modality=XSS[2],
    )
    return (doc,), (a, b), (event,)


def synthetic_graph(n: int, *, seed: int = 1) -> Any:
    """A news-like multigraph of ``n`` nodes: hubs with many leaves, some cross links."""
    import networkx as nx

    rng = random.Random(seed)
    base = nx.powerlaw_cluster_graph(n, 1, 0.1, seed=seed)
    kinds = ("person", "organization", "group", "place", "figure")
    graph = nx.MultiDiGraph(documents={f"d{i}": {"title": f"Story {i}"} for i in range(20)})
    for v in base.nodes:
        graph.add_node(
            f"n{v}",
            label=f"Entity {v}",
            kind=kinds[v % 5],
            aliases=[],
            mentions=rng.randint(1, 30),
            lat=None,
            long=None,
            documents=[f"d{v % 20}"],
        )
    pairs = list(base.edges) + [(rng.randrange(n), rng.randrange(n)) for _ in range(n // 4)]
    for i, (u, v) in enumerate(pairs):
        graph.add_edge(
            f"n{u}",
            f"n{v}",
            key=f"d{i % 20}/{i}-{i + 1}",
            action=rng.choice(("attack", "meet", "call on", "take control of", "sanction")),
            evidence=f"Sentence number {i} of the synthetic corpus.",
            source=None,
            time=None,
            date=None,
            figures=[],
            negated=False,
            modality=None,
            object=None,
            document=f"d{i % 20}",
            event=f"d{i % 20}/{i}-{i + 1}",
            role="event",
        )
    return graph


def chromium_path() -> str:
    """The Chromium binary, or fail in CI / skip locally with the reason."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        reason = "no `chromium` on PATH: install Debian's chromium package to run browser tests"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session."""
    executable = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("playwright is not installed: pip install playwright")
        pytest.skip("playwright is not installed: pip install playwright")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=BROWSER_ARGS)
        try:
            yield instance
        finally:
            instance.close()
