/* argmap report, classroom view: the issue and its positions in large type for a projector,
   each position unfolding into its reasons and objections; a step-by-step walk through the
   text; simple words (grounded semantics) or every semantics and reading (expert).
   Built from the page's embedded data; all debate text is written with textContent. */
/* global argmapDom */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("argmap-data").textContent);
  var root = document.documentElement;
  var section = document.getElementById("classroom");
  var has = Object.prototype.hasOwnProperty;
  var grounded = data.semantics.filter(function (s) {
    return s.id === "grounded";
  })[0];
  var state = {
    view: "map",
    mode: "simple",
    semantics: (grounded || data.semantics[0]).id,
    reading: data.reading,
    unfolded: {},
    step: 0,
  };
  var statusByCode = {};
  Object.keys(data.statuses).forEach(function (s) {
    statusByCode[data.statuses[s].code] = s;
  });
  var argumentIndex = {};
  data.arguments.forEach(function (a, i) {
    argumentIndex[a] = i;
  });
  var readingById = {};
  data.readings.forEach(function (r) {
    readingById[r.id] = r;
  });

  function lang() {
    return root.getAttribute("data-lang") || data.lang;
  }

  function msg(key) {
    var table = data.messages[lang()] || data.messages.en;
    return has.call(table, key) ? table[key] : key;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return has.call(values, key) ? String(values[key]) : whole;
    });
  }

  var el = argmapDom.el;
  var clear = argmapDom.clear;

  function text(id) {
    var texts = data.statements[id].text;
    return texts[lang()] || texts.en || texts[Object.keys(texts)[0]];
  }

  /* ---- statuses: the plain word under grounded (simple), or any semantics (expert) ---- */

  function statusOf(id, semantics) {
    if (!has.call(argumentIndex, id)) {
      return null;
    }
    var codes = readingById[state.mode === "simple" ? data.reading : state.reading].codes;
    var code = codes[semantics || (state.mode === "simple" ? state.semantics : currentSemantics())];
    return code ? statusByCode[code.charAt(argumentIndex[id])] : null;
  }

  function currentSemantics() {
    return document.getElementById("cr-semantics").value;
  }

  function statusWord(status) {
    if (state.mode === "simple" && has.call(data.plainWords, status)) {
      return data.plainWords[status][lang()];
    }
    return data.statuses[status].name[lang()];
  }

  function chip(id) {
    var status = statusOf(id);
    if (!status) {
      return null;
    }
    return el(
      "span",
      { className: "cr-status status-" + status, "data-status": status },
      el("span", { "aria-hidden": "true", text: data.statuses[status].glyph + " " }),
      statusWord(status),
    );
  }

  function expertStrip(id) {
    if (state.mode !== "expert" || !has.call(argumentIndex, id)) {
      return null;
    }
    var strip = el("span", { className: "cr-strip" });
    data.semantics.forEach(function (s) {
      var status = statusOf(id, s.id);
      strip.appendChild(
        el("span", {
          className: "cr-strip-cell status-" + status,
          title: s.name[lang()] + msg("colon") + data.statuses[status].name[lang()],
          text: data.statuses[status].glyph,
        }),
      );
    });
    return strip;
  }

  /* ---- the tree of the debate: issue → positions → reasons and objections ------------ */

  function relations(id) {
    var st = data.statements[id];
    var found = [];
    (st.positions || []).forEach(function (p) {
      found.push({ id: p, role: "position" });
    });
    (st.supportedBy || []).forEach(function (s) {
      s.premises.forEach(function (p) {
        found.push({
          id: p,
          role: "reason",
          inference: s.inference,
          linked: s.premises.length > 1,
        });
      });
      (data.inferences[s.inference].attackedBy || []).forEach(function (a) {
        found.push({ id: a.source, role: "objection", kind: a.kind, inference: s.inference });
      });
    });
    (st.attackedBy || []).forEach(function (a) {
      found.push({ id: a.source, role: "objection", kind: a.kind });
    });
    return found.filter(function (r) {
      return has.call(data.statements, r.id);
    });
  }

  function roots() {
    var issues = Object.keys(data.statements).filter(function (id) {
      return data.statements[id].kind === "issue";
    });
    if (issues.length) {
      return issues;
    }
    return Object.keys(data.statements).filter(function (id) {
      var st = data.statements[id];
      return !(st.supports || []).length && !(st.attacks || []).length;
    });
  }

  /* A card for a statement; `shown` is what may appear (step-by-step), `placed` what
     already has a card (a statement gets one card; elsewhere it is named). */
  function card(id, relation, depth, context) {
    var st = data.statements[id];
    var unfoldable = depth > 0 || st.kind !== "issue";
    var children = relations(id);
    var open = context.all || state.unfolded[id];
    var item = el("li", {
      className: "cr-node cr-" + relation.role + (open ? " unfolded" : ""),
      "data-id": id,
    });
    var label = el(
      "div",
      { className: "cr-card", "data-id": id },
      relation.role === "objection"
        ? el("span", { className: "cr-role", text: msg(relation.kind || "rebut") })
        : relation.linked
          ? el("span", { className: "cr-role", text: msg("cr_together") })
          : null,
      el("span", { className: "cr-text", text: text(id) }),
      st.kind === "implicit"
        ? el("span", { className: "cr-role cr-implicit", text: " (" + msg("cr_implicit") + ")" })
        : null,
      chip(id),
      expertStrip(id),
    );
    if (context.fresh && context.fresh[id]) {
      item.classList.add("cr-fresh");
    }
    item.appendChild(label);
    var inner = children.filter(function (r) {
      return !context.shown || context.shown[r.id] || reaches(r.id, context, {});
    });
    if (inner.length && unfoldable && !context.all) {
      label.setAttribute("role", "button");
      label.setAttribute("tabindex", "0");
      label.setAttribute("aria-expanded", open ? "true" : "false");
      label.setAttribute("data-cr-toggle", id);
      label.appendChild(
        el("span", {
          className: "cr-count",
          text: open ? "−" : "+" + inner.length,
          "aria-hidden": "true",
        }),
      );
    }
    if (inner.length && (open || !unfoldable)) {
      item.appendChild(group(inner, depth + 1, context));
    }
    return item;
  }

  function reaches(id, context, seen) {
    if (seen[id]) {
      return false;
    }
    seen[id] = true;
    return relations(id).some(function (r) {
      return context.shown[r.id] || reaches(r.id, context, seen);
    });
  }

  function group(related, depth, context) {
    var list = el("ul", { className: "cr-children" });
    var mine = {};
    related.forEach(function (r) {
      if (!context.placed[r.id]) {
        context.placed[r.id] = true;
        mine[r.id] = true;
      }
    });
    related.forEach(function (r) {
      if (!mine[r.id] && context.shown && !context.shown[r.id]) {
        return; /* not said yet: nothing to point back to */
      }
      if (!mine[r.id]) {
        list.appendChild(
          el(
            "li",
            { className: "cr-node cr-seen cr-" + r.role, "data-ref": r.id },
            el(
              "span",
              { className: "cr-card cr-ref" },
              el("span", { className: "cr-text", text: text(r.id) }),
              " (" + msg("cr_shown_above") + ")",
            ),
          ),
        );
        return;
      }
      delete mine[r.id];
      if (context.shown && !context.shown[r.id]) {
        var through = group(
          relations(r.id).filter(function (inner) {
            return context.shown[inner.id] || reaches(inner.id, context, {});
          }),
          depth,
          context,
        );
        while (through.firstChild) {
          list.appendChild(through.firstChild);
        }
        return;
      }
      list.appendChild(card(r.id, r, depth, context));
    });
    return list;
  }

  function tree(container, context) {
    clear(container);
    var list = el("ul", { className: "cr-tree" });
    var starts = roots();
    starts.forEach(function (id) {
      context.placed[id] = true;
    });
    starts.forEach(function (id) {
      if (!context.shown || context.shown[id] || reaches(id, context, {})) {
        list.appendChild(card(id, { role: "issue" }, 0, context));
      }
    });
    var reached = {};
    var stack = starts.slice();
    while (stack.length) {
      var next = stack.pop();
      if (!reached[next]) {
        reached[next] = true;
        relations(next).forEach(function (r) {
          stack.push(r.id);
        });
      }
    }
    var rest = Object.keys(data.statements).filter(function (id) {
      return !reached[id] && !context.placed[id] && (!context.shown || context.shown[id]);
    });
    if (rest.length) {
      list.appendChild(
        el(
          "li",
          { className: "cr-node cr-other" },
          el("div", { className: "cr-card", text: msg("cr_other") }),
          group(
            rest.map(function (id) {
              return { id: id, role: "reason" };
            }),
            1,
            context,
          ),
        ),
      );
    }
    container.appendChild(list);
  }

  /* ---- the views ----------------------------------------------------------------------- */

  function renderHeading() {
    var starts = roots();
    var heading = document.getElementById("cr-issue-heading");
    var issues = starts.filter(function (id) {
      return data.statements[id].kind === "issue";
    });
    heading.textContent = issues.length ? issues.map(text).join(" · ") : msg("cr_no_issue");
  }

  function renderMap() {
    tree(document.getElementById("cr-map"), { placed: {}, all: false });
  }

  function renderPrintMap() {
    var container = document.getElementById("cr-print-map");
    if (container) {
      tree(container, { placed: {}, all: true });
    }
  }

  function renderSteps() {
    var order = data.textOrder;
    state.step = Math.max(0, Math.min(state.step, order.length));
    var shown = {};
    var fresh = {};
    order.slice(0, state.step).forEach(function (ids, i) {
      ids.forEach(function (id) {
        shown[id] = true;
        if (i === state.step - 1) {
          fresh[id] = true;
        }
      });
    });
    var map = document.getElementById("cr-step-map");
    if (state.step === 0) {
      clear(map);
      map.appendChild(el("p", { className: "cr-how", text: msg("cr_not_said_yet") }));
    } else {
      tree(map, { placed: {}, all: true, shown: shown, fresh: fresh });
      var newest = map.querySelector(".cr-fresh");
      if (newest) {
        var frame = map.getBoundingClientRect();
        map.scrollTop += newest.getBoundingClientRect().top - frame.top - frame.height / 3;
      }
    }
    document.getElementById("cr-step-count").textContent = fill(msg("cr_step_of"), {
      n: state.step,
      total: order.length,
    });
    document.querySelector('[data-cr-step="-1"]').disabled = state.step === 0;
    document.querySelector('[data-cr-step="1"]').disabled = state.step === order.length;
    var source = document.getElementById("cr-step-source");
    var first = null;
    source.querySelectorAll("mark.cr-quote").forEach(function (mark) {
      var ids = mark.getAttribute("data-statements").split(" ");
      var current = ids.some(function (id) {
        return fresh[id];
      });
      var said = ids.some(function (id) {
        return shown[id];
      });
      mark.classList.toggle("cr-current", current);
      mark.classList.toggle("cr-said", said && !current);
      if (current && !first) {
        first = mark;
      }
    });
    if (first) {
      var outer = source.getBoundingClientRect();
      var inner = first.getBoundingClientRect();
      source.scrollTop += inner.top - outer.top - outer.height / 3;
    }
  }

  function setUpStepSource() {
    var source = document.getElementById("cr-step-source");
    var original = document.getElementById("source-scroll");
    Array.prototype.forEach.call(original.querySelectorAll("article.source"), function (article) {
      var copy = article.cloneNode(true);
      copy.removeAttribute("aria-label");
      copy.querySelectorAll("details.chrome").forEach(function (chrome) {
        chrome.parentNode.removeChild(chrome);
      });
      copy.querySelectorAll("mark.quote").forEach(function (mark) {
        mark.className = "cr-quote";
        mark.removeAttribute("tabindex");
        mark.removeAttribute("role");
        mark.removeAttribute("aria-label");
      });
      source.appendChild(copy);
    });
  }

  function renderOutcome() {
    var body = document.getElementById("cr-outcome-body");
    clear(body);
    var semantics = state.mode === "simple" ? state.semantics : currentSemantics();
    var names = data.semantics.filter(function (s) {
      return s.id === semantics;
    })[0];
    var note =
      state.mode === "simple" && semantics === "grounded"
        ? msg("cr_outcome_simple")
        : fill(msg("cr_outcome_expert"), {
            semantics: names.name[lang()],
            reading: fill(msg("reading_named"), {
              name: readingById[state.mode === "simple" ? data.reading : state.reading].name[
                lang()
              ],
            }),
          });
    body.appendChild(el("p", { className: "cr-outcome-note", text: note }));
    var list = el("ul", { className: "cr-outcome-list" });
    roots().forEach(function (id) {
      var st = data.statements[id];
      var shown = st.kind === "issue" ? st.positions || [] : [id];
      shown.forEach(function (p) {
        list.appendChild(el("li", { "data-id": p }, chip(p), " ", el("span", { text: text(p) })));
      });
    });
    body.appendChild(list);
  }

  function render() {
    renderHeading();
    document.getElementById("cr-map").hidden = state.view !== "map";
    document.getElementById("cr-steps").hidden = state.view !== "steps";
    document.getElementById("cr-how").textContent = msg(
      state.view === "map" ? "cr_map_help" : "cr_steps_help",
    );
    document.querySelectorAll("[data-cr-view]").forEach(function (b) {
      b.setAttribute(
        "aria-pressed",
        b.getAttribute("data-cr-view") === state.view ? "true" : "false",
      );
    });
    document.querySelectorAll("[data-cr-mode]").forEach(function (b) {
      b.setAttribute(
        "aria-pressed",
        b.getAttribute("data-cr-mode") === state.mode ? "true" : "false",
      );
    });
    section.querySelectorAll(".cr-expert-only").forEach(function (n) {
      n.hidden = state.mode !== "expert";
    });
    section.setAttribute("data-mode", state.mode);
    if (state.view === "map") {
      renderMap();
    } else {
      renderSteps();
    }
    renderPrintMap();
    renderOutcome();
  }

  function show(on) {
    section.hidden = !on;
    root.classList.toggle("in-classroom", on);
    if (on) {
      render();
      document.getElementById("cr-issue-heading").setAttribute("tabindex", "-1");
      document.getElementById("cr-issue-heading").focus();
    }
  }

  function toggle(id) {
    state.unfolded[id] = !state.unfolded[id];
    render();
    var again = section.querySelector('#cr-map [data-cr-toggle="' + CSS.escape(id) + '"]');
    if (again) {
      again.focus();
    }
  }

  /* ---- wiring --------------------------------------------------------------------------- */

  var printMap = el("div", {
    id: "cr-print-map",
    className: "cr-print-map",
    "aria-hidden": "true",
  });
  document
    .getElementById("cr-map")
    .parentNode.insertBefore(printMap, document.getElementById("cr-steps").nextSibling);
  setUpStepSource();

  section.addEventListener("click", function (event) {
    var target = event.target.closest(
      "[data-cr-toggle], [data-cr-view], [data-cr-mode], [data-cr-step], [data-cr-exit], [data-cr-lang]",
    );
    if (!target) {
      return;
    }
    if (target.hasAttribute("data-cr-toggle")) {
      toggle(target.getAttribute("data-cr-toggle"));
    } else if (target.hasAttribute("data-cr-view")) {
      state.view = target.getAttribute("data-cr-view");
      render();
    } else if (target.hasAttribute("data-cr-mode")) {
      state.mode = target.getAttribute("data-cr-mode");
      render();
    } else if (target.hasAttribute("data-cr-step")) {
      state.step += parseInt(target.getAttribute("data-cr-step"), 10);
      render();
    } else if (target.hasAttribute("data-cr-lang")) {
      /* the report's own switch changes the whole page's language */
      var own = document.querySelector(
        '.controls [data-set-lang="' + target.getAttribute("data-cr-lang") + '"]',
      );
      if (own) {
        own.click();
      }
    } else if (target.hasAttribute("data-cr-exit")) {
      show(false);
      var enter = document.querySelector("[data-cr-enter]");
      if (enter) {
        enter.focus();
      }
    }
  });
  section.addEventListener("keydown", function (event) {
    var target = event.target.closest && event.target.closest("[data-cr-toggle]");
    if (target && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      toggle(target.getAttribute("data-cr-toggle"));
    }
  });
  document.addEventListener("keydown", function (event) {
    if (
      section.hidden ||
      state.view !== "steps" ||
      /^(SELECT|INPUT|TEXTAREA)$/.test(event.target.tagName)
    ) {
      return;
    }
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      event.preventDefault();
      state.step += event.key === "ArrowRight" ? 1 : -1;
      render();
    }
  });
  ["cr-semantics", "cr-reading"].forEach(function (id) {
    document.getElementById(id).addEventListener("change", function (event) {
      if (id === "cr-reading") {
        state.reading = event.target.value;
      }
      render();
    });
  });
  document.querySelector("[data-cr-enter]").addEventListener("click", function () {
    show(true);
  });
  document.addEventListener("argmap:language", function () {
    section.querySelectorAll("[data-cr-lang]").forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-cr-lang") === lang() ? "true" : "false");
    });
    document.querySelectorAll("#cr-semantics option").forEach(function (option) {
      var s = data.semantics.filter(function (x) {
        return x.id === option.value;
      })[0];
      option.textContent = s.name[lang()];
    });
    document.querySelectorAll("#cr-reading option").forEach(function (option) {
      option.textContent = readingById[option.value].name[lang()];
    });
    if (!section.hidden) {
      render();
    }
  });

  show(data.classroom || window.location.hash === "#classroom");
})();
