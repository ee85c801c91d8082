// Saves the application step being typed: every 20 seconds when something changed, and when
// the tab is hidden or closed (sendBeacon, which the browser delivers even as the page goes),
// so that nothing typed is lost to a closed tab or an expiring session.
//
// What is typed after the session ended cannot reach the server: a copy is kept in this
// browser (localStorage) whenever the page is left or the server answers 401, and put back
// into the form the next time the step opens — unless the server saved the application after
// a copy it did not refuse (data-saved-at is later) — then saved and forgotten.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave-url]");
  if (!form) return;
  var url = form.getAttribute("data-autosave-url");
  var savedAt = parseInt(form.getAttribute("data-saved-at") || "0", 10);
  var status = document.getElementById("autosave-status");
  // One copy per application and step, whichever language the page is in.
  var key = "jawda-application-draft:" + url.replace(/^\/[a-z]{2}\//, "/");
  var dirty = false;

  function changed() { dirty = true; }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);

  function show(text) { if (status && text) status.textContent = text; }

  function values() {
    var result = {};
    new FormData(form).forEach(function (value, name) {
      if (name === "csrfmiddlewaretoken" || typeof value !== "string") return;
      (result[name] = result[name] || []).push(value);
    });
    return result;
  }

  // `refused`: the server said the session ended, so this copy is newer than anything saved.
  function keep(refused) {
    try {
      var copy = { at: Date.now(), refused: !!refused, values: values() };
      localStorage.setItem(key, JSON.stringify(copy));
    } catch (error) { /* storage full or disabled: the server copy is all there is */ }
  }

  function forget() {
    try { localStorage.removeItem(key); } catch (error) { /* nothing kept */ }
  }

  function restore() {
    var kept = null;
    try { kept = JSON.parse(localStorage.getItem(key) || "null"); } catch (error) { kept = null; }
    if (!kept || (!kept.refused && kept.at <= savedAt)) { forget(); return; }
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.name === "csrfmiddlewaretoken") return;
      var typed = kept.values[field.name] || [];
      if (field.type === "checkbox" || field.type === "radio") {
        field.checked = typed.indexOf(field.value) !== -1;
      } else if (typed.length && field.type !== "file") {
        field.value = typed[0];
      }
    });
    dirty = true;
    save();
  }

  // Copies of this application's other steps that the server has since saved are dropped, so
  // that its text does not linger in the browser.
  function sweep() {
    var base = key.replace(/[^/]+\/autosave\/$/, "");
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var name = localStorage.key(i);
        if (name === key || name.indexOf(base) !== 0) continue;
        var copy = JSON.parse(localStorage.getItem(name) || "null");
        if (!copy || (!copy.refused && copy.at <= savedAt)) localStorage.removeItem(name);
      }
    } catch (error) { /* storage disabled */ }
  }

  function save() {
    if (!dirty) return;
    dirty = false;
    fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin", keepalive: true })
      .then(function (response) {
        if (response.ok) {
          forget();
        } else if (response.status !== 409) {
          // Not saved (session ended, or its CSRF cookie gone): keep what she typed here.
          dirty = true;
          keep(true);
        }
        return response.json().then(
          function (body) { show(body.message); },
          function () { show(form.getAttribute("data-autosave-failed")); }
        );
      })
      .catch(function () {
        dirty = true;
        keep();
        show(form.getAttribute("data-autosave-failed"));
      });
  }

  function flush() {
    if (!dirty) return;
    // The beacon's answer is never known: keep a copy, which the next visit discards if the
    // server saved the step after it.
    keep();
    dirty = false;
    if (!(navigator.sendBeacon && navigator.sendBeacon(url, new FormData(form)))) save();
  }

  // The buttons save the form themselves; the copy covers a session that ended meanwhile.
  form.addEventListener("submit", function () { keep(); dirty = false; });
  // Typed before this script ran (it is deferred): what differs from the page as served.
  function typedAlready() {
    return Array.prototype.some.call(form.elements, function (field) {
      if (field.type === "checkbox" || field.type === "radio") {
        return field.checked !== field.defaultChecked;
      }
      if (field.tagName === "SELECT") {
        return Array.prototype.some.call(field.options, function (option) {
          return option.selected !== option.defaultSelected;
        });
      }
      return field.type !== "hidden" && field.type !== "file" && field.value !== field.defaultValue;
    });
  }

  dirty = typedAlready();
  sweep();
  restore();
  setInterval(save, 20000);
  form.setAttribute("data-autosave", "ready");
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") flush();
  });
  window.addEventListener("pagehide", flush);
})();
