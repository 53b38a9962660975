// The player's page of a live game: follows the game over Server-Sent Events
// and redraws the stage from each state event (the same content the server
// renders without JavaScript), answers without a reload, and shows the score
// and rank the server sends to this player only. EventSource reconnects by
// itself; the server's first event on every connection is the whole state.

const root = document.getElementById("live-play");

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

function topList(top) {
  return el(
    "ol",
    { class: "live-top" },
    top.map((row) =>
      el("li", {}, el("span", { class: "rank", text: row.rank }), ` ${row.name} `,
        el("span", { class: "pts", text: `${row.score} pts` })),
    ),
  );
}

function questionHead(data, q) {
  return [
    el("p", { class: "live-exercise", text: `Question ${data.index + 1} of ${data.total}` }),
    el("h1", { text: q.prompt }),
    q.quote ? el("blockquote", { class: "live-quote", text: q.quote }) : null,
    q.citation
      ? el("p", { class: "citation-box", text: `Claim: “${q.citation.claim}” · cited link: ${q.citation.url}` })
      : null,
  ];
}

if (root) {
  const stage = document.getElementById("stage");
  const csrf = document.getElementById("live-csrf").value;
  let current = null;
  let sentFor = null; // the question index this page has answered

  function startTimer() {
    const timer = stage.querySelector(".timer[data-closes-in-ms]");
    if (!timer) return;
    const deadline = performance.now() + Number(timer.dataset.closesInMs);
    const tick = () => {
      if (!timer.isConnected) return;
      const left = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
      timer.textContent = String(left);
      if (left > 0) setTimeout(tick, 250);
    };
    tick();
  }

  function answerForm(data, q) {
    const form = el("form", { method: "post", action: root.dataset.answer, class: "live-answer" },
      el("input", { type: "hidden", name: "csrf_token", value: csrf }),
      el("input", { type: "hidden", name: "index", value: data.index }));
    if (q.multiple) {
      form.append(
        el("fieldset", { class: "live-choices" }, el("legend", { text: "Select every right answer" }),
          q.options.map((o) => el("label", { class: "big-choice" },
            el("input", { type: "checkbox", name: "choices", value: o.id }), ` ${o.text}`))),
        el("button", { type: "submit", class: "button primary big", text: "Send" }),
      );
    } else {
      const name = q.item_type === "claim" ? "label" : "choice";
      form.append(el("div", { class: "live-choices", role: "group", "aria-label": "Answers" },
        q.options.map((o, i) => el("button", {
          type: "submit", class: `big-answer answer-${i + 1}`, name, value: o.id, text: o.text,
        }))));
    }
    form.addEventListener("submit", (event) => send(event, form, data.index));
    return form;
  }

  async function send(event, form, index) {
    event.preventDefault();
    if (sentFor === index) return; // a double tap sends once
    const body = new FormData(form);
    if (event.submitter?.name) body.set(event.submitter.name, event.submitter.value);
    sentFor = index;
    for (const button of form.querySelectorAll("button")) button.disabled = true;
    try {
      const response = await fetch(root.dataset.answer, {
        method: "POST", body, headers: { Accept: "application/json" }, credentials: "same-origin",
      });
      const result = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(result.message || "Your answer was not accepted.");
      if (current && current.index === index && current.state === "question") {
        status("Answer locked in. Wait for the reveal.");
      }
    } catch (error) {
      sentFor = null;
      for (const button of form.querySelectorAll("button")) button.disabled = false;
      status(error.message || "The connection failed; try again.", true);
    }
  }

  function status(text, isError = false) {
    const old = stage.querySelector(".live-status");
    const node = el("p", { class: isError ? "live-status error" : "live-status", role: "status", text });
    if (isError) {
      stage.querySelector(".live-answer")?.before(node);
      old?.remove();
    } else {
      stage.querySelector(".live-answer")?.remove();
      stage.querySelector(".timer-line")?.remove();
      if (old) old.replaceWith(node);
      else stage.append(node);
    }
  }

  function verdict(you) {
    if (you?.fraction === null || you?.fraction === undefined) {
      return el("h1", { class: "verdict wrong", text: "No answer this time" });
    }
    if (you.fraction >= 1) return el("h1", { class: "verdict right", text: `Right! +${you.gained} pts` });
    if (you.fraction > 0) return el("h1", { class: "verdict partial", text: `Partly right: +${you.gained} pts` });
    return el("h1", { class: "verdict wrong", text: "Not quite" });
  }

  function render(data) {
    const q = data.question;
    const you = data.you || {};
    const parts = [];
    if (data.state === "lobby") {
      parts.push(el("h1", { text: "You're in!" }), el("p", { text: "Look at the screen: the game starts soon." }));
    } else if (data.state === "finished") {
      parts.push(el("h1", { text: "Game over" }),
        el("p", { class: "live-huge", text: `${you.score ?? 0} pts${you.rank ? ` · rank ${you.rank}` : ""}` }));
      if (data.top?.length) parts.push(el("h2", { text: "Top 5" }), topList(data.top));
    } else if (data.state === "question" && q) {
      parts.push(...questionHead(data, q));
      if (data.paused) parts.push(el("p", { class: "live-status", role: "status", text: "Paused: wait for the host." }));
      else if (q.discuss) parts.push(el("p", { class: "live-status", text: "Discuss with your neighbour; look at the screen." }));
      else if (you.answered || sentFor === data.index) {
        parts.push(el("p", { class: "live-status", role: "status", text: "Answer locked in. Wait for the reveal." }));
      } else {
        if (data.closes_in_ms !== null) {
          parts.push(el("p", { class: "timer-line" },
            el("span", { class: "timer", "data-closes-in-ms": data.closes_in_ms }), " s left"));
        }
        parts.push(answerForm(data, q));
      }
    } else if ((data.state === "reveal" || data.state === "leaderboard") && q) {
      const r = data.reveal || {};
      parts.push(el("p", { class: "live-exercise", text: `Question ${data.index + 1} of ${data.total}` }));
      parts.push(q.discuss ? el("h1", { text: q.prompt }) : verdict(you));
      if (!q.discuss) {
        const right = q.options.filter((o) => (r.correct || []).includes(o.id)).map((o) => o.text);
        parts.push(el("p", {}, "The answer: ", el("strong", { text: right.join(", ") })));
      }
      if (r.cues?.length) {
        parts.push(el("p", {}, "Cue words: ",
          r.cues.map((c, i) => [el("mark", { class: "cue", text: c }), i < r.cues.length - 1 ? ", " : ""])));
      }
      if (r.explanation) parts.push(el("p", { text: r.explanation }));
      if (data.state === "leaderboard" && data.top?.length) parts.push(el("h2", { text: "Top 5" }), topList(data.top));
    }
    stage.replaceChildren(...parts);
    startTimer();
    if (typeof you.score === "number") document.getElementById("my-score").textContent = you.score;
    const rank = document.getElementById("my-rank");
    if (rank && you.rank) rank.textContent = you.rank;
  }

  let source = null;
  let over = false;

  function connect() {
    source = new EventSource(root.dataset.events);
    source.addEventListener("state", (event) => {
      const data = JSON.parse(event.data);
      if (current && data.seq < current.seq) return; // an old event
      if (current && data.index !== current.index) sentFor = null;
      current = data;
      render(data);
      if (data.state === "finished") {
        over = true;
        source.close();
      }
    });
    source.addEventListener("removed", () => {
      over = true;
      source.close();
      stage.replaceChildren(el("h1", { text: "You were removed from this game" }),
        el("p", { text: "The host removed you. Talk to your teacher if this is a mistake." }));
    });
    // EventSource retries lost connections by itself, but not a refused one
    // (a busy server's 503): try again a little later, at a random moment.
    source.addEventListener("error", () => {
      if (!over && source.readyState === EventSource.CLOSED) {
        setTimeout(connect, 2000 + Math.random() * 3000);
      }
    });
  }

  connect();
  startTimer();
}
