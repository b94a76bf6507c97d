// Polls the evidence pack's status and updates the progress bar until it is ready.
(function () {
  "use strict";
  var box = document.querySelector("[data-evidence-pack]");
  if (!box) return;
  var url = box.getAttribute("data-status-url");
  var bar = box.querySelector("[data-pack-progress]");
  var count = box.querySelector("[data-pack-count]");
  var status = box.querySelector("[data-pack-status]");
  var download = box.querySelector("[data-pack-download]");
  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        bar.value = job.percent;
        bar.textContent = job.percent + " %";
        count.textContent = job.done + " / " + job.total;
        if (status.textContent !== job.status_label) status.textContent = job.status_label;
        if (job.status === "done") { download.hidden = false; return; }
        if (job.status !== "failed") setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  if (box.querySelector("[data-pack-download]").hidden) poll();
})();
