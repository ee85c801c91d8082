// Starts ReDoc on /api/docs/ from a static file, so that the page needs no inline script.
(function () {
  "use strict";
  const element = document.getElementById("redoc-ui");
  const settings = JSON.parse(document.getElementById("redoc-settings").textContent || "{}");
  window.Redoc.init(element.dataset.openapiUrl, settings, element);
})();
