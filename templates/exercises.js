/* argmap exercises: marking passages, checking and scoring answers, language switch, export.
   Scores as argmap.exercises.scoring does. All text is written with textContent (never as HTML). */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("exercise-data").textContent);
  var root = document.documentElement;
  var state = { lang: data.lang, marks: {}, checked: {}, feedback: {} };
  /* Python's str.isspace(), so that marks are trimmed as the scorer in Python trims them;
     it counts the separators \x1c-\x1f as spaces, hence the control characters. */
  // eslint-disable-next-line no-control-regex
  var SPACE = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

  function msg(key) {
    var table = data.messages[state.lang] || data.messages.en;
    return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function rounded(value) {
    return String(Math.round(value * 100) / 100);
  }

  /* ---- markup: passages, marks, scoring ---------------------------------------------- */

  var passages = {};

  /* The textarea holds the passage with its line breaks normalised; `offsets` maps each of
     its UTF-16 positions to a code-point offset in the passage as the map has it. */
  function preparePassage(qid, area) {
    var original = data.questions[qid].text;
    var shown = "";
    var offsets = [];
    var points = 0;
    for (var j = 0; j < original.length;) {
      var c = original.charCodeAt(j);
      if (c === 13) {
        offsets.push(points);
        shown += "\n";
        if (original.charCodeAt(j + 1) === 10) {
          j += 2;
          points += 2;
        } else {
          j += 1;
          points += 1;
        }
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff && j + 1 < original.length) {
        offsets.push(points, points);
        shown += original.substr(j, 2);
        j += 2;
        points += 1;
        continue;
      }
      offsets.push(points);
      shown += original.charAt(j);
      j += 1;
      points += 1;
    }
    offsets.push(points);
    area.value = shown;
    /* Not `readonly`: Chromium then lets no one select with Shift and the arrows. Edits are
       refused instead, and anything that slips through (an input method) is undone. */
    ["beforeinput", "paste", "cut", "drop"].forEach(function (type) {
      area.addEventListener(type, function (event) {
        event.preventDefault();
      });
    });
    area.addEventListener("input", function () {
      var start = area.selectionStart;
      area.value = shown;
      area.setSelectionRange(start, start);
    });
    passages[qid] = { area: area, offsets: offsets, chars: Array.from(original) };
    state.marks[qid] = [];
  }

  function trimmed(chars, mark) {
    var start = Math.max(0, mark.start),
      end = Math.min(chars.length, mark.end);
    while (start < end && SPACE.test(chars[start])) {
      start++;
    }
    while (end > start && SPACE.test(chars[end - 1])) {
      end--;
    }
    return { start: start, end: end, label: mark.label };
  }

  function jaccard(a, b) {
    var shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    var either = a.end - a.start + (b.end - b.start) - shared;
    return either > 0 ? shared / either : 0;
  }

  /* Pairs (target, mark) that find each other: best overlaps first, one to one. */
  function matches(qid, marks) {
    var chars = passages[qid].chars;
    var targets = data.questions[qid].targets.map(function (t) {
      return trimmed(chars, t);
    });
    var given = marks.map(function (m) {
      return trimmed(chars, m);
    });
    var pairs = [];
    targets.forEach(function (target, i) {
      given.forEach(function (mark, j) {
        if (mark.label !== target.label) {
          return;
        }
        var overlap = jaccard(target, mark);
        if (overlap >= data.threshold) {
          pairs.push([overlap, i, j]);
        }
      });
    });
    pairs.sort(function (a, b) {
      return b[0] - a[0] || a[1] - b[1] || a[2] - b[2];
    });
    var usedTargets = {},
      usedMarks = {},
      found = [];
    pairs.forEach(function (p) {
      if (usedTargets[p[1]] || usedMarks[p[2]]) {
        return;
      }
      usedTargets[p[1]] = true;
      usedMarks[p[2]] = true;
      found.push([p[1], p[2]]);
    });
    return found;
  }

  function markupScore(qid, marks) {
    var total = data.questions[qid].targets.length + marks.length;
    return total ? (2 * matches(qid, marks).length) / total : 1;
  }

  function quoteOf(qid, mark) {
    return passages[qid].chars.slice(mark.start, mark.end).join("");
  }

  function drawMarks(qid) {
    var box = document.querySelector('[data-q="' + cssEscape(qid) + '"]');
    var list = box.querySelector("ol.marks");
    var marks = state.marks[qid];
    var checked = Object.prototype.hasOwnProperty.call(state.checked, qid);
    var found = checked ? matches(qid, marks) : [];
    var foundMarks = {};
    found.forEach(function (pair) {
      foundMarks[pair[1]] = true;
    });
    list.textContent = "";
    box.querySelector(".no-marks").hidden = marks.length > 0;
    marks.forEach(function (mark, index) {
      var item = el("li", checked ? (foundMarks[index] ? "right" : "wrong") : "");
      item.appendChild(el("span", "label label-" + mark.label, msg("label_" + mark.label)));
      item.appendChild(document.createTextNode(" "));
      item.appendChild(el("q", null, quoteOf(qid, mark)));
      if (checked) {
        item.appendChild(el("span", "verdict", foundMarks[index] ? " ✓" : " ✗"));
      } else {
        var remove = el("button", "remove", msg("remove"));
        remove.type = "button";
        remove.addEventListener("click", function () {
          state.marks[qid].splice(index, 1);
          drawMarks(qid);
          box.querySelector("textarea").focus();
        });
        item.appendChild(document.createTextNode(" "));
        item.appendChild(remove);
      }
      list.appendChild(item);
    });
    if (checked) {
      var foundTargets = {};
      found.forEach(function (pair) {
        foundTargets[pair[0]] = true;
      });
      data.questions[qid].targets.forEach(function (target, index) {
        if (foundTargets[index]) {
          return;
        }
        var item = el("li", "missed");
        item.appendChild(el("span", "label label-" + target.label, msg("label_" + target.label)));
        item.appendChild(document.createTextNode(" "));
        item.appendChild(el("q", null, quoteOf(qid, target)));
        item.appendChild(el("span", "verdict", " — " + msg("missed")));
        list.appendChild(item);
      });
    }
  }

  function addMark(qid, label) {
    var passage = passages[qid];
    var area = passage.area;
    var start = passage.offsets[area.selectionStart],
      end = passage.offsets[area.selectionEnd];
    var box = area.closest(".question");
    if (!(end > start)) {
      box.querySelector(".feedback").textContent = msg("select_first");
      area.focus();
      return;
    }
    box.querySelector(".feedback").textContent = "";
    state.marks[qid].push({ start: start, end: end, label: label });
    drawMarks(qid);
  }

  /* ---- choices ------------------------------------------------------------------------ */

  function chosen(box) {
    var input = box.querySelector("input[type=radio]:checked");
    return input ? input.value : null;
  }

  function optionText(box, value) {
    var input = box.querySelector('input[value="' + cssEscape(value) + '"]');
    var text = input.parentNode.querySelector(".option-text");
    var visible = Array.prototype.filter.call(text.querySelectorAll("[lang]"), function (n) {
      return !n.classList.contains("tr") || n.getAttribute("lang") === state.lang;
    });
    var words = Array.prototype.map.call(text.querySelectorAll(".word"), function (n) {
      return n.textContent;
    });
    return visible
      .map(function (n) {
        return n.textContent;
      })
      .concat(words)
      .join(" ")
      .trim();
  }

  /* ---- checking and the score ----------------------------------------------------------- */

  function check(box) {
    var qid = box.getAttribute("data-q");
    var question = data.questions[qid];
    var feedback = box.querySelector(".feedback");
    if (Object.prototype.hasOwnProperty.call(state.checked, qid)) {
      return;
    }
    if (question.kind === "markup") {
      state.checked[qid] = markupScore(qid, state.marks[qid]);
      box.querySelectorAll(".mark-buttons button").forEach(function (b) {
        b.disabled = true;
      });
    } else {
      var answer = chosen(box);
      if (answer === null) {
        feedback.textContent = msg("choose_first");
        return;
      }
      state.checked[qid] = question.key.indexOf(answer) >= 0 ? 1 : 0;
      box.querySelectorAll("input[type=radio]").forEach(function (input) {
        input.disabled = true;
        var label = input.parentNode;
        if (question.key.indexOf(input.value) >= 0) {
          label.classList.add("key");
        } else if (input.checked) {
          label.classList.add("wrong");
        }
      });
      box.querySelectorAll(".explanation").forEach(function (n) {
        n.hidden = false;
      });
    }
    box.classList.add("checked");
    box.querySelector("button.check").disabled = true;
    drawFeedback(box);
    drawScore();
  }

  function drawFeedback(box) {
    var qid = box.getAttribute("data-q");
    if (!Object.prototype.hasOwnProperty.call(state.checked, qid)) {
      return;
    }
    var question = data.questions[qid];
    var feedback = box.querySelector(".feedback");
    var value = state.checked[qid];
    if (question.kind === "markup") {
      var marks = state.marks[qid];
      var found = matches(qid, marks).length;
      feedback.textContent = fill(msg("markup_result"), {
        found: found,
        targets: question.targets.length,
        extra: marks.length - found,
        score: rounded(value),
      });
      drawMarks(qid);
      return;
    }
    var answer = chosen(box);
    if (value === 1) {
      var others = question.key.filter(function (k) {
        return k !== answer;
      });
      feedback.textContent =
        msg("correct") +
        (others.length
          ? " " +
            fill(msg("also_accepted"), {
              answers: others
                .map(function (k) {
                  return optionText(box, k);
                })
                .join(" · "),
            })
          : "");
    } else {
      feedback.textContent = fill(msg("wrong"), {
        answer: question.key
          .map(function (k) {
            return optionText(box, k);
          })
          .join(" · "),
      });
    }
    box.classList.toggle("right", value === 1);
    box.classList.toggle("wrong", value !== 1);
  }

  function drawScore() {
    var total = 0,
      checked = 0;
    Object.keys(state.checked).forEach(function (qid) {
      total += state.checked[qid];
      checked += 1;
    });
    document.getElementById("score").textContent = fill(msg("score_line"), {
      score: rounded(total),
      max: data.order.length,
      checked: checked,
      total: data.order.length,
    });
  }

  /* ---- export --------------------------------------------------------------------------- */

  function answers() {
    var result = {};
    data.order.forEach(function (qid) {
      if (data.questions[qid].kind === "markup") {
        if (state.marks[qid].length) {
          result[qid] = state.marks[qid].map(function (m) {
            return { start: m.start, end: m.end, label: m.label };
          });
        }
        return;
      }
      var answer = chosen(document.querySelector('[data-q="' + cssEscape(qid) + '"]'));
      if (answer !== null) {
        result[qid] = answer;
      }
    });
    return result;
  }

  function exportAnswers() {
    var student = document.getElementById("student").value.trim();
    var payload = {
      format: "argmap-exercises",
      version: 1,
      sheet: data.sheet,
      title: data.title,
      student: student,
      answers: answers(),
    };
    var name =
      "answers-" +
      (student.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "student") +
      ".json";
    var blob = new Blob([JSON.stringify(payload, null, 2) + "\n"], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    document.getElementById("export-status").textContent = fill(msg("exported"), { file: name });
  }

  /* ---- language --------------------------------------------------------------------------- */

  function setLanguage(lang) {
    state.lang = lang;
    root.lang = lang;
    root.setAttribute("data-lang", lang);
    document.querySelectorAll("[data-i18n]").forEach(function (n) {
      n.textContent = fill(msg(n.getAttribute("data-i18n")), {
        n: n.getAttribute("data-n") || "",
        threshold: n.getAttribute("data-threshold") || "",
      });
    });
    document.querySelectorAll("[data-i18n-aria]").forEach(function (n) {
      n.setAttribute("aria-label", msg(n.getAttribute("data-i18n-aria")));
    });
    document.querySelectorAll(".lang-button").forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-set-lang") === lang ? "true" : "false");
    });
    Object.keys(passages).forEach(drawMarks);
    document.querySelectorAll(".question").forEach(drawFeedback);
    drawScore();
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, "\\$&");
  }

  /* ---- wiring ----------------------------------------------------------------------------- */

  document.querySelectorAll(".question.markup").forEach(function (box) {
    var qid = box.getAttribute("data-q");
    preparePassage(qid, box.querySelector("textarea"));
    box.querySelectorAll("[data-mark]").forEach(function (button) {
      button.addEventListener("click", function () {
        addMark(qid, button.getAttribute("data-mark"));
      });
    });
  });
  document.querySelectorAll(".question").forEach(function (box) {
    box.querySelector("button.check").addEventListener("click", function () {
      check(box);
    });
  });
  document.querySelectorAll(".lang-button").forEach(function (button) {
    button.addEventListener("click", function () {
      setLanguage(button.getAttribute("data-set-lang"));
    });
  });
  document.getElementById("export").addEventListener("click", exportAnswers);
  document.getElementById("print").addEventListener("click", function () {
    window.print();
  });
  drawScore();
  root.classList.add("ready");
})();
