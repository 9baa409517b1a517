/* argmap report: the gradual strengths the page recomputes when the reader moves a base weight.
   The same computation as argmap.gradual.strengths with its defaults (method "auto", see
   argmap/gradual/propagation.py): the strongly connected components in topological levels; the
   arguments on no cycle evaluated once from their final parents; on each level, the groups of
   cycles iterated together (Jacobi, s <- f(s)) from the base scores until max |f(s) - s| <= 1e-10,
   or, when that stalls, integrated along Potyka's continuous model ds/dt = f(s) - s (classical RK4,
   the step halved when it proves too large). The updates are argmap's, operation for operation, so
   the page and argmap agree to rounding, on cycles too. tests/render/test_gradual_js.py checks it.
   Loaded before report.js, which reads the one name it defines. */
/* exported argmapGradual */
var argmapGradual = (function () {
  "use strict";

  /* argmap.gradual.types.DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, DEFAULT_STEP and
     argmap.gradual.propagation.STALL_PATIENCE, MAX_STEP_HALVINGS. */
  var TOLERANCE = 1e-10;
  var MAX_ITERATIONS = 10000;
  var STEP = 0.5;
  var STALL_PATIENCE = 100;
  var MAX_STEP_HALVINGS = 10;

  function clip(x) {
    return Math.min(1, Math.max(0, x));
  }

  function sum(parents, s) {
    var total = 0;
    for (var j = 0; j < parents.length; j++) {
      total += s[parents[j]];
    }
    return total;
  }

  /* Π (1 - s(b)) as argmap computes it, exp(Σ log1p(-s(b))) over strengths clipped to [0, 1]
     (the continuous model's intermediate states may leave it); a parent of strength 1 gives 0. */
  function complementProduct(parents, s) {
    var logs = 0;
    for (var j = 0; j < parents.length; j++) {
      logs += Math.log1p(-clip(s[parents[j]]));
    }
    return Math.exp(logs);
  }

  function quadraticImpact(x) {
    var positive = Math.max(x, 0);
    positive = positive * positive;
    return positive / (1 + positive);
  }

  /* Each semantics: its update f(s)(i), whether it reads supports (the attack-only ones see a
     graph without them, as argmap.evaluation gives them) and where its iteration starts. */
  var SEMANTICS = {
    "df-quad": {
      readsSupports: true,
      startsFromOnes: false,
      update: function (graph, i, s, w) {
        var attack = 1 - complementProduct(graph.attackers[i], s);
        var support = 1 - complementProduct(graph.supporters[i], s);
        var difference = attack - support;
        return difference >= 0 ? w[i] - w[i] * difference : w[i] - (1 - w[i]) * difference;
      },
    },
    "quadratic-energy": {
      readsSupports: true,
      startsFromOnes: false,
      update: function (graph, i, s, w) {
        var energy = sum(graph.supporters[i], s) - sum(graph.attackers[i], s);
        return w[i] - w[i] * quadraticImpact(-energy) + (1 - w[i]) * quadraticImpact(energy);
      },
    },
    "h-categorizer": {
      readsSupports: false,
      startsFromOnes: true,
      update: function (graph, i, s) {
        return 1 / (1 + sum(graph.attackers[i], s));
      },
    },
  };

  function parentLists(size, edges) {
    var lists = [];
    for (var i = 0; i < size; i++) {
      lists.push([]);
    }
    edges.forEach(function (edge) {
      lists[edge.target].push(edge.source);
    });
    lists.forEach(function (list) {
      list.sort(function (a, b) {
        return a - b;
      });
    });
    return lists;
  }

  /* The strongly connected components of the graph whose node i has the parents parents[i]
     (Tarjan's algorithm, without recursion): the component of each node. */
  function components(parents) {
    var size = parents.length;
    var children = parentLists(size, []);
    parents.forEach(function (list, i) {
      list.forEach(function (p) {
        children[p].push(i);
      });
    });
    var index = [],
      low = [],
      onStack = [],
      component = [],
      stack = [],
      counter = 0,
      count = 0;
    for (var i = 0; i < size; i++) {
      index.push(-1);
      low.push(0);
      onStack.push(false);
      component.push(-1);
    }
    for (var root = 0; root < size; root++) {
      if (index[root] >= 0) {
        continue;
      }
      var path = [[root, 0]];
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      while (path.length) {
        var top = path[path.length - 1];
        var node = top[0];
        if (top[1] < children[node].length) {
          var child = children[node][top[1]++];
          if (index[child] < 0) {
            index[child] = low[child] = counter++;
            stack.push(child);
            onStack[child] = true;
            path.push([child, 0]);
          } else if (onStack[child]) {
            low[node] = Math.min(low[node], index[child]);
          }
          continue;
        }
        path.pop();
        if (path.length) {
          var parent = path[path.length - 1][0];
          low[parent] = Math.min(low[parent], low[node]);
        }
        if (low[node] === index[node]) {
          var member;
          do {
            member = stack.pop();
            onStack[member] = false;
            component[member] = count;
          } while (member !== node);
          count += 1;
        }
      }
    }
    return { of: component, count: count };
  }

  /* The order of evaluation: the components grouped by level of the condensation (a component's
     level is one more than its parents' highest), each level split into the arguments on no
     cycle ("flat") and those on a cycle or a self-loop ("loops"), both sorted. */
  function plan(parents) {
    var size = parents.length;
    var found = components(parents);
    var members = [],
      cyclic = [],
      indegree = [],
      below = [];
    for (var c = 0; c < found.count; c++) {
      members.push([]);
      cyclic.push(false);
      indegree.push(0);
      below.push({});
    }
    for (var i = 0; i < size; i++) {
      var own = found.of[i];
      members[own].push(i);
      parents[i].forEach(function (p) {
        var from = found.of[p];
        if (from === own) {
          cyclic[own] = true;
        } else if (!below[from][own]) {
          below[from][own] = true;
          indegree[own] += 1;
        }
      });
    }
    members.forEach(function (list, c) {
      if (list.length > 1) {
        cyclic[c] = true;
      }
    });
    var frontier = [],
      levels = [];
    for (c = 0; c < found.count; c++) {
      if (!indegree[c]) {
        frontier.push(c);
      }
    }
    while (frontier.length) {
      var level = { flat: [], loops: [] };
      var following = [];
      frontier.forEach(function (c) {
        var rows = cyclic[c] ? level.loops : level.flat;
        members[c].forEach(function (i) {
          rows.push(i);
        });
        Object.keys(below[c]).forEach(function (key) {
          var next = Number(key);
          indegree[next] -= 1;
          if (!indegree[next]) {
            following.push(next);
          }
        });
      });
      level.flat.sort(function (a, b) {
        return a - b;
      });
      level.loops.sort(function (a, b) {
        return a - b;
      });
      levels.push(level);
      frontier = following;
    }
    return levels;
  }

  /* The graph of the page's data: `size` arguments, attacks and supports as {source, target}
     positions (argmap.render.html.data.Edge). */
  function graph(size, attacks, supports) {
    var attackers = parentLists(size, attacks);
    var supporters = parentLists(size, supports);
    var both = attackers.map(function (list, i) {
      return list.concat(supporters[i]);
    });
    return {
      size: size,
      attackers: attackers,
      supporters: supporters,
      plans: { bipolar: plan(both), attacks: plan(attackers) },
    };
  }

  /* Jacobi iteration on `rows` from `state` (changed in place), the other arguments held fixed;
     stops at the first state with max |f(s) - s| <= TOLERANCE, or gives up when the residual has
     not reached a new low for STALL_PATIENCE iterations or after MAX_ITERATIONS. */
  function iterate(update, rows, state) {
    var best = Infinity,
      sinceBest = 0;
    for (var k = 0; k <= MAX_ITERATIONS; k++) {
      var next = [],
        residual = 0;
      for (var j = 0; j < rows.length; j++) {
        next.push(update(rows[j], state));
        residual = Math.max(residual, Math.abs(next[j] - state[rows[j]]));
      }
      if (residual <= TOLERANCE) {
        return true;
      }
      if (!isFinite(residual) || k === MAX_ITERATIONS) {
        break;
      }
      if (residual < best) {
        best = residual;
        sinceBest = 0;
      } else {
        sinceBest += 1;
        if (sinceBest >= STALL_PATIENCE) {
          break;
        }
      }
      for (j = 0; j < rows.length; j++) {
        state[rows[j]] = next[j];
      }
    }
    return false;
  }

  /* ds/dt = f(s) - s on `rows` from `start` with fixed-step RK4, the other arguments held fixed.
     A trajectory that leaves [-0.5, 1.5] or circles (no new smallest residual for STALL_PATIENCE
     steps) restarts from `start` with half the step, at most MAX_STEP_HALVINGS times. */
  function integrate(update, rows, start) {
    var state = start.slice(),
      probe = start.slice();
    var step = STEP,
      halvings = 0,
      best = Infinity,
      sinceBest = 0;
    function derivative(from) {
      return rows.map(function (r) {
        return update(r, from) - from[r];
      });
    }
    function moved(slope, factor) {
      rows.forEach(function (r, j) {
        probe[r] = state[r] + factor * slope[j];
      });
      return probe;
    }
    for (var k = 0; k <= MAX_ITERATIONS; k++) {
      var k1 = derivative(state);
      var residual = 0;
      k1.forEach(function (d) {
        residual = Math.max(residual, Math.abs(d));
      });
      if (residual <= TOLERANCE) {
        return { state: state, converged: true };
      }
      if (k === MAX_ITERATIONS) {
        break;
      }
      if (residual < best) {
        best = residual;
        sinceBest = 0;
      } else {
        sinceBest += 1;
      }
      var k2 = derivative(moved(k1, 0.5 * step));
      var k3 = derivative(moved(k2, 0.5 * step));
      var k4 = derivative(moved(k3, step));
      var escaped = false;
      rows.forEach(function (r, j) {
        state[r] = state[r] + (step / 6) * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
        escaped = escaped || !(isFinite(state[r]) && state[r] >= -0.5 && state[r] <= 1.5);
      });
      if ((escaped || sinceBest >= STALL_PATIENCE) && halvings < MAX_STEP_HALVINGS) {
        halvings += 1;
        step /= 2;
        state = start.slice();
        best = Infinity;
        sinceBest = 0;
      } else if (escaped) {
        break;
      }
    }
    return { state: state, converged: false };
  }

  /* The strength of every argument of `graph` under the semantics `name` with the base weights
     `weights`, clipped to [0, 1], and whether every group of cycles converged; null for a
     semantics the page does not compute. */
  function strengths(graph, name, weights) {
    var semantics = SEMANTICS[name];
    if (!semantics) {
      return null;
    }
    var update = function (i, s) {
      return semantics.update(graph, i, s, weights);
    };
    var s = semantics.startsFromOnes
      ? weights.map(function () {
          return 1;
        })
      : weights.slice();
    var converged = true;
    var levels = semantics.readsSupports ? graph.plans.bipolar : graph.plans.attacks;
    levels.forEach(function (level) {
      var values = level.flat.map(function (i) {
        return update(i, s);
      });
      level.flat.forEach(function (i, j) {
        s[i] = values[j];
      });
      if (!level.loops.length) {
        return;
      }
      var state = s.slice();
      var done = iterate(update, level.loops, state);
      if (!done) {
        var integrated = integrate(update, level.loops, s);
        state = integrated.state;
        done = integrated.converged;
      }
      level.loops.forEach(function (i) {
        s[i] = state[i];
      });
      converged = converged && done;
    });
    return { values: s.map(clip), converged: converged };
  }

  return { semantics: Object.keys(SEMANTICS), graph: graph, strengths: strengths };
})();
