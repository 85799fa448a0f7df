// repmon web: small progressive enhancement, no build step, no inline script (CSP).
// Copy buttons, and the self-check run again on an edited reply.
"use strict";
(function () {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;

  function render(box, result) {
    box.replaceChildren();
    const lines = result.problems && result.problems.length ? result.problems : null;
    if (!lines) {
      const p = document.createElement("p");
      p.className = "ok-line";
      p.textContent = "self-check passed";
      box.appendChild(p);
      return;
    }
    for (const problem of lines) {
      const p = document.createElement("p");
      p.className = "warn-line";
      p.textContent = "needs a human edit: " + problem; // textContent: never parsed as HTML
      box.appendChild(p);
    }
  }

  function watch(area) {
    const box = document.getElementById("check-" + area.dataset.channel);
    let timer = null;
    let sent = 0;
    area.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(async function () {
        const mine = ++sent;
        box.setAttribute("aria-busy", "true");
        try {
          const response = await fetch(area.dataset.check, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
            body: JSON.stringify({ channel: area.dataset.channel, text: area.value }),
          });
          if (mine === sent && response.ok) render(box, await response.json());
        } finally {
          box.removeAttribute("aria-busy");
        }
      }, 300);
    });
  }

  document.querySelectorAll("textarea[data-check]").forEach(watch);
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.addEventListener("click", async function () {
      const area = document.getElementById(button.dataset.copy);
      try {
        await navigator.clipboard.writeText(area.value);
      } catch (e) {
        area.select();
        document.execCommand("copy");
      }
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = "Copy"; }, 1500);
    });
  });
  const filters = document.getElementById("filters");
  if (filters) {
    filters.querySelectorAll("select, input[type=checkbox]").forEach(function (el) {
      el.addEventListener("change", function () { filters.requestSubmit(); });
    });
  }
})();
