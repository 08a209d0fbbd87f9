// lossviz explorer: the page of `lossviz serve`. Every number and picture comes
// from the server's API (the lossviz library); this script only draws boxes and
// arrows on a canvas, keeps the state in the URL and asks for updates.
"use strict";

// The whole state; the URL's hash holds it, so a copied link restores it.
const state = {
  losses: ["iou", "giou", "diou", "ciou"],
  gradient: "autograd",
  target: [5, 4.5, 7, 6.5],   // x1, y1, x2, y2
  pred: [1.5, 1.5, 3.5, 3],   // x1, y1, x2, y2
  field: "giou",
  optimiser: "sgd",
  lr: 0.1,
  iterations: 200,
  t: 0,
  speed: 10,
};

// Counters the browser tests read to measure the redraw rate while dragging.
const stats = { moves: 0, canvasRedraws: 0, valueUpdates: 0, fieldUpdates: 0 };
window.lossvizStats = stats;

const view = { min: 0, max: 10, margin: 34 };  // world window, y up
const canvas = document.getElementById("stage");
const context = canvas.getContext("2d");
const $ = (id) => document.getElementById(id);
let catalogue = [];          // box losses from /api/losses
let evaluations = {};        // loss -> {loss, gradient} or {error}
let trajectories = null;     // loss -> {boxes, error}
let playing = false;

// ---- coordinates --------------------------------------------------------

function scale() { return (canvas.width - 2 * view.margin) / (view.max - view.min); }
function toCanvas(x, y) {
  return [view.margin + (x - view.min) * scale(), canvas.height - view.margin - (y - view.min) * scale()];
}
function toWorld(px, py) {
  return [view.min + (px - view.margin) / scale(), view.min + (canvas.height - view.margin - py) / scale()];
}
// The viewport position of a world point (for the browser tests' pointer actions).
function clientPoint(x, y) {
  const bounds = canvas.getBoundingClientRect();
  const [px, py] = toCanvas(x, y);
  return [bounds.left + (px * bounds.width) / canvas.width, bounds.top + (py * bounds.height) / canvas.height];
}
window.lossvizExplorer = { state, clientPoint };
const round2 = (v) => Math.round(v * 100) / 100;
const centreForm = (b) => [round2((b[0] + b[2]) / 2), round2((b[1] + b[3]) / 2), round2(b[2] - b[0]), round2(b[3] - b[1])];
const text = (b) => b.map((v) => +v.toFixed(4)).join(",");

// ---- state in the URL ---------------------------------------------------

function readHash() {
  const query = new URLSearchParams(location.hash.slice(1));
  const boxOf = (name) => {
    const v = (query.get(name) || "").split(",").map(Number);
    return v.length === 4 && v.every(Number.isFinite) && v[2] > v[0] && v[3] > v[1] ? v : null;
  };
  if (query.get("losses")) state.losses = query.get("losses").split(",").filter(Boolean);
  for (const name of ["gradient", "field", "optimiser"]) if (query.get(name)) state[name] = query.get(name);
  state.pred = boxOf("pred") || state.pred;
  state.target = boxOf("target") || state.target;
  for (const name of ["lr", "iterations", "t", "speed"]) {
    const v = Number(query.get(name));
    if (query.has(name) && Number.isFinite(v)) state[name] = v;
  }
}

function writeHash() {
  const query = new URLSearchParams({
    losses: state.losses.join(","), gradient: state.gradient, pred: text(state.pred), target: text(state.target),
    field: state.field, optimiser: state.optimiser, lr: state.lr, iterations: state.iterations, t: state.t, speed: state.speed,
  });
  history.replaceState(null, "", "#" + query.toString());
  const exportQuery = new URLSearchParams({
    losses: state.losses.join(","), gradient: state.gradient, pred: text(state.pred), target: text(state.target),
  });
  if (trajectories && state.t > 0) {
    exportQuery.set("trajectory", "1");
    exportQuery.set("iterations", state.t);
    exportQuery.set("optimiser", state.optimiser);
    exportQuery.set("lr", state.lr);
  }
  for (const format of ["png", "svg", "pdf"]) $("export-" + format).href = `/api/view.${format}?` + exportQuery.toString();
}

// ---- drawing --------------------------------------------------------------

// The box colours of every figure (BoxColors in Sources/LossvizFigures/BoxColors.swift):
// the target dark grey and lightly filled, the prediction ultramarine, apart from every loss colour.
const boxColours = { target: "#4d4d4d", targetFill: "rgba(128,128,128,0.25)", prediction: "#3f00ff" };

function colour(name) { return (catalogue.find((l) => l.name === name) || {}).color || "#000000"; }
function displayName(name) { return (catalogue.find((l) => l.name === name) || {}).display_name || name; }

function rect(box, stroke, width, fill, dash) {
  const [ax, ay] = toCanvas(box[0], box[3]);
  const [bx, by] = toCanvas(box[2], box[1]);
  context.setLineDash(dash || []);
  if (fill) { context.fillStyle = fill; context.fillRect(ax, ay, bx - ax, by - ay); }
  context.strokeStyle = stroke;
  context.lineWidth = width;
  context.strokeRect(ax, ay, bx - ax, by - ay);
  context.setLineDash([]);
}

function arrow(from, to, stroke) {
  const [x1, y1] = toCanvas(from[0], from[1]);
  const [x2, y2] = toCanvas(to[0], to[1]);
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length < 2) return;
  const head = Math.min(9, length * 0.45);
  const angle = Math.atan2(y2 - y1, x2 - x1);
  context.strokeStyle = stroke;
  context.fillStyle = stroke;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(x1, y1);
  context.lineTo(x2 - head * 0.6 * Math.cos(angle), y2 - head * 0.6 * Math.sin(angle));
  context.stroke();
  context.beginPath();
  context.moveTo(x2, y2);
  context.lineTo(x2 - head * Math.cos(angle - 0.4), y2 - head * Math.sin(angle - 0.4));
  context.lineTo(x2 - head * Math.cos(angle + 0.4), y2 - head * Math.sin(angle + 0.4));
  context.closePath();
  context.fill();
}

function drawGrid() {
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.font = "11px 'DejaVu Sans', sans-serif";
  context.fillStyle = "#5b6474";
  for (let v = view.min; v <= view.max; v += 1) {
    const [x, yBottom] = toCanvas(v, view.min);
    const [, yTop] = toCanvas(v, view.max);
    const [xLeft, y] = toCanvas(view.min, v);
    const [xRight] = toCanvas(view.max, v);
    context.strokeStyle = v === view.min || v === view.max ? "#9aa3b2" : "#eceef2";
    context.lineWidth = 1;
    context.beginPath();
    context.moveTo(x + 0.5, yTop); context.lineTo(x + 0.5, yBottom);
    context.moveTo(xLeft, y + 0.5); context.lineTo(xRight, y + 0.5);
    context.stroke();
    context.textAlign = "center";
    context.fillText(String(v), x, yBottom + 15);
    context.textAlign = "right";
    context.fillText(String(v), xLeft - 6, y + 4);
  }
}

// −∇L on each edge of the predicted box, one colour per loss, the longest arrow
// 45 % of the box's larger side (as the exported view draws them).
function drawGradients() {
  const p = state.pred;
  const side = Math.max(p[2] - p[0], p[3] - p[1]);
  const shown = state.losses.filter((name) => evaluations[name] && evaluations[name].gradient);
  const largest = Math.max(0, ...shown.flatMap((name) => evaluations[name].gradient.map((v) => (Number.isFinite(v) ? Math.abs(v) : 0))));
  if (largest === 0) return;
  const k = (0.45 * side) / largest;
  const midX = (p[0] + p[2]) / 2, midY = (p[1] + p[3]) / 2;
  shown.forEach((name, index) => {
    const d = evaluations[name].gradient.map((v) => (Number.isFinite(v) ? -v * k : 0));
    const shift = (index - (shown.length - 1) / 2) * 0.08 * side;
    arrow([p[0], midY + shift], [p[0] + d[0], midY + shift], colour(name));
    arrow([midX + shift, p[1]], [midX + shift, p[1] + d[1]], colour(name));
    arrow([p[2], midY + shift], [p[2] + d[2], midY + shift], colour(name));
    arrow([midX + shift, p[3]], [midX + shift, p[3] + d[3]], colour(name));
  });
}

function drawTrajectories() {
  if (!trajectories) return;
  for (const name of state.losses) {
    const run = trajectories[name];
    if (!run || !run.boxes) continue;
    const upto = run.boxes.slice(0, Math.min(state.t, run.boxes.length - 1) + 1);
    context.strokeStyle = colour(name);
    context.lineWidth = 1.3;
    context.setLineDash([2, 3]);
    context.beginPath();
    upto.forEach((b, i) => {
      const [x, y] = toCanvas(b[0], b[1]);
      if (i === 0) context.moveTo(x, y); else context.lineTo(x, y);
    });
    context.stroke();
    context.setLineDash([]);
    const b = upto[upto.length - 1];
    rect([b[0] - b[2] / 2, b[1] - b[3] / 2, b[0] + b[2] / 2, b[1] + b[3] / 2], colour(name), 2.2);
  }
}

function drawHandles(box, stroke) {
  context.fillStyle = "#ffffff";
  context.strokeStyle = stroke;
  context.lineWidth = 1.5;
  for (const [x, y] of [[box[0], box[1]], [box[2], box[1]], [box[0], box[3]], [box[2], box[3]]]) {
    const [px, py] = toCanvas(x, y);
    context.fillRect(px - 4, py - 4, 8, 8);
    context.strokeRect(px - 4, py - 4, 8, 8);
  }
}

function drawStage() {
  drawGrid();
  rect(state.target, boxColours.target, 1.5, boxColours.targetFill);
  rect(state.pred, boxColours.prediction, trajectories && state.t > 0 ? 1.3 : 2.2, null, trajectories && state.t > 0 ? [8, 3, 2, 3] : null);
  drawTrajectories();
  drawGradients();
  drawHandles(state.target, boxColours.target);
  drawHandles(state.pred, boxColours.prediction);
  stats.canvasRedraws += 1;
}

function drawErrors() {
  const chart = $("errors");
  const c = chart.getContext("2d");
  c.fillStyle = "#ffffff";
  c.fillRect(0, 0, chart.width, chart.height);
  const left = 44, bottom = chart.height - 22, right = chart.width - 8, top = 8;
  c.strokeStyle = "#9aa3b2";
  c.lineWidth = 1;
  c.strokeRect(left + 0.5, top + 0.5, right - left, bottom - top);
  c.font = "10px 'DejaVu Sans', sans-serif";
  c.fillStyle = "#5b6474";
  c.textAlign = "center";
  c.fillText("iteration", (left + right) / 2, chart.height - 4);
  if (!trajectories) { c.fillText("press Step or Play", (left + right) / 2, (top + bottom) / 2); return; }
  const runs = state.losses.map((name) => [name, trajectories[name]]).filter(([, run]) => run && run.error);
  const p = centreForm(state.pred), t = centreForm(state.target);
  const initial = Math.abs(p[0] - t[0]) + Math.abs(p[1] - t[1]) + Math.abs(p[2] - t[2]) + Math.abs(p[3] - t[3]);
  const largest = Math.max(initial, ...runs.flatMap(([, run]) => run.error.filter(Number.isFinite))) * 1.05 || 1;
  c.textAlign = "right";
  c.fillText(largest.toPrecision(2), left - 4, top + 8);
  c.fillText("0", left - 4, bottom);
  c.save();
  c.translate(12, (top + bottom) / 2);
  c.rotate(-Math.PI / 2);
  c.textAlign = "center";
  c.fillText("l1 error", 0, 0);
  c.restore();
  for (const [name, run] of runs) {
    const values = [initial, ...run.error.slice(0, state.t)];
    c.strokeStyle = colour(name);
    c.lineWidth = 1.6;
    c.beginPath();
    values.forEach((v, i) => {
      const x = left + (i / state.iterations) * (right - left);
      const y = bottom - (Math.min(v, largest) / largest) * (bottom - top);
      if (i === 0) c.moveTo(x, y); else c.lineTo(x, y);
    });
    c.stroke();
  }
}

// ---- values and field from the server -------------------------------------

// One request of a kind in flight at a time; the latest state wins.
function latestOnly(run) {
  let busy = false, again = false;
  const go = async () => {
    if (busy) { again = true; return; }
    busy = true;
    try { await run(); } finally {
      busy = false;
      if (again) { again = false; go(); }
    }
  };
  return go;
}

// The values: up to three rounds of requests in flight while dragging; a
// round's answers are shown unless a later round's already are.
let valueRounds = { asked: 0, shown: 0, inFlight: 0, pending: false };
async function refreshValues() {
  if (valueRounds.inFlight >= 3) { valueRounds.pending = true; return; }
  const round = ++valueRounds.asked;
  valueRounds.inFlight += 1;
  const losses = state.losses.slice(), pred = state.pred.slice(), target = state.target.slice();
  const query = (name) => new URLSearchParams({ loss: name, pred: text(pred), target: text(target), gradient: state.gradient });
  const answers = await Promise.all(losses.map((name) =>
    fetch("/api/eval?" + query(name)).then((r) => r.json()).catch((e) => ({ error: String(e) }))));
  valueRounds.inFlight -= 1;
  if (round > valueRounds.shown) {
    valueRounds.shown = round;
    evaluations = {};
    losses.forEach((name, i) => { evaluations[name] = answers[i]; });
    showValues(pred, target);
    drawStage();
    stats.valueUpdates += 1;
  }
  if (valueRounds.pending) { valueRounds.pending = false; refreshValues(); }
}

const refreshField = latestOnly(() => new Promise((resolve) => {
  const image = $("field");
  const p = centreForm(state.pred), t = centreForm(state.target);
  const supported = (catalogue.find((l) => l.name === state.field) || {}).reference_gradient;
  const query = new URLSearchParams({
    losses: state.field, over: "offset", target: t.join(","), size: p[2] + "," + p[3], range: "-6:6",
    // A coarser grid while dragging keeps the field up with the pointer; full detail at rest.
    resolution: drag ? "51" : "101", gradient: state.gradient === "reference" && supported ? "reference" : "autograd", dpi: "72",
    mark: round2(p[0] - t[0]) + "," + round2(p[1] - t[1]),
  });
  image.onload = () => { stats.fieldUpdates += 1; resolve(); };
  image.onerror = () => resolve();
  image.src = "/api/field.png?" + query;
  $("offset-text").textContent = `(${(p[0] - t[0]).toFixed(2)}, ${(p[1] - t[1]).toFixed(2)})`;
}));

function showValues(pred, target) {
  const body = document.querySelector("#values tbody");
  body.replaceChildren();
  const problems = [];
  for (const name of state.losses) {
    const answer = evaluations[name] || {};
    const row = document.createElement("tr");
    row.dataset.loss = name;
    const cells = [`<span class="swatch" style="background:${colour(name)}"></span> ${displayName(name)}`];
    if (answer.gradient) {
      row.dataset.value = answer.loss;
      row.dataset.gradient = answer.gradient.join(",");
      cells.push(Number(answer.loss).toFixed(4), ...answer.gradient.map((v) => Number(v).toFixed(4)));
    } else {
      cells.push("—", "", "", "", "");
      if (answer.error) problems.push(`${displayName(name)}: ${answer.error}`);
    }
    row.innerHTML = cells.map((c, i) => `<td${i === 1 ? ' class="value"' : ""}>${c}</td>`).join("");
    body.appendChild(row);
  }
  $("error").hidden = problems.length === 0;
  $("error").textContent = problems.join("; ");
  $("pred-text").textContent = text(pred);
  $("target-text").textContent = text(target);
}

// Any change of the boxes or the losses: redraw now, ask the server for the rest.
function changed({ keepTrajectory = false } = {}) {
  if (!keepTrajectory) { trajectories = null; state.t = 0; pause(); }
  writeHash();
  drawStage();
  drawErrors();
  showIteration();
  refreshValues();
  refreshField();
}

// ---- the regression player --------------------------------------------------

async function loadTrajectories() {
  const anchor = centreForm(state.pred).join(","), target = centreForm(state.target).join(",");
  const result = {};
  await Promise.all(state.losses.map(async (name) => {
    const query = new URLSearchParams({
      loss: name, anchor, target, iterations: state.iterations, optimiser: state.optimiser, lr: state.lr, gradient: state.gradient,
    });
    const answer = await fetch("/api/trajectory?" + query).then((r) => r.json()).catch((e) => ({ error: String(e) }));
    result[name] = answer;
  }));
  trajectories = result;
}

function showIteration() {
  $("iteration").textContent = state.t;
  $("iteration-total").textContent = state.iterations;
  $("speed-text").textContent = `${state.speed * 5} it/s`;
}

function showFrame() { writeHash(); drawStage(); drawErrors(); showIteration(); }

async function step(count) {
  if (!trajectories) await loadTrajectories();
  state.t = Math.min(state.iterations, state.t + count);
  showFrame();
}

let lastTick = 0, carried = 0;
function tick(now) {
  if (!playing) return;
  const elapsed = lastTick ? (now - lastTick) / 1000 : 0;
  lastTick = now;
  carried += elapsed * state.speed * 5;
  const whole = Math.floor(carried);
  carried -= whole;
  if (whole > 0) {
    state.t = Math.min(state.iterations, state.t + whole);
    showFrame();
  }
  if (state.t >= state.iterations) { pause(); return; }
  requestAnimationFrame(tick);
}

async function play() {
  if (!trajectories) await loadTrajectories();
  if (state.t >= state.iterations) state.t = 0;
  playing = true;
  lastTick = 0;
  carried = 0;
  requestAnimationFrame(tick);
}

function pause() { playing = false; }

// ---- dragging -----------------------------------------------------------------

let drag = null;  // {which: "pred"|"target", corner: index or -1, start: [x, y], box}

function hit(point) {
  const [px, py] = point;
  for (const which of ["pred", "target"]) {
    const box = state[which];
    const corners = [[box[0], box[1]], [box[2], box[1]], [box[0], box[3]], [box[2], box[3]]];
    for (let i = 0; i < 4; i += 1) {
      const [cx, cy] = toCanvas(corners[i][0], corners[i][1]);
      if (Math.abs(cx - px) <= 9 && Math.abs(cy - py) <= 9) return { which, corner: i };
    }
  }
  const [x, y] = toWorld(px, py);
  for (const which of ["pred", "target"]) {
    const box = state[which];
    if (x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]) return { which, corner: -1 };
  }
  return null;
}

function canvasPoint(event) {
  const bounds = canvas.getBoundingClientRect();
  return [(event.clientX - bounds.left) * (canvas.width / bounds.width), (event.clientY - bounds.top) * (canvas.height / bounds.height)];
}

canvas.addEventListener("pointerdown", (event) => {
  const found = hit(canvasPoint(event));
  if (!found) return;
  drag = { ...found, start: toWorld(...canvasPoint(event)), box: state[found.which].slice() };
  canvas.setPointerCapture(event.pointerId);
  canvas.classList.add("dragging");
  event.preventDefault();
});

canvas.addEventListener("pointermove", (event) => {
  if (!drag) return;
  const [x, y] = toWorld(...canvasPoint(event));
  const dx = x - drag.start[0], dy = y - drag.start[1];
  const b = drag.box.slice();
  const minimum = 0.1;
  if (drag.corner < 0) {
    const w = b[2] - b[0], h = b[3] - b[1];
    b[0] = Math.min(Math.max(b[0] + dx, view.min), view.max - w);
    b[1] = Math.min(Math.max(b[1] + dy, view.min), view.max - h);
    b[2] = b[0] + w;
    b[3] = b[1] + h;
  } else {
    const xi = drag.corner % 2 === 0 ? 0 : 2, yi = drag.corner < 2 ? 1 : 3;
    b[xi] = Math.min(Math.max(b[xi] + dx, view.min), view.max);
    b[yi] = Math.min(Math.max(b[yi] + dy, view.min), view.max);
    if (xi === 0) b[0] = Math.min(b[0], b[2] - minimum); else b[2] = Math.max(b[2], b[0] + minimum);
    if (yi === 1) b[1] = Math.min(b[1], b[3] - minimum); else b[3] = Math.max(b[3], b[1] + minimum);
  }
  state[drag.which] = b.map(round2);
  stats.moves += 1;
  changed();
});

function endDrag() {
  if (!drag) return;
  drag = null;
  canvas.classList.remove("dragging");
  refreshField();
}
canvas.addEventListener("pointerup", endDrag);
canvas.addEventListener("pointercancel", endDrag);

// ---- controls -------------------------------------------------------------------

function buildControls() {
  const choices = $("loss-choices");
  choices.replaceChildren();
  for (const loss of catalogue) {
    const label = document.createElement("label");
    label.innerHTML = `<input type="checkbox" value="${loss.name}"${state.losses.includes(loss.name) ? " checked" : ""}>`
      + `<span class="swatch" style="background:${loss.color}"></span>${loss.display_name}`;
    choices.appendChild(label);
  }
  choices.addEventListener("change", () => {
    state.losses = [...choices.querySelectorAll("input:checked")].map((input) => input.value);
    fillFieldChoices();
    changed();
  });
  fillFieldChoices();
  $("gradient").value = state.gradient;
  $("optimiser").value = state.optimiser;
  $("lr").value = state.lr;
  $("iterations").value = state.iterations;
  $("speed").value = state.speed;
  $("gradient").addEventListener("change", (e) => { state.gradient = e.target.value; changed(); });
  $("field-loss").addEventListener("change", (e) => { state.field = e.target.value; changed({ keepTrajectory: true }); });
  $("optimiser").addEventListener("change", (e) => { state.optimiser = e.target.value; changed(); });
  $("lr").addEventListener("change", (e) => { state.lr = Number(e.target.value) || 0.1; changed(); });
  $("iterations").addEventListener("change", (e) => {
    state.iterations = Math.min(10000, Math.max(1, Math.round(Number(e.target.value) || 200)));
    changed();
  });
  $("speed").addEventListener("input", (e) => { state.speed = Number(e.target.value); showIteration(); writeHash(); });
  $("step").addEventListener("click", () => { pause(); step(1); });
  $("play").addEventListener("click", play);
  $("pause").addEventListener("click", pause);
  $("reset").addEventListener("click", () => { pause(); state.t = 0; showFrame(); });
  $("copy-link").addEventListener("click", async () => {
    try { await navigator.clipboard.writeText(location.href); $("copy-link").textContent = "Link copied"; } catch {
      window.prompt("Copy this link:", location.href);
    }
    setTimeout(() => { $("copy-link").textContent = "Copy link"; }, 1500);
  });
}

function fillFieldChoices() {
  const select = $("field-loss");
  const names = state.losses.length ? state.losses : ["giou"];
  if (!names.includes(state.field)) state.field = names[0];
  select.innerHTML = names.map((name) => `<option value="${name}">${displayName(name)}</option>`).join("");
  select.value = state.field;
}

async function start() {
  readHash();
  const losses = await fetch("/api/losses").then((r) => r.json());
  catalogue = losses.filter((loss) => loss.kind === "box");
  state.losses = state.losses.filter((name) => catalogue.some((loss) => loss.name === name));
  buildControls();
  const t = state.t;
  changed();
  if (t > 0) {   // a shared link into a regression: replay it to the same iteration
    await loadTrajectories();
    state.t = Math.min(t, state.iterations);
    showFrame();
  }
  document.body.dataset.ready = "true";
}

start();
