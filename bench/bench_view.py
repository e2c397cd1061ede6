"""Time from opening the HTML view to a drawn, still graph, by node count, in headless Chromium.

Run by hand, never by the test suite:

    python bench/bench_view.py                       # the curve, printed
    python bench/bench_view.py --write docs/benchmarks.md
    python bench/bench_view.py --screenshot docs/screenshot.png [--articles data/articles]

"Still" is the page's own ready flag (``data-kg-ready``): set when the short
hidden physics run of a small graph ends and physics is switched off, or when
the first frame of a large graph (laid out in Python, physics off) is drawn.
The time is ``performance.now()`` at that moment, i.e. from navigation start;
the wall time adds Playwright's round trips. Each size is the median of runs
in fresh pages. Graphs are synthetic and news-like (hubs with many leaves and
some cross links, about 1.25 edges per node), from tests/browser_fixtures.py.
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

SECTION = "## HTML view: time to a still graph"
LOAD_AT_START = os.getloadavg()[0]
READY = "html[data-kg-ready=true]"


def measure(browser: Any, path: Path, runs: int) -> tuple[float, float]:
    """Median in-page time to still and median wall time, in seconds."""
    page_times, wall_times = [], []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        started = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector(READY, state="attached", timeout=300_000)
        wall_times.append(time.perf_counter() - started)
        page_times.append(page.evaluate("window.kg.readyAt") / 1000)
        context.close()
    return statistics.median(page_times), statistics.median(wall_times)


def curve(sizes: list[int], runs: int) -> list[dict[str, Any]]:
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=BROWSER_ARGS
        )
        render_html(synthetic_graph(50))  # warm up: imports, vis-network read once
        cases = [(n, n) for n in sizes] + [(max(sizes), 1500)]
        for n, cap in cases:
            graph = synthetic_graph(n)
            started = time.perf_counter()
            html = render_html(graph, max_nodes=cap)
            render = time.perf_counter() - started
            path = write_html(html, Path(folder) / f"view-{n}-{cap}.html")
            still, wall = measure(browser, path, runs)
            shown = min(n, cap)
            rows.append(
                {
                    "nodes": n, "shown": shown, "edges": graph.number_of_edges(),
                    "render": render, "still": still, "wall": wall,
                    "size": path.stat().st_size / 1e6,
                }
            )
            print(
                f"{n:>6} nodes ({shown:>5} shown): python {render:5.2f} s, "
                f"still {still:5.2f} s, wall {wall:5.2f} s, {rows[-1]['size']:.1f} MB",
                flush=True,
            )
        browser.close()
    return rows


def table(rows: list[dict[str, Any]], runs: int, command: str) -> str:
    chromium = subprocess.run(
        [shutil.which("chromium") or "chromium", "--version"],
        capture_output=True, text=True, check=False,
    ).stdout.split(" built")[0].strip()
    lines = [
        SECTION,
        "",
        f"Command: `{command}` (median of {runs} fresh pages per row; {chromium}, headless,",
        f"`--disable-gpu`; Python {platform.python_version()}; {platform.machine()},"
        f" {os.cpu_count()} CPUs, load average {LOAD_AT_START:.1f} at the start).",
        "",
        "*Still* is the page's ready flag, from navigation start: graphs up to 300 nodes get a",
        "short hidden physics run from the Python layout and then physics is switched off;",
        "larger ones are drawn as laid out in Python (spring layout per component up to",
        "300 nodes, hubs-and-clusters beyond), physics off. *Python* is `render_html`",
        "(layout and page). The last row is the default `--max-nodes 1500` cap on the",
        "largest graph. Target: 5,000 nodes drawn and still within 5 s.",
        "",
        "| nodes | shown | edges | Python render (s) | still in page (s) | wall (s) | page (MB) |",
        "|------:|------:|------:|------------------:|------------------:|---------:|----------:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['nodes']:,} | {r['shown']:,} | {r['edges']:,} | {r['render']:.2f} |"
            f" {r['still']:.2f} | {r['wall']:.2f} | {r['size']:.1f} |"
        )
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str) -> None:
    """Replace this benchmark's section of ``path``, leaving the others alone."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def screenshot(out: Path, articles: Path | None) -> None:
    """A picture of the view of a small news graph, an edge clicked to show its evidence."""
    from playwright.sync_api import sync_playwright

    if articles is not None:
        import kg

        graph = kg.build([articles]).to_networkx()
        title = f"kg — {articles}"
    else:
        graph = to_networkx(*story())
        title = "Russian forces close in on Kyiv — two articles"
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        path = write_html(render_html(graph, title=title), Path(folder) / "view.html")
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=BROWSER_ARGS
        )
        page = browser.new_page(viewport={"width": 1400, "height": 820}, device_scale_factor=1)
        page.goto(path.as_uri())
        page.wait_for_selector(READY, state="attached")
        # Show an edge's details: click the edge whose middle is clearest of nodes.
        x, y = page.evaluate(
            """() => {
                const net = window.kg.network, pos = net.getPositions();
                const points = Object.values(pos);
                let best = null, bestGap = -1;
                window.kg.edges.forEach(e => {
                    if (e.from === e.to || e.smooth || e.dashes) { return; }
                    const m = {x: (pos[e.from].x + pos[e.to].x) / 2,
                               y: (pos[e.from].y + pos[e.to].y) / 2};
                    const gap = Math.min(...points.map(p => Math.hypot(p.x - m.x, p.y - m.y)));
                    if (gap > bestGap) { bestGap = gap; best = m; }
                });
                const q = net.canvasToDOM(best);
                const r = document.getElementById("kg-graph").getBoundingClientRect();
                return [r.left + q.x, r.top + q.y];
            }"""
        )
        page.mouse.click(x, y)
        box = page.locator("#kg-graph").bounding_box()
        page.mouse.move(box["x"] + box["width"] - 5, box["y"] + 5)  # off the graph: no tooltip
        page.wait_for_timeout(300)
        page.screenshot(path=str(out))
        browser.close()
    print(f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,500,1000,2000,5000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", type=Path, help="Replace this benchmark's section here.")
    parser.add_argument("--screenshot", type=Path, help="Write a screenshot instead.")
    parser.add_argument("--articles", type=Path, help="Screenshot kg build on these articles.")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(args.screenshot, args.articles)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = curve(sizes, args.runs)
    command = "python bench/bench_view.py" + (f" --write {args.write}" if args.write else "")
    section = table(rows, args.runs, command)
    print(section)
    if args.write:
        write_section(args.write, section)


if __name__ == "__main__":
    main()
