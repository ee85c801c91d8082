// Tells the server every 30 seconds that the learner is still on the lesson or quiz, only
// while the tab is visible and she has moved, typed or scrolled in the last minute; sends the
// position of an uploaded video, and brings the video back to where she left it.
(function () {
  "use strict";
  var root = document.querySelector("[data-heartbeat-url]");
  if (!root) return;
  var url = root.getAttribute("data-heartbeat-url");
  var token = root.getAttribute("data-csrf-token") || "";
  var video = root.querySelector("video[data-lesson-video]");
  var resume = parseInt(root.getAttribute("data-resume-seconds") || "0", 10);
  var lastActivity = Date.now();

  if (video && resume > 0) {
    video.addEventListener("loadedmetadata", function () {
      if (resume < video.duration) video.currentTime = resume;
    });
  }
  ["mousemove", "keydown", "scroll", "touchstart", "play", "timeupdate"].forEach(function (name) {
    (name === "play" || name === "timeupdate" ? video || window : window).addEventListener(
      name,
      function () { lastActivity = Date.now(); },
      { passive: true }
    );
  });

  function beat() {
    if (document.visibilityState !== "visible" || Date.now() - lastActivity > 60000) return;
    var body = {};
    if (video) body.video_seconds = Math.floor(video.currentTime);
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token },
      body: JSON.stringify(body),
    }).catch(function () {});
  }
  beat();
  setInterval(beat, 30000);
})();
