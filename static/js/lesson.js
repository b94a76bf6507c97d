// Tells the server that the learner is in this lesson (the page's GET writes
// nothing): once on opening, then every half minute while the page is visible
// and in use. The server counts each wall-clock minute once per course, so two
// tabs or devices do not add up; after ten minutes without any input the reports
// stop (a tab left open overnight adds at most those ten) until the learner is
// back. Playing audio or video counts as use.
(function () {
  "use strict";
  var box = document.querySelector("[data-lesson-visit]");
  if (!box) return;
  var url = box.getAttribute("data-lesson-visit");
  var token = box.querySelector("input[name=csrfmiddlewaretoken]");
  var BEAT_MS = 1000 * (parseInt(box.getAttribute("data-beat-seconds"), 10) || 30);
  var IDLE_MS = 1000 * (parseInt(box.getAttribute("data-idle-seconds"), 10) || 600);
  var lastInput = Date.now();
  var paused = document.querySelector("[data-time-paused]");
  var done = false;

  function mediaPlaying() {
    return Array.prototype.some.call(
      document.querySelectorAll("video, audio"),
      function (m) { return !m.paused && !m.ended; }
    );
  }

  function inUse() {
    return document.visibilityState === "visible" &&
      (Date.now() - lastInput < IDLE_MS || mediaPlaying());
  }

  function show(data) {
    if (!data) return;
    var summary = document.querySelector("[data-time-summary]");
    var bar = document.querySelector("[data-time-bar]");
    if (summary && data.summary) summary.textContent = data.summary;
    if (bar) { bar.value = data.percent; bar.textContent = data.percent + " %"; }
    if (data.completed) done = true;
  }

  function report() {
    var body = new FormData();
    if (token) body.append("csrfmiddlewaretoken", token.value);
    fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      keepalive: true,
      headers: { "Accept": "application/json" },
    }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(show).catch(function () { /* counted again on the next beat */ });
  }

  function tick() {
    if (done) return;
    if (inUse()) {
      if (paused) paused.hidden = true;
      report();
    } else if (paused && document.visibilityState === "visible") {
      paused.hidden = false;
    }
  }

  var last = 0;
  function onInput() {
    var now = Date.now();
    var wasIdle = now - lastInput >= IDLE_MS;
    lastInput = now;
    if (wasIdle && now - last > 1000) { last = now; tick(); }
  }
  ["pointerdown", "pointermove", "keydown", "scroll", "wheel", "touchstart",
    "input", "focusin"].forEach(function (name) {
    window.addEventListener(name, onInput, { capture: true, passive: true });
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") { lastInput = Date.now(); tick(); }
  });
  if (paused) {
    var resume = paused.querySelector("button");
    if (resume) resume.addEventListener("click", function () { lastInput = Date.now(); tick(); });
  }
  report();
  setInterval(tick, BEAT_MS);
})();
