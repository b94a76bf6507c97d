// Tells the server that this lesson was opened (the page's GET writes nothing):
// the learner's place in the course, for "continue where you left off".
(function () {
  "use strict";
  var box = document.querySelector("[data-lesson-visit]");
  if (!box) return;
  var token = box.querySelector("input[name=csrfmiddlewaretoken]");
  var body = new FormData();
  if (token) body.append("csrfmiddlewaretoken", token.value);
  fetch(box.getAttribute("data-lesson-visit"), {
    method: "POST",
    body: body,
    credentials: "same-origin",
    keepalive: true,
  }).catch(function () { /* progress is also recorded by quizzes and "done" */ });
})();
