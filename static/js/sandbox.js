// Deviation sandbox workspace: show the fields that apply, add action rows, and save the
// draft as the learner works (server first, this device's localStorage as a fallback).
// Everything still works without JavaScript through the form's own buttons.
(function () {
  "use strict";
  // On a phone the scenario starts folded into its bar; the learner opens it to read.
  var panel = document.querySelector("[data-scenario-panel]");
  var narrow = window.matchMedia ? window.matchMedia("(max-width: 61.99rem)") : null;
  if (panel && narrow) {
    if (narrow.matches) panel.open = false;
    // Wider again (a turned tablet): the side column has no bar to open it with.
    narrow.addEventListener("change", function (event) {
      if (!event.matches) panel.open = true;
    });
  }
  var form = document.getElementById("workspace");
  if (!form) return;
  var statusBox = form.querySelector("[data-save-status]");
  var versionInput = form.querySelector("[data-version]");
  var countInput = form.querySelector("[data-action-count]");
  var storageKey = form.getAttribute("data-storage-key");
  var url = form.getAttribute("data-autosave-url");
  var loginUrl = form.getAttribute("data-login-url");
  var serverUpdated = Date.parse(form.getAttribute("data-server-updated") || "") || 0;
  var textNode = document.getElementById("sandbox-text");
  var t = textNode ? JSON.parse(textNode.textContent) : {};
  var timer = null;
  var saving = false;
  var again = false;
  var submitAfterSave = null;

  function text(key, fallback) { return t[key] || fallback; }

  function setStatus(message, state, withLogin) {
    statusBox.textContent = message + " ";
    statusBox.setAttribute("data-state", state || "");
    if (withLogin) {
      var link = document.createElement("a");
      link.href = loginUrl;
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = text("login", "Log in again");
      statusBox.appendChild(link);
    }
  }

  // --- showing what applies ----------------------------------------------------
  function updateFact(card) {
    var n = card.getAttribute("data-fact");
    var checked = card.querySelector("input[type=radio]:checked");
    var kind = checked ? checked.value : "";
    var details = card.querySelector("[data-dev-details]");
    if (details) details.hidden = !kind;
    var chain = form.querySelector('[data-why-for="' + n + '"]');
    if (chain) chain.hidden = kind !== "primary";
  }
  function updateWhyEmpty() {
    var empty = form.querySelector("[data-why-empty]");
    if (!empty) return;
    var anyPrimary = form.querySelector('.fact-card input[type=radio][value="primary"]:checked');
    empty.hidden = !!anyPrimary;
  }
  form.querySelectorAll(".fact-card").forEach(function (card) {
    card.addEventListener("change", function () { updateFact(card); updateWhyEmpty(); });
    updateFact(card);
  });
  updateWhyEmpty();

  // --- action rows -----------------------------------------------------------------
  var actionsBox = form.querySelector("[data-actions]");
  function addAction(focus) {
    var rows = actionsBox.querySelectorAll("[data-action]");
    var last = rows[rows.length - 1];
    var next = rows.length + 1;
    var copy = last.cloneNode(true);
    copy.querySelectorAll("[name],[id],[for],[aria-describedby]").forEach(function (el) {
      ["name", "id", "for", "aria-describedby"].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, value.replace(/a\d+_/g, "a" + next + "_"));
      });
      if (el.matches("input, textarea")) el.value = "";
      if (el.matches("select")) el.selectedIndex = 0;
    });
    copy.querySelectorAll(".error-text").forEach(function (el) { el.remove(); });
    var legend = copy.querySelector("legend");
    legend.textContent = legend.textContent.replace(/\d+/, String(next));
    actionsBox.appendChild(copy);
    countInput.value = String(next);
    if (focus) copy.querySelector("select, textarea, input").focus();
    return copy;
  }
  var addButton = form.querySelector("[data-add-action]");
  if (addButton) {
    addButton.addEventListener("click", function (event) {
      event.preventDefault();
      addAction(true);
    });
  }

  // --- serialising ---------------------------------------------------------------
  function snapshot() {
    var data = {};
    new FormData(form).forEach(function (value, key) {
      if (key === "csrfmiddlewaretoken" || key === "action") return;
      (data[key] = data[key] || []).push(String(value));
    });
    // Unchecked boxes are absent from FormData; record them so a restore clears them.
    form.querySelectorAll("input[type=checkbox], input[type=radio]").forEach(function (el) {
      if (!(el.name in data)) data[el.name] = [];
    });
    return data;
  }
  function restore(data) {
    var wanted = parseInt((data.action_count || ["1"])[0], 10) || 1;
    while (actionsBox.querySelectorAll("[data-action]").length < wanted) addAction(false);
    Object.keys(data).forEach(function (name) {
      if (name === "version" || name === "lesson") return;
      var values = data[name];
      form.querySelectorAll('[name="' + name + '"]').forEach(function (el) {
        if (el.type === "checkbox" || el.type === "radio") {
          el.checked = values.indexOf(el.value) !== -1;
        } else if (el.type !== "hidden" || name === "action_count") {
          el.value = values[0] || "";
        }
      });
    });
    form.querySelectorAll(".fact-card").forEach(updateFact);
    updateWhyEmpty();
  }
  function keepLocally(synced) {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ at: Date.now(), synced: synced, data: snapshot() }));
    } catch (e) { /* storage full or disabled: nothing more we can do */ }
  }

  // --- saving ----------------------------------------------------------------------
  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    var input = form.querySelector("[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }
  function save() {
    if (saving) { again = true; return; }
    saving = true;
    setStatus(text("saving", "Saving…"), "saving");
    var body = new FormData(form);
    body.delete("action");
    fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      redirect: "manual",
      headers: { "X-CSRFToken": csrfToken(), "X-Requested-With": "fetch" }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (response.ok && json.ok) {
          versionInput.value = String(json.version);
          keepLocally(true);
          setStatus(text("saved", "Saved") + " " + json.saved_at + ".", "saved");
        } else if (response.status === 401 || response.status === 403 || response.type === "opaqueredirect") {
          keepLocally(false);
          setStatus(text("loggedOut", "Not saved – log in again. Your text is kept on this device."), "error", true);
        } else if (response.status === 409) {
          keepLocally(false);
          setStatus(json.error || text("conflict", "Not saved: changed elsewhere."), "error");
        } else {
          keepLocally(false);
          setStatus(json.error || text("failed", "Not saved. Your text is kept on this device."), "error");
        }
      });
    }).catch(function () {
      keepLocally(false);
      setStatus(text("offline", "Not saved – you seem to be offline. Your text is kept on this device."), "error");
    }).then(function () {
      saving = false;
      if (submitAfterSave) {
        // Post now, with the version this save brought back.
        var submitter = submitAfterSave.submitter;
        submitAfterSave = null;
        again = false;
        if (!form.requestSubmit) form.submit();
        else if (submitter) form.requestSubmit(submitter);
        else form.requestSubmit();
        return;
      }
      if (again) { again = false; save(); }
    });
  }
  function schedule() {
    keepLocally(false);
    clearTimeout(timer);
    timer = setTimeout(save, 1200);
  }
  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  window.addEventListener("online", function () { save(); });
  form.addEventListener("submit", function (event) {
    clearTimeout(timer);
    if (saving) {
      // A save is on its way and will change the version: post after it, or the
      // server would take this post for one from an outdated window.
      event.preventDefault();
      submitAfterSave = { submitter: event.submitter };
      return;
    }
    keepLocally(false);
  });

  // --- restoring text this device did not get to the server ------------------------
  try {
    var stored = JSON.parse(localStorage.getItem(storageKey) || "null");
    if (stored && stored.data && !stored.synced && stored.at > serverUpdated) {
      restore(stored.data);
      setStatus(text("restored", "Restored text from this device that was not saved yet."), "saving");
      save();
    }
  } catch (e) { /* unreadable entry: ignore */ }
  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();
