"""The HTML view in headless Chromium: time to a drawn graph, and search, filters, selection.

Run by hand, never by the test suite:

    python bench/bench_view.py                       # both tables, printed
    python bench/bench_view.py --write docs/benchmarks.md
    python bench/bench_view.py --only-interaction --compare ../old-kg   # side by side
    python bench/bench_view.py --screenshot docs/screenshot.jpg [--articles DIR --select NAME]

"Drawn" is the page's own ready flag (``data-kg-ready``), set once the first
frame is drawn (the layout is Python's; the page runs no physics). The time is
``performance.now()`` at that moment, i.e. from navigation start; the wall time
adds Playwright's round trips. Each size is the median of runs in fresh pages.
Graphs are synthetic and news-like (hubs with many leaves and some cross links,
about 1.25 events per entity), from tests/browser_fixtures.py; the page draws
an entity per node and a small node per event, capped at ``max_nodes`` in all.

The interaction rows time a search (``window.kg.search``, else typing into the
box), a class toggle and a selection in pages showing at least 1,500 nodes
(``--at-least``): one of the synthetic graph of 2,441 entities and one of kg's
graph of the 871 RAMS passages (issue 17's corpus, read from ../shared when it
is there; ``--cache FILE`` keeps that graph between runs). Each runs from just
before the action until the frame that shows its result is drawn, median of
several rounds. ``--compare TREE`` renders the same graphs with an older kg
(a checkout, e.g. ``git worktree add ../old-kg REV``) at the same cap and times
its pages alternately with this kg's.
"""

from __future__ import annotations

import argparse
import os
import pickle
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from browser_fixtures import BROWSER_ARGS, story, synthetic_graph  # noqa: E402

from kg.network import to_networkx  # noqa: E402
from kg.view import render_html, write_html  # noqa: E402

SECTION = "## HTML view: time to a drawn graph"
INTERACTION = "## HTML view: search, filters and selection at 1,500 nodes shown"

#: Watches the browser's Event Timing entries: for each input, the time from
#: the event to the paint of the frame that follows its handlers (what browsers
#: report as interaction to next paint; in steps of 8 ms, entries of 16 ms or more).
WATCH = """() => {
  window.__kgBench = [];
  new PerformanceObserver(list => {
    list.getEntries().forEach(e => {
      if (e.interactionId) { window.__kgBench.push([e.interactionId, e.name, e.duration]); }
    });
  }).observe({ type: "event", durationThreshold: 16, buffered: false });
}"""
#: Two frames drawn and the page idle (what it left for idle time done, as
#: when a reader looks before acting again): the start of every round.
SETTLE = """() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() =>
  requestIdleCallback(() => setTimeout(() => { window.__kgBench = []; r(); }, 0)))))"""
#: The longest entry of the one interaction since SETTLE, waiting for it to be reported.
COLLECT = """async () => {
  for (let i = 0; i < 40 && !window.__kgBench.length; i++) {
    await new Promise(r => setTimeout(r, 25));
  }
  await new Promise(r => setTimeout(r, 50));
  const ids = new Set(window.__kgBench.map(e => e[0]));
  return [window.__kgBench.reduce((m, e) => Math.max(m, e[2]), 0), ids.size];
}"""
#: Where a node is on the page, to click it.
WHERE = """id => {
  const net = window.kg.network, p = net.canvasToDOM(net.getPositions([id])[id]);
  const r = document.getElementById("kg-graph").getBoundingClientRect();
  return [r.left + p.x, r.top + p.y];
}"""


def timed(page: Any, what: str, arg: str | None) -> float:
    """Milliseconds from an input to the paint of its result (Event Timing), as a reader acts.

    A search types the name, then times Enter; a toggle clicks the class's box;
    a selection clicks the node on the canvas. An interaction the browser does
    not report took under 16 ms and counts as 16.
    """
    if what == "search":
        page.fill("#kg-search", str(arg))
    page.evaluate(SETTLE)
    if what == "search":
        page.press("#kg-search", "Enter")
    elif what == "toggle":
        page.click(f"#kg-kinds input[value={arg}]")
    elif what == "unreal":
        page.click("#kg-unasserted")
    elif what == "type":
        page.press("#kg-type", str(arg))  # a closed select's next or previous option
    elif what == "brush":
        box = page.locator('[data-kg-panel="timeline"] canvas').bounding_box()
        y = box["y"] + box["height"] / 2
        page.mouse.move(box["x"] + box["width"] * 0.3, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=3)
        page.evaluate(SETTLE)  # the drag drawn; the release is the timed input
        page.mouse.up()
    else:
        x, y = page.evaluate(WHERE, arg)
        page.mouse.click(x, y)
    longest, interactions = page.evaluate(COLLECT)
    if interactions > 1:
        raise RuntimeError(f"{what}: {interactions} interactions where one was made")
    return max(float(longest), 16.0)


LOAD_AT_START = os.getloadavg()[0]
READY = "html[data-kg-ready=true]"


def measure(browser: Any, path: Path, runs: int) -> tuple[float, float, int]:
    """Median in-page time to drawn and median wall time, in seconds; nodes drawn."""
    page_times, wall_times, drawn = [], [], 0
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        started = time.perf_counter()
        page.goto(path.as_uri(), timeout=300_000)
        page.wait_for_selector(READY, state="attached", timeout=300_000)
        wall_times.append(time.perf_counter() - started)
        page_times.append(page.evaluate("window.kg.readyAt") / 1000)
        drawn = int(page.evaluate("window.kg.nodes.length"))
        context.close()
    return statistics.median(page_times), statistics.median(wall_times), drawn


def interaction(
    browser: Any,
    pages: dict[str, Path],
    rounds: int,
    searches: list[str],
    trouble: dict[str, list[str]],
) -> dict[str, dict[str, float | None]]:
    """Median ms of a search, a class toggle and a selection per page, pages taken in turns.

    ``trouble`` gets, per page, every request that left the file and every console error.
    """
    opened = {}
    for name, path in pages.items():
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        # Offline and quiet: every request leaving the file and every console error is counted.
        page.on(
            "request",
            lambda r, name=name: (
                trouble[name].append(r.url)
                if not r.url.startswith(("file:", "data:", "about:", "blob:"))
                else None
            ),
        )
        page.on(
            "console",
            lambda m, name=name: trouble[name].append(m.text) if m.type == "error" else None,
        )
        page.on("pageerror", lambda e, name=name: trouble[name].append(str(e)))
        page.goto(path.as_uri(), timeout=300_000)
        page.wait_for_selector(READY, state="attached", timeout=300_000)
        page.evaluate(WATCH)
        opened[name] = page
    times: dict[str, dict[str, list[float]]] = {
        name: {
            "search": [],
            "toggle": [],
            "unreal": [],
            "type": [],
            "brush": [],
            "select": [],
            "idle": [],
        }
        for name in pages
    }
    # Entities each page shows (every page of the same graph shows these first ones).
    shown = {
        name: page.evaluate("window.kg.views.nodes.getIds().filter(id => !id.startsWith('event/'))")
        for name, page in opened.items()
    }
    for i in range(rounds):
        for name, page in opened.items():
            times[name]["search"].append(timed(page, "search", searches[i % len(searches)]))
            times[name]["toggle"].append(timed(page, "toggle", "place"))
            # What the toggle left for idle time (this kg paints its kept picture again).
            page.evaluate(SETTLE)
            idle = page.evaluate("window.kg.drawn ? window.kg.drawn.pictureMs : null")
            if idle is not None:
                times[name]["idle"].append(idle)
            times[name]["unreal"].append(timed(page, "unreal", None))
            # The type box one option down, then back up the next round.
            times[name]["type"].append(timed(page, "type", "ArrowUp" if i % 2 else "ArrowDown"))
            times[name]["brush"].append(timed(page, "brush", None))
            page.evaluate("window.kg.timeline.brush()")  # all dates again, untimed
            node = shown[name][(7 * i) % len(shown[name])]
            times[name]["select"].append(timed(page, "select", node))
    for page in opened.values():
        page.close()
    medians: dict[str, dict[str, float | None]] = {
        name: {what: statistics.median(values) if values else None for what, values in by.items()}
        for name, by in times.items()
    }
    return medians


def curve(browser: Any, folder: Path, sizes: list[int], runs: int) -> list[dict[str, Any]]:
    rows = []
    render_html(synthetic_graph(50))  # warm up: imports, vis-network read once
    cases = [(n, 100_000) for n in sizes] + [(max(sizes), 1500)]
    for n, cap in cases:
        graph = synthetic_graph(n)
        started = time.perf_counter()
        html = render_html(graph, max_nodes=cap)
        render = time.perf_counter() - started
        path = write_html(html, folder / f"view-{n}-{cap}.html")
        still, wall, shown = measure(browser, path, runs)
        rows.append(
            {
                "nodes": n,
                "shown": shown,
                "edges": graph.number_of_edges(),
                "render": render,
                "still": still,
                "wall": wall,
                "size": path.stat().st_size / 1e6,
            }
        )
        print(
            f"{n:>6} entities ({shown:>5} nodes drawn): python {render:5.2f} s, "
            f"drawn {still:5.2f} s, wall {wall:5.2f} s, {rows[-1]['size']:.1f} MB",
            flush=True,
        )
    return rows


def shown_nodes(browser: Any, path: Path) -> int:
    """How many nodes a page shows once drawn (what its filters let through by default)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(path.as_uri(), timeout=300_000)
    page.wait_for_selector(READY, state="attached", timeout=300_000)
    shown = int(page.evaluate("window.kg.views.nodes.length"))
    page.close()
    return shown


def entity_names(browser: Any, path: Path) -> list[str]:
    """The names of the entities a page shows, lower-cased, most connected first."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(path.as_uri(), timeout=300_000)
    page.wait_for_selector(READY, state="attached", timeout=300_000)
    names: list[str] = page.evaluate(
        "window.kg.views.nodes.getIds().filter(id => !id.startsWith('event/'))"
        ".map(id => window.kg.info.get(id).label.toLowerCase())"
    )
    page.close()
    return names


def corpus_page(browser: Any, graph: Any, path: Path, at_least: int) -> tuple[Path, int, int]:
    """This kg's page of ``graph`` showing at least ``at_least`` nodes: path, cap, nodes shown.

    The cap (``max_nodes``) counts every node the page holds, also the events
    and entities hidden by default (not asserted, unmentioned context), so it
    is raised by what is missing until enough are shown.
    """
    cap = at_least
    for _ in range(12):
        write_html(render_html(graph, max_nodes=cap), path)
        shown = shown_nodes(browser, path)
        if shown >= at_least:
            return path, cap, shown
        cap += max(at_least - shown, 20)
    raise SystemExit(f"{path.name}: fewer than {at_least} nodes shown at max_nodes {cap}")


#: Renders a pickled graph with the kg found first on PYTHONPATH (an older tree).
_RENDER_OLDER = (
    "import pickle, sys\n"
    "from kg.view import render_html, write_html\n"
    "with open(sys.argv[1], 'rb') as f:\n"
    "    graph = pickle.load(f)\n"
    "write_html(render_html(graph, max_nodes=int(sys.argv[2])), sys.argv[3])\n"
)


def older_page(tree: Path, graph: Any, cap: int, path: Path) -> Path:
    """The page an older kg (a checkout at ``tree``) draws of the same graph at the same cap."""
    pickled = path.with_suffix(".pkl")
    with pickled.open("wb") as f:
        pickle.dump(graph, f)
    environment = {**os.environ, "PYTHONPATH": str(tree.resolve())}
    subprocess.run(
        [sys.executable, "-c", _RENDER_OLDER, str(pickled), str(cap), str(path)],
        env=environment,
        check=True,
        cwd=tree,
    )
    return path


def rams_graph(rams: Path, cache: Path | None) -> Any:
    """kg's graph of the RAMS test passages (871 news passages, issue 17's corpus)."""
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)
    from eval_rams import read_passages

    from kg.building import build
    from kg.model import Document

    passages = read_passages(rams)
    graph = build([Document(id=p.key, text=p.text) for p in passages]).to_networkx()
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump(graph, f)
    return graph


def _chromium() -> str:
    return (
        subprocess.run(
            [shutil.which("chromium") or "chromium", "--version"],
            capture_output=True,
            text=True,
            check=False,
        )
        .stdout.split(" built")[0]
        .strip()
    )


def _machine() -> str:
    return (
        f"{_chromium()}, headless, `--disable-gpu`; Python {platform.python_version()};"
        f" {platform.machine()}, {os.cpu_count()} CPUs, load average {LOAD_AT_START:.1f} at the"
        f" start and {os.getloadavg()[0]:.1f} at the end: the machine is shared"
    )


def table(rows: list[dict[str, Any]], runs: int, command: str) -> str:
    lines = [
        SECTION,
        "",
        f"Command: `{command}` (median of {runs} fresh pages per row; {_machine()}).",
        "",
        "*Drawn* is the page's ready flag, from navigation start: the graph is laid out in",
        "Python (spring layout per component up to 300 nodes, its labels pushed apart up to",
        "320, hubs-and-clusters beyond) and drawn as laid out, no physics. *Entities* is the",
        "synthetic graph's size; *drawn* counts its entities and one node per event. *Python*",
        "is `render_html` (layout and page). The last row is the default `--max-nodes 1500`",
        "cap on the largest graph.",
        "",
        "| entities | nodes drawn | events | Python render (s) | drawn in page (s) | wall (s) |"
        " page (MB) |",
        "|------:|------:|------:|------------------:|------------------:|---------:|----------:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['nodes']:,} | {r['shown']:,} | {r['edges']:,} | {r['render']:.2f} |"
            f" {r['still']:.2f} | {r['wall']:.2f} | {r['size']:.1f} |"
        )
    return "\n".join(lines) + "\n"


def interaction_table(corpora: list[dict[str, Any]], rounds: int, command: str) -> str:
    lines = [
        INTERACTION,
        "",
        f"Command: `{command}` (median of {rounds} rounds, pages taken in turns; {_machine()}).",
        "",
        "Each time is the browser's own Event Timing of a real input (Playwright's keyboard",
        "and mouse): from the event to the paint of the frame that follows its handlers, what",
        "browsers report as interaction to next paint (in steps of 8 ms; under 16 ms counts as",
        "16). A *search* types a name and times Enter; a *class toggle* clicks the Place box",
        "(off, then on again the next round), *negated and unreal* its box; *event type* moves",
        "the type box one option down (up again the next round) with the keyboard; a *time",
        "brush* drags across the middle of the timeline and times the release; a *selection*",
        "clicks an entity on the canvas. Every filter draws the whole graph again.",
        "Target: 100 ms or less. Before each input the page is left to go idle (two frames",
        "and an idle callback), as when a reader looks before acting again: *then in idle",
        "time* is what this kg does after a filter or a view change, off the input's path",
        "(it paints the picture of the graph it keeps for selections and searches, see",
        "docs/view.md); an input that comes during it waits.",
        "",
        "| corpus | page | nodes shown | search (ms) | class toggle (ms) | negated and unreal"
        " (ms) | event type (ms) | time brush (ms) | selection (ms) | then in idle time (ms) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for corpus in corpora:
        for name, r in corpus["results"].items():
            cells = [
                "–" if r[what] is None else format(r[what], ".0f")
                for what in ("search", "toggle", "unreal", "type", "brush", "select", "idle")
            ]
            lines.append(
                f"| {corpus['name']} | {name} | {corpus['shown'][name]:,} | "
                + " | ".join(cells)
                + " |"
            )
    lines.append("")
    for corpus in corpora:
        lines.append(f"- {corpus['name']}: {corpus['about']}")
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str, title: str = SECTION) -> None:
    """Replace this benchmark's section of ``path``, leaving the others alone."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def screenshot(out: Path, articles: Path | None, select: str | None) -> None:
    """A picture of the view of a news graph at 1400x900: one node selected, map and timeline."""
    from playwright.sync_api import sync_playwright

    if articles is not None:
        import kg

        graph = kg.build([articles]).to_networkx()
    else:
        graph = to_networkx(*story())
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        path = write_html(render_html(graph), Path(folder) / "view.html")
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=BROWSER_ARGS
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
        page.goto(path.as_uri(), timeout=300_000)
        page.wait_for_selector(READY, state="attached")
        if select:
            # Who did what where: the node's events with their words, its card, its places.
            (found, *_) = page.evaluate("name => window.kg.search(name)", select) or [None]
            if found is None:
                raise SystemExit(f"no node named {select!r} in the view")
            # The side panel scrolled so that the card, with its events in words, is whole.
            page.evaluate(
                """id => { window.kg.select([id]); window.kg.pin(id);
                           const net = window.kg.network;
                           net.fit({nodes: net.getSelectedNodes(), animation: false});
                           const side = document.getElementById("kg-side");
                           const card = document.getElementById("kg-details");
                           const below = card.getBoundingClientRect().bottom
                                         - side.getBoundingClientRect().bottom;
                           if (below > 0) { side.scrollTop += below; } }""",
                found,
            )
        box = page.locator("#kg-graph").bounding_box()
        if box is not None:
            page.mouse.move(box["x"] + box["width"] - 5, box["y"] + 5)  # no tooltip
        page.wait_for_timeout(300)
        if out.suffix.lower() in (".jpg", ".jpeg"):
            page.screenshot(path=str(out), type="jpeg", quality=80)  # a third of the PNG
        else:
            page.screenshot(path=str(out))
        browser.close()
    print(f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,500,1000,1500,2000,5000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=9, help="Rounds of the interaction rows.")
    parser.add_argument(
        "--compare",
        type=Path,
        help="A checkout of an older kg (a folder): its page of the same graph is timed alongside.",
    )
    parser.add_argument("--corpus", choices=["synthetic", "rams", "both"], default="both")
    parser.add_argument(
        "--rams",
        type=Path,
        default=ROOT.parent / "shared" / "data" / "rams" / "test.jsonlines",
        help="RAMS test.jsonlines (the corpus of issue 17).",
    )
    parser.add_argument("--cache", type=Path, help="Keep kg's RAMS graph in this pickle.")
    parser.add_argument("--at-least", type=int, default=1500, help="Nodes shown at least.")
    parser.add_argument("--only-interaction", action="store_true")
    parser.add_argument("--write", type=Path, help="Replace this benchmark's sections here.")
    parser.add_argument("--screenshot", type=Path, help="Write a screenshot instead.")
    parser.add_argument("--articles", type=Path, help="Screenshot kg build on these articles.")
    parser.add_argument("--select", help="Screenshot with the node of this name selected.")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(args.screenshot, args.articles, args.select)
        return
    from playwright.sync_api import sync_playwright

    command = "python bench/bench_view.py" + " ".join(
        [""]
        + (["--only-interaction"] if args.only_interaction else [f"--sizes {args.sizes}"])
        + ([f"--runs {args.runs}"] if args.runs != 3 and not args.only_interaction else [])
        + ([f"--rounds {args.rounds}"] if args.rounds != 9 else [])
        + ([f"--corpus {args.corpus}"] if args.corpus != "both" else [])
        + ([f"--compare {args.compare.name}"] if args.compare else [])
        + ([f"--write {args.write}"] if args.write else [])
    )
    names = ["synthetic", "rams"] if args.corpus == "both" else [args.corpus]
    if "rams" in names and not args.rams.exists():
        if args.corpus == "rams":
            sys.exit(f"{args.rams}: not found; pass --rams PATH to RAMS test.jsonlines")
        names.remove("rams")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=BROWSER_ARGS
        )
        if not args.only_interaction:
            rows = curve(browser, Path(folder), [int(s) for s in args.sizes.split(",")], args.runs)
            section = table(rows, args.runs, command)
            print(section)
            if args.write:
                write_section(args.write, section)
        corpora = []
        for name in names:
            if name == "synthetic":
                graph = synthetic_graph(2441)  # the size of the corpus in issue 17
                about = (
                    f"the synthetic news-like graph of {graph.number_of_nodes():,}"
                    " entities (tests/browser_fixtures.py); searches for"
                    " 'entity 10', 'entity 11' ..., each matching several names"
                )
            else:
                graph = rams_graph(args.rams, args.cache)
                about = (
                    f"kg's graph of the 871 RAMS test passages ({graph.number_of_nodes():,}"
                    " nodes); searches for the names of shown entities, one a round"
                )
            path, cap, shown = corpus_page(
                browser, graph, Path(folder) / f"{name}.html", args.at_least
            )
            pages = {"this kg": path}
            counts = {"this kg": shown}
            if args.compare:
                label = f"compared: {args.compare.name}"
                old = Path(folder) / f"{name}-old.html"
                pages[label] = older_page(args.compare, graph, cap, old)
                counts[label] = shown_nodes(browser, pages[label])
            about += f"; `max_nodes={cap}`"
            print(f"{name}: max_nodes {cap}, nodes shown {counts}", flush=True)
            if name == "synthetic":
                searches = [f"entity {10 + i}" for i in range(args.rounds)]
            else:
                searches = entity_names(browser, path)
            trouble: dict[str, list[str]] = {page: [] for page in pages}
            results = interaction(browser, pages, args.rounds, searches, trouble)
            about += "; requests and console errors: " + ", ".join(
                f"{page} {len(found)}" for page, found in trouble.items()
            )
            for page, found in trouble.items():
                for line in found[:5]:
                    print(f"{name} {page}: {line}", flush=True)
            corpora.append({"name": name, "results": results, "shown": counts, "about": about})
        browser.close()
    section = interaction_table(corpora, args.rounds, command)
    print(section)
    if args.write:
        write_section(args.write, section, INTERACTION)


if __name__ == "__main__":
    main()
