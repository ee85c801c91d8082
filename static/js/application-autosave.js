// Saves the application step being typed: every 20 seconds when something changed, and when
// the tab is hidden or closed (sendBeacon, which the browser delivers even as the page goes),
// so that nothing typed is lost to a closed tab or an expiring session.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave-url]");
  if (!form) return;
  var url = form.getAttribute("data-autosave-url");
  var status = document.getElementById("autosave-status");
  var dirty = false;

  function changed() { dirty = true; }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  // The buttons save the form themselves.
  form.addEventListener("submit", function () { dirty = false; });

  function show(text) { if (status && text) status.textContent = text; }

  function save() {
    if (!dirty) return;
    dirty = false;
    fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin", keepalive: true })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) dirty = true;
          show(body.message);
        });
      })
      .catch(function () {
        dirty = true;
        show(form.getAttribute("data-autosave-failed"));
      });
  }

  function flush() {
    if (!dirty) return;
    dirty = false;
    if (!(navigator.sendBeacon && navigator.sendBeacon(url, new FormData(form)))) save();
  }

  setInterval(save, 20000);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") flush();
  });
  window.addEventListener("pagehide", flush);
})();
