// The review page: page images with the box of the focused value highlighted, and keyboard flow through the
// values that need checking (Enter / Alt+Down next, Alt+Up back, Ctrl+S save, Ctrl+Enter save and confirm).
"use strict";
(() => {
  const { digits } = window.docingest;
  const pages = [...document.querySelectorAll("#pages .page")];
  const pageNumber = document.getElementById("page-number");
  const form = document.getElementById("review-form");
  let current = Number(document.getElementById("pages")?.dataset.first ?? 1);

  const figure = (n) => pages.find((p) => Number(p.dataset.page) === n);

  // Images are fetched when their page is shown; a page without an image (text layer, DOCX) shows its text.
  const show = (n) => {
    const target = figure(n);
    if (!target) return;
    current = n;
    pages.forEach((p) => { p.hidden = p !== target; });
    const img = target.querySelector("img");
    if (img && !img.getAttribute("src")) {
      img.addEventListener("error", () => { img.hidden = true; target.querySelector(".page-text").hidden = false; }, { once: true });
      img.setAttribute("src", img.dataset.src);
    }
    pageNumber.textContent = digits(n);
  };

  const highlight = (box) => {
    pages.forEach((p) => { p.querySelector(".highlight").hidden = true; });
    if (!box) return;
    const [page, x, y, w, h] = box.split(" ").map(Number);
    show(page);
    const target = figure(page);
    const width = Number(target.dataset.width), height = Number(target.dataset.height);
    if (!width || !height) return;
    const mark = target.querySelector(".highlight");
    // Percentages of the page size keep the box on the text whatever size the image is drawn at.
    mark.style.left = `${(100 * x) / width}%`;
    mark.style.top = `${(100 * y) / height}%`;
    mark.style.width = `${(100 * w) / width}%`;
    mark.style.height = `${(100 * h) / height}%`;
    mark.hidden = false;
    mark.scrollIntoView({ block: "nearest", behavior: "smooth" });
  };

  const fields = [...document.querySelectorAll("[data-field]")];
  fields.forEach((label) => {
    const control = label.querySelector("input, textarea, select");
    const activate = () => {
      fields.forEach((f) => f.classList.remove("active"));
      label.classList.add("active");
      highlight(label.dataset.box);
    };
    control?.addEventListener("focus", activate);
    label.addEventListener("mouseenter", () => highlight(label.dataset.box));
    control?.addEventListener("blur", () => { if (label.classList.contains("needs-check")) label.classList.add("visited"); });
    control?.addEventListener("input", () => label.classList.add("edited"));
  });

  const flagged = () => fields.filter((f) => f.classList.contains("needs-check"));
  const move = (step) => {
    const list = flagged().length ? flagged() : fields;
    const at = list.findIndex((f) => f.contains(document.activeElement));
    const next = list[(at + step + list.length) % list.length] ?? list[0];
    next?.querySelector("input, textarea, select")?.focus();
  };

  const submit = (command) => {
    if (!form) return;
    const button = form.querySelector(`button[value="${command}"]`);
    if (button) form.requestSubmit(button);
  };

  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submit("confirm"); return; }
    if (e.key.toLowerCase() === "s" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submit("save"); return; }
    if (e.altKey && e.key === "ArrowDown") { e.preventDefault(); move(1); return; }
    if (e.altKey && e.key === "ArrowUp") { e.preventDefault(); move(-1); return; }
    if (e.key === "PageDown" && !(e.target instanceof HTMLTextAreaElement)) { e.preventDefault(); show(Math.min(current + 1, pages.length ? Number(pages[pages.length - 1].dataset.page) : current)); return; }
    if (e.key === "PageUp" && !(e.target instanceof HTMLTextAreaElement)) { e.preventDefault(); show(Math.max(current - 1, 1)); return; }
    // Enter in a one-line field moves on instead of submitting: checking is a walk through the flagged values.
    if (e.key === "Enter" && e.target instanceof HTMLInputElement && form?.contains(e.target)) { e.preventDefault(); move(1); }
  });
  document.getElementById("prev-page")?.addEventListener("click", () => show(Math.max(current - 1, 1)));
  document.getElementById("next-page")?.addEventListener("click", () => show(current + 1));

  show(current);
  const first = flagged()[0] ?? fields[0];
  if (form && document.body.dataset.canReview === "true") first?.querySelector("input, textarea, select")?.focus();
})();
