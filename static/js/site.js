// Progressive enhancement only: every page works without JavaScript.
(function () {
  "use strict";
  var toggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.addEventListener("click", function () {
      var open = nav.classList.toggle("is-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("is-open")) {
        nav.classList.remove("is-open");
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });
  }
  // A form sent back with errors: put the cursor in the first field to fix, so that
  // keyboard and screen-reader users land on the problem (its error is described by
  // aria-describedby) instead of at the top of the page.
  var invalid = document.querySelector(
    "main .field-error input, main .field-error select, main .field-error textarea"
  );
  if (invalid && !window.location.hash) {
    invalid.focus();
  }
  // Back from a POST to an anchor (a quiz's result, a sandbox step): move focus there,
  // onto the result when the section has one, so that it is read out and the next Tab
  // continues from it rather than from the top of the page.
  // (after the browser's own scroll to the anchor, which would otherwise undo it)
  if (window.location.hash.length > 1 && !invalid) {
    window.addEventListener("load", function () {
      window.setTimeout(function () {
        var id = decodeURIComponent(window.location.hash.slice(1));
        var target = document.getElementById(id);
        if (!target) return;
        var result = target.querySelector("[data-result], .quiz-result") || target;
        if (!result.hasAttribute("tabindex")) result.setAttribute("tabindex", "-1");
        result.focus();
      }, 0);
    });
  }
  // Back from a POST without an anchor (an invitation sent, a seat assigned): the
  // message saying what happened gets focus, so it is read out and the eye finds it.
  var notice = document.querySelector("main .messages");
  if (notice && !invalid && window.location.hash.length <= 1) {
    notice.setAttribute("tabindex", "-1");
    notice.focus();
  }
  // "Go back" links: the previous page when there is one, the home page otherwise.
  document.querySelectorAll("[data-history-back]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (window.history.length > 1) {
        event.preventDefault();
        window.history.back();
      }
    });
  });
})();
