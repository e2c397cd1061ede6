
(function () {
  "use strict";
  // Marks on the performance timeline let bench/bench_view.py see where time goes.
  performance.mark("kg-start");
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-parsed");
  var meta = data.meta, styles = data.styles, roles = data.roles;
  var big = meta.big;
  // readyAt: milliseconds from navigation start until the graph is drawn.
  var state = { ready: false, readyAt: null };
  window.kg = state;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function clip(text, n) {
    text = String(text);
    return text.length > n ? text.slice(0, n - 1) + "\u2026" : text;
  }
  function docName(id) {
    // "Headline — Site, 2024-03-04 (id)": which article, where and when.
    var d = meta.documents[id];
    if (!d) { return id; }
    var about = [d.site, d.date].filter(Boolean).join(", ");
    var name = d.title || (about ? "" : id);
    if (about) { name = name ? name + " — " + about : about; }
    return name === id ? id : name + " (" + id + ")";
  }
  var EVENT_STYLE = { label: "Event", color: "#5b6670", shape: "dot" };
  function kindStyle(kind) { return kind === "event" ? EVENT_STYLE : styles[kind]; }

  // ---------------------------------------------------------------- the data
  var info = new Map(), linkInfo = new Map();
  var linksOf = new Map();  // node id -> the links that touch it
  data.nodes.forEach(function (n) { info.set(n.id, n); linksOf.set(n.id, []); });
  data.links.forEach(function (l) {
    linkInfo.set(l.id, l);
    linksOf.get(l.from).push(l);
    if (l.to !== l.from) { linksOf.get(l.to).push(l); }
  });
  var events = data.nodes.filter(function (n) { return n.kind === "event"; });
  var entities = data.nodes.filter(function (n) { return n.kind !== "event"; });
  // Who plays which role in an event, for cards and lines.
  function rolesOf(e) {
    var r = { actor: [], target: [], location: [], destination: [], origin: [], source: [],
              figure: [] };
    linksOf.get(e.id).forEach(function (l) {
      r[l.role].push(info.get(l.from === e.id ? l.to : l.from));
    });
    return r;
  }
  function labels(list) { return list.map(function (n) { return n.label; }); }
  var PLACE_WORD = { location: "in", destination: "to", origin: "from" };
  function summary(e) {
    // "Russian forces → advance → Kyiv · from Crimea": the event in one line.
    var r = rolesOf(e);
    var parts = [];
    if (r.actor.length) { parts.push(labels(r.actor).join(", ")); }
    parts.push(e.label);
    if (r.target.length) { parts.push(labels(r.target).join(", ")); }
    else if (e.object) { parts.push(e.object); }
    var line = parts.join(" \u2192 ");
    var where = [];
    ["location", "destination", "origin"].forEach(function (role) {
      r[role].forEach(function (p) { where.push(PLACE_WORD[role] + " " + p.label); });
    });
    if (where.length) { line += " \u00b7 " + where.join(", "); }
    return line;
  }

  // ---------------------------------------------------------------- how nodes look
  var FADE = "#e9ecee";
  function nodeColor(n) {
    if (n.kind === "event") {
      if (n.asserted) {
        return { background: n.color, border: n.color,
                 highlight: { background: n.color, border: "#1d2329" },
                 hover: { background: n.color, border: "#1d2329" } };
      }
      // Negated: a hollow red ring; otherwise not asserted: a hollow grey ring.
      var ring = n.negated ? "#b3261e" : "#8a949c";
      return { background: "#ffffff", border: ring,
               highlight: { background: "#ffffff", border: "#1d2329" },
               hover: { background: "#ffffff", border: "#1d2329" } };
    }
    if (n.kind === "figure") {
      var f = styles.figure.color;
      return { background: "#f6e4ee", border: f,
               highlight: { background: "#f6e4ee", border: "#1d2329" },
               hover: { background: "#f6e4ee", border: "#1d2329" } };
    }
    var c = styles[n.kind].color;
    return { background: c, border: c, highlight: { background: c, border: "#1d2329" },
             hover: { background: c, border: "#1d2329" } };
  }
  // Event labels show when zoomed in (their font is small, so vis skips them at
  // the default fit) or for the selected neighbourhood.
  var EVENT_THRESHOLD = 12, EVENT_LABEL_SIZE = 10;
  function visNode(n) {
    var item = { id: n.id, x: n.x, y: n.y, color: nodeColor(n), size: n.size,
                 font: { size: n.font } };
    if (n.kind === "event") {
      item.label = clip(n.label, 28);
      item.shape = "dot";
      item.borderWidth = n.asserted ? 1 : 2;
      item.font = { size: n.font, color: "#3d4852", strokeWidth: 3, strokeColor: "#fbfbfa" };
      item.scaling = { label: { drawThreshold: EVENT_THRESHOLD } };
    } else if (n.kind === "figure") {
      item.label = clip(n.label, 28);
      item.shape = "box";
      item.margin = 6;
      item.font = { size: n.font, color: "#1d2329", strokeWidth: 0 };
    } else {
      item.label = clip(n.label, 40);
      item.shape = styles[n.kind].shape;
    }
    return item;
  }
  function visLink(l) {
    // No vis arrowheads: kg draws them all at once after vis draws (see drawArrowheads).
    var s = roles[l.role];
    return { id: l.id, from: l.from, to: l.to, width: s.width, dashes: s.dashes,
             color: { color: s.color, highlight: "#1d2329", hover: "#1d2329" } };
  }

  // ---------------------------------------------------------------- filters
  var filters = { kinds: new Set(Object.keys(styles)), source: "", document: "", type: "",
                  min: 0, unasserted: false, context: false, from: null, to: null };
  var visibleNodes = new Set(), visibleEvents = new Set();
  function eventPasses(e) {
    if (!e.asserted && !filters.unasserted) { return false; }
    if (filters.source && e.source !== filters.source) { return false; }
    if (filters.document && e.document !== filters.document) { return false; }
    // A family ("Attack") passes its subtypes ("Shelling") too.
    if (filters.type && e.type !== filters.type && e.family !== filters.type) { return false; }
    // An event passes a time range its days overlap (a year-only date is the whole year).
    if (filters.from !== null && (!e.day || e.until < filters.from || e.day > filters.to)) {
      return false;
    }
    return true;
  }
  function entityPasses(n) {
    if (!filters.kinds.has(n.kind)) { return false; }
    if (n.context && !filters.context) { return false; }
    if (n.kind !== "figure" && n.mentions < filters.min) { return false; }
    return true;
  }
  function recompute() {
    // Event filters narrow the entities to those of the events that pass.
    var narrowed = filters.source || filters.document || filters.type || filters.from !== null;
    visibleNodes = new Set();
    visibleEvents = new Set();
    var passing = new Set();
    entities.forEach(function (n) { if (entityPasses(n)) { passing.add(n.id); } });
    var reached = new Set();
    events.forEach(function (e) {
      if (!eventPasses(e)) { return; }
      var shown = false;
      linksOf.get(e.id).forEach(function (l) {
        var other = l.from === e.id ? l.to : l.from;
        if (l.role !== "figure" && passing.has(other)) { shown = true; }
      });
      if (!shown) { return; }
      visibleEvents.add(e.id);
      visibleNodes.add(e.id);
      linksOf.get(e.id).forEach(function (l) {
        reached.add(l.from === e.id ? l.to : l.from);
      });
    });
    entities.forEach(function (n) {
      if (!passing.has(n.id)) { return; }
      if (n.kind === "figure") {
        if (n.event && !visibleEvents.has(n.event)) { return; }
      } else if (narrowed && !reached.has(n.id)) { return; }
      visibleNodes.add(n.id);
    });
  }
  recompute();
  // What is shown is each vis node's "hidden" flag (vis leaves a hidden
  // node's links out itself). A filter flips the flag of only the nodes that
  // change, on vis's own nodes, then has vis list what is shown once: a
  // DataSet update would make vis read each changed node's options again
  // (about 15 microseconds a node, a third of a filter at corpus size).
  var shownNodes = new Set(visibleNodes), shownLinks = 0;
  function countLinks() {
    shownLinks = 0;
    data.links.forEach(function (l) {
      if (visibleNodes.has(l.from) && visibleNodes.has(l.to)) { shownLinks += 1; }
    });
  }
  countLinks();
  var visNodes = data.nodes.map(visNode);
  visNodes.forEach(function (item) { item.hidden = !visibleNodes.has(item.id); });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(data.links.map(visLink));
  state.nodes = nodes;
  state.edges = edges;
  function applyVisibility() {
    var changed = 0;
    data.nodes.forEach(function (n) {
      var now = visibleNodes.has(n.id);
      if (now === shownNodes.has(n.id)) { return; }
      var node = network.body.nodes[n.id];
      if (node) { node.options.hidden = !now; }
      changed += 1;
    });
    shownNodes = new Set(visibleNodes);
    countLinks();
    if (!changed) { return; }
    positions = null;
    revision += 1;  // the kept picture no longer shows what is shown
    // vis lists the shown nodes and links again ("_dataUpdated", what a
    // DataSet update ends with), its redraw held until the next frame.
    network.body.emitter.emit("_blockRedraw");
    try {
      network.body.emitter.emit("_dataUpdated");
    } finally {
      network.body.emitter.emit("_allowRedraw");
    }
    network.body.emitter.emit("_requestRedraw");
  }
  // The shown part, in the shape of a vis DataView (length, get, getIds).
  var nodeView = {
    get length() { return visibleNodes.size; },
    get: function (id) {
      // (The DataSet keeps the "hidden" flag it was made with: filters set vis's own.)
      return visibleNodes.has(id) ? Object.assign(nodes.get(id), { hidden: false }) : null;
    },
    getIds: function () { return Array.from(visibleNodes); }
  };
  var edgeView = {
    get length() { return shownLinks; },
    getIds: function () {
      return data.links.filter(function (l) {
        return visibleNodes.has(l.from) && visibleNodes.has(l.to);
      }).map(function (l) { return l.id; });
    }
  };

  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    // A selected node gets its dark border, not a bold label: a bold label
    // is measured again, for every node of a selected neighbourhood.
    nodes: { borderWidth: 1, chosen: { node: true, label: false },
             font: { size: 14, color: "#1d2329", strokeWidth: 3, strokeColor: "#fbfbfa" } },
    edges: { smooth: false, selectionWidth: 1.5, hoverWidth: 0.5,
             arrows: { to: { enabled: false, scaleFactor: 0.45 } } },
    // Positions come from Python (labels kept apart there): no physics in the page.
    physics: { enabled: false },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   navigationButtons: false, keyboard: false, multiselect: false }
  };
  state.views = { nodes: nodeView, edges: edgeView };
  performance.mark("kg-datasets");
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  state.network = network;
  performance.mark("kg-network");

  // Arrowheads (actor -> event -> target, -> where it went, from where it
  // came, source -> event). vis draws each one alone: a search for the node's
  // border, a save, a fill and a restore per link, a third of a redraw at
  // 1,500 nodes. Here they are one path per colour, drawn after vis draws.
  // Every node an arrow points to is a round-ish shape (dot, square, diamond,
  // triangle: vis takes their border as a circle of the node's size too).
  var arrowLinks = data.links.filter(function (l) { return roles[l.role].arrow; });
  var moving = false, stillTimer = null;
  function startMoving() {
    clearTimeout(stillTimer);
    moving = big;
  }
  // On a big graph vis hides links while the view moves (hideEdgesOnDrag,
  // hideEdgesOnZoom, until 250 ms after the last wheel step): so do their heads.
  network.on("dragStart", startMoving);
  network.on("dragEnd", function () { clearTimeout(stillTimer); moving = false; });
  network.on("zoom", function () {
    startMoving();
    stillTimer = setTimeout(function () {
      moving = false;
      network.body.emitter.emit("_requestRedraw");
    }, 250);
  });
  // Where the shown nodes are (vis gives only those): read again after a
  // node is dragged or a filter changes what is shown.
  var positions = null;
  network.on("dragging", function () { positions = null; });
  network.on("dragEnd", function () { positions = null; });
  function drawArrowheads(ctx, marked) {
    // All heads in their role's colour, or (marked: the selected and hovered
    // links) only those, dark, over the kept picture of the graph.
    if (!positions) { positions = network.getPositions(); }
    var heads = new Map();  // colour -> flat list of triangle corners
    arrowLinks.forEach(function (l) {
      if (marked && !marked.has(l.id)) { return; }
      if (!visibleNodes.has(l.from) || !visibleNodes.has(l.to)) { return; }
      var a = positions[l.from], b = positions[l.to];
      if (!a || !b) { return; }
      var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy);
      var s = roles[l.role];
      var border = info.get(l.to).size + 1;
      if (d <= border) { return; }
      var ux = dx / d, uy = dy / d;
      var length = 15 * 0.45 + 3 * s.width, half = 0.3 * length;  // vis's own arrow size
      var tipX = b.x - ux * border, tipY = b.y - uy * border;
      var baseX = tipX - ux * length, baseY = tipY - uy * length;
      var color = marked ? "#1d2329" : s.color;
      var corners = heads.get(color);
      if (!corners) { corners = []; heads.set(color, corners); }
      corners.push(tipX, tipY, baseX - uy * half, baseY + ux * half,
                   baseX + uy * half, baseY - ux * half);
    });
    heads.forEach(function (c, color) {
      ctx.beginPath();
      for (var i = 0; i < c.length; i += 6) {
        ctx.moveTo(c[i], c[i + 1]);
        ctx.lineTo(c[i + 2], c[i + 3]);
        ctx.lineTo(c[i + 4], c[i + 5]);
      }
      ctx.fillStyle = color;
      ctx.fill();  // closes each triangle
    });
  }

  // ---------------------------------------------------------------- the kept picture
  // vis draws every link, node and label on each redraw: at 1,500 nodes that
  // is tens of milliseconds of script and as much again to paint without a
  // GPU. A selection, a search or a hover changes a few nodes and links, so
  // the graph as it looks with nothing selected is kept as a picture (a second
  // canvas), and a redraw copies it in one call and draws only the selected
  // and hovered nodes and links over it (vis draws those last anyway). When
  // what the picture shows changes (the view moved or was resized, a filter,
  // a dragged node), the next redraw draws everything, as vis would, and the
  // picture is painted again once the page is idle. While the view moves, vis
  // draws as it always does.
  var renderer = network.renderer, visCanvas = network.canvas, body = network.body;
  var drawEverything = renderer._redraw;
  var picture = { canvas: document.createElement("canvas"), key: null, pending: false };
  var revision = 0;
  function changed() { revision += 1; }
  nodes.on("*", changed);
  edges.on("*", changed);
  network.on("dragEnd", changed);
  function pictureKey() {
    var c = visCanvas.frame.canvas, v = body.view;
    return [c.width, c.height, visCanvas.pixelRatio, v.scale, v.translation.x,
            v.translation.y, revision].join();
  }
  function toView(ctx) {
    ctx.translate(body.view.translation.x, body.view.translation.y);
    ctx.scale(body.view.scale, body.view.scale);
  }
  function marks() {
    // The nodes and links drawn over the picture: selected, then hovered (vis's order).
    var out = { nodes: [], hovered: [], edges: [] };
    body.nodeIndices.forEach(function (id) {
      var n = body.nodes[id];
      if (n.hover) { out.hovered.push(n); } else if (n.selected) { out.nodes.push(n); }
    });
    body.edgeIndices.forEach(function (id) {
      var e = body.edges[id];
      if (e.connected && (e.selected || e.hover)) { out.edges.push(e); }
    });
    return out;
  }
  // Drawing everything in a few paths. vis draws a link at a time (a path
  // and a stroke each) and a node at a time (its size checked, a save, a
  // fill, a restore, a save, a stroke, a restore): thousands of canvas calls
  // at 1,500 nodes, each recorded and then painted one by one. Here every
  // link of one role is one path with one stroke, and every node of one look
  // (shape, fill, border) one path, filled once (see OUTLINES); labels are
  // still vis's own, and each node's box (what a click hits) is kept up to
  // date as vis keeps it (docs/view.md).
  var roleOfLink = new Map();
  data.links.forEach(function (l) { roleOfLink.set(l.id, roles[l.role]); });
  function drawLinks(ctx) {
    var scale = body.view.scale, byRole = new Map(), ids = body.edgeIndices;
    for (var i = 0; i < ids.length; i += 1) {
      var e = body.edges[ids[i]];
      if (!e.connected) { continue; }
      var s = roleOfLink.get(e.id);
      if (!s) { e.draw(ctx); continue; }  // not one of kg's links: vis draws it
      var ends = byRole.get(s);
      if (!ends) { ends = []; byRole.set(s, ends); }
      ends.push(e.from.x, e.from.y, e.to.x, e.to.y);
    }
    byRole.forEach(function (ends, s) {
      ctx.beginPath();
      for (var j = 0; j < ends.length; j += 4) {
        ctx.moveTo(ends[j], ends[j + 1]);
        ctx.lineTo(ends[j + 2], ends[j + 3]);
      }
      ctx.strokeStyle = s.color;
      ctx.lineWidth = Math.max(s.width, 0.3 / scale);  // vis's thinnest line: 0.3 px
      ctx.lineCap = "round";
      ctx.setLineDash(s.dashes || []);
      ctx.stroke();
    });
    ctx.setLineDash([]);
  }
  // vis's outlines of its shapes, as subpaths of one path, grown by `d` (half
  // a border's width): a node whose border is its fill's colour (every
  // entity, every asserted event) is one fill of its outline grown so, which
  // covers what vis's fill and stroke cover (the border's outer edge, mitred).
  var SQRT3 = Math.sqrt(3);
  var OUTLINES = {
    dot: function (ctx, x, y, r, d) {
      ctx.moveTo(x + r + d, y);
      ctx.arc(x, y, r + d, 0, 2 * Math.PI);
    },
    square: function (ctx, x, y, r, d) { ctx.rect(x - r - d, y - r - d, 2 * (r + d), 2 * (r + d)); },
    diamond: function (ctx, x, y, r, d) {
      r += d * Math.SQRT2;
      ctx.moveTo(x, y + r);
      ctx.lineTo(x + r, y);
      ctx.lineTo(x, y - r);
      ctx.lineTo(x - r, y);
      ctx.closePath();
    },
    triangle: function (ctx, x, y, r, d) {
      // vis: sides of 2.3 r around the point 0.316 r below the node's centre.
      var side = 1.15 * r, middle = y + 0.275 * side, out = 2 * side / SQRT3 + 2 * d;
      ctx.moveTo(x, middle - out);
      ctx.lineTo(x + out * SQRT3 / 2, middle + out / 2);
      ctx.lineTo(x - out * SQRT3 / 2, middle + out / 2);
      ctx.closePath();
    },
    box: function (ctx, x, y, r, d, shape, radius) {
      // A rounded box around the label (vis's roundRect).
      var left = shape.left - d, top = shape.top - d;
      var w = shape.width + 2 * d, h = shape.height + 2 * d;
      radius = Math.min(radius + d, w / 2, h / 2);
      ctx.moveTo(left + radius, top);
      ctx.arcTo(left + w, top, left + w, top + h, radius);
      ctx.arcTo(left + w, top + h, left, top + h, radius);
      ctx.arcTo(left, top + h, left, top, radius);
      ctx.arcTo(left, top, left + w, top, radius);
      ctx.closePath();
    }
  };
  function labelShows(label, scale) {
    // vis's test (Label.visible) without its size check: the size is worked out to draw it.
    return label.elementOptions.label !== undefined &&
      label.fontOptions.size * scale >= label.elementOptions.scaling.label.drawThreshold - 1;
  }
  function drawNodes(ctx) {
    var scale = body.view.scale, margin = 20;
    var topLeft = visCanvas.DOMtoCanvas({ x: -margin, y: -margin });
    var bottomRight = visCanvas.DOMtoCanvas({ x: visCanvas.frame.canvas.clientWidth + margin,
                                              y: visCanvas.frame.canvas.clientHeight + margin });
    var looks = new Map(), others = [], drawn = [], ids = body.nodeIndices;
    for (var i = 0; i < ids.length; i += 1) {
      var n = body.nodes[ids[i]], shape = n.shape;
      var outline = OUTLINES[n.options.shape];
      if (!outline) { others.push(n); continue; }
      var values = n.getFormattingValues();
      shape.resize(ctx, false, false, values);
      var w = shape.width, h = shape.height;
      shape.left = n.x - w / 2;
      shape.top = n.y - h / 2;
      if (shape.left > bottomRight.x || shape.left + w < topLeft.x ||
          shape.top > bottomRight.y || shape.top + h < topLeft.y) {
        shape.updateBoundingBox(n.x, n.y);  // out of sight: not drawn, its box kept
        continue;
      }
      // vis draws a border of the same width on screen at any zoom, never wider than the node.
      var border = Math.min(w, values.borderWidth / scale);
      var one = values.color === values.borderColor || border <= 0;
      var key = one ? values.color + "|" + border
        : values.color + "|" + values.borderColor + "|" + border;
      var look = looks.get(key);
      if (!look) {
        look = { fill: values.color, stroke: one ? null : values.borderColor, border: border,
                 nodes: [] };
        looks.set(key, look);
      }
      look.nodes.push(n, outline, values.size, values.borderRadius);
      drawn.push(n);
    }
    looks.forEach(function (look) {
      var grow = look.stroke ? 0 : look.border / 2, list = look.nodes;
      ctx.beginPath();
      for (var j = 0; j < list.length; j += 4) {
        var node = list[j];
        list[j + 1](ctx, node.x, node.y, list[j + 2], grow, node.shape, list[j + 3]);
      }
      ctx.fillStyle = look.fill;
      ctx.fill();
      if (look.stroke) {
        ctx.strokeStyle = look.stroke;
        ctx.lineWidth = look.border;
        ctx.stroke();
      }
    });
    var external = [];
    others.forEach(function (n) {
      var result = n.draw(ctx);
      if (result.drawExternalLabel) { external.push(result.drawExternalLabel); }
    });
    // Labels: in a box (a figure) as vis's Box draws it; under the node as
    // vis's drawExternalLabel does; only those big enough to be drawn.
    drawn.forEach(function (n) {
      var label = n.labelModule, shape = n.shape;
      if (n.options.shape === "box") {
        shape.updateBoundingBox(n.x, n.y, ctx, false, false);
        if (labelShows(label, scale)) {
          label.draw(ctx, shape.left + shape.textSize.width / 2 + shape.margin.left,
                     shape.top + shape.textSize.height / 2 + shape.margin.top, false, false);
        }
        return;
      }
      if (labelShows(label, scale)) {
        label.calculateLabelSize(ctx, false, false, n.x, n.y, "hanging");
        label.draw(ctx, n.x, n.y + 0.5 * shape.height + 0.5 * label.size.height, false, false,
                   "hanging");
      }
      shape.updateBoundingBox(n.x, n.y);
    });
    external.forEach(function (f) { f(); });
  }
  function drawUnmarked(ctx, links) {
    // Every link (unless `links` is false), node, label and arrowhead as if
    // nothing were selected or hovered (the flags are put back at once), in
    // the view's transform.
    var marked = marks(), all = marked.nodes.concat(marked.hovered, marked.edges);
    var flags = all.map(function (item) { return [item.selected, item.hover]; });
    all.forEach(function (item) { item.selected = false; item.hover = false; });
    ctx.save();
    toView(ctx);
    try {
      ctx.beginPath();
      body.emitter.emit("beforeDrawing", ctx);
      ctx.closePath();
      if (links !== false) { drawLinks(ctx); }
      drawNodes(ctx);
      if (links !== false) { drawArrowheads(ctx, null); }
    } finally {
      all.forEach(function (item, i) { item.selected = flags[i][0]; item.hover = flags[i][1]; });
      ctx.restore();
    }
  }
  // The last whole drawing on the page's canvas, when nothing was drawn over
  // it (no selection, no hover): the picture is then a copy of the canvas.
  var clean = null;
  function paintPicture() {
    // In idle time after a whole drawing: the picture, painted and rasterised
    // now (a one-pixel read), so that copying it later is a plain copy. An
    // input waiting to be handled goes first (a click's press and release
    // must not be held apart).
    var scheduling = navigator.scheduling;
    if (scheduling && scheduling.isInputPending && scheduling.isInputPending()) {
      whenIdle(paintPicture, { timeout: 1000 });
      return;
    }
    picture.pending = false;
    var key = pictureKey(), c = visCanvas.frame.canvas, p = picture.canvas;
    if (picture.key === key || c.width === 0 || c.height === 0) { return; }
    if (p.width !== c.width || p.height !== c.height) {
      p.width = c.width;
      p.height = c.height;
    }
    var started = performance.now(), ctx = p.getContext("2d");
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, p.width, p.height);
    if (clean === key) {
      ctx.drawImage(c, 0, 0);
      state.drawn.copied += 1;
    } else {
      ctx.setTransform(visCanvas.pixelRatio, 0, 0, visCanvas.pixelRatio, 0, 0);
      drawUnmarked(ctx);
    }
    ctx.getImageData(0, 0, 1, 1);
    picture.key = key;
    state.drawn.pictures += 1;
    state.drawn.pictureMs = performance.now() - started;
  }
  var whenIdle = window.requestIdleCallback ||
    function (f) { return setTimeout(f, 50); };
  var overPicture = false;
  renderer._redraw = function (hidden) {
    if (hidden || !renderer.allowRedraw) {
      return drawEverything.apply(renderer, arguments);
    }
    // What vis's own redraw does first (see vis-network's CanvasRenderer._redraw).
    body.emitter.emit("initRedraw");
    renderer.redrawRequested = false;
    var c = visCanvas.frame.canvas;
    if (c.width === 0 || c.height === 0) { visCanvas.setSize(); }
    visCanvas.setTransform();
    var ctx = visCanvas.getContext();
    ctx.clearRect(0, 0, c.clientWidth, c.clientHeight);
    if (visCanvas.frame.clientWidth === 0) { return; }
    var key = pictureKey(), still = !renderer.dragging && !renderer.zooming;
    clean = null;
    if (still && picture.key === key) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(picture.canvas, 0, 0);
      ctx.restore();
      state.drawn.overPicture += 1;
    } else {
      // The picture is out of date: everything is drawn here, and the
      // picture is painted again once the page is idle. While the view moves
      // a big graph's links are left out (vis's hideEdgesOnDrag and
      // hideEdgesOnZoom), and the picture waits until it stops.
      drawUnmarked(ctx, still || !big);
      state.drawn.whole += 1;
      if (still) { clean = key; }
      if (still && !picture.pending) {
        picture.pending = true;
        whenIdle(paintPicture, { timeout: 1000 });
      }
    }
    ctx.save();
    toView(ctx);
    var marked = marks(), external = [];
    if (marked.edges.length || marked.nodes.length || marked.hovered.length) { clean = null; }
    marked.edges.forEach(function (e) { e.draw(ctx); });
    marked.nodes.concat(marked.hovered).forEach(function (n) {
      var drawn = n.draw(ctx);
      if (drawn.drawExternalLabel) { external.push(drawn.drawExternalLabel); }
    });
    external.forEach(function (label) { label(); });
    renderer._drawSelectionBox(ctx);
    overPicture = true;
    try {
      ctx.beginPath();
      body.emitter.emit("afterDrawing", ctx);
      ctx.closePath();
    } finally {
      overPicture = false;
      ctx.restore();
    }
    if (labelled.length || body.selectionBox.show) { clean = null; }
  };
  // How often the graph was drawn whole, copied from the picture (with the
  // selected and hovered over it), and the picture painted (tests, bench).
  state.drawn = { whole: 0, overPicture: 0, pictures: 0, copied: 0, pictureMs: null };
  state.arrowheads = function () { return arrowLinks.length; };

  function settle() {
    if (state.ready) { return; }
    state.ready = true;
    state.readyAt = performance.now();
    performance.mark("kg-ready");
    document.documentElement.setAttribute("data-kg-ready", "true");
  }
  if (!data.nodes.length) {
    requestAnimationFrame(settle);  // nothing to draw
  } else {
    network.once("afterDrawing", function () { requestAnimationFrame(settle); });
  }

  // ---------------------------------------------------------------- legend
  var legend = document.getElementById("kg-legend");
  var present = new Set(data.nodes.map(function (n) { return n.kind; }));
  function key(swatch, text, className) {
    var row = el("div", "kg-key" + (className ? " " + className : ""));
    row.appendChild(swatch);
    row.appendChild(el("span", null, text));
    legend.appendChild(row);
    return row;
  }
  Object.keys(styles).concat(["event"]).forEach(function (kind) {
    var s = kindStyle(kind);
    var swatch = el("span", "kg-swatch " + s.shape + (kind === "event" ? " kg-small" : ""));
    swatch.style.background = s.color;
    swatch.style.color = s.color;
    var row = key(swatch, s.label);
    if (!present.has(kind)) { row.style.opacity = "0.45"; }
  });
  // Role lines: what each link between an event and a participant means.
  var rolesPresent = new Set(data.links.map(function (l) { return l.role; }));
  Object.keys(roles).forEach(function (role) {
    if (!rolesPresent.has(role)) { return; }
    var s = roles[role];
    var line = el("span", "kg-line-key" + (s.arrow ? " kg-arrow" : ""));
    line.style.borderTopColor = s.color;
    line.style.color = s.color;
    line.style.borderTopStyle = !s.dashes ? "solid" : (s.dashes[0] <= 3 ? "dotted" : "dashed");
    line.setAttribute("data-role", role);
    key(line, s.label, "kg-role-key");
  });
  var ringNeg = el("span", "kg-swatch dot kg-ring kg-neg-ring");
  key(ringNeg, "ring, red: negated event", "kg-role-key");
  var ringOther = el("span", "kg-swatch dot kg-ring");
  key(ringOther, "ring, grey: not asserted (planned, asked, possible…)", "kg-role-key");
  legend.appendChild(el("div", "kg-key kg-edge-key",
    "Each event is a small dot, coloured by type; size of an entity: mentions. " +
    "Zoom in or click a node for the events' words."));
  var familyColors = new Map();
  events.forEach(function (e) { if (e.family) { familyColors.set(e.family, e.color); } });
  Array.from(familyColors.keys()).sort().forEach(function (family) {
    var swatch = el("span", "kg-swatch dot kg-small");
    swatch.style.background = familyColors.get(family);
    key(swatch, family, "kg-type-key");
  });

  // ---------------------------------------------------------------- bar: counts, filters
  var notice = document.getElementById("kg-notice");
  if (meta.notes.length) { notice.textContent = meta.notes.join(" "); notice.hidden = false; }
  var count = document.getElementById("kg-count");
  function showCount() {
    var shownEvents = 0;
    visibleEvents.forEach(function () { shownEvents += 1; });
    count.textContent = (nodeView.length - shownEvents) + " entities \u00b7 " + shownEvents +
      " events \u00b7 " + edgeView.length + " links shown";
  }
  var kindsBox = document.getElementById("kg-kinds");
  Object.keys(styles).forEach(function (kind) {
    if (!present.has(kind)) { return; }
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = kind;
    box.addEventListener("change", function () {
      if (box.checked) { filters.kinds.add(kind); } else { filters.kinds.delete(kind); }
      refresh();
    });
    label.appendChild(box);
    label.appendChild(document.createTextNode(styles[kind].label));
    kindsBox.appendChild(label);
  });
  function fillSelect(select, values, name) {
    values.forEach(function (v) {
      var option = el("option", null, clip(name(v), 60));
      option.value = v;
      select.appendChild(option);
    });
  }
  var sources = new Set(), documents = new Set();
  events.forEach(function (e) {
    if (e.source) { sources.add(e.source); }
    if (e.document) { documents.add(e.document); }
  });
  var typeSelect = document.getElementById("kg-type");
  // Each family, then its subtypes, indented.
  var typeOrder = [];
  Array.from(familyColors.keys()).sort().forEach(function (family) {
    typeOrder.push(family);
    var below = new Set();
    events.forEach(function (e) {
      if (e.family === family && e.type !== family) { below.add(e.type); }
    });
    Array.from(below).sort().forEach(function (t) { typeOrder.push(t); });
  });
  fillSelect(typeSelect, typeOrder, function (v) {
    return familyColors.has(v) ? v : "\u2003" + v;
  });
  typeSelect.addEventListener("change", function () {
    filters.type = typeSelect.value; refresh();
  });
  var sourceSelect = document.getElementById("kg-source");
  var documentSelect = document.getElementById("kg-document");
  fillSelect(sourceSelect, Array.from(sources).sort(), function (v) { return v; });
  fillSelect(documentSelect, Array.from(documents).sort(), docName);
  var minInput = document.getElementById("kg-min");
  sourceSelect.addEventListener("change", function () {
    filters.source = sourceSelect.value; refresh();
  });
  documentSelect.addEventListener("change", function () {
    filters.document = documentSelect.value; refresh();
  });
  minInput.addEventListener("input", function () {
    var v = parseInt(minInput.value, 10);
    filters.min = isNaN(v) ? 0 : v;
    refresh();
  });
  // Toggles for what is hidden unless asked: unreal events, unmentioned context.
  var unassertedBox = document.getElementById("kg-unasserted");
  var contextBox = document.getElementById("kg-context");
  var unreal = events.filter(function (e) { return !e.asserted; }).length;
  var context = entities.filter(function (n) { return n.context; }).length;
  unassertedBox.parentNode.appendChild(document.createTextNode(" (" + unreal + ")"));
  contextBox.parentNode.appendChild(document.createTextNode(" (" + context + ")"));
  unassertedBox.addEventListener("change", function () {
    filters.unasserted = unassertedBox.checked; refresh();
  });
  contextBox.addEventListener("change", function () {
    filters.context = contextBox.checked; refresh();
  });
  var listeners = [];  // panels that follow the filters (map, timeline)
  function resetFilters() {
    filters.kinds = new Set(Object.keys(styles));
    filters.source = filters.document = filters.type = "";
    filters.min = 0;
    filters.unasserted = filters.context = false;
    filters.from = filters.to = null;
    sourceSelect.value = documentSelect.value = typeSelect.value = "";
    minInput.value = "0";
    unassertedBox.checked = contextBox.checked = false;
    Array.prototype.forEach.call(kindsBox.querySelectorAll("input"),
                                 function (b) { b.checked = true; });
  }
  document.getElementById("kg-reset").addEventListener("click", function () {
    resetFilters();
    clearSelection();
    refresh();
    network.fit();
  });
  function refresh() {
    recompute();
    applyVisibility();
    showCount();
    listeners.forEach(function (f) { f("filters"); });
  }
  state.filters = filters;
  state.refresh = refresh;
  showCount();

  // ---------------------------------------------------------------- cards
  function row(list, term, value) {
    if (value === undefined || value === null || value === "" ||
        (Array.isArray(value) && !value.length)) { return; }
    list.appendChild(el("dt", null, term));
    var dd = el("dd", null, Array.isArray(value) ? value.join(", ") : value);
    list.appendChild(dd);
    return dd;
  }
  function nodeCard(n) {
    if (n.kind === "event") { return eventCard(n); }
    var card = el("div", "kg-card");
    card.appendChild(el("h2", null, n.label));
    var list = el("dl");
    row(list, "Class", styles[n.kind].label);
    row(list, "Aliases", n.aliases);
    row(list, "Affiliation", n.affiliation);  // an unnamed person's organisation
    if (n.lat !== null && n.long !== null && n.lat !== undefined) {
      row(list, "Coordinates", Number(n.lat).toFixed(4) + ", " + Number(n.long).toFixed(4) +
        (n.coordinates_from ? " (approximate: the point of " + n.coordinates_from + ")" : ""));
    }
    if (n.kind === "figure") {
      row(list, "Value", n.value_max ? n.value + "\u2013" + n.value_max : n.value);
      row(list, "Unit", n.unit);
      row(list, "Qualifier", n.qualifier);
    } else {
      row(list, "Mentions", n.mentions);
    }
    row(list, "Documents", n.documents.map(docName));
    card.appendChild(list);
    // What the node did, had done to it, where, or reported: one line per event
    // (a node that took part and also said so is one line, "by its own account").
    var lines = [], byEvent = new Map();
    linksOf.get(n.id).forEach(function (l) {
      var e = info.get(l.from === n.id ? l.to : l.from);
      if (e.kind !== "event") { return; }
      if (!byEvent.has(e.id)) { byEvent.set(e.id, { event: e, roles: new Set() }); }
      byEvent.get(e.id).roles.add(l.role);
    });
    byEvent.forEach(function (found) {
      var e = found.event, said = found.roles.has("source");
      var line = said && found.roles.size === 1 ? "reported: " + summary(e) : summary(e);
      if (said && found.roles.size > 1) { line += " (by its own account)"; }
      if (!e.asserted) { line += e.negated ? " (negated)" : " (" + e.modality + ")"; }
      lines.push(line);
    });
    if (lines.length) {
      card.appendChild(el("h3", null, "Events (" + lines.length + ")"));
      var ul = el("ul", "kg-events");
      lines.slice(0, 12).forEach(function (line) { ul.appendChild(el("li", null, line)); });
      if (lines.length > 12) { ul.appendChild(el("li", "kg-hint", "…")); }
      card.appendChild(ul);
    }
    return card;
  }
  function eventCard(e) {
    var card = el("div", "kg-card");
    card.appendChild(el("h2", null, summary(e)));
    if (e.evidence) { card.appendChild(el("blockquote", "kg-evidence", e.evidence)); }
    var r = rolesOf(e);
    var list = el("dl");
    row(list, "Type", e.type);
    row(list, "Actor", labels(r.actor));
    row(list, "Target", r.target.length ? labels(r.target) : e.object);
    row(list, "In", labels(r.location));
    row(list, "To", labels(r.destination));
    row(list, "From", labels(r.origin));
    row(list, "Source", e.source);
    row(list, "Source named in", e.sourceFrom);  // a quote's speaker named elsewhere
    // The date as written ("2014" is the year, not its first day); with none
    // of its own, the document's, which the timeline uses.
    var when = e.date ? e.when : e.when ? e.when + " (the document's date)" : null;
    row(list, "Time", e.time ? (when && when !== e.time ? e.time + " (" + when + ")" : e.time)
                             : when);
    row(list, "Figures", e.figures);
    var neg = row(list, "Negated", e.negated ? "yes" : "no");
    if (e.negated && neg) { neg.className = "kg-neg"; }
    row(list, "Modality", e.modality);
    row(list, "Document", e.document ? docName(e.document) : null);
    card.appendChild(list);
    return card;
  }
  function linkCard(l) {
    // A link is one role of one event: show the event.
    return eventCard(info.get(l.event));
  }
  var tooltip = document.getElementById("kg-tooltip");
  var details = document.getElementById("kg-details");
  function place(pointer) {
    var rect = container.getBoundingClientRect();
    var x = rect.left + pointer.x + 14, y = rect.top + pointer.y + 14;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    if (x + w > window.innerWidth - 4) { x = Math.max(4, x - w - 28); }
    if (y + h > window.innerHeight - 4) { y = Math.max(4, y - h - 28); }
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function showTip(card, pointer) {
    tooltip.replaceChildren(card);
    tooltip.hidden = false;
    place(pointer);
  }
  function hideTip() { tooltip.hidden = true; tooltip.replaceChildren(); }
  function pin(card) { details.replaceChildren(card); }
  network.on("hoverNode", function (p) { showTip(nodeCard(info.get(p.node)), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(linkCard(linkInfo.get(p.edge)), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  container.addEventListener("mouseleave", hideTip);

  // ---------------------------------------------------------------- selection
  // Selecting a node selects its neighbourhood: its events and their other
  // participants; the events' labels show whatever the zoom. Only the nodes
  // whose labels change are updated, so this costs the same at any size.
  var labelled = [];  // events whose words are drawn over the graph
  function neighbourhood(ids) {
    var near = new Set(), touching = new Set();
    ids.forEach(function (id) {
      near.add(id);
      var n = info.get(id);
      var around = n.kind === "event" ? [n] : [];
      linksOf.get(id).forEach(function (l) {
        var other = info.get(l.from === id ? l.to : l.from);
        if (other.kind === "event") { around.push(other); } else { near.add(other.id); }
        touching.add(l.id);
      });
      around.forEach(function (e) {
        if (!visibleNodes.has(e.id)) { return; }
        near.add(e.id);
        linksOf.get(e.id).forEach(function (l) {
          near.add(l.from === e.id ? l.to : l.from);
          touching.add(l.id);
        });
      });
    });
    return {
      nodes: Array.from(near).filter(function (id) { return visibleNodes.has(id); }),
      edges: Array.from(touching).filter(function (id) {
        var l = linkInfo.get(id);
        return visibleNodes.has(l.from) && visibleNodes.has(l.to);
      })
    };
  }
  function showLabels(ids) {
    // Drawn after vis draws (below), so selecting costs no DataSet update:
    // an update makes vis walk every node, a second at corpus size.
    labelled = ids.filter(function (id) { return info.get(id).kind === "event"; });
  }
  network.on("afterDrawing", function (ctx) {
    // Over the picture, which holds every head, only the selected links' are
    // drawn (dark); a whole redraw draws them all first.
    if (!overPicture && !moving) { drawArrowheads(ctx, null); }
    var chosenLinks = network.getSelectedEdges();
    if (chosenLinks.length && !moving) { drawArrowheads(ctx, new Set(chosenLinks)); }
    var scale = network.getScale();
    // Zoomed in this far, vis draws the words itself.
    if (!labelled.length || EVENT_LABEL_SIZE * scale >= EVENT_THRESHOLD - 1) { return; }
    var size = 11 / scale;  // about 11 screen pixels at any zoom
    var positions = network.getPositions(labelled);
    ctx.save();
    ctx.font = size + "px system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3 / scale;
    ctx.strokeStyle = "#fbfbfa";
    ctx.fillStyle = "#1d2329";
    labelled.forEach(function (id) {
      var p = positions[id];
      if (!p || !visibleNodes.has(id)) { return; }
      var text = clip(info.get(id).label, 28);
      ctx.strokeText(text, p.x, p.y + 6 / scale + 5);
      ctx.fillText(text, p.x, p.y + 6 / scale + 5);
    });
    ctx.restore();
  });
  state.labelled = function () { return labelled.slice(); };

  function select(ids, how) {
    ids = ids.filter(function (id) { return info.has(id); });
    var hood = neighbourhood(ids);
    network.setSelection(hood, { unselectAll: true, highlightEdges: false });
    showLabels(hood.nodes);
    state.selected = ids.slice();
    listeners.forEach(function (f) { f("selection", ids, how); });
  }
  function clearSelection() {
    network.unselectAll();
    showLabels([]);
    state.selected = [];
    listeners.forEach(function (f) { f("selection", [], "clear"); });
  }
  state.selected = [];
  state.select = function (ids) { select(ids, "api"); };
  network.on("click", function (p) {
    if (p.nodes.length) {
      var n = info.get(p.nodes[0]);
      pin(nodeCard(n));
      select([n.id], "graph");
    } else if (p.edges.length) {
      var l = linkInfo.get(p.edges[0]);
      pin(linkCard(l));
      select([l.event], "graph");
    } else {
      clearSelection();
    }
  });

  // ---------------------------------------------------------------- search
  // Names are indexed once: label and aliases, lower-cased, per entity.
  var index = entities.map(function (n) {
    var names = [n.label].concat(n.aliases).map(function (s) { return s.toLowerCase(); });
    return { node: n, names: names, joined: names.join("\n") };
  });
  var names = document.getElementById("kg-names");
  entities.slice().sort(function (a, b) { return b.mentions - a.mentions; })
    .slice(0, 2000).forEach(function (n) {
      var option = el("option");
      option.value = n.label;
      names.appendChild(option);
    });
  var searchBox = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  function matches(text) {
    // Every shown entity whose label or an alias contains the text: exact
    // names first, then the most mentioned.
    var q = String(text).trim().toLowerCase();
    if (!q) { return []; }
    var found = [];
    index.forEach(function (entry) {
      if (!visibleNodes.has(entry.node.id) || entry.joined.indexOf(q) < 0) { return; }
      found.push({ node: entry.node, exact: entry.names.indexOf(q) >= 0 });
    });
    found.sort(function (a, b) {
      return (b.exact - a.exact) || (b.node.mentions - a.node.mentions) ||
        (a.node.label < b.node.label ? -1 : a.node.label > b.node.label ? 1 : 0);
    });
    return found.map(function (f) { return f.node; });
  }
  function listResults(text, found) {
    results.replaceChildren();
    if (!String(text).trim()) { results.hidden = true; return; }
    results.hidden = false;
    results.appendChild(el("p", "kg-hint", found.length === 1 ? "1 match" :
      found.length + " matches"));
    var ul = el("ul", "kg-results");
    found.slice(0, 50).forEach(function (n) {
      var li = el("li");
      var button = el("button", "kg-result", n.label);
      button.type = "button";
      button.setAttribute("data-node", n.id);
      button.addEventListener("click", function () { choose(n); });
      li.appendChild(button);
      li.appendChild(el("span", "kg-hint", " " + kindStyle(n.kind).label));
      ul.appendChild(li);
    });
    if (found.length > 50) { ul.appendChild(el("li", "kg-hint", "…")); }
    results.appendChild(ul);
  }
  function choose(n) {
    select([n.id], "search");
    network.focus(n.id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    pin(nodeCard(n));
  }
  function search(text) {
    var found = matches(text);
    listResults(text, found);
    searchBox.setCustomValidity(found.length || !String(text).trim() ? "" :
      "No node by that name");
    if (found.length === 1) {
      choose(found[0]);
    } else if (found.length) {
      var ids = found.map(function (n) { return n.id; });
      network.setSelection({ nodes: ids, edges: [] }, { unselectAll: true,
                                                         highlightEdges: false });
      showLabels([]);
      state.selected = ids;
      listeners.forEach(function (f) { f("selection", ids, "search"); });
    } else {
      clearSelection();
    }
    return found.map(function (n) { return n.id; });
  }
  state.search = search;
  // Enter searches (again, if pressed again); leaving the box after an edit
  // searches too. Enter also fires "change": that one does not search twice.
  var searched = null;
  function go(again) {
    if (!again && searchBox.value === searched) { return; }
    searched = searchBox.value;
    search(searched);
  }
  searchBox.addEventListener("change", function () { go(false); });
  searchBox.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { go(true); } });

  state.listen = function (f) { listeners.push(f); };
  state.info = info;
  state.visible = function (id) { return visibleNodes.has(id); };
  state.visibleEvent = function (id) { return visibleEvents.has(id); };
  state.linksOf = function (id) { return linksOf.get(id) || []; };
  state.pin = function (id) { pin(nodeCard(info.get(id))); };

  // ---------------------------------------------------------------- panels
  function canvasIn(panel) {
    var canvas = panel.querySelector("canvas");
    var ctx = canvas.getContext("2d");
    // The panel's size is read once, and again after the window is resized
    // (nothing else changes it): read after a change to the page (a search's
    // list, a card), it makes the browser lay the page out at once, then
    // again for the frame.
    var known = null;
    function fit() {
      var ratio = window.devicePixelRatio || 1;
      if (!known) { known = { w: canvas.clientWidth, h: canvas.clientHeight }; }
      var w = known.w, h = known.h;
      if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
        canvas.width = Math.round(w * ratio);
        canvas.height = Math.round(h * ratio);
      }
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      return { w: w, h: h };
    }
    return { canvas: canvas, ctx: ctx, fit: fit, resized: function () { known = null; } };
  }
  function pointer(canvas, ev) {
    var r = canvas.getBoundingClientRect();
    return { x: ev.clientX - r.left, y: ev.clientY - r.top };
  }
  var selectedSet = new Set();
  function selectionNodes() {
    selectedSet = new Set(network.getSelectedNodes());
  }

  // ---------------------------------------------------------------- map
  // Geocoded places on Natural Earth's country outlines (shipped in the page),
  // each a circle sized by its shown events. Click one to select it in the
  // graph; select in the graph to see its places ringed here.
  var mapPanel = document.querySelector('[data-kg-panel="map"]');
  var map = canvasIn(mapPanel);
  var mapInfo = document.getElementById("kg-map-info");
  var world = (data.world && data.world.rings) || [];
  var rings = world.map(function (r) {
    var pts = [], x = r[0], y = r[1];
    pts.push(x / 10, y / 10);
    for (var i = 2; i < r.length; i += 2) { x += r[i]; y += r[i + 1]; pts.push(x / 10, y / 10); }
    return pts;
  });
  var geoPlaces = entities.filter(function (n) {
    return n.kind === "place" && typeof n.lat === "number" && typeof n.long === "number";
  });
  var view = null, drawnPlaces = [];
  function placeEvents(n) {
    var count = 0;
    linksOf.get(n.id).forEach(function (l) {
      var other = l.from === n.id ? l.to : l.from;
      if (visibleEvents.has(other)) { count += 1; }
    });
    return count;
  }
  function shownPlaces() {
    return geoPlaces.filter(function (n) { return visibleNodes.has(n.id); });
  }
  function fitMap(places) {
    // The box around the places (or the world), a little wider, at least 8 degrees.
    var lons = places.map(function (n) { return n.long; });
    var lats = places.map(function (n) { return n.lat; });
    var west = lons.length ? Math.min.apply(null, lons) : -170;
    var east = lons.length ? Math.max.apply(null, lons) : 170;
    var south = lats.length ? Math.min.apply(null, lats) : -58;
    var north = lats.length ? Math.max.apply(null, lats) : 78;
    var padLon = Math.max((east - west) * 0.15, 4 - (east - west) / 2);
    var padLat = Math.max((north - south) * 0.15, 4 - (north - south) / 2);
    view = { west: west - padLon, east: east + padLon, south: south - padLat,
             north: north + padLat };
  }
  function project(size) {
    // Equirectangular, stretched by the cosine of the middle latitude.
    var mid = (view.north + view.south) / 2 * Math.PI / 180;
    var k = Math.cos(mid);
    var spanX = (view.east - view.west) * k, spanY = view.north - view.south;
    var scale = Math.min(size.w / spanX, size.h / spanY);
    var cx = (view.east + view.west) / 2, cy = (view.north + view.south) / 2;
    return {
      x: function (lon) { return size.w / 2 + (lon - cx) * k * scale; },
      y: function (lat) { return size.h / 2 - (lat - cy) * scale; },
      lon: function (x) { return cx + (x - size.w / 2) / (k * scale); },
      lat: function (y) { return cy - (y - size.h / 2) / scale; },
      scale: scale
    };
  }
  // The countries are drawn once per view and size and kept in a second
  // canvas: a selection or a filter redraws only the places over them.
  var countries = { key: null, canvas: document.createElement("canvas") };
  function drawCountries(ctx, size, p) {
    var ratio = window.devicePixelRatio || 1;
    var key = [view.west, view.east, view.south, view.north, size.w, size.h, ratio].join();
    if (countries.key !== key) {
      var c = countries.canvas, cctx = c.getContext("2d");
      c.width = map.canvas.width;
      c.height = map.canvas.height;
      cctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      cctx.fillStyle = "#e8eff4";
      cctx.fillRect(0, 0, size.w, size.h);
      cctx.fillStyle = "#f7f5ef";
      cctx.strokeStyle = "#b9b4a8";
      cctx.lineWidth = 0.7;
      rings.forEach(function (pts) {
        cctx.beginPath();
        for (var i = 0; i < pts.length; i += 2) {
          var x = p.x(pts[i]), y = p.y(pts[i + 1]);
          if (i === 0) { cctx.moveTo(x, y); } else { cctx.lineTo(x, y); }
        }
        cctx.closePath();
        cctx.fill();
        cctx.stroke();
      });
      countries.key = key;
    }
    ctx.drawImage(countries.canvas, 0, 0, size.w, size.h);
  }
  function drawMap() {
    var size = map.fit(), ctx = map.ctx;
    if (!view) { fitMap(shownPlaces()); }
    var p = project(size);
    ctx.clearRect(0, 0, size.w, size.h);
    drawCountries(ctx, size, p);
    var anySelected = selectedSet.size > 0;
    drawnPlaces = shownPlaces().map(function (n) {
      var count = placeEvents(n);
      return { id: n.id, label: n.label, events: count, x: p.x(n.long), y: p.y(n.lat),
               r: 3 + 2.5 * Math.sqrt(count), selected: selectedSet.has(n.id) };
    }).sort(function (a, b) { return b.r - a.r; });
    drawnPlaces.forEach(function (d) {
      var chosen = selectedSet.has(d.id);
      ctx.beginPath();
      ctx.arc(d.x, d.y, d.r, 0, 2 * Math.PI);
      ctx.globalAlpha = anySelected && !chosen ? 0.35 : 0.85;
      ctx.fillStyle = styles.place.color;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = chosen ? 2.5 : 1;
      ctx.strokeStyle = chosen ? "#1d2329" : "#ffffff";
      ctx.stroke();
    });
    // Names of the busiest places, where they fit.
    var taken = [];
    ctx.font = "12px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    drawnPlaces.slice().sort(function (a, b) {
      return (selectedSet.has(b.id) - selectedSet.has(a.id)) || (b.events - a.events);
    }).forEach(function (d) {
      var w = ctx.measureText(d.label).width;
      var box = { x: d.x + d.r + 3, y: d.y - 8, w: w, h: 16 };
      if (box.x + w > size.w) { box.x = d.x - d.r - 3 - w; }
      var clash = taken.some(function (t) {
        return box.x < t.x + t.w && t.x < box.x + box.w && box.y < t.y + t.h && t.y < box.y + box.h;
      });
      if (clash) { return; }
      taken.push(box);
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.strokeText(d.label, box.x, d.y);
      ctx.fillStyle = "#1d2329";
      ctx.fillText(d.label, box.x, d.y);
    });
    var shown = shownPlaces().length;
    var places = entities.filter(function (n) {
      return n.kind === "place" && visibleNodes.has(n.id);
    }).length;
    mapInfo.textContent = shown + " of " + places + " places on the map" +
      (places > shown ? " (the rest have no coordinates)" : "");
  }
  function placeAt(at) {
    var best = null;
    drawnPlaces.forEach(function (d) {
      var dist = Math.hypot(d.x - at.x, d.y - at.y);
      if (dist <= d.r + 3 && (!best || dist < best.dist)) { best = { id: d.id, dist: dist }; }
    });
    return best && best.id;
  }
  var drag = null;
  map.canvas.addEventListener("mousedown", function (ev) {
    drag = { at: pointer(map.canvas, ev), view: Object.assign({}, view), moved: false };
  });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) { return; }
    var at = pointer(map.canvas, ev);
    var p = project({ w: map.canvas.clientWidth, h: map.canvas.clientHeight });
    var dlon = (at.x - drag.at.x) / (p.scale * Math.cos((view.north + view.south) / 360 * Math.PI));
    var dlat = (at.y - drag.at.y) / p.scale;
    if (Math.abs(at.x - drag.at.x) + Math.abs(at.y - drag.at.y) > 3) { drag.moved = true; }
    if (!drag.moved) { return; }
    view = { west: drag.view.west - dlon, east: drag.view.east - dlon,
             south: drag.view.south + dlat, north: drag.view.north + dlat };
    drawMap();
  });
  window.addEventListener("mouseup", function (ev) {
    if (!drag) { return; }
    var moved = drag.moved;
    drag = null;
    if (moved) { return; }
    var id = placeAt(pointer(map.canvas, ev));
    if (id) {
      pin(nodeCard(info.get(id)));
      select([id], "map");
      network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: false });
    }
  });
  map.canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var size = { w: map.canvas.clientWidth, h: map.canvas.clientHeight };
    var p = project(size), at = pointer(map.canvas, ev);
    var lon = p.lon(at.x), lat = p.lat(at.y);
    var f = ev.deltaY > 0 ? 1.25 : 0.8;
    view = { west: lon - (lon - view.west) * f, east: lon + (view.east - lon) * f,
             south: lat - (lat - view.south) * f, north: lat + (view.north - lat) * f };
    drawMap();
  }, { passive: false });
  map.canvas.addEventListener("dblclick", function () { fitMap(shownPlaces()); drawMap(); });
  state.map = {
    places: function () { return drawnPlaces.map(function (d) { return Object.assign({}, d); }); },
    draw: drawMap
  };

  // ---------------------------------------------------------------- timeline
  // Events by day (their own date, else their document's), in bars; drag
  // across it to keep only the events of that span, in the graph and the map.
  var timePanel = document.querySelector('[data-kg-panel="timeline"]');
  var timeline = canvasIn(timePanel);
  var timeInfo = document.getElementById("kg-time-info");
  var clearRange = document.getElementById("kg-time-clear");
  var DAY = 86400000;
  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY); }
  function isoOf(day) { return new Date(day * DAY).toISOString().slice(0, 10); }
  var timeBars = [], timeSpans = [], timeScale = null, brush = null;
  events.forEach(function (e) {
    e.firstDay = e.day ? dayNumber(e.day) : null;
    e.lastDay = e.until ? dayNumber(e.until) : null;
  });
  function timelineEvents() {
    // What passes every filter but the time range, so the brush can widen again.
    var from = filters.from, to = filters.to;
    filters.from = filters.to = null;
    var out = events.filter(function (e) { return eventPasses(e); });
    filters.from = from;
    filters.to = to;
    return out;
  }
  function drawTimeline() {
    var size = timeline.fit(), ctx = timeline.ctx;
    ctx.clearRect(0, 0, size.w, size.h);
    var list = timelineEvents();
    var dated = list.filter(function (e) { return e.day; });
    var undated = list.length - dated.length;
    timeBars = [];
    timeSpans = [];
    timeScale = null;
    var pad = { left: 28, right: 12, top: 10, bottom: 22 };
    if (!dated.length) {
      ctx.fillStyle = "#5b6670";
      ctx.font = "13px system-ui, sans-serif";
      ctx.fillText("No dated events", pad.left, size.h / 2);
    } else {
      var first = Infinity, last = -Infinity, firstLabel = "", lastLabel = "";
      dated.forEach(function (e) {
        if (e.firstDay < first) { first = e.firstDay; firstLabel = e.when; }
        if (e.lastDay > last) { last = e.lastDay; lastLabel = e.when; }
      });
      // Bins: days, else weeks, else months of 30 days, as the span needs.
      var span = last - first + 1;
      var bin = span <= 62 ? 1 : span <= 400 ? 7 : span <= 3000 ? 30 : 365;
      first -= 1;
      last += 1;
      var width = size.w - pad.left - pad.right, height = size.h - pad.top - pad.bottom;
      var x = function (d) { return pad.left + (d - first) / Math.max(last - first, 1) * width; };
      timeScale = { first: first, last: last, x: x, pad: pad, width: width,
                    day: function (px) {
                      return first + (px - pad.left) / width * Math.max(last - first, 1);
                    } };
      // An event whose date is coarser than a bin (a year on a timeline of
      // days) is not put on its first day: it is drawn as the span it covers,
      // a band under the bars, labelled as written ("2014").
      var counts = new Map(), chosen = new Map(), spans = new Map();
      dated.forEach(function (e) {
        if (e.lastDay - e.firstDay + 1 > bin) {
          var s = spans.get(e.when);
          if (!s) {
            s = { from: e.day, to: e.until, label: e.when, first: e.firstDay, last: e.lastDay,
                  events: 0, chosen: 0 };
            spans.set(e.when, s);
          }
          s.events += 1;
          if (selectedSet.has(e.id)) { s.chosen += 1; }
          return;
        }
        var b = Math.floor((e.firstDay - first) / bin);
        counts.set(b, (counts.get(b) || 0) + 1);
        if (selectedSet.has(e.id)) { chosen.set(b, (chosen.get(b) || 0) + 1); }
      });
      var spanList = Array.from(spans.values()).sort(function (a, b) {
        return (a.first - b.first) || (b.last - a.last);
      });
      var lane = 7, lanes = Math.min(spanList.length, Math.max(1, Math.floor(height / 3 / lane)));
      var barsHeight = height - (spanList.length ? lanes * lane + 2 : 0);
      var most = counts.size ? Math.max.apply(null, Array.from(counts.values())) : 0;
      counts.forEach(function (n, b) {
        var d0 = first + b * bin;
        var x0 = x(d0), x1 = Math.min(Math.max(x(d0 + bin), x0 + 3), x0 + 40);
        var h = Math.max(2, n / most * barsHeight);
        var inRange = filters.from === null ||
          (isoOf(d0 + bin - 1) >= filters.from && isoOf(d0) <= filters.to);
        ctx.fillStyle = inRange ? "#0072B2" : "#c5ccd2";
        ctx.fillRect(x0, pad.top + barsHeight - h, x1 - x0 - 1, h);
        var c = chosen.get(b) || 0;
        if (c) {
          ctx.fillStyle = "#1d2329";
          var hc = Math.max(2, c / most * barsHeight);
          ctx.fillRect(x0, pad.top + barsHeight - hc, x1 - x0 - 1, hc);
        }
        timeBars.push({ from: isoOf(d0), to: isoOf(d0 + bin - 1), events: n });
      });
      ctx.font = "10px system-ui, sans-serif";
      ctx.textBaseline = "middle";
      spanList.forEach(function (s, i) {
        var y = pad.top + height - (i % lanes + 1) * lane;
        var x0 = x(s.first), x1 = Math.max(x(s.last + 1), x0 + 3);
        var inRange = filters.from === null || (s.to >= filters.from && s.from <= filters.to);
        ctx.fillStyle = s.chosen ? "#1d2329" : inRange ? "#56B4E9" : "#c5ccd2";
        ctx.fillRect(x0, y, x1 - x0, lane - 2);
        var text = s.label + " (" + s.events + ")";
        if (ctx.measureText(text).width + 6 < x1 - x0) {
          ctx.fillStyle = "#1d2329";
          ctx.fillText(text, x0 + 3, y + (lane - 2) / 2);
        }
        timeSpans.push({ from: s.from, to: s.to, label: s.label, events: s.events });
      });
      ctx.textBaseline = "alphabetic";
      ctx.strokeStyle = "#9aa5ad";
      ctx.beginPath();
      ctx.moveTo(pad.left, pad.top + height + 0.5);
      ctx.lineTo(pad.left + width, pad.top + height + 0.5);
      ctx.stroke();
      ctx.fillStyle = "#5b6670";
      ctx.font = "11px system-ui, sans-serif";
      ctx.textBaseline = "top";
      // The ends as written: "2014", not 2014-01-01.
      ctx.fillText(firstLabel, pad.left, pad.top + height + 5);
      if (lastLabel !== firstLabel) {
        ctx.fillText(lastLabel, pad.left + width - ctx.measureText(lastLabel).width,
                     pad.top + height + 5);
      }
      ctx.textBaseline = "alphabetic";
      if (most) { ctx.fillText(String(most), 4, pad.top + 10); }
      if (filters.from !== null) {
        var bx0 = x(dayNumber(filters.from)), bx1 = x(dayNumber(filters.to) + 1);
        ctx.fillStyle = "rgba(0,114,178,0.12)";
        ctx.fillRect(bx0, pad.top, bx1 - bx0, height);
        ctx.strokeStyle = "#0072B2";
        ctx.strokeRect(bx0 + 0.5, pad.top + 0.5, bx1 - bx0 - 1, height - 1);
      }
      if (brush) {
        ctx.fillStyle = "rgba(0,114,178,0.18)";
        ctx.fillRect(Math.min(brush.a, brush.b), pad.top, Math.abs(brush.b - brush.a), height);
      }
    }
    var text = dated.length + " dated event" + (dated.length === 1 ? "" : "s") +
      (undated ? ", " + undated + " without a date" : "");
    if (filters.from !== null) {
      text += " \u00b7 showing " + filters.from + " to " + filters.to +
        (undated ? " (undated events hidden)" : "");
    }
    timeInfo.textContent = text;
    clearRange.hidden = filters.from === null;
  }
  function setRange(from, to) {
    filters.from = from;
    filters.to = to;
    refresh();
  }
  timeline.canvas.addEventListener("mousedown", function (ev) {
    if (!timeScale) { return; }
    var at = pointer(timeline.canvas, ev);
    brush = { a: at.x, b: at.x };
  });
  window.addEventListener("mousemove", function (ev) {
    if (!brush) { return; }
    brush.b = pointer(timeline.canvas, ev).x;
    drawTimeline();
  });
  window.addEventListener("mouseup", function () {
    if (!brush) { return; }
    var a = Math.min(brush.a, brush.b), b = Math.max(brush.a, brush.b);
    brush = null;
    if (b - a < 3) { setRange(null, null); return; }
    var d0 = Math.floor(timeScale.day(a)), d1 = Math.floor(timeScale.day(b));
    setRange(isoOf(d0), isoOf(d1));
  });
  clearRange.addEventListener("click", function () { setRange(null, null); });
  state.timeline = {
    bars: function () { return timeBars.slice(); },
    spans: function () { return timeSpans.slice(); },
    brush: function (from, to) { setRange(from || null, from ? to : null); },
    draw: drawTimeline
  };

  listeners.push(function () {
    selectionNodes();
    drawMap();
    drawTimeline();
  });
  window.addEventListener("resize", function () {
    map.resized();
    timeline.resized();
    drawMap();
    drawTimeline();
  });
  drawMap();
  drawTimeline();
}());
