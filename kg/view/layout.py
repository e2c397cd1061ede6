"""Which nodes a page shows and where: focus, cap and positions, computed in Python.

Large graphs are cut to ``max_nodes`` (the most connected nodes are kept) and
laid out here (networkx's spring layout per component, and a hubs-and-clusters
layout for components of thousands of nodes), so the browser only draws.
"""

from __future__ import annotations

import difflib
import math
from typing import TYPE_CHECKING, Any

from kg.errors import InputError

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Box", "cap", "find_node", "layout", "neighbourhood", "ranking", "spring_layout"]

#: What a node takes up on the canvas, node and label together, relative to
#: its position: ``(dx, dy, half_width, half_height)`` of a rectangle centred
#: at ``(x + dx, y + dy)``.
Box = tuple[float, float, float, float]


def _names(attrs: dict[str, Any]) -> list[str]:
    return [str(attrs.get("label") or ""), *map(str, attrs.get("aliases") or ())]


def find_node(graph: nx.MultiDiGraph, name: str) -> Any:
    """The node whose label or an alias is ``name`` (any case); the most mentioned wins."""
    wanted = name.strip().casefold()
    matches = [
        node
        for node, attrs in graph.nodes(data=True)
        if wanted in {n.casefold() for n in _names(attrs)} or str(node).casefold() == wanted
    ]
    if not matches:
        known = sorted({n for _, attrs in graph.nodes(data=True) for n in _names(attrs) if n})
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
        raise InputError(
            f"focus {name!r} names no node in the graph (labels and aliases are matched,"
            f" ignoring case){hint}",
            argument="focus",
        )
    return max(matches, key=lambda n: (graph.nodes[n].get("mentions") or 0, str(n)))


def neighbourhood(graph: nx.MultiDiGraph, center: Any, hops: int) -> nx.MultiDiGraph:
    import networkx as nx

    reach = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), center, hops)
    return graph.subgraph(reach).copy()


def cap(graph: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """The ``max_nodes`` most connected nodes and the edges between them."""
    return graph.subgraph(ranking(graph)[:max_nodes]).copy()


def ranking(graph: nx.MultiDiGraph) -> list[Any]:
    """The nodes, most connected first (then most mentioned, then by name)."""
    degree = dict(graph.degree())
    return sorted(
        graph.nodes,
        key=lambda n: (-degree[n], -(graph.nodes[n].get("mentions") or 0), str(n)),
    )


def layout(
    graph: nx.Graph | nx.MultiDiGraph, boxes: dict[Any, Box] | None = None
) -> dict[Any, tuple[float, float]]:
    """Positions in vis pixels: each component laid out alone, then packed in rows.

    networkx's spring layout is quick up to a few hundred nodes and is used
    for those components; a larger one is drawn as hubs and their clusters
    (see :func:`_backbone_layout`), which takes well under a second for
    thousands of nodes where the spring layout takes tens of seconds.

    With ``boxes`` (what each node and its label take up), the nodes of a
    spring-laid component are then pushed apart until no two boxes overlap,
    so labels stay readable at any zoom.
    """
    import networkx as nx

    simple = nx.Graph(graph.to_undirected(as_view=True))
    simple.remove_edges_from(nx.selfloop_edges(simple))
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c))))
    blocks: list[tuple[float, dict[Any, tuple[float, float]]]] = []
    for component in components:
        size = len(component)
        if size == 1:
            local = {next(iter(component)): (0.0, 0.0)}
        elif size <= _SPRING_MAX:
            raw = spring_layout(simple.subgraph(component))
            local = {n: (float(p[0]), float(p[1])) for n, p in raw.items()}
        else:
            local = _backbone_layout(simple.subgraph(component))
        radius, placed = _normalise(local, spacing=_SPACING if boxes is None else _TIGHT)
        if boxes is not None and 1 < size <= _SEPARATE_MAX:
            placed = _separate(placed, boxes)
            radius = max(
                max(abs(x) + boxes[n][2], abs(y + boxes[n][1]) + boxes[n][3])
                for n, (x, y) in placed.items()
            )
        elif boxes is not None and size == 1:
            (only,) = placed
            radius = max(radius, boxes[only][2], boxes[only][3] + abs(boxes[only][1]))
        blocks.append((radius, placed))
    return _pack(blocks)


#: Components up to this size get their boxes pushed apart (each round costs
#: the square of the size; beyond it labels are too small to read at a fit anyway).
_SEPARATE_MAX = 320

#: Room left between two boxes, in vis pixels.
_GAP = 4.0


def _separate(
    placed: dict[Any, tuple[float, float]], boxes: dict[Any, Box], *, rounds: int = 200
) -> dict[Any, tuple[float, float]]:
    """Push overlapping boxes apart, along the axis where they overlap least.

    Each round moves every box away from each box it overlaps (with a gap),
    until nothing overlaps. Rounds that run out leave a few boxes just
    touching (about a pixel, on a component of a few hundred nodes): the
    component is then spread from its middle by the least factor that parts
    every such pair (a pair is apart once one axis is), which parts them all
    at once and keeps every other pair apart. The shape of the layout stays:
    nodes only move as far as they must.
    """
    import numpy as np

    nodes = list(placed)
    offset = np.array([[boxes[n][0], boxes[n][1]] for n in nodes])
    half = np.array([[boxes[n][2], boxes[n][3]] for n in nodes]) + _GAP / 2
    # A fixed tiny jitter breaks ties between boxes that sit exactly on top of each other.
    jitter = np.random.default_rng(7).uniform(-0.01, 0.01, offset.shape)
    centre = np.array([placed[n] for n in nodes]) + offset + jitter
    # Only pairs near enough to touch are looked at: those within reach of
    # each other when the pairs were last listed, with a margin; the list is
    # made again once boxes have moved far enough to use the margin up. On a
    # few hundred boxes that is a few per cent of all pairs.
    margin = float(2 * half.max())
    # The x and y columns apart, each contiguous (a pair's rows gathered from an
    # array of two columns cost most of a round): the same numbers, element by
    # element, as when the columns were one array.
    (x, y), (half_x, half_y) = centre.T.copy(), half.T.copy()
    size = len(nodes)
    first = second = np.zeros(0, dtype=int)
    reach_x = reach_y = np.zeros(0)
    travelled = np.inf
    for _ in range(rounds):
        if 2 * travelled >= margin:
            first, second = _near_pairs(x, y, half_x, half_y, margin)
            # How near a listed pair may come on each axis: fixed until it is listed again.
            reach_x = half_x[first] + half_x[second]
            reach_y = half_y[first] + half_y[second]
            travelled = 0.0
        delta_x, delta_y = x[first] - x[second], y[first] - y[second]
        overlap_x, overlap_y = reach_x - np.abs(delta_x), reach_y - np.abs(delta_y)
        hit = np.flatnonzero((overlap_x > 0) & (overlap_y > 0))
        if not len(hit):
            break
        # Only the overlapping pairs push, in the order listed: each box's sum
        # is the one all pairs gave with a 0.0 for each other pair.
        delta_x, delta_y = delta_x[hit], delta_y[hit]
        overlap_x, overlap_y = overlap_x[hit], overlap_y[hit]
        # Move along x where the x overlap is the smaller one, else along y.
        along_x = overlap_x < overlap_y
        push_x, push_y = np.zeros(size), np.zeros(size)
        for ends, sign_x, sign_y in (
            (first[hit], np.where(delta_x >= 0, 1.0, -1.0), np.where(delta_y >= 0, 1.0, -1.0)),
            (second[hit], np.where(-delta_x >= 0, 1.0, -1.0), np.where(-delta_y >= 0, 1.0, -1.0)),
        ):
            # bincount sums each box's pushes (np.add.at does too, ten times slower).
            push_x += np.bincount(ends, np.where(along_x, overlap_x * sign_x, 0.0), size)
            push_y += np.bincount(ends, np.where(~along_x, overlap_y * sign_y, 0.0), size)
        # 0.8 of the summed pushes: the whole push overshoots and oscillates, a
        # push shared among a hub's many overlaps crawls.
        step_x, step_y = 0.8 * push_x, 0.8 * push_y
        x, y = x + step_x, y + step_y
        travelled += max(float(np.abs(step_x).max()), float(np.abs(step_y).max()))
    else:
        spread = _spread_apart(np.column_stack((x, y)), half - _GAP / 2)
        x, y = spread[:, 0], spread[:, 1]
    moved_x, moved_y = (x - offset[:, 0]).tolist(), (y - offset[:, 1]).tolist()
    return {n: (moved_x[i], moved_y[i]) for i, n in enumerate(nodes)}


def _near_pairs(x: Any, y: Any, half_x: Any, half_y: Any, margin: float) -> tuple[Any, Any]:
    """The pairs of boxes (``i < j``) less than ``margin`` apart on both axes."""
    import numpy as np

    near = np.abs(x[:, None] - x[None, :]) < half_x[:, None] + half_x[None, :] + margin
    near &= np.abs(y[:, None] - y[None, :]) < half_y[:, None] + half_y[None, :] + margin
    first, second = np.nonzero(np.triu(near, 1))
    return first, second


def _spread_apart(centre: Any, half: Any) -> Any:
    """Box centres scaled from their middle until no two boxes overlap.

    A pair overlapping by ``need - |delta|`` on both axes is apart once
    ``factor * |delta| >= need`` on one of them; scaling every centre by the
    largest such factor keeps pairs already apart apart (distances only grow).
    """
    import numpy as np

    delta = np.abs(centre[:, None, :] - centre[None, :, :])
    need = half[:, None, :] + half[None, :, :]
    hit = (need[..., 0] > delta[..., 0]) & (need[..., 1] > delta[..., 1])
    np.fill_diagonal(hit, False)
    if not hit.any():
        return centre
    with np.errstate(divide="ignore"):
        factors = np.minimum(need[..., 0] / delta[..., 0], need[..., 1] / delta[..., 1])
    factor = float(factors[hit].max()) * 1.001  # and a hair more, for rounding
    middle = centre.mean(axis=0)
    return middle + (centre - middle) * factor


#: Components up to this size get networkx's spring layout.
_SPRING_MAX = 300


def spring_layout(graph: nx.Graph, *, iterations: int = 80, seed: int = 7) -> dict[Any, Any]:
    """``networkx.spring_layout(graph, seed=seed, iterations=iterations)``, to the same bits,
    for a graph of 2 to 499 nodes (networkx's dense Fruchterman-Reingold).

    The same steps on the same arrays, but for each pair's distance and each
    node's step length: networkx takes them with ``np.linalg.norm(..., axis=-1)``,
    a reduction over an axis of two, which is most of a round's time; here they
    are ``sqrt(x * x + y * y)``, the same two squares added in the same order (a
    reduction of two numbers is their sum), so the same floats. On the 250 ECB+
    articles' components this is about a quarter less CPU for the view.

    Each n-by-n array is held transposed (``[j, i]`` for the pair ``i, j``) and
    the x and y differences apart: networkx's ``pos[:, None, :] - pos[None, :, :]``
    works along an axis of two and its ``einsum`` over ``j`` strides by two. Here
    each node's force is summed down the first axis, which numpy adds one row
    after another, as that ``einsum`` adds ``delta[i, j] * force[i, j]`` for
    ``j = 0, 1, ...``: the same products added in the same order, in arrays made
    once. Two to three times quicker on a component of 250 nodes.
    """
    import networkx as nx
    import numpy as np

    adjacency = nx.to_numpy_array(graph, weight="weight")
    count = len(adjacency)
    pos = np.asarray(np.random.RandomState(seed).rand(count, 2), dtype=adjacency.dtype)
    k = np.sqrt(1.0 / count)
    t = max(max(pos.T[0]) - min(pos.T[0]), max(pos.T[1]) - min(pos.T[1])) * 0.1
    dt = t / (iterations + 1)
    across = np.ascontiguousarray(adjacency.T)
    dx, dy, distance, force = (np.empty((count, count), dtype=pos.dtype) for _ in range(4))
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        np.subtract(x[np.newaxis, :], x[:, np.newaxis], out=dx)
        np.subtract(y[np.newaxis, :], y[:, np.newaxis], out=dy)
        # distance = sqrt(dx * dx + dy * dy), at least 0.01
        np.multiply(dx, dx, out=distance)
        np.multiply(dy, dy, out=force)
        np.add(distance, force, out=distance)
        np.sqrt(distance, out=distance)
        np.clip(distance, 0.01, None, out=distance)
        # force = k * k / distance**2 - adjacency * distance / k
        np.square(distance, out=force)
        np.divide(k * k, force, out=force)
        np.multiply(across, distance, out=distance)
        np.divide(distance, k, out=distance)
        np.subtract(force, distance, out=force)
        # displacement = einsum("ijk,ij->ik", delta, force)
        displacement = np.empty((count, 2), dtype=pos.dtype)
        np.add.reduce(np.multiply(dx, force, out=dx), axis=0, out=displacement[:, 0])
        np.add.reduce(np.multiply(dy, force, out=dy), axis=0, out=displacement[:, 1])
        length = np.clip(_lengths(displacement), a_min=0.01, a_max=None)
        delta_pos = np.einsum("ij,i->ij", displacement, t / length)
        pos += delta_pos
        t -= dt
        if (np.linalg.norm(delta_pos) / count) < 1e-4:
            break
    return dict(zip(graph, nx.rescale_layout(pos, scale=1) + np.zeros(2), strict=True))


def _lengths(vectors: Any) -> Any:
    """The length of each 2-d vector along the last axis, as ``np.linalg.norm(axis=-1)``."""
    import numpy as np

    square = vectors * vectors
    return np.sqrt(square[..., 0] + square[..., 1])


#: Typical distance between neighbouring nodes, in vis pixels.
_SPACING = 70.0

#: The same before boxes are pushed apart (which spreads them as far as they need).
_TIGHT = 30.0


def _normalise(
    local: dict[Any, tuple[float, float]], *, spacing: float = _SPACING
) -> tuple[float, dict[Any, tuple[float, float]]]:
    """Centre a component on the origin, scaled so nodes are about ``_SPACING`` apart."""
    size = len(local)
    if size == 1:
        return 30.0, {n: (0.0, 0.0) for n in local}
    xs = [p[0] for p in local.values()]
    ys = [p[1] for p in local.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    radius = spacing * max(math.sqrt(size) * 0.9, 1.0)
    scale = 2 * radius / span
    return radius, {n: ((x - cx) * scale, (y - cy) * scale) for n, (x, y) in local.items()}


def _pack(
    blocks: list[tuple[float, dict[Any, tuple[float, float]]]],
) -> dict[Any, tuple[float, float]]:
    # Shelf packing: the largest component first, then rows of smaller islands.
    positions: dict[Any, tuple[float, float]] = {}
    total = sum((2 * r + 40) ** 2 for r, _ in blocks)
    # Rows about 1.6 times as wide as the stack is high, like the drawing area.
    width = max(math.sqrt(total * 1.6) * 1.1, 2 * blocks[0][0] + 40 if blocks else 0.0)
    x = y = row_height = 0.0
    for radius, local in blocks:
        side = 2 * radius + 40.0
        if x > 0 and x + side > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in local.items():
            positions[node] = (round(x + radius + px, 1), round(y + radius + py, 1))
        x += side
        row_height = max(row_height, side)
    return positions


def _backbone_layout(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """A quick layout for a large connected graph: hubs by springs, the rest around them.

    The ``_SPRING_MAX`` best-connected nodes are hubs. Every other node joins
    the cluster of its nearest hub (breadth-first from all hubs at once); the
    hubs are laid out by the spring layout of the graph of touching clusters,
    spread out by cluster size, and each cluster is a sunflower disc around
    its hub, nearest members innermost.
    """
    import networkx as nx

    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n), str(n)))
    hubs = ranked[:_SPRING_MAX]
    owner: dict[Any, Any] = {hub: hub for hub in hubs}
    members: dict[Any, list[Any]] = {hub: [] for hub in hubs}
    frontier = list(hubs)
    while frontier:
        following = []
        for node in frontier:
            for neighbour in sorted(graph[node], key=str):
                if neighbour not in owner:
                    owner[neighbour] = owner[node]
                    members[owner[node]].append(neighbour)
                    following.append(neighbour)
        frontier = following
    quotient = nx.Graph()
    quotient.add_nodes_from(hubs)
    quotient.add_edges_from((owner[u], owner[v]) for u, v in graph.edges if owner[u] != owner[v])
    radius = {hub: math.sqrt(len(members[hub]) + 1) for hub in hubs}
    raw = spring_layout(quotient)
    # Spread the hubs until most touching clusters no longer overlap.
    needs = sorted(
        (radius[a] + radius[b]) / max(math.dist(raw[a], raw[b]), 1e-6) for a, b in quotient.edges
    )
    scale = needs[int(len(needs) * 0.8)] if needs else 1.0
    golden = math.pi * (3 - math.sqrt(5))
    positions: dict[Any, tuple[float, float]] = {}
    for hub in hubs:
        hx, hy = float(raw[hub][0]) * scale, float(raw[hub][1]) * scale
        positions[hub] = (hx, hy)
        for index, node in enumerate(members[hub], start=1):
            r = math.sqrt(index)
            positions[node] = (hx + r * math.cos(index * golden), hy + r * math.sin(index * golden))
    return positions
