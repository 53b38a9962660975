// The projector page of a live game: follows the game over Server-Sent Events
// (the panel is re-rendered by the server on each change of state; answer
// counts and joining players update in place), sends the host's controls
// without a reload, and adds keyboard shortcuts: N next step, S skip,
// P pause or resume, E end. Without JavaScript the same forms post normally.

const root = document.getElementById("live-host");

function startTimers(scope) {
  for (const timer of scope.querySelectorAll(".timer[data-closes-in-ms]")) {
    const deadline = performance.now() + Number(timer.dataset.closesInMs);
    const tick = () => {
      if (!timer.isConnected) return;
      const left = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
      timer.textContent = String(left);
      if (left > 0) setTimeout(tick, 250);
    };
    tick();
  }
}

if (root) {
  const panel = document.getElementById("panel");
  const controls = () => panel.querySelector(".live-controls");
  let seq = Number(controls()?.dataset.seq || 0);
  let refreshing = null;
  let dirty = false;

  async function refresh() {
    if (refreshing) {
      dirty = true; // one more render once this one is in
      return refreshing;
    }
    refreshing = (async () => {
      try {
        const response = await fetch(root.dataset.panel, { credentials: "same-origin" });
        if (response.ok) {
          const focused = document.activeElement?.dataset?.action;
          panel.innerHTML = await response.text();
          seq = Number(controls()?.dataset.seq || seq);
          startTimers(panel);
          const again = focused && panel.querySelector(`[data-action="${focused}"]`);
          (again || panel.querySelector("[data-primary]"))?.focus();
        }
      } finally {
        refreshing = null;
        if (dirty) {
          dirty = false;
          refresh();
        }
      }
    })();
    return refreshing;
  }

  const source = new EventSource(root.dataset.events);
  source.addEventListener("state", (event) => {
    const data = JSON.parse(event.data);
    if (data.seq !== seq) refresh();
    if (data.state === "finished") source.close();
  });
  source.addEventListener("count", (event) => {
    const data = JSON.parse(event.data);
    const answered = document.getElementById("answered");
    const index = Number(controls()?.dataset.index ?? -1);
    if (answered && data.index === index) {
      answered.textContent = String(Math.max(Number(answered.textContent), data.answered));
    }
  });
  source.addEventListener("joined", (event) => {
    const data = JSON.parse(event.data);
    const list = document.getElementById("players");
    if (!list || list.querySelector(`[data-player="${data.id}"]`)) return;
    refresh(); // the server renders the new row with its remove button
  });
  source.addEventListener("removed", () => refresh());

  panel.addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    const button = event.submitter;
    const action = button?.formAction || form.action;
    if (button?.dataset.action === "end" && !confirm("End the game for everyone?")) return;
    const body = new FormData(form);
    const response = await fetch(action, {
      method: "POST",
      body,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (response.ok || response.status === 409) await refresh();
  });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select")) return;
    const pick = {
      n: "[data-primary]",
      s: '[data-action="skip"]',
      p: '[data-action="pause"], [data-action="resume"]',
      e: '[data-action="end"]',
    }[event.key.toLowerCase()];
    const button = pick && panel.querySelector(pick);
    if (button) {
      event.preventDefault();
      button.click();
    }
  });

  startTimers(panel);
}
