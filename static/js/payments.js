// Campaign countdown (progressive enhancement): the server already printed the end
// date and the days left; this only adds a ticking clock for sighted visitors. The
// clock is aria-hidden, so screen readers are not told a new number every second.
// The visitor can stop it (WCAG 2.2.2); with reduced motion it shows no seconds and
// moves once a minute.
(function () {
  "use strict";
  function plural(label, n) {
    var text = n === 1 ? label.getAttribute("data-one") : label.getAttribute("data-other");
    if (text && label.textContent !== text) { label.textContent = text; }
  }
  function start(el) {
    var ends = Date.parse(el.getAttribute("data-ends"));
    if (isNaN(ends)) { return; }
    var units = {};
    Array.prototype.forEach.call(el.querySelectorAll("[data-unit]"), function (node) {
      units[node.getAttribute("data-unit")] = node;
    });
    var timer = null;
    var calm = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var toggle = el.parentNode.querySelector("[data-countdown-toggle]");
    if (calm && units.seconds) { units.seconds.parentNode.hidden = true; }
    function run() { timer = window.setInterval(tick, calm ? 60000 : 1000); }
    function tick() {
      var left = Math.max(0, Math.floor((ends - Date.now()) / 1000));
      var parts = {
        days: Math.floor(left / 86400),
        hours: Math.floor((left % 86400) / 3600),
        minutes: Math.floor((left % 3600) / 60),
        seconds: left % 60
      };
      Object.keys(parts).forEach(function (unit) {
        var node = units[unit];
        if (!node) { return; }
        var value = String(unit === "days" ? parts[unit] : ("0" + parts[unit]).slice(-2));
        if (node.textContent !== value) { node.textContent = value; }
        var label = node.parentNode.querySelector(".countdown-label");
        if (label) { plural(label, parts[unit]); }
      });
      if (left === 0) {
        el.textContent = el.getAttribute("data-ended") || "";
        if (timer) { window.clearInterval(timer); }
        if (toggle) { toggle.hidden = true; }
      }
    }
    tick();
    el.hidden = false;
    run();
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        var stopped = timer === null;
        if (stopped) { tick(); run(); } else { window.clearInterval(timer); timer = null; }
        toggle.textContent = stopped ? toggle.getAttribute("data-stop") : toggle.getAttribute("data-start");
      });
    }
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-countdown]"), start);
})();
