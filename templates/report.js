/* argmap report: semantics and language switches, details panel, map <-> source links.
   All debate text is written with textContent (never as HTML). */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("argmap-data").textContent);
  var root = document.documentElement;
  var state = { lang: data.lang, semantics: data.semantics[0].id, selected: null, returnFocus: null };
  var semanticsById = {};
  var statusByCode = {};
  Object.keys(data.statuses).forEach(function (s) { statusByCode[data.statuses[s].code] = s; });
  data.semantics.forEach(function (s) {
    s.statuses = {};
    data.arguments.forEach(function (argument, i) { s.statuses[argument] = statusByCode[s.codes.charAt(i)]; });
    semanticsById[s.id] = s;
  });
  Object.keys(data.statements).forEach(function (id) {
    var st = data.statements[id];
    ["positions", "supportedBy", "attackedBy", "supports", "attacks"].forEach(function (key) { st[key] = st[key] || []; });
  });
  Object.keys(data.inferences).forEach(function (id) {
    data.inferences[id].attackedBy = data.inferences[id].attackedBy || [];
  });
  var STATUS_CLASSES = Object.keys(data.statuses).map(function (s) { return "status-" + s; });
  var marksByStatement = {};
  var zoom = {};

  function msg(key) {
    var table = data.messages[state.lang] || data.messages.en;
    return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
  }

  function el(tag, attributes) {
    var node = document.createElement(tag);
    if (attributes) {
      Object.keys(attributes).forEach(function (name) {
        if (name === "text") { node.textContent = attributes[name]; }
        else if (name === "className") { node.className = attributes[name]; }
        else { node.setAttribute(name, attributes[name]); }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) { continue; }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function isStatement(id) { return Object.prototype.hasOwnProperty.call(data.statements, id); }
  function isInference(id) { return Object.prototype.hasOwnProperty.call(data.inferences, id); }

  function paraphrase(id, lang) {
    if (isInference(id)) {
      var inf = data.inferences[id];
      return inf.premises.join(" + ") + " → " + inf.conclusion;
    }
    var text = data.statements[id].text;
    return text[lang || state.lang] || text.en || text[Object.keys(text)[0]];
  }

  function statusOf(id, semantics) {
    var s = semanticsById[semantics || state.semantics];
    return Object.prototype.hasOwnProperty.call(s.statuses, id) ? s.statuses[id] : null;
  }

  /* ---- the maps ------------------------------------------------------------------ */

  function mapContainers() { return Array.prototype.slice.call(document.querySelectorAll(".map")); }

  function visibleMap() {
    var maps = mapContainers();
    for (var i = 0; i < maps.length; i++) { if (!maps[i].hidden) { return maps[i]; } }
    return maps[0];
  }

  function prefixOf(container) {
    var key = container.getAttribute("data-map");
    return key === "all" ? data.mapPrefix.en : data.mapPrefix[key];
  }

  function nodeIn(container, id) {
    var prefix = prefixOf(container);
    var kind = isInference(id) ? data.names.inference : data.names.statement;
    var node = document.getElementById(prefix + kind + id);
    return node && container.contains(node) ? node : null;
  }

  function nodeLabel(id) {
    var label = (isInference(id) ? msg("inference") + " " + id : id) + msg("colon") + paraphrase(id);
    var status = statusOf(id);
    if (status) { label += " (" + data.statuses[status].name[state.lang] + ")"; }
    return label;
  }

  function setUpMaps() {
    mapContainers().forEach(function (container) {
      Object.keys(data.statements).concat(Object.keys(data.inferences)).forEach(function (id) {
        var node = nodeIn(container, id);
        if (!node) { return; }
        node.setAttribute("tabindex", "0");
        node.setAttribute("role", "button");
        node.setAttribute("data-element", id);
      });
      container.addEventListener("click", function (event) {
        var node = event.target.closest("g.node[data-element]");
        if (node) { open(node.getAttribute("data-element"), "map"); }
      });
      container.addEventListener("keydown", function (event) {
        var node = event.target.closest && event.target.closest("g.node[data-element]");
        if (node && (event.key === "Enter" || event.key === " ")) {
          event.preventDefault();
          open(node.getAttribute("data-element"), "map");
        }
      });
    });
  }

  function applySemantics() {
    var s = semanticsById[state.semantics];
    mapContainers().forEach(function (container) {
      Object.keys(s.statuses).forEach(function (id) {
        var node = nodeIn(container, id);
        if (!node) { return; }
        var status = s.statuses[id];
        STATUS_CLASSES.forEach(function (c) { node.classList.remove(c); });
        node.classList.add("status-" + status);
        var glyph = node.querySelector("text");
        if (glyph) { glyph.textContent = data.statuses[status].glyph; }
      });
      Object.keys(data.statements).concat(Object.keys(data.inferences)).forEach(function (id) {
        var node = nodeIn(container, id);
        if (!node) { return; }
        var label = nodeLabel(id);
        node.setAttribute("aria-label", label);
        var title = node.querySelector("title");
        if (title) { title.textContent = label; }
      });
    });
    document.querySelectorAll(".status-legend").forEach(function (list) {
      list.hidden = (list.getAttribute("data-kind") === "unique") !== s.unique;
    });
    document.querySelectorAll(".current-semantics-name").forEach(function (node) {
      node.textContent = s.name[state.lang];
    });
    var column = data.semantics.indexOf(s) + 1;
    document.querySelectorAll("#status-table tr").forEach(function (row) {
      if (row.cells.length < column + 1 || row.classList.contains("group")) { return; }
      for (var i = 1; i < row.cells.length; i++) { row.cells[i].classList.toggle("current", i === column); }
    });
    if (state.selected) { renderDetails(state.selected); }
  }

  /* ---- zoom ---------------------------------------------------------------------- */

  function naturalSize(svg) {
    if (!svg.hasAttribute("data-width")) {
      svg.setAttribute("data-width", parseFloat(svg.getAttribute("width")) * 4 / 3);
      svg.setAttribute("data-height", parseFloat(svg.getAttribute("height")) * 4 / 3);
    }
    return [parseFloat(svg.getAttribute("data-width")), parseFloat(svg.getAttribute("data-height"))];
  }

  function setZoom(container, scale) {
    var svg = container.querySelector("svg");
    if (!svg) { return; }
    var size = naturalSize(svg);
    zoom[container.getAttribute("data-map")] = scale;
    svg.setAttribute("width", Math.round(size[0] * scale) + "px");
    svg.setAttribute("height", Math.round(size[1] * scale) + "px");
  }

  function fitScale(container) {
    var svg = container.querySelector("svg");
    var scroll = document.getElementById("map-scroll");
    if (!svg) { return 1; }
    var width = naturalSize(svg)[0];
    var available = Math.max(scroll.clientWidth - 4, 200);
    return Math.min(1, available / width);
  }

  function setUpZoom() {
    mapContainers().forEach(function (container) {
      var hidden = container.hidden;
      container.hidden = false;
      setZoom(container, Math.max(fitScale(container), 0.5));
      container.hidden = hidden;
    });
    document.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var container = visibleMap();
        var current = zoom[container.getAttribute("data-map")] || 1;
        var action = button.getAttribute("data-zoom");
        var next = action === "in" ? current * 1.25 : action === "out" ? current / 1.25 : fitScale(container);
        setZoom(container, Math.min(Math.max(next, 0.1), 4));
      });
    });
  }

  /* ---- details ------------------------------------------------------------------- */

  function statusChip(id) {
    var status = statusOf(id);
    if (!status) { return null; }
    var info = data.statuses[status];
    return el("span", { className: "status-chip status-" + status, title: info.name[state.lang] }, info.glyph);
  }

  function reference(id) {
    var button = el("button", { type: "button", className: "link-button", "data-open": id },
      statusChip(id), el("code", { text: id }), " " + paraphrase(id));
    return button;
  }

  function section(title) {
    var wrapper = el("div", { className: "details-section" }, el("h3", { text: title }));
    for (var i = 1; i < arguments.length; i++) {
      if (arguments[i]) { wrapper.appendChild(arguments[i]); }
    }
    return wrapper;
  }

  function list(items) {
    if (!items.length) { return el("p", { className: "muted", text: msg("nothing") }); }
    var ul = el("ul");
    items.forEach(function (item) { ul.appendChild(item); });
    return ul;
  }

  function statusLine(id) {
    var status = statusOf(id);
    var s = semanticsById[state.semantics];
    if (!status) { return el("p", { className: "muted", text: msg("not_argument") }); }
    var info = data.statuses[status];
    return el("p", { className: "status-line status-" + status, "data-status": status },
      el("strong", { text: info.glyph + " " + info.name[state.lang] }),
      " — " + msg("under") + " " + s.name[state.lang] + msg("colon") + info.description[state.lang]);
  }

  function explanation(text) {
    return section(msg("explanation"),
      el("p", { className: "explanation" + (text ? "" : " muted"), text: text || msg("explanation_unavailable") }));
  }

  function attackItems(attacks) {
    return attacks.map(function (a) {
      return el("li", {}, msg(a[1] + "_by") + " ", reference(a[2]));
    });
  }

  function renderStatement(id, body) {
    var st = data.statements[id];
    body.appendChild(el("p", { className: "kind-line" }, el("span", { className: "kind", text: msg(st.kind) }), " · ", el("code", { text: id })));
    body.appendChild(statusLine(id));
    var texts = el("div");
    ["en", "fr"].concat(Object.keys(st.text).filter(function (l) { return l !== "en" && l !== "fr"; }))
      .forEach(function (lang) {
        if (!st.text[lang]) { return; }
        var tag = lang === "en" || lang === "fr" ? msg("text_" + lang) : lang;
        texts.appendChild(el("p", { className: "paraphrase", lang: lang },
          el("span", { className: "lang-tag", text: tag }), st.text[lang]));
      });
    body.appendChild(section(msg("paraphrase"), texts));
    if (st.quote) {
      var speaker = data.speakers[st.speaker] || st.speaker;
      var actions = el("div", { className: "actions" });
      if (marksByStatement[id]) {
        actions.appendChild(el("button", { type: "button", "data-show-passage": id, text: msg("show_in_source") }));
      }
      actions.appendChild(el("button", { type: "button", "data-show-node": id, text: msg("show_on_map") }));
      body.appendChild(section(msg("quote"),
        el("blockquote", {}, "“" + st.quote + "”"),
        el("p", {}, "— " + msg("said_by") + " ", el("strong", { text: speaker }),
          st.source && data.sources[st.source] ? " " + msg("in_source") + " " : "",
          st.source && data.sources[st.source] ? el("cite", { text: data.sources[st.source] }) : null),
        actions));
    }
    if (st.answers) { body.appendChild(section(msg("answers"), list([el("li", {}, reference(st.answers))]))); }
    if (st.positions.length) {
      body.appendChild(section(msg("positions"), list(st.positions.map(function (p) {
        return el("li", {}, reference(p));
      }))));
    }
    if (st.kind !== "issue") {
      body.appendChild(section(msg("supported_by"), list(st.supportedBy.map(function (s) {
        var premises = s.slice(1);
        var item = el("li", {}, reference(s[0]), " " + (premises.length > 1 ? msg("linked") : msg("premise")) + msg("colon").replace(/ $/, ""));
        var inner = el("ul");
        premises.forEach(function (p) { inner.appendChild(el("li", {}, reference(p))); });
        item.appendChild(inner);
        return item;
      }))));
      body.appendChild(section(msg("attacked_by"), list(attackItems(st.attackedBy))));
      body.appendChild(section(msg("supports"), list(st.supports.map(function (s) {
        return el("li", {}, reference(s[0]), " → ", reference(s[1]));
      }))));
      body.appendChild(section(msg("attacks"), list(st.attacks.map(function (a) {
        return el("li", {}, msg(a[1]) + " ", reference(a[2]));
      }))));
    }
    if (st.note) { body.appendChild(section(msg("note"), el("p", { text: st.note }))); }
    if (st.argument) { body.appendChild(explanation(st.explanation)); }
  }

  function renderInference(id, body) {
    var inf = data.inferences[id];
    body.appendChild(el("p", { className: "kind-line" }, el("span", { className: "kind", text: msg("inference") }), " · ", el("code", { text: id })));
    body.appendChild(statusLine(id));
    body.appendChild(section(inf.premises.length > 1 ? msg("linked") : msg("premise"),
      list(inf.premises.map(function (p) { return el("li", {}, reference(p)); }))));
    body.appendChild(section(msg("conclusion"), list([el("li", {}, reference(inf.conclusion))])));
    body.appendChild(section(msg("attacked_by"), list(attackItems(inf.attackedBy))));
    body.appendChild(explanation(inf.explanation));
  }

  function renderDetails(id) {
    var body = document.getElementById("details-body");
    while (body.firstChild) { body.removeChild(body.firstChild); }
    var heading = el("h3", { className: "details-title" });
    if (isInference(id)) { heading.textContent = msg("inference") + " " + id; }
    else { heading.textContent = paraphrase(id); }
    body.appendChild(heading);
    if (isInference(id)) { renderInference(id, body); } else { renderStatement(id, body); }
    body.hidden = false;
    document.getElementById("details-empty").hidden = true;
    document.getElementById("details-close").hidden = false;
    document.getElementById("details").classList.add("open");
  }

  function closeDetails() {
    if (!state.selected) { return; }
    state.selected = null;
    document.getElementById("details-body").hidden = true;
    document.getElementById("details-empty").hidden = false;
    document.getElementById("details-close").hidden = true;
    document.getElementById("details").classList.remove("open");
    highlight(null);
    if (state.returnFocus && document.contains(state.returnFocus)) { state.returnFocus.focus(); }
    state.returnFocus = null;
  }

  /* ---- linking map, details, source and table ---------------------------------------- */

  function scrollWithin(container, target) {
    var outer = container.getBoundingClientRect();
    var inner = target.getBoundingClientRect();
    container.scrollTop += (inner.top - outer.top) - (outer.height - inner.height) / 2;
    container.scrollLeft += (inner.left - outer.left) - (outer.width - inner.width) / 2;
  }

  function highlight(id) {
    document.querySelectorAll("g.node.selected").forEach(function (n) { n.classList.remove("selected"); });
    document.querySelectorAll("mark.quote.active").forEach(function (m) { m.classList.remove("active"); });
    document.querySelectorAll("#status-table tr.selected").forEach(function (r) { r.classList.remove("selected"); });
    if (!id) { return; }
    mapContainers().forEach(function (container) {
      var node = nodeIn(container, id);
      if (node) { node.classList.add("selected"); }
    });
    (marksByStatement[id] || []).forEach(function (m) { m.classList.add("active"); });
    var row = document.querySelector('#status-table tr[data-row="' + cssEscape(id) + '"]');
    if (row) { row.classList.add("selected"); }
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/[^A-Za-z0-9_-]/g, "\\$&");
  }

  function showNode(id) {
    var container = visibleMap();
    var node = nodeIn(container, id);
    if (node) { scrollWithin(document.getElementById("map-scroll"), node); }
  }

  function showPassage(id) {
    var marks = marksByStatement[id];
    if (marks && marks.length) { scrollWithin(document.getElementById("source-scroll"), marks[0]); }
  }

  function narrow() { return window.matchMedia("(max-width: 900px)").matches; }

  function open(id, from) {
    if (!isStatement(id) && !isInference(id)) { return; }
    if (!state.selected) { state.returnFocus = document.activeElement; }
    state.selected = id;
    renderDetails(id);
    highlight(id);
    if (from !== "map") { showNode(id); }
    if (from !== "source") { showPassage(id); }
    if (narrow() && from !== "details") {
      document.getElementById("details").scrollIntoView({ block: "start" });
    }
  }

  function setUpSource() {
    document.querySelectorAll("mark.quote").forEach(function (mark) {
      mark.getAttribute("data-statements").split(" ").forEach(function (id) {
        (marksByStatement[id] = marksByStatement[id] || []).push(mark);
      });
    });
    var pane = document.getElementById("source-scroll");
    function activate(event) {
      var mark = event.target.closest("mark.quote");
      if (!mark) { return; }
      var ids = mark.getAttribute("data-statements").split(" ");
      var index = ids.indexOf(state.selected);
      open(ids[(index + 1) % ids.length], "source");
    }
    pane.addEventListener("click", activate);
    pane.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        if (event.target.closest("mark.quote")) { event.preventDefault(); activate(event); }
      }
    });
  }

  /* ---- language ------------------------------------------------------------------ */

  function nameCells() {
    document.querySelectorAll("#status-table td[class^='status-']").forEach(function (td) {
      var match = /status-([a-z_]+)/.exec(td.className);
      if (match && data.statuses[match[1]]) { td.setAttribute("title", data.statuses[match[1]].name[state.lang]); }
    });
  }

  function setLanguage(lang) {
    state.lang = lang;
    root.setAttribute("lang", lang);
    root.setAttribute("data-lang", lang);
    document.querySelectorAll("[data-set-lang]").forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-set-lang") === lang ? "true" : "false");
    });
    document.querySelectorAll("[data-i18n]").forEach(function (n) { n.textContent = msg(n.getAttribute("data-i18n")); });
    document.querySelectorAll("[data-i18n-aria]").forEach(function (n) { n.setAttribute("aria-label", msg(n.getAttribute("data-i18n-aria"))); });
    document.querySelectorAll("[data-i18n-title]").forEach(function (n) { n.setAttribute("title", msg(n.getAttribute("data-i18n-title"))); });
    var select = document.getElementById("semantics-select");
    Array.prototype.forEach.call(select.options, function (option) {
      option.textContent = semanticsById[option.value].name[lang];
    });
    document.querySelectorAll("#status-table th[data-sem]").forEach(function (th) {
      th.textContent = semanticsById[th.getAttribute("data-sem")].name[lang];
    });
    nameCells();
    document.querySelectorAll(".extensions").forEach(function (details) {
      var strong = details.querySelector("summary strong");
      if (strong) { strong.textContent = semanticsById[details.getAttribute("data-sem")].name[lang]; }
    });
    document.querySelectorAll(".status-name").forEach(function (n) {
      var info = data.statuses[n.getAttribute("data-status")];
      n.textContent = info.name[lang] + msg("colon") + info.description[lang];
    });
    document.querySelectorAll("mark.quote").forEach(function (mark) {
      mark.setAttribute("aria-label", msg("quote_of") + " " + mark.getAttribute("data-statements").split(" ").join(", "));
    });
    var maps = mapContainers();
    var own = maps.filter(function (m) { return m.getAttribute("data-map") === lang; });
    if (own.length) {
      maps.forEach(function (m) { m.hidden = m.getAttribute("data-map") !== lang; });
    }
    applySemantics();
  }

  /* ---- wiring -------------------------------------------------------------------- */

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-open], [data-show-passage], [data-show-node], [data-set-lang]");
    if (!target) { return; }
    if (target.hasAttribute("data-open")) {
      var from = target.closest("#details") ? "details" : "table";
      open(target.getAttribute("data-open"), from);
    } else if (target.hasAttribute("data-show-passage")) {
      showPassage(target.getAttribute("data-show-passage"));
    } else if (target.hasAttribute("data-show-node")) {
      showNode(target.getAttribute("data-show-node"));
    } else if (target.hasAttribute("data-set-lang")) {
      setLanguage(target.getAttribute("data-set-lang"));
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { closeDetails(); }
  });
  document.getElementById("details-close").addEventListener("click", closeDetails);
  document.getElementById("semantics-select").addEventListener("change", function (event) {
    state.semantics = event.target.value;
    applySemantics();
  });

  setUpMaps();
  nameCells();
  setUpSource();
  setUpZoom();
  applySemantics();
  root.classList.add("ready");
}());
