// Write the page's text in its own direction in the Wagtail editor: an Arabic page's fields
// are right-to-left even for an editor whose admin is in French, and the reverse.
// The language comes from data-jawda-content-language (templates/wagtailadmin/pages/*.html).
(function () {
  "use strict";

  const RTL_LANGUAGES = ["ar"];
  const TEXT_FIELDS = [
    'input[type="text"]:not([name="slug"])',
    "input:not([type])",
    "textarea",
    '[contenteditable="true"]',
  ].join(", ");

  function mark(root, language, direction) {
    root.querySelectorAll(TEXT_FIELDS).forEach((field) => {
      field.setAttribute("lang", language);
      field.setAttribute("dir", direction);
    });
  }

  function start() {
    const container = document.querySelector("[data-jawda-content-language]");
    if (!container) {
      return;
    }
    const language = container.dataset.jawdaContentLanguage;
    const direction = RTL_LANGUAGES.includes(language) ? "rtl" : "ltr";
    mark(container, language, direction);
    // StreamField blocks and the rich text editor are added after the page has loaded.
    new MutationObserver((mutations) => {
      mutations.forEach((mutation) => {
        mutation.addedNodes.forEach((node) => {
          if (node.nodeType === Node.ELEMENT_NODE) {
            mark(node.parentElement || node, language, direction);
          }
        });
      });
    }).observe(container, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
