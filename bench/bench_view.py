"""The HTML view in headless Chromium: time to a drawn graph, and search, filters, selection.

Run by hand, never by the test suite:

    python bench/bench_view.py                       # both tables, printed
    python bench/bench_view.py --write docs/benchmarks.md
    python bench/bench_view.py --only-interaction --compare OLD.html   # side by side
    python bench/bench_view.py --screenshot docs/screenshot.jpg [--articles DIR --select NAME]

"Drawn" is the page's own ready flag (``data-kg-ready``), set once the first
frame is drawn (the layout is Python's; the page runs no physics). The time is
``performance.now()`` at that moment, i.e. from navigation start; the wall time
adds Playwright's round trips. Each size is the median of runs in fresh pages.
Graphs are synthetic and news-like (hubs with many leaves and some cross links,
about 1.25 events per entity), from tests/browser_fixtures.py; the page draws
an entity per node and a small node per event, capped at ``max_nodes`` in all.

The interaction rows time, in one page at 1,500 nodes shown, a search
(``window.kg.search``, else typing into the box), a class toggle and a
selection, each from just before the action until two frames later (the
action's own work and the redraw it causes), median of several rounds.
``--compare PAGE`` measures another page (say, one an older kg rendered of the
same graph) alternately with this one.
"""

from __future__ import annotations

import argparse
import os
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
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser_fixtures import BROWSER_ARGS, story, synthetic_graph  # noqa: E402

from kg.network import to_networkx  # noqa: E402
from kg.view import render_html, write_html  # noqa: E402

SECTION = "## HTML view: time to a drawn graph"
INTERACTION = "## HTML view: search, filters and selection at 1,500 nodes shown"

#: An action and the two frames after it, timed in the page.
TIMED = """async ([what, arg]) => {
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  await frame();
  const t0 = performance.now();
  if (what === "search") {
    if (window.kg.search) { window.kg.search(arg); }
    else { const s = document.getElementById("kg-search"); s.value = arg;
           s.dispatchEvent(new Event("change")); }
  } else if (what === "nothing") {
    // The floor: the two frames every row waits for, with no action.
  } else if (what === "toggle") {
    document.querySelector("#kg-kinds input[value=" + arg + "]").click();
  } else {
    const net = window.kg.network;
    if (window.kg.select) { window.kg.select([arg]); } else {
      const p = net.canvasToDOM(net.getPositions([arg])[arg]);
      net.body.emitter.emit("click", { nodes: [arg], edges: [], pointer: { DOM: p } });
    }
  }
  await frame();
  return performance.now() - t0;
}"""
LOAD_AT_START = os.getloadavg()[0]
READY = "html[data-kg-ready=true]"


def measure(browser: Any, path: Path, runs: int) -> tuple[float, float, int]:
    """Median in-page time to drawn and median wall time, in seconds; nodes drawn."""
    page_times, wall_times, drawn = [], [], 0
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        started = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector(READY, state="attached", timeout=300_000)
        wall_times.append(time.perf_counter() - started)
        page_times.append(page.evaluate("window.kg.readyAt") / 1000)
        drawn = int(page.evaluate("window.kg.nodes.length"))
        context.close()
    return statistics.median(page_times), statistics.median(wall_times), drawn


def interaction(
    browser: Any, pages: dict[str, Path], rounds: int
) -> dict[str, dict[str, float]]:
    """Median ms of a search, a class toggle and a selection per page, pages taken in turns."""
    opened = {}
    for name, path in pages.items():
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(path.as_uri())
        page.wait_for_selector(READY, state="attached", timeout=300_000)
        opened[name] = page
    times: dict[str, dict[str, list[float]]] = {
        name: {"search": [], "toggle": [], "select": [], "redraw": [], "nothing": []}
        for name in pages
    }
    # Entities each page shows (every page of the same graph shows these first ones).
    shown = {
        name: page.evaluate(
            "window.kg.views.nodes.getIds().filter(id => !id.startsWith('event/'))"
        )
        for name, page in opened.items()
    }
    for i in range(rounds):
        for name, page in opened.items():
            # Names that match several nodes ("Entity 12" is in "Entity 120" ...).
            times[name]["search"].append(page.evaluate(TIMED, ["search", f"entity {10 + i}"]))
            times[name]["toggle"].append(page.evaluate(TIMED, ["toggle", "place"]))
            node = shown[name][(7 * i) % len(shown[name])]
            times[name]["select"].append(page.evaluate(TIMED, ["select", node]))
            times[name]["nothing"].append(page.evaluate(TIMED, ["nothing", None]))
            # The floor: one synchronous redraw of what is shown, as vis-network draws it.
            times[name]["redraw"].append(page.evaluate(
                "() => { const t = performance.now(); window.kg.network.redraw();"
                " return performance.now() - t; }"
            ))
    for page in opened.values():
        page.close()
    return {
        name: {what: statistics.median(values) for what, values in by.items()}
        for name, by in times.items()
    }


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
                "nodes": n, "shown": shown, "edges": graph.number_of_edges(),
                "render": render, "still": still, "wall": wall,
                "size": path.stat().st_size / 1e6,
            }
        )
        print(
            f"{n:>6} entities ({shown:>5} nodes drawn): python {render:5.2f} s, "
            f"drawn {still:5.2f} s, wall {wall:5.2f} s, {rows[-1]['size']:.1f} MB",
            flush=True,
        )
    return rows


def interaction_page(folder: Path) -> tuple[Path, int]:
    """This kg's page of the synthetic corpus graph at the default cap, and its node count."""
    graph = synthetic_graph(2441)  # the size of the corpus in issue 17
    path = write_html(render_html(graph, max_nodes=1500), folder / "interaction.html")
    return path, graph.number_of_nodes()


def _chromium() -> str:
    return subprocess.run(
        [shutil.which("chromium") or "chromium", "--version"],
        capture_output=True, text=True, check=False,
    ).stdout.split(" built")[0].strip()


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


def interaction_table(
    results: dict[str, dict[str, float]], rounds: int, command: str, entities: int, drawn: int
) -> str:
    lines = [
        INTERACTION,
        "",
        f"Command: `{command}` (median of {rounds} rounds, pages taken in turns; {_machine()}).",
        "",
        f"One page of the synthetic corpus graph ({entities:,} entities) at the default cap:",
        f"{drawn:,} nodes shown (entities and events). Each time runs from just before the",
        "action until two frames later, so it holds the action's work and the redraw it causes.",
        "Target: 100 ms or less. *One redraw* is a single synchronous `network.redraw()` of",
        "the shown graph, and *two frames* the same timing with no action at all: together",
        "the floor under any of them, since each ends in a redraw and waits two frames.",
        "",
        "| page | search (ms) | class toggle (ms) | selection (ms) | one redraw (ms) |"
        " two frames (ms) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['search']:.0f} | {r['toggle']:.0f} | {r['select']:.0f} |"
            f" {r['redraw']:.0f} | {r['nothing']:.0f} |"
        )
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
        page.goto(path.as_uri())
        page.wait_for_selector(READY, state="attached")
        if select:
            # Who did what where: the node's events with their words, its card, its places.
            (found, *_) = page.evaluate("name => window.kg.search(name)", select) or [None]
            if found is None:
                raise SystemExit(f"no node named {select!r} in the view")
            page.evaluate(
                """id => { window.kg.select([id]); window.kg.pin(id);
                           const net = window.kg.network;
                           net.fit({nodes: net.getSelectedNodes(), animation: false}); }""",
                found,
            )
        box = page.locator("#kg-graph").bounding_box()
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
    parser.add_argument("--compare", type=Path, help="Another page to time alongside.")
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
        + ([f"--compare {args.compare.name}"] if args.compare else [])
        + ([f"--write {args.write}"] if args.write else [])
    )
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
        path, entities = interaction_page(Path(folder))
        pages = {"this kg": path}
        if args.compare:
            pages[f"compared: {args.compare.name}"] = args.compare.resolve()
        results = interaction(browser, pages, args.rounds)
        check = browser.new_page()
        check.goto(path.as_uri())
        check.wait_for_selector(READY, state="attached", timeout=300_000)
        drawn = int(check.evaluate("window.kg.nodes.length"))
        browser.close()
    section = interaction_table(results, args.rounds, command, entities, drawn)
    print(section)
    if args.write:
        write_section(args.write, section, INTERACTION)


if __name__ == "__main__":
    main()
