
(function () {
  "use strict";
  // Marks on the performance timeline let bench/bench_view.py see where time goes.
  performance.mark("kg-start");
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-parsed");
  var meta = data.meta, styles = data.styles;
  var big = meta.big, physics = meta.physics;
  // readyAt: milliseconds from navigation start until the graph is drawn and still.
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

  var info = new Map(), edgeInfo = new Map();
  data.nodes.forEach(function (n) { info.set(n.id, n); });
  data.edges.forEach(function (e) { edgeInfo.set(e.id, e); });

  function figureColor() {
    var c = styles.figure.color;
    return { background: "#f6e4ee", border: c,
             highlight: { background: "#f6e4ee", border: "#1d2329" },
             hover: { background: "#f6e4ee", border: "#1d2329" } };
  }
  function nodeColor(kind) {
    if (kind === "figure") { return figureColor(); }
    var c = styles[kind].color;
    return { background: c, border: c, highlight: { background: c, border: "#1d2329" },
             hover: { background: c, border: "#1d2329" } };
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = { id: n.id, label: clip(n.label, n.kind === "figure" ? 28 : 40), x: n.x, y: n.y,
                 shape: styles[n.kind].shape, color: nodeColor(n.kind),
                 value: Math.max(n.mentions, 1) };
    if (n.kind === "figure") {
      item.color = figureColor();
      item.font = { color: "#1d2329", size: 13, strokeWidth: 0 };
      item.margin = 6;
    }
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var label = (e.negated ? "not " : "") + e.action;
    var item = { id: e.id, from: e.from, to: e.to, label: clip(label, 24),
                 arrows: "to", dashes: e.negated || e.role === "figure",
                 color: { color: e.color, opacity: 1 } };
    if (e.rank > 0) {
      item.smooth = { enabled: true, type: e.rank % 2 ? "curvedCW" : "curvedCCW",
                      roundness: 0.15 * Math.ceil(e.rank / 2) };
    }
    return item;
  }));
  state.nodes = nodes;
  state.edges = edges;

  // Filters: the graph draws DataViews of the data sets.
  var filters = { kinds: new Set(Object.keys(styles)), source: "", document: "", type: "",
                  min: 0 };
  var visibleNodes = new Set();
  function recompute() {
    var edgeNodes = null;
    if (filters.source || filters.document || filters.type) {
      edgeNodes = new Set();
      data.edges.forEach(function (e) {
        if (edgePasses(e)) { edgeNodes.add(e.from); edgeNodes.add(e.to); }
      });
    }
    visibleNodes = new Set();
    data.nodes.forEach(function (n) {
      if (!filters.kinds.has(n.kind)) { return; }
      if (n.kind !== "figure" && n.mentions < filters.min) { return; }
      if (edgeNodes && !edgeNodes.has(n.id)) { return; }
      visibleNodes.add(n.id);
    });
  }
  function edgePasses(e) {
    if (filters.source && e.source !== filters.source) { return false; }
    if (filters.document && e.document !== filters.document) { return false; }
    // A family ("Attack") passes its subtypes ("Shelling") too.
    if (filters.type && e.type !== filters.type && e.family !== filters.type) { return false; }
    return true;
  }
  recompute();
  var nodeView = new vis.DataView(nodes, {
    filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) {
    var d = edgeInfo.get(e.id);
    return visibleNodes.has(e.from) && visibleNodes.has(e.to) && edgePasses(d);
  } });

  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    nodes: { borderWidth: 1, font: { size: 14, color: "#1d2329", strokeWidth: 3,
                                     strokeColor: "#fbfbfa" },
             scaling: { min: 8, max: 36, label: { enabled: true, min: 12, max: 22,
                                                  drawThreshold: 4 } } },
    edges: { width: 1, selectionWidth: 2, smooth: false, selfReference: { size: 12 },
             color: { color: "#9aa5ad", highlight: "#1d2329", hover: "#5b6670" },
             arrows: { to: { enabled: true, scaleFactor: 0.5 } },
             font: { size: 10, color: "#46515a", strokeWidth: 3, strokeColor: "#fbfbfa",
                     align: "middle" } },
    // Positions come from Python. A small graph gets a short hidden physics run
    // to ease overlaps, then physics stops; a big one is drawn as laid out.
    physics: { enabled: physics, solver: "barnesHut",
               barnesHut: { gravitationalConstant: -3000, springLength: 110,
                            springConstant: 0.03, damping: 0.5, avoidOverlap: 0.2 },
               minVelocity: 1.5,
               stabilization: { enabled: true, iterations: 200, updateInterval: 50, fit: true } },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   navigationButtons: false, keyboard: false, multiselect: false }
  };
  state.views = { nodes: nodeView, edges: edgeView };
  performance.mark("kg-datasets");
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  state.network = network;
  performance.mark("kg-network");

  // The page is still once the hidden physics run ends (physics is then
  // switched off) or, without physics, once the first frame is drawn.
  function settle() {
    if (state.ready) { return; }
    network.setOptions({ physics: { enabled: false } });
    state.ready = true;
    state.readyAt = performance.now();
    performance.mark("kg-ready");
    document.documentElement.setAttribute("data-kg-ready", "true");
  }
  if (!data.nodes.length) {
    requestAnimationFrame(settle);  // nothing to lay out or draw
  } else if (!physics) {
    network.once("afterDrawing", function () { requestAnimationFrame(settle); });
  } else {
    network.once("stabilizationIterationsDone", settle);
    network.once("stabilized", settle);
  }

  // Legend.
  var legend = document.getElementById("kg-legend");
  var present = new Set(data.nodes.map(function (n) { return n.kind; }));
  Object.keys(styles).forEach(function (kind) {
    var key = el("div", "kg-key");
    var swatch = el("span", "kg-swatch " + styles[kind].shape);
    swatch.style.background = styles[kind].color;
    swatch.style.color = styles[kind].color;
    key.appendChild(swatch);
    key.appendChild(el("span", null, styles[kind].label));
    if (!present.has(kind)) { key.style.opacity = "0.45"; }
    legend.appendChild(key);
  });
  legend.appendChild(el("div", "kg-key kg-edge-key",
    "Arrow: actor \u2192 target of an action; size: mentions; dashed: negated or a figure."));
  // Edge colours: the event families present.
  var familyColors = new Map();
  data.edges.forEach(function (e) { if (e.family) { familyColors.set(e.family, e.color); } });
  Array.from(familyColors.keys()).sort().forEach(function (family) {
    var key = el("div", "kg-key kg-type-key");
    var swatch = el("span", "kg-swatch kg-line");
    swatch.style.background = familyColors.get(family);
    key.appendChild(swatch);
    key.appendChild(el("span", null, family));
    legend.appendChild(key);
  });

  // Notices, counts, filters.
  var notice = document.getElementById("kg-notice");
  if (meta.notes.length) { notice.textContent = meta.notes.join(" "); notice.hidden = false; }
  var count = document.getElementById("kg-count");
  function showCount() {
    count.textContent = nodeView.length + " nodes \u00b7 " + edgeView.length + " edges shown";
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
  data.edges.forEach(function (e) {
    if (e.source) { sources.add(e.source); }
    if (e.document) { documents.add(e.document); }
  });
  var typeSelect = document.getElementById("kg-type");
  // Each family, then its subtypes, indented.
  var typeOrder = [];
  Array.from(familyColors.keys()).sort().forEach(function (family) {
    typeOrder.push(family);
    var below = new Set();
    data.edges.forEach(function (e) {
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
  document.getElementById("kg-reset").addEventListener("click", function () {
    filters.kinds = new Set(Object.keys(styles));
    filters.source = filters.document = filters.type = "";
    filters.min = 0;
    sourceSelect.value = documentSelect.value = typeSelect.value = "";
    minInput.value = "0";
    Array.prototype.forEach.call(kindsBox.querySelectorAll("input"),
                                 function (b) { b.checked = true; });
    unhighlight();
    refresh();
    network.fit();
  });
  function refresh() {
    recompute();
    nodeView.refresh();
    edgeView.refresh();
    showCount();
  }
  showCount();

  // Details: one builder for the tooltip and the side panel, text only.
  function row(list, term, value) {
    if (value === undefined || value === null || value === "" ||
        (Array.isArray(value) && !value.length)) { return; }
    list.appendChild(el("dt", null, term));
    var dd = el("dd", null, Array.isArray(value) ? value.join(", ") : value);
    list.appendChild(dd);
    return dd;
  }
  function nodeCard(n) {
    var card = el("div", "kg-card");
    card.appendChild(el("h2", null, n.label));
    var list = el("dl");
    row(list, "Class", styles[n.kind].label);
    row(list, "Aliases", n.aliases);
    if (n.lat !== null && n.long !== null) {
      row(list, "Coordinates", Number(n.lat).toFixed(4) + ", " + Number(n.long).toFixed(4));
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
    // What the node did, had done to it, or reported: one line per event.
    var lines = [];
    data.edges.forEach(function (e) {
      if (e.role !== "event") { return; }
      var line = null;
      var verb = (e.negated ? "not " : "") + e.action;
      if (e.from === n.id || e.to === n.id) {
        line = info.get(e.from).label + " → " + verb + " → " +
               (e.from === e.to && e.object ? e.object : info.get(e.to).label);
      } else if (e.source !== null && e.source === n.label) {
        line = "reported: " + info.get(e.from).label + " → " + verb;
      }
      if (line !== null) { lines.push(line); }
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
  function edgeCard(e) {
    var card = el("div", "kg-card");
    var from = info.get(e.from), to = info.get(e.to);
    var verb = (e.negated ? "not " : "") + e.action;
    if (e.role === "figure") {
      card.appendChild(el("h2", null, to.label));
      card.appendChild(el("p", "kg-hint", "A figure in: " + from.label + " \u2192 " + verb));
    } else {
      var head = e.from === e.to && e.object ? e.object : to.label;
      card.appendChild(el("h2", null, from.label + " \u2192 " + verb + " \u2192 " + head));
    }
    if (e.evidence) { card.appendChild(el("blockquote", "kg-evidence", e.evidence)); }
    var list = el("dl");
    row(list, "Type", e.type);
    row(list, "Source", e.source);
    row(list, "Time", e.time ? (e.date && e.date !== e.time ? e.time + " (" + e.date + ")" : e.time)
                             : e.date);
    row(list, "Figures", e.figures);
    var neg = row(list, "Negated", e.negated ? "yes" : "no");
    if (e.negated && neg) { neg.className = "kg-neg"; }
    row(list, "Modality", e.modality);
    row(list, "Object", e.object);
    row(list, "Document", e.document ? docName(e.document) : null);
    card.appendChild(list);
    return card;
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
  network.on("hoverEdge", function (p) { showTip(edgeCard(edgeInfo.get(p.edge)), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  container.addEventListener("mouseleave", hideTip);

  // Neighbourhood highlight.
  var highlighted = false;
  function highlight(id) {
    var near = new Set(network.getConnectedNodes(id));
    near.add(id);
    var faded = { background: "#e3e6e8", border: "#d0d5d9" };
    nodes.update(data.nodes.map(function (n) {
      return near.has(n.id)
        ? { id: n.id, color: nodeColor(n.kind), font: { color: "#1d2329" } }
        : { id: n.id, color: faded, font: { color: "#c0c6cb" } };
    }));
    var touching = new Set(network.getConnectedEdges(id));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, color: touching.has(e.id) ? { color: "#46515a", opacity: 1 }
                                                    : { color: "#d6dadd", opacity: 0.5 },
               font: { color: touching.has(e.id) ? "#1d2329" : "rgba(0,0,0,0)" } };
    }));
    highlighted = true;
  }
  function unhighlight() {
    if (!highlighted) { return; }
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, color: nodeColor(n.kind), font: { color: "#1d2329" } };
    }));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, color: { color: e.color, opacity: 1 }, font: { color: "#46515a" } };
    }));
    highlighted = false;
  }
  network.on("click", function (p) {
    if (p.nodes.length) {
      var n = info.get(p.nodes[0]);
      pin(nodeCard(n));
      highlight(n.id);
    } else if (p.edges.length) {
      unhighlight();
      pin(edgeCard(edgeInfo.get(p.edges[0])));
    } else {
      unhighlight();
    }
  });

  // Search by label or alias.
  var names = document.getElementById("kg-names");
  data.nodes.slice().sort(function (a, b) { return b.mentions - a.mentions; })
    .slice(0, 2000).forEach(function (n) {
      var option = el("option");
      option.value = n.label;
      names.appendChild(option);
    });
  var search = document.getElementById("kg-search");
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return null; }
    var exact = null, partial = null;
    data.nodes.forEach(function (n) {
      if (!visibleNodes.has(n.id)) { return; }
      var all = [n.label].concat(n.aliases).map(function (s) { return s.toLowerCase(); });
      if (!exact && all.indexOf(q) >= 0) { exact = n; }
      if (!partial && all.some(function (s) { return s.indexOf(q) >= 0; })) { partial = n; }
    });
    return exact || partial;
  }
  function go() {
    var n = find(search.value);
    search.setCustomValidity(n || !search.value ? "" : "No node by that name");
    if (!n) { return; }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    highlight(n.id);
    pin(nodeCard(n));
  }
  search.addEventListener("change", go);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { go(); } });
}());
