// Wagtail admin, deviation exercise key: fields that mean nothing for a distractor are
// hidden while a deviation is marked as one, and "acceptable as a contributing factor"
// shows only for distractors. Nothing is cleared: switching back shows what was typed.
(function () {
  "use strict";
  var FOR_DEVIATIONS = [
    "requirement", "legal_reference", "responsible", "also_responsible",
    "mto", "also_mto", "concepts", "why_chain"
  ];
  function field(block, name) {
    return block.querySelector(':scope [data-contentpath="' + name + '"]');
  }
  function apply(select) {
    var block = select.closest('[data-contentpath="value"]') || select.closest("section");
    if (!block) return;
    var distractor = select.value === "distractor";
    FOR_DEVIATIONS.forEach(function (name) {
      var element = field(block, name);
      if (element) element.hidden = distractor;
    });
    var contributing = field(block, "contributing");
    if (contributing) contributing.hidden = !distractor;
  }
  function applyAll(root) {
    root.querySelectorAll('select[name^="deviations-"][name$="-value-kind"]').forEach(apply);
  }
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches && target.matches('select[name^="deviations-"][name$="-value-kind"]')) {
      apply(target);
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    applyAll(document);
    // Blocks added in the editor arrive later.
    new MutationObserver(function () { applyAll(document); }).observe(document.body, {
      childList: true, subtree: true
    });
  });
})();
