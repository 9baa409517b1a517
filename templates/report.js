/* argmap report: semantics, reading and language switches, details panel, map <-> source links.
   All debate text is written with textContent (never as HTML). */
/* global argmapGradual, argmapDom */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("argmap-data").textContent);
  var root = document.documentElement;
  var state = {
    lang: data.lang,
    semantics: data.semantics[0].id,
    reading: data.reading,
    selected: null,
    returnFocus: null,
  };
  var semanticsById = {};
  var readingById = {};
  var statusByCode = {};
  Object.keys(data.statuses).forEach(function (s) {
    statusByCode[data.statuses[s].code] = s;
  });
  function decode(codes) {
    var statuses = {};
    data.arguments.forEach(function (argument, i) {
      statuses[argument] = statusByCode[codes.charAt(i)];
    });
    return statuses;
  }
  data.semantics.forEach(function (s) {
    s.statuses = decode(s.codes);
    semanticsById[s.id] = s;
  });
  data.readings.forEach(function (r) {
    readingById[r.id] = r;
  });
  Object.keys(data.statements).forEach(function (id) {
    var st = data.statements[id];
    ["positions", "supportedBy", "attackedBy", "supports", "attacks"].forEach(function (key) {
      st[key] = st[key] || [];
    });
  });
  Object.keys(data.inferences).forEach(function (id) {
    data.inferences[id].attackedBy = data.inferences[id].attackedBy || [];
  });
  var STATUS_CLASSES = Object.keys(data.statuses).map(function (s) {
    return "status-" + s;
  });
  var marksByStatement = {};
  var zoom = {};

  function msg(key) {
    var table = data.messages[state.lang] || data.messages.en;
    return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
  }

  var el = argmapDom.el;

  function isStatement(id) {
    return Object.prototype.hasOwnProperty.call(data.statements, id);
  }
  function isInference(id) {
    return Object.prototype.hasOwnProperty.call(data.inferences, id);
  }

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

  function mapContainers() {
    return Array.prototype.slice.call(document.querySelectorAll(".map"));
  }

  function visibleMap() {
    var maps = mapContainers();
    for (var i = 0; i < maps.length; i++) {
      if (!maps[i].hidden) {
        return maps[i];
      }
    }
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
    var label =
      (isInference(id) ? msg("inference") + " " + id : id) + msg("colon") + paraphrase(id);
    var status = statusOf(id);
    if (status) {
      label += " (" + data.statuses[status].name[state.lang] + ")";
    }
    return label;
  }

  function setUpMaps() {
    mapContainers().forEach(function (container) {
      Object.keys(data.statements)
        .concat(Object.keys(data.inferences))
        .forEach(function (id) {
          var node = nodeIn(container, id);
          if (!node) {
            return;
          }
          node.setAttribute("tabindex", "0");
          node.setAttribute("role", "button");
          node.setAttribute("data-element", id);
        });
      container.addEventListener("click", function (event) {
        var node = event.target.closest("g.node[data-element]");
        if (node) {
          open(node.getAttribute("data-element"), "map");
        }
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
        if (!node) {
          return;
        }
        var status = s.statuses[id];
        STATUS_CLASSES.forEach(function (c) {
          node.classList.remove(c);
        });
        node.classList.add("status-" + status);
        var glyph = node.querySelector("text");
        if (glyph) {
          glyph.textContent = data.statuses[status].glyph;
        }
      });
      Object.keys(data.statements)
        .concat(Object.keys(data.inferences))
        .forEach(function (id) {
          var node = nodeIn(container, id);
          if (!node) {
            return;
          }
          var label = nodeLabel(id);
          node.setAttribute("aria-label", label);
          var title = node.querySelector("title");
          if (title) {
            title.textContent = label;
          }
        });
    });
    document.querySelectorAll(".status-legend").forEach(function (list) {
      list.hidden = (list.getAttribute("data-kind") === "unique") !== s.unique;
    });
    document.querySelectorAll(".current-semantics-name").forEach(function (node) {
      node.textContent = s.name[state.lang];
    });
    document.querySelectorAll(".current-reading-name").forEach(function (node) {
      node.textContent = fill(msg("reading_named"), {
        name: readingById[state.reading].name[state.lang],
      });
    });
    var column = data.semantics.indexOf(s) + 1;
    document.querySelectorAll("#status-table tr").forEach(function (row) {
      if (row.cells.length < column + 1 || row.classList.contains("group")) {
        return;
      }
      for (var i = 1; i < row.cells.length; i++) {
        row.cells[i].classList.toggle("current", i === column);
      }
    });
    if (state.selected) {
      renderDetails(state.selected);
    }
  }

  /* Statuses under the reading chosen: every semantics, the table, the extensions. */
  function applyReading() {
    var reading = readingById[state.reading];
    data.semantics.forEach(function (s) {
      s.statuses = decode(reading.codes[s.id]);
    });
    var disagree = {};
    reading.disagree.forEach(function (id) {
      disagree[id] = true;
    });
    document.querySelectorAll("#status-table tr[data-row]").forEach(function (row) {
      var id = row.getAttribute("data-row");
      var first = data.semantics[0];
      if (!Object.prototype.hasOwnProperty.call(first.statuses, id)) {
        return;
      }
      data.semantics.forEach(function (s, i) {
        var cell = row.cells[i + 1];
        var status = s.statuses[id];
        STATUS_CLASSES.forEach(function (c) {
          cell.classList.remove(c);
        });
        cell.classList.add("status-" + status);
        cell.textContent = data.statuses[status].glyph;
      });
      row.classList.toggle("disagree", !!disagree[id]);
      var mark = row.cells[row.cells.length - 1];
      mark.textContent = "";
      if (disagree[id]) {
        mark.appendChild(
          el("span", {
            title: msg("disagree_mark"),
            "data-i18n-title": "disagree_mark",
            text: "≠",
          }),
        );
      }
    });
    document.querySelectorAll(".extensions[data-reading]").forEach(function (details) {
      details.hidden = details.getAttribute("data-reading") !== state.reading;
    });
    nameCells();
    applyTableFilter();
    applySemantics();
  }

  /* ---- zoom ---------------------------------------------------------------------- */

  function naturalSize(svg) {
    if (!svg.hasAttribute("data-width")) {
      svg.setAttribute("data-width", (parseFloat(svg.getAttribute("width")) * 4) / 3);
      svg.setAttribute("data-height", (parseFloat(svg.getAttribute("height")) * 4) / 3);
    }
    return [
      parseFloat(svg.getAttribute("data-width")),
      parseFloat(svg.getAttribute("data-height")),
    ];
  }

  function setZoom(container, scale) {
    var svg = container.querySelector("svg");
    if (!svg) {
      return;
    }
    var size = naturalSize(svg);
    zoom[container.getAttribute("data-map")] = scale;
    svg.setAttribute("width", Math.round(size[0] * scale) + "px");
    svg.setAttribute("height", Math.round(size[1] * scale) + "px");
  }

  function fitScale(container) {
    var svg = container.querySelector("svg");
    var scroll = document.getElementById("map-scroll");
    if (!svg) {
      return 1;
    }
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
        var next =
          action === "in"
            ? current * 1.25
            : action === "out"
              ? current / 1.25
              : fitScale(container);
        setZoom(container, Math.min(Math.max(next, 0.1), 4));
      });
    });
  }

  /* ---- details ------------------------------------------------------------------- */

  function statusChip(id) {
    var status = statusOf(id);
    if (!status) {
      return null;
    }
    var info = data.statuses[status];
    return el(
      "span",
      { className: "status-chip status-" + status, title: info.name[state.lang] },
      info.glyph,
    );
  }

  function reference(id) {
    var button = el(
      "button",
      { type: "button", className: "link-button", "data-open": id },
      statusChip(id),
      el("code", { text: id }),
      " " + paraphrase(id),
    );
    return button;
  }

  function section(title) {
    var wrapper = el("div", { className: "details-section" }, el("h3", { text: title }));
    for (var i = 1; i < arguments.length; i++) {
      if (arguments[i]) {
        wrapper.appendChild(arguments[i]);
      }
    }
    return wrapper;
  }

  function list(items) {
    if (!items.length) {
      return el("p", { className: "muted", text: msg("nothing") });
    }
    var ul = el("ul");
    items.forEach(function (item) {
      ul.appendChild(item);
    });
    return ul;
  }

  function statusLine(id) {
    var status = statusOf(id);
    var s = semanticsById[state.semantics];
    if (!status) {
      return el("p", { className: "muted", text: msg("not_argument") });
    }
    var info = data.statuses[status];
    return el(
      "p",
      { className: "status-line status-" + status, "data-status": status },
      el("strong", { text: info.glyph + " " + info.name[state.lang] }),
      " — " + msg("under") + " " + s.name[state.lang] + msg("colon") + info.description[state.lang],
    );
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  function semanticsNames(ids) {
    return ids
      .map(function (id) {
        return semanticsById[id] ? semanticsById[id].name[state.lang] : id;
      })
      .join(", ");
  }

  /* ---- explanations, what-if lists ------------------------------------------------ */

  function stepName(id) {
    var known = isInference(id) || Object.prototype.hasOwnProperty.call(data.statements, id);
    return known ? fill(msg("step_name"), { 0: paraphrase(id) }) : id;
  }

  function stepLabel(step) {
    var names = step.ids.map(function (id) {
      return id ? stepName(id) : id;
    });
    var values = {
      all: names.filter(Boolean).join(", "),
      rest: names.slice(2).filter(Boolean).join(", ") || "∅",
    };
    names.forEach(function (name, i) {
      values[i] = name;
    });
    return fill(msg("step_" + step.kind), values);
  }

  function stepTree(steps) {
    var ul = el("ul", { className: "proof-tree" });
    steps.forEach(function (step) {
      var ids = step.ids.filter(Boolean);
      var button = ids.length
        ? el("button", {
            type: "button",
            className: "step",
            "data-highlight": ids.join(" "),
            text: stepLabel(step),
          })
        : el("span", { className: "step muted", text: stepLabel(step) });
      var item = el("li", { "data-step": step.kind });
      if (step.children && step.children.length) {
        item.appendChild(
          el("details", { open: "" }, el("summary", {}, button), stepTree(step.children)),
        );
      } else {
        item.appendChild(button);
      }
      ul.appendChild(item);
    });
    return ul;
  }

  function explanation(id, note) {
    var wrapper = section(msg("explanation"));
    if (note) {
      wrapper.appendChild(
        el(
          "p",
          { className: "explanation analyst-note" },
          el("strong", { text: msg("analyst_note") + msg("colon") }),
          note,
        ),
      );
    }
    var embedded = Object.keys(data.explanations || {});
    var bySemantics = (data.explanations || {})[state.semantics];
    var entry = bySemantics && bySemantics[id];
    if (state.reading !== data.explainedReading) {
      if (!note) {
        wrapper.appendChild(el("p", { className: "explanation muted", text: otherReading() }));
      }
    } else if (entry) {
      var text = entry.text[state.lang] || entry.text.en;
      var prose = el("div", { className: "explanation", "data-explanation": id });
      text.split(/\n\s*\n/).forEach(function (paragraph) {
        prose.appendChild(el("p", { text: paragraph }));
      });
      wrapper.appendChild(prose);
      if (entry.steps && entry.steps.length) {
        wrapper.appendChild(
          el(
            "details",
            { className: "proof" },
            el("summary", { text: msg("proof") }),
            stepTree(entry.steps),
          ),
        );
      }
    } else if (!note) {
      var missing =
        embedded.length && !bySemantics
          ? fill(msg("explanation_not_embedded"), { list: semanticsNames(embedded) })
          : msg("explanation_unavailable");
      wrapper.appendChild(el("p", { className: "explanation muted", text: missing }));
    }
    return wrapper;
  }

  function otherReading() {
    var explained = readingById[data.explainedReading];
    return fill(msg("explanation_other_reading"), {
      reading: explained ? explained.name[state.lang] : data.explainedReading,
    });
  }

  function whatIf(id) {
    var all = data.whatIf || {};
    var wrapper = section(msg("what_if"));
    var bySemantics = all[state.semantics];
    if (state.reading !== data.explainedReading || !bySemantics || !bySemantics[id]) {
      var embedded = Object.keys(all);
      var why =
        state.reading !== data.explainedReading
          ? otherReading()
          : data.whatIfLarge
            ? msg("what_if_large")
            : embedded.length
              ? fill(msg("what_if_not_embedded"), { list: semanticsNames(embedded) })
              : msg("explanation_unavailable");
      wrapper.appendChild(el("p", { className: "muted", text: why }));
      return wrapper;
    }
    var entry = bySemantics[id];
    wrapper.classList.add("what-if");
    wrapper.appendChild(el("p", { className: "help", text: msg("what_if_help") }));
    wrapper.appendChild(
      el("p", { className: "what-if-head", text: entry.head[state.lang] || entry.head.en }),
    );
    var bar = el(
      "span",
      { className: "robustness-bar", "aria-hidden": "true" },
      el("span", { className: "fill" }),
    );
    bar.firstChild.style.width = Math.round(entry.robustness * 100) + "%";
    wrapper.appendChild(
      el(
        "p",
        { className: "robustness", "data-robustness": String(entry.robustness) },
        el("strong", { text: msg("robustness") + msg("colon") + entry.robustness.toFixed(2) }),
        " ",
        bar,
        " " + msg("robustness_help") + " (" + entry.considered + ")",
      ),
    );
    if (entry.flips.length) {
      var ol = el("ol", { className: "what-if-list" });
      entry.flips.forEach(function (flip) {
        var text = (flip.text[state.lang] || flip.text.en).replace(/^\d+\.\s*/, "");
        ol.appendChild(
          el(
            "li",
            {},
            el("button", {
              type: "button",
              className: "step edit status-" + flip.after,
              "data-highlight": flip.ids.join(" "),
              text: text,
            }),
          ),
        );
      });
      wrapper.appendChild(ol);
    }
    if (entry.more) {
      wrapper.appendChild(
        el("p", { className: "muted", text: fill(msg("what_if_more"), { n: entry.more }) }),
      );
    }
    return wrapper;
  }

  function highlightSteps(button) {
    document.querySelectorAll("g.node.explained").forEach(function (n) {
      n.classList.remove("explained");
    });
    document.querySelectorAll("#details-body .step.active").forEach(function (b) {
      b.classList.remove("active");
    });
    if (!button) {
      return;
    }
    button.classList.add("active");
    var ids = button.getAttribute("data-highlight").split(" ");
    var first = null;
    mapContainers().forEach(function (container) {
      ids.forEach(function (id) {
        var node = nodeIn(container, id);
        if (node) {
          node.classList.add("explained");
          if (!container.hidden && !first) {
            first = node;
          }
        }
      });
    });
    if (first) {
      scrollWithin(document.getElementById("map-scroll"), first);
    }
  }

  /* ---- gradual strengths ---------------------------------------------------------- */

  var gradual = null;

  /* argmapGradual (templates/gradual.js, loaded first) computes as argmap.gradual does. */
  function computeStrengths(name, weights) {
    return argmapGradual.strengths(gradual.graph, name, weights);
  }

  function setUpGradual() {
    if (!data.gradual) {
      return;
    }
    var g = data.gradual;
    gradual = {
      index: {},
      weights: g.weights.slice(),
      graph: argmapGradual.graph(g.arguments.length, g.attacks, g.supports),
      strengths: {},
      converged: {},
    };
    g.arguments.forEach(function (a, i) {
      gradual.index[a] = i;
    });
    recomputeStrengths();
  }

  /* The page's own computation replaces argmap's numbers (they agree on the initial
     weights); where it does not converge, argmap's numbers stay for the initial weights. */
  function recomputeStrengths() {
    var changed = gradual.weights.some(function (w, i) {
      return w !== data.gradual.weights[i];
    });
    data.gradual.semantics.forEach(function (name) {
      var result = computeStrengths(name, gradual.weights);
      if (result && (result.converged || changed)) {
        gradual.strengths[name] = result.values;
        gradual.converged[name] = result.converged;
      } else {
        gradual.strengths[name] = data.gradual.strengths[name].slice();
        gradual.converged[name] = data.gradual.converged[name];
      }
    });
    showStrengths(changed);
  }

  function strengthOf(name, id) {
    var i = gradual.index[id];
    return i === undefined ? null : gradual.strengths[name][i];
  }

  function showStrengths(changed) {
    document.querySelectorAll("#status-table td.strength[data-gradual]").forEach(function (cell) {
      var id = cell.parentNode.getAttribute("data-row");
      var name = cell.getAttribute("data-gradual");
      var value = strengthOf(name, id);
      if (value === null) {
        return;
      }
      cell.textContent = value.toFixed(2);
      cell.setAttribute("data-value", value.toFixed(8));
      var original = data.gradual.strengths[name][gradual.index[id]];
      cell.classList.toggle("changed", Math.abs(value - original) > 5e-7);
      cell.classList.toggle("not-converged", !gradual.converged[name]);
    });
    var note = document.getElementById("strength-note");
    if (note) {
      var failed = data.gradual.semantics.filter(function (name) {
        return !gradual.converged[name];
      });
      var parts = [];
      if (changed) {
        parts.push(msg("changed_weights"));
      }
      if (failed.length) {
        parts.push(failed.join(", ") + msg("colon") + msg("not_converged"));
      }
      note.textContent = parts.join(" · ");
      note.hidden = !parts.length;
    }
    updateChart();
  }

  function updateChart() {
    document.querySelectorAll("#details-body .strength-row").forEach(function (row) {
      var name = row.getAttribute("data-gradual");
      var value = strengthOf(name, row.getAttribute("data-argument"));
      if (value === null) {
        return;
      }
      row.querySelector(".fill").style.width = (value * 100).toFixed(1) + "%";
      var shown = row.querySelector(".value");
      shown.textContent = gradual.converged[name]
        ? value.toFixed(3)
        : value.toFixed(3) + " (" + msg("not_converged") + ")";
      shown.setAttribute("data-value", value.toFixed(8));
    });
  }

  function strengths(id) {
    if (!gradual || gradual.index[id] === undefined) {
      return null;
    }
    var i = gradual.index[id];
    var chart = el("div", {
      className: "strength-chart",
      role: "img",
      "aria-label": msg("strengths"),
    });
    data.gradual.semantics.forEach(function (name) {
      chart.appendChild(
        el(
          "div",
          { className: "strength-row", "data-gradual": name, "data-argument": id },
          el("span", { className: "gradual-name", text: name }),
          el("span", { className: "bar" }, el("span", { className: "fill" })),
          el("span", { className: "value" }),
        ),
      );
    });
    var input = el("input", {
      type: "range",
      min: "0",
      max: "1",
      step: "0.01",
      id: "weight-input",
      value: String(gradual.weights[i]),
      "data-argument": id,
    });
    var output = el("output", {
      for: "weight-input",
      className: "weight-value",
      text: gradual.weights[i].toFixed(2),
    });
    var reset = el("button", {
      type: "button",
      className: "link-button",
      "data-reset-weight": id,
      text: msg("reset_weight"),
    });
    return section(
      msg("strengths"),
      el("p", { className: "help", text: msg("strengths_help") }),
      chart,
      el(
        "p",
        { className: "weight-control" },
        el("label", { for: "weight-input", text: msg("base_weight") + " " }),
        input,
        " ",
        output,
        " ",
        reset,
      ),
    );
  }

  function setWeight(id, value) {
    var i = gradual.index[id];
    gradual.weights[i] = value;
    var output = document.querySelector("#details-body .weight-value");
    if (output) {
      output.textContent = value.toFixed(2);
    }
    recomputeStrengths();
  }

  function attackItems(attacks) {
    return attacks.map(function (a) {
      return el("li", {}, msg(a.kind + "_by") + " ", reference(a.source));
    });
  }

  function renderStatement(id, body) {
    var st = data.statements[id];
    var stance = st.stance
      ? [
          el("span", {
            className: "stance",
            text: st.stance.name[state.lang] || st.stance.name.en,
          }),
          " · ",
        ]
      : [];
    body.appendChild(
      el.apply(
        null,
        [
          "p",
          { className: "kind-line" },
          el("span", { className: "kind", text: msg(st.kind) }),
          " · ",
        ].concat(stance, [el("code", { text: id })]),
      ),
    );
    body.appendChild(statusLine(id));
    var texts = el("div");
    ["en", "fr"]
      .concat(
        Object.keys(st.text).filter(function (l) {
          return l !== "en" && l !== "fr";
        }),
      )
      .forEach(function (lang) {
        if (!st.text[lang]) {
          return;
        }
        var tag = lang === "en" || lang === "fr" ? msg("text_" + lang) : lang;
        texts.appendChild(
          el(
            "p",
            { className: "paraphrase", lang: lang },
            el("span", { className: "lang-tag", text: tag }),
            st.text[lang],
          ),
        );
      });
    body.appendChild(section(msg("paraphrase"), texts));
    if (st.quote) {
      var speaker = data.speakers[st.speaker] || st.speaker;
      var actions = el("div", { className: "actions" });
      if (marksByStatement[id]) {
        actions.appendChild(
          el("button", { type: "button", "data-show-passage": id, text: msg("show_in_source") }),
        );
      }
      actions.appendChild(
        el("button", { type: "button", "data-show-node": id, text: msg("show_on_map") }),
      );
      body.appendChild(
        section(
          msg("quote"),
          el("blockquote", {}, "“" + st.quote + "”"),
          el(
            "p",
            {},
            st.stance
              ? "— " + (st.stance.voicedBy[state.lang] || st.stance.voicedBy.en)
              : "— " + msg("said_by") + " ",
            st.stance ? null : el("strong", { text: speaker }),
            st.source && data.sources[st.source] ? " " + msg("in_source") + " " : "",
            st.source && data.sources[st.source]
              ? el("cite", { text: data.sources[st.source] })
              : null,
          ),
          actions,
        ),
      );
    }
    if (st.answers) {
      body.appendChild(section(msg("answers"), list([el("li", {}, reference(st.answers))])));
    }
    if (st.positions.length) {
      body.appendChild(
        section(
          msg("positions"),
          list(
            st.positions.map(function (p) {
              return el("li", {}, reference(p));
            }),
          ),
        ),
      );
    }
    if (st.kind !== "issue") {
      body.appendChild(
        section(
          msg("supported_by"),
          list(
            st.supportedBy.map(function (s) {
              var premises = s.premises;
              var item = el(
                "li",
                {},
                reference(s.inference),
                " " +
                  (premises.length > 1 ? msg("linked") : msg("premise")) +
                  msg("colon").replace(/ $/, ""),
              );
              var inner = el("ul");
              premises.forEach(function (p) {
                inner.appendChild(el("li", {}, reference(p)));
              });
              item.appendChild(inner);
              return item;
            }),
          ),
        ),
      );
      body.appendChild(section(msg("attacked_by"), list(attackItems(st.attackedBy))));
      body.appendChild(
        section(
          msg("supports"),
          list(
            st.supports.map(function (s) {
              return el("li", {}, reference(s.inference), " → ", reference(s.conclusion));
            }),
          ),
        ),
      );
      body.appendChild(
        section(
          msg("attacks"),
          list(
            st.attacks.map(function (a) {
              return el("li", {}, msg(a.kind) + " ", reference(a.target));
            }),
          ),
        ),
      );
    }
    if (st.note) {
      body.appendChild(section(msg("note"), el("p", { text: st.note })));
    }
    if (st.argument) {
      body.appendChild(explanation(id, st.explanation));
      body.appendChild(whatIf(id));
      var chart = strengths(id);
      if (chart) {
        body.appendChild(chart);
      }
    }
  }

  function renderInference(id, body) {
    var inf = data.inferences[id];
    body.appendChild(
      el(
        "p",
        { className: "kind-line" },
        el("span", { className: "kind", text: msg("inference") }),
        " · ",
        el("code", { text: id }),
      ),
    );
    body.appendChild(statusLine(id));
    body.appendChild(
      section(
        inf.premises.length > 1 ? msg("linked") : msg("premise"),
        list(
          inf.premises.map(function (p) {
            return el("li", {}, reference(p));
          }),
        ),
      ),
    );
    body.appendChild(section(msg("conclusion"), list([el("li", {}, reference(inf.conclusion))])));
    if (inf.scheme) {
      body.appendChild(
        section(msg("scheme"), el("p", { className: "scheme", text: inf.scheme.name[state.lang] })),
      );
      body.appendChild(
        section(
          msg("open_questions"),
          inf.scheme.open.length
            ? list(
                inf.scheme.open.map(function (q) {
                  return el("li", { className: "open-question", text: q[state.lang] });
                }),
              )
            : el("p", { className: "muted", text: msg("no_open_questions") }),
        ),
      );
    }
    body.appendChild(section(msg("attacked_by"), list(attackItems(inf.attackedBy))));
    body.appendChild(explanation(id, inf.explanation));
    var chart = strengths(id);
    if (chart) {
      body.appendChild(chart);
    }
  }

  function renderDetails(id) {
    var body = document.getElementById("details-body");
    while (body.firstChild) {
      body.removeChild(body.firstChild);
    }
    var heading = el("h3", { className: "details-title" });
    if (isInference(id)) {
      heading.textContent = msg("inference") + " " + id;
    } else {
      heading.textContent = paraphrase(id);
    }
    body.appendChild(heading);
    if (isInference(id)) {
      renderInference(id, body);
    } else {
      renderStatement(id, body);
    }
    highlightSteps(null);
    updateChart();
    body.hidden = false;
    document.getElementById("details-empty").hidden = true;
    document.getElementById("details-close").hidden = false;
    document.getElementById("details").classList.add("open");
  }

  function closeDetails() {
    if (!state.selected) {
      return;
    }
    state.selected = null;
    document.getElementById("details-body").hidden = true;
    document.getElementById("details-empty").hidden = false;
    document.getElementById("details-close").hidden = true;
    document.getElementById("details").classList.remove("open");
    highlight(null);
    highlightSteps(null);
    if (state.returnFocus && document.contains(state.returnFocus)) {
      state.returnFocus.focus();
    }
    state.returnFocus = null;
  }

  /* ---- linking map, details, source and table ---------------------------------------- */

  function scrollWithin(container, target) {
    var outer = container.getBoundingClientRect();
    var inner = target.getBoundingClientRect();
    container.scrollTop += inner.top - outer.top - (outer.height - inner.height) / 2;
    container.scrollLeft += inner.left - outer.left - (outer.width - inner.width) / 2;
  }

  function highlight(id) {
    document.querySelectorAll("g.node.selected").forEach(function (n) {
      n.classList.remove("selected");
    });
    document.querySelectorAll("mark.quote.active").forEach(function (m) {
      m.classList.remove("active");
    });
    document.querySelectorAll("#status-table tr.selected").forEach(function (r) {
      r.classList.remove("selected");
    });
    if (!id) {
      return;
    }
    mapContainers().forEach(function (container) {
      var node = nodeIn(container, id);
      if (node) {
        node.classList.add("selected");
      }
    });
    (marksByStatement[id] || []).forEach(function (m) {
      m.classList.add("active");
    });
    var row = document.querySelector('#status-table tr[data-row="' + cssEscape(id) + '"]');
    if (row) {
      row.classList.add("selected");
    }
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/[^A-Za-z0-9_-]/g, "\\$&");
  }

  function showNode(id) {
    var container = visibleMap();
    var node = nodeIn(container, id);
    if (node) {
      scrollWithin(document.getElementById("map-scroll"), node);
    }
  }

  function showPassage(id) {
    var marks = marksByStatement[id];
    if (marks && marks.length) {
      scrollWithin(document.getElementById("source-scroll"), marks[0]);
    }
  }

  function narrow() {
    return window.matchMedia("(max-width: 900px)").matches;
  }

  function open(id, from) {
    if (!isStatement(id) && !isInference(id)) {
      return;
    }
    if (!state.selected) {
      state.returnFocus = document.activeElement;
    }
    state.selected = id;
    renderDetails(id);
    highlight(id);
    if (from !== "map") {
      showNode(id);
    }
    if (from !== "source") {
      showPassage(id);
    }
    if (narrow() && from !== "details") {
      document.getElementById("details").scrollIntoView({ block: "start" });
    }
  }

  function setUpSource() {
    document.querySelectorAll("mark.quote").forEach(function (mark) {
      mark
        .getAttribute("data-statements")
        .split(" ")
        .forEach(function (id) {
          (marksByStatement[id] = marksByStatement[id] || []).push(mark);
        });
    });
    var pane = document.getElementById("source-scroll");
    function activate(event) {
      var mark = event.target.closest("mark.quote");
      if (!mark) {
        return;
      }
      var ids = mark.getAttribute("data-statements").split(" ");
      var index = ids.indexOf(state.selected);
      open(ids[(index + 1) % ids.length], "source");
    }
    pane.addEventListener("click", activate);
    pane.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        if (event.target.closest("mark.quote")) {
          event.preventDefault();
          activate(event);
        }
      }
    });
  }

  /* ---- language ------------------------------------------------------------------ */

  function nameCells() {
    document.querySelectorAll("#status-table td[class^='status-']").forEach(function (td) {
      var match = /status-([a-z_]+)/.exec(td.className);
      if (match && data.statuses[match[1]]) {
        td.setAttribute("title", data.statuses[match[1]].name[state.lang]);
      }
    });
  }

  function setLanguage(lang) {
    state.lang = lang;
    root.setAttribute("lang", lang);
    root.setAttribute("data-lang", lang);
    document.title = data.title[lang] || document.title;
    document.querySelectorAll("[data-set-lang]").forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-set-lang") === lang ? "true" : "false");
    });
    document.querySelectorAll("[data-i18n]").forEach(function (n) {
      n.textContent = msg(n.getAttribute("data-i18n"));
    });
    document.querySelectorAll("[data-i18n-aria]").forEach(function (n) {
      n.setAttribute("aria-label", msg(n.getAttribute("data-i18n-aria")));
    });
    document.querySelectorAll("[data-i18n-title]").forEach(function (n) {
      n.setAttribute("title", msg(n.getAttribute("data-i18n-title")));
    });
    var select = document.getElementById("semantics-select");
    Array.prototype.forEach.call(select.options, function (option) {
      option.textContent = semanticsById[option.value].name[lang];
    });
    Array.prototype.forEach.call(
      document.getElementById("reading-select").options,
      function (option) {
        option.textContent = readingById[option.value].name[lang];
      },
    );
    document.querySelectorAll("#status-table th[data-sem]").forEach(function (th) {
      th.textContent = semanticsById[th.getAttribute("data-sem")].name[lang];
    });
    nameCells();
    document.querySelectorAll(".extensions").forEach(function (details) {
      var strong = details.querySelector("summary strong");
      if (strong) {
        strong.textContent = semanticsById[details.getAttribute("data-sem")].name[lang];
      }
    });
    document.querySelectorAll(".status-name").forEach(function (n) {
      var info = data.statuses[n.getAttribute("data-status")];
      n.textContent = info.name[lang] + msg("colon") + info.description[lang];
    });
    document.querySelectorAll("mark.quote").forEach(function (mark) {
      mark.setAttribute(
        "aria-label",
        msg("quote_of") + " " + mark.getAttribute("data-statements").split(" ").join(", "),
      );
    });
    var maps = mapContainers();
    var own = maps.filter(function (m) {
      return m.getAttribute("data-map") === lang;
    });
    if (own.length) {
      maps.forEach(function (m) {
        m.hidden = m.getAttribute("data-map") !== lang;
      });
    }
    applySemantics();
    applyTableFilter();
    document.dispatchEvent(new CustomEvent("argmap:language", { detail: lang }));
  }

  /* ---- the table: only the rows where the semantics differ, or every row ---------- */

  var showAllRows = false;

  function applyTableFilter() {
    var table = document.getElementById("status-table");
    var button = document.getElementById("table-filter");
    var note = document.getElementById("table-filter-note");
    var rows = table.querySelectorAll("tbody tr[data-row]");
    var differ = table.querySelectorAll("tbody tr[data-row].disagree").length;
    var all = showAllRows || differ === 0;
    table.classList.toggle("only-differ", !all);
    button.textContent = msg(showAllRows ? "table_show_differ" : "table_show_all");
    button.setAttribute("aria-pressed", showAllRows ? "true" : "false");
    button.hidden = differ === 0;
    var values = { n: differ, total: rows.length };
    note.textContent = fill(
      msg(differ === 0 ? "table_agree_note" : all ? "table_all_note" : "table_differ_note"),
      values,
    );
  }

  /* ---- wiring -------------------------------------------------------------------- */

  document.addEventListener("click", function (event) {
    var target = event.target.closest(
      "[data-open], [data-show-passage], [data-show-node], [data-set-lang], [data-highlight], [data-reset-weight]",
    );
    if (!target) {
      return;
    }
    if (target.hasAttribute("data-highlight")) {
      event.preventDefault();
      highlightSteps(target.classList.contains("active") ? null : target);
    } else if (target.hasAttribute("data-reset-weight")) {
      var reset = target.getAttribute("data-reset-weight");
      var original = data.gradual.weights[gradual.index[reset]];
      var slider = document.getElementById("weight-input");
      if (slider) {
        slider.value = String(original);
      }
      setWeight(reset, original);
    } else if (target.hasAttribute("data-open")) {
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
    if (event.key === "Escape") {
      closeDetails();
    }
  });
  document.getElementById("details-close").addEventListener("click", closeDetails);
  document.getElementById("table-filter").addEventListener("click", function () {
    showAllRows = !showAllRows;
    applyTableFilter();
  });
  document.getElementById("details-body").addEventListener("input", function (event) {
    if (event.target.id === "weight-input") {
      setWeight(event.target.getAttribute("data-argument"), parseFloat(event.target.value));
    }
  });
  document.getElementById("semantics-select").addEventListener("change", function (event) {
    state.semantics = event.target.value;
    applySemantics();
  });
  document.getElementById("reading-select").addEventListener("change", function (event) {
    state.reading = event.target.value;
    applyReading();
  });

  setUpMaps();
  nameCells();
  setUpSource();
  setUpZoom();
  setUpGradual();
  applySemantics();
  applyTableFilter();
  root.classList.add("ready");
})();
