// Progressive enhancement of the review screen: `j` / `k` move the focus to the
// next / previous sentence, and an open edit panel gets the focus so keyboard
// users land in the form. Without JavaScript every sentence is a plain link.

const sentences = () => Array.from(document.querySelectorAll("[data-review] a.sentence"));

function move(step) {
  const all = sentences();
  if (!all.length) return;
  const at = all.indexOf(document.activeElement);
  const next = at < 0 ? (step > 0 ? 0 : all.length - 1) : (at + step + all.length) % all.length;
  all[next].focus();
}

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.closest("input, textarea, select, [contenteditable]")) return;
  if (event.key === "j") {
    move(1);
    event.preventDefault();
  } else if (event.key === "k") {
    move(-1);
    event.preventDefault();
  }
});

// The checked label first, else the first field a person can use: not the
// hidden CSRF input, which comes first in the form and cannot take focus.
function focusPanel() {
  const panel = document.getElementById("edit");
  const usable = ":not([type=hidden]):not(:disabled)";
  const first = panel && (panel.querySelector(`input:checked${usable}`) ||
    panel.querySelector(`input${usable}, select${usable}, textarea${usable}`));
  (first || panel)?.focus();
}

if (location.hash === "#edit") {
  // After the page has loaded: the browser's own move to the #edit fragment
  // focuses the panel (it has a tabindex) and would undo an earlier focus.
  if (document.readyState === "complete") focusPanel();
  else window.addEventListener("load", focusPanel, { once: true });
} else if (location.hash.startsWith("#s-")) {
  document.getElementById(location.hash.slice(1))?.focus();
}

// The review queue: j/k move between claims, 1-4 relabel the claim in focus and
// Enter accepts its label, each saved with fetch (no page load). The plain
// forms in every row do the same without scripts.
const queue = document.querySelector("[data-queue]");
const LABELS = ["sourced", "speculation", "opinion", "unsourced"];

function rows() {
  return Array.from(queue.querySelectorAll("li[data-key]"));
}

function moveRow(step) {
  const all = rows();
  if (!all.length) return;
  const current = document.activeElement.closest("li[data-key]");
  const at = all.indexOf(current);
  const next = at < 0 ? 0 : Math.min(Math.max(at + step, 0), all.length - 1);
  all[next].focus();
}

async function relabel(row, label) {
  const form = row.querySelector("form");
  const body = new FormData(form);
  body.set("label", label);
  const status = document.querySelector("[data-queue-status]");
  row.setAttribute("aria-busy", "true");
  try {
    const response = await fetch(row.dataset.url, {
      method: "POST",
      body,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    const data = await response.json();
    if (!response.ok) {
      status.textContent = data.message || "Not saved.";
      row.querySelector("[data-tag]").textContent = `${row.dataset.label}: ${data.message}`;
      return;
    }
    row.className = row.className.replace(/label-\w+/, `label-${data.label}`).replace(" unreviewed", "");
    row.dataset.label = data.label;
    row.querySelector("[data-tag]").textContent = `${data.label}, reviewed`;
    form.querySelectorAll("input[name=label]").forEach((input) => {
      input.checked = input.value === data.label;
    });
    status.textContent = `Claim ${data.key}: ${data.label}, reviewed. ${data.unreviewed} left to review.`;
  } catch (error) {
    status.textContent = "Not saved: the connection failed. Use the Save button.";
  } finally {
    row.removeAttribute("aria-busy");
  }
}

if (queue) {
  rows().forEach((row) => row.setAttribute("tabindex", "0"));
  queue.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const row = event.target.closest("li[data-key]");
    if (!row || event.target !== row) return;
    const number = Number(event.key);
    if (number >= 1 && number <= LABELS.length) {
      relabel(row, LABELS[number - 1]).then(() => moveRow(1));
    } else if (event.key === "Enter") {
      relabel(row, row.dataset.label).then(() => moveRow(1));
    } else if (event.key === "j" || event.key === "ArrowDown") {
      moveRow(1);
    } else if (event.key === "k" || event.key === "ArrowUp") {
      moveRow(-1);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  });
}
if (location.hash.startsWith("#r-")) {
  document.getElementById(location.hash.slice(1))?.focus();
}
