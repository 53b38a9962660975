// Cue marking with a pointer: tap a word to mark or unmark it, or drag across
// several. The chunk checkboxes stay for the keyboard (ticking one marks its
// words) and are what the form sends without JavaScript; with it, the form sends
// the marked word numbers in the hidden "words" field.

function setUp(box) {
  if (box.dataset.ready) return;
  box.dataset.ready = "1";
  const words = [...box.querySelectorAll(".w")];
  const checks = [...box.querySelectorAll("input[name=chunks]")];
  const hidden = box.querySelector("input[name=words]");
  const marked = new Set();
  box.querySelector(".js-only")?.removeAttribute("hidden");
  box.classList.add("enhanced");
  hidden.disabled = false;

  function render() {
    for (const w of words) w.classList.toggle("marked", marked.has(w.dataset.i));
    for (const check of checks) {
      const own = check.dataset.words.split(",");
      const count = own.filter((i) => marked.has(i)).length;
      check.checked = count > 0;
      check.indeterminate = count > 0 && count < own.length;
    }
    hidden.value = [...marked].join(",");
  }

  for (const check of checks) {
    check.removeAttribute("name"); // the hidden field carries the answer
    check.addEventListener("change", () => {
      for (const i of check.dataset.words.split(",")) {
        if (check.checked) marked.add(i);
        else marked.delete(i);
      }
      render();
    });
  }

  let drag = null; // {from, adding}
  function span(from, to) {
    const [a, b] = [Number(from), Number(to)].sort((x, y) => x - y);
    return words.filter((w) => Number(w.dataset.i) >= a && Number(w.dataset.i) <= b);
  }
  box.addEventListener("pointerdown", (event) => {
    const word = event.target.closest(".w");
    if (!word) return;
    event.preventDefault(); // no label click, no text selection
    drag = { from: word.dataset.i, adding: !marked.has(word.dataset.i), to: word.dataset.i };
    preview();
  });
  box.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const target = document.elementFromPoint(event.clientX, event.clientY);
    const word = target?.closest?.(".w");
    if (word && box.contains(word) && word.dataset.i !== drag.to) {
      drag.to = word.dataset.i;
      preview();
    }
  });
  function preview() {
    const range = new Set(span(drag.from, drag.to).map((w) => w.dataset.i));
    for (const w of words) w.classList.toggle("dragging", range.has(w.dataset.i));
  }
  let suppressClick = false; // the click that follows a tap or drag on words
  function finish() {
    if (!drag) return;
    suppressClick = true;
    setTimeout(() => (suppressClick = false), 0);
    for (const w of span(drag.from, drag.to)) {
      if (drag.adding) marked.add(w.dataset.i);
      else marked.delete(w.dataset.i);
      w.classList.remove("dragging");
    }
    drag = null;
    render();
  }
  box.addEventListener("pointerup", finish);
  box.addEventListener("pointercancel", finish);
  box.addEventListener("click", (event) => {
    // Handled on pointerup; without this the label would toggle its checkbox.
    if (suppressClick || event.target.closest(".w")) event.preventDefault();
    suppressClick = false;
  });
  render();
}

function enhanceAll() {
  for (const box of document.querySelectorAll("[data-mark-cues]")) setUp(box);
}

document.addEventListener("item:loaded", enhanceAll);
enhanceAll();
