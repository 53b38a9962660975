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

if (location.hash === "#edit") {
  const panel = document.getElementById("edit");
  const first = panel && panel.querySelector("input:checked, input, textarea");
  (first || panel)?.focus();
} else if (location.hash.startsWith("#s-")) {
  document.getElementById(location.hash.slice(1))?.focus();
}
