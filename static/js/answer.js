// Progressive enhancement of the answer pages: check answers without a page
// reload, number keys pick an option (1-4 also checks a claim label), and the
// next item loads in place. Without JavaScript the same forms post normally.

const JSON_HEADERS = { Accept: "application/json" };

function page() {
  return document.querySelector(".item-page");
}

async function submitAnswer(form) {
  const button = form.querySelector("button[type=submit]");
  if (form.dataset.busy) return; // one request at a time: no double submit
  form.dataset.busy = "1";
  button.disabled = true;
  try {
    const response = await fetch(form.action || location.href, {
      method: "POST",
      body: new FormData(form),
      headers: JSON_HEADERS,
      credentials: "same-origin",
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      showError(form, data.message || "Your answer could not be saved. Please try again.");
      return;
    }
    showFeedback(form, data);
  } catch {
    showError(form, "The connection failed; your answer was not sent. Please try again.");
  } finally {
    delete form.dataset.busy;
    button.disabled = false;
  }
}

function showError(form, message) {
  let error = form.querySelector(".error");
  if (!error) {
    error = document.createElement("p");
    error.className = "error";
    error.setAttribute("role", "alert");
    form.querySelector("button[type=submit]").before(error);
  }
  error.textContent = message;
}

function showFeedback(form, data) {
  const slot = page().querySelector(".feedback-slot");
  const template = document.createElement("template");
  template.innerHTML = data.feedback_html; // server-rendered, escaped HTML
  slot.replaceChildren(template.content);
  form.remove();
  markStep(data);
  const next = slot.querySelector("#next-link");
  if (next) next.focus();
}

function markStep(data) {
  const current = page().querySelector(".steps li.current");
  if (!current) return;
  const verdict = data.correct ? "right" : data.score > 0 ? "partial" : "wrong";
  current.classList.add(verdict);
  const said = { right: "right", partial: "partly right", wrong: "wrong" }[verdict];
  const hidden = current.querySelector(".visually-hidden");
  if (hidden) hidden.textContent = hidden.textContent.replace(/, current$/, `, ${said}`);
}

async function loadNext(link) {
  try {
    const response = await fetch(link.href, { credentials: "same-origin" });
    if (!response.ok || !response.url.includes("/items/")) {
      location.assign(link.href);
      return;
    }
    const doc = new DOMParser().parseFromString(await response.text(), "text/html");
    const fresh = doc.querySelector(".item-page");
    if (!fresh) {
      location.assign(link.href);
      return;
    }
    page().replaceWith(fresh);
    document.title = doc.title;
    history.pushState({}, "", response.url);
    enhance();
    const first = fresh.querySelector(".answer-form input") || fresh.querySelector("#item-heading");
    first.focus();
  } catch {
    location.assign(link.href);
  }
}

function onKey(event) {
  const form = document.querySelector("form[data-enhance=answer]");
  if (!form || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.target.matches("textarea, input[type=text], select")) return;
  const input = form.querySelector(`input[data-key="${event.key}"]`);
  if (!input) return;
  event.preventDefault();
  input.checked = input.type === "checkbox" ? !input.checked : true;
  input.focus();
  if (page().dataset.itemType === "claim") form.requestSubmit();
}

function enhance() {
  const form = document.querySelector("form[data-enhance=answer]");
  // Item-type modules (mark_cues.js) enhance an item loaded in place, too.
  document.dispatchEvent(new CustomEvent("item:loaded"));
  if (form) {
    form.querySelector(".keys")?.removeAttribute("hidden");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      submitAnswer(form);
    });
  }
}

document.addEventListener("keydown", onKey);
document.addEventListener("click", (event) => {
  const link = event.target.closest("#next-link");
  if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault();
    loadNext(link);
  }
});
window.addEventListener("popstate", () => location.reload());
enhance();
