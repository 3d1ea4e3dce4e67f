// The review page: the page image with the focused value's box (zoom and pan, the box kept in view), the keyboard
// walk through values that need checking, the measure-table editor (add, remove, move, split, merge rows), saving in
// place (the form is posted by fetch and the editor swapped, keeping focus and scroll), a warning before leaving with
// unsaved changes. Enter / Alt+Down next flagged value, Alt+Up back, Ctrl+S save, Ctrl+Enter save and confirm.
"use strict";
(() => {
  const { digits } = window.docingest;
  const pages = [...document.querySelectorAll("#pages .page")];
  const pagesBox = document.getElementById("pages");
  const pageNumber = document.getElementById("page-number");
  const zoomLevel = document.getElementById("zoom-level");
  const canReview = document.body.dataset.canReview === "true";
  let current = Number(pagesBox?.dataset.first ?? 1);
  let zoom = 1;
  let saving = false;
  const zooms = [1, 1.5, 2, 3, 4];

  const figure = (n) => pages.find((p) => Number(p.dataset.page) === n);
  const form = () => document.getElementById("review-form");

  // ---- page viewer ----
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

  // The box scrolled into the middle of the viewer when it is not wholly visible (at any zoom).
  const keepInView = (mark) => {
    if (!pagesBox || mark.hidden) return;
    const box = pagesBox.getBoundingClientRect(), m = mark.getBoundingClientRect();
    const inside = m.left >= box.left && m.right <= box.right && m.top >= box.top && m.bottom <= box.bottom;
    if (inside) return;
    pagesBox.scrollLeft += m.left - box.left - (box.width - m.width) / 2;
    pagesBox.scrollTop += m.top - box.top - (box.height - m.height) / 2;
  };

  let lastBox = "";
  const highlight = (box) => {
    pages.forEach((p) => { p.querySelector(".highlight").hidden = true; });
    lastBox = box || "";
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
    keepInView(mark);
  };

  const setZoom = (value) => {
    zoom = Math.min(4, Math.max(1, value));
    pages.forEach((p) => { p.querySelector(".page-frame").style.width = `${zoom * 100}%`; });
    if (zoomLevel) zoomLevel.textContent = digits(`${Math.round(zoom * 100)}%`);
    pagesBox?.classList.toggle("zoomed", zoom > 1);
    if (lastBox) highlight(lastBox);
  };
  const zoomStep = (step) => {
    const at = zooms.findIndex((z) => z >= zoom);
    setZoom(zooms[Math.min(zooms.length - 1, Math.max(0, (at < 0 ? zooms.length - 1 : at) + step))]);
  };
  document.getElementById("zoom-in")?.addEventListener("click", () => zoomStep(1));
  document.getElementById("zoom-out")?.addEventListener("click", () => zoomStep(-1));
  // Pan by dragging the enlarged page.
  if (pagesBox) {
    let drag = null;
    pagesBox.addEventListener("pointerdown", (e) => {
      if (zoom <= 1) return;
      drag = { x: e.clientX, y: e.clientY, left: pagesBox.scrollLeft, top: pagesBox.scrollTop };
      pagesBox.setPointerCapture(e.pointerId);
    });
    pagesBox.addEventListener("pointermove", (e) => {
      if (!drag) return;
      pagesBox.scrollLeft = drag.left - (e.clientX - drag.x);
      pagesBox.scrollTop = drag.top - (e.clientY - drag.y);
    });
    pagesBox.addEventListener("pointerup", () => { drag = null; });
  }

  // ---- fields and the walk ----
  const labels = () => [...document.querySelectorAll("#editor [data-field]")];
  const control = (label) => label?.querySelector("input, textarea, select");
  const flagged = () => labels().filter((f) => f.classList.contains("needs-check"));
  const move = (step) => {
    const list = flagged().length ? flagged() : labels();
    const at = list.findIndex((f) => f.contains(document.activeElement));
    const next = list[(at + step + list.length) % list.length] ?? list[0];
    const c = control(next);
    c?.focus();
    if (c instanceof HTMLInputElement || c instanceof HTMLTextAreaElement) c.select();
  };

  const editor = document.getElementById("editor");
  // In the measure table the whole row is drawn (the union of its cells' boxes, on its page), whichever cell has focus.
  const boxOf = (el) => {
    const row = el.closest?.("tr.measure-row");
    if (row?.dataset.rowBox) return row.dataset.rowBox;
    return el.closest?.("[data-field]")?.dataset.box ?? "";
  };
  editor?.addEventListener("focusin", (e) => {
    const label = e.target.closest?.("[data-field]");
    const row = e.target.closest?.("tr.measure-row");
    if (!label && !row) return;
    labels().forEach((f) => f.classList.remove("active"));
    label?.classList.add("active");
    highlight(boxOf(e.target));
  });
  editor?.addEventListener("mouseover", (e) => {
    const box = boxOf(e.target);
    if (box) highlight(box);
  });
  // A unit from the catalogue (the datalist) is added to the row's units as a line of its own; free text stays allowed in the cell.
  const pickUnit = (input) => {
    const unit = input.value.trim();
    const cell = cellControl(rowOf(input), "responsible");
    if (!unit || !cell) return;
    const lines = cell.value.split("\n").map((l) => l.trim()).filter((l) => l);
    if (!lines.includes(unit)) lines.push(unit);
    cell.value = lines.join("\n");
    cell.closest("[data-field]")?.classList.add("edited");
    fit(cell);
    input.value = "";
  };
  editor?.addEventListener("input", (e) => {
    // Choosing from the datalist (mouse or arrows) replaces the text at once; typing goes on until Enter.
    if (e.target.classList?.contains("unit-pick") && e.inputType === "insertReplacementText") pickUnit(e.target);
  });
  editor?.addEventListener("focusout", (e) => {
    const label = e.target.closest?.("[data-field]");
    if (label?.classList.contains("needs-check")) label.classList.add("visited");
  });
  // Text areas grow with their text, so a long title or a list of steps is read whole, not behind a scroll bar.
  const fit = (t) => { t.style.height = "auto"; t.style.height = `${t.scrollHeight + 2}px`; };
  const fitAll = () => document.querySelectorAll("#editor textarea").forEach(fit);
  editor?.addEventListener("input", (e) => {
    e.target.closest?.("[data-field]")?.classList.add("edited");
    if (e.target instanceof HTMLTextAreaElement) fit(e.target);
  });
  window.addEventListener("resize", fitAll);

  // ---- measure table ----
  const body = () => document.getElementById("measure-body");
  const rowsInput = () => document.getElementById("measure-rows");
  const rowOf = (el) => el?.closest?.("tr.measure-row");
  const cellControl = (row, name) => row?.querySelector(`[data-name="${name}"] input, [data-name="${name}"] textarea`);
  const renumber = () => {
    const count = body()?.querySelectorAll("tr.measure-row").length ?? 0;
    const counter = document.getElementById("measure-count");
    if (counter) counter.textContent = digits(count);
  };
  const newRow = () => {
    const template = body()?.querySelector("tr.measure-row") ?? document.getElementById("measure-template")?.content.querySelector("tr");
    if (!template) return null;
    const row = template.cloneNode(true);
    row.dataset.origin = "+";
    row.removeAttribute("id");
    row.querySelectorAll("[data-field]").forEach((label) => {
      label.className = "field";
      label.dataset.box = "";
      label.removeAttribute("title");
      label.querySelectorAll(".flag, .fixed, .reason, .theirs").forEach((x) => x.remove());
    });
    row.querySelectorAll("input, textarea").forEach((c) => { c.value = ""; c.dataset.original = ""; c.textContent = ""; });
    row.dataset.rowBox = "";
    return row;
  };
  const focusCell = (row, name) => { const c = cellControl(row, name); c?.focus({ preventScroll: false }); return c; };
  const rowOps = {
    add(row) {
      const fresh = newRow();
      if (!fresh) return;
      if (row) row.after(fresh); else body().append(fresh);
      renumber();
      focusCell(fresh, "title");
    },
    remove(row) {
      if (!row) return;
      const name = document.activeElement?.closest?.("[data-name]")?.dataset.name ?? "title";
      const next = row.nextElementSibling ?? row.previousElementSibling;
      row.remove();
      renumber();
      if (next) focusCell(next, name);
    },
    up(row) { const prev = row?.previousElementSibling; if (prev) { const f = document.activeElement; prev.before(row); f?.focus(); } },
    down(row) { const next = row?.nextElementSibling; if (next) { const f = document.activeElement; next.after(row); f?.focus(); } },
    split(row) {
      if (!row) return;
      const title = cellControl(row, "title");
      const at = document.activeElement === title ? title.selectionStart : title.value.length;
      const fresh = newRow();
      row.after(fresh);
      cellControl(fresh, "title").value = title.value.slice(at).trim();
      title.value = title.value.slice(0, at).trim();
      fitAll();
      renumber();
      focusCell(fresh, "title");
    },
    merge(row) {
      const next = row?.nextElementSibling;
      if (!next) return;
      const join = (name, sep) => {
        const a = cellControl(row, name), b = cellControl(next, name);
        if (!a || !b) return;
        a.value = [a.value.trim(), b.value.trim()].filter((v) => v).join(sep);
      };
      join("title", " "); join("steps", "\n"); join("responsible", "\n"); join("progress", "\n");
      ["periodText", "periodStart", "periodEnd"].forEach((name) => {
        const a = cellControl(row, name), b = cellControl(next, name);
        if (a && b && !a.value.trim()) a.value = b.value;
      });
      next.remove();
      renumber();
      fitAll();
      focusCell(row, "title");
    },
  };
  editor?.addEventListener("click", (e) => {
    const button = e.target.closest?.("button[data-row]");
    if (button) { rowOps[button.dataset.row](rowOf(button)); return; }
    if (e.target.closest?.("#add-measure")) rowOps.add(null);
  });

  const arrangement = () => {
    const b = body();
    return b ? [...b.querySelectorAll("tr.measure-row")].map((r) => r.dataset.origin).join(",") : null;
  };

  // ---- saving ----
  // What the person changed: controls whose value differs from the stored one, and the table's arrangement.
  const changes = () => {
    const f = form();
    if (!f) return { fields: [], rows: null };
    const fields = [];
    const measureRows = body() ? [...body().querySelectorAll("tr.measure-row")] : [];
    f.querySelectorAll("[name^='f|']").forEach((c) => {
      let name = c.name;
      const row = rowOf(c);
      // Rows are addressed by their position after the rearrangement, which the save applies first.
      if (row) name = `f|Measure|${measureRows.indexOf(row)}|${name.split("|")[3]}`;
      if (c.value !== (c.dataset.original ?? "")) fields.push([name, c.value]);
    });
    const rows = arrangement();
    const identity = rowsInput()?.value ?? null;
    return { fields, rows: rows !== null && rows !== identity ? rows : null };
  };
  const dirty = () => { const c = changes(); return c.fields.length > 0 || c.rows !== null; };

  const save = async (command) => {
    const f = form();
    if (!f || saving) return;
    saving = true;
    const focusedName = (() => {
      const a = document.activeElement;
      if (!a?.name) return null;
      const row = rowOf(a);
      if (!row) return a.name;
      const rows = [...body().querySelectorAll("tr.measure-row")];
      return `f|Measure|${rows.indexOf(row)}|${a.name.split("|")[3]}`;
    })();
    const { fields, rows } = changes();
    const data = new FormData();
    data.append("__RequestVerificationToken", f.querySelector("input[name=__RequestVerificationToken]").value);
    data.append("revision", f.querySelector("input[name=revision]").value);
    data.append("command", command);
    if (rows !== null) data.append("rows", rows);
    fields.forEach(([name, value]) => data.append(name, value));
    const scroll = window.scrollY;
    try {
      const response = await fetch(f.action, { method: "POST", body: data, credentials: "same-origin", headers: { "X-Requested-With": "fetch" } });
      const html = await response.text();
      const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("editor");
      if (!fresh) throw new Error(String(response.status));
      editor.innerHTML = fresh.innerHTML;
      fitAll();
      window.scrollTo({ top: scroll });
      const again = focusedName && document.querySelector(`#editor [name="${CSS.escape(focusedName)}"]`);
      if (again) again.focus({ preventScroll: true });
      else document.querySelector("#review-messages [role]")?.setAttribute("tabindex", "-1");
    } catch {
      const messages = document.getElementById("review-messages");
      if (messages) messages.innerHTML = `<p class="error" role="alert" data-testid="error">บันทึกไม่สำเร็จ (เชื่อมต่อเครื่องแม่ข่ายไม่ได้) ค่าที่พิมพ์ยังอยู่ ลองอีกครั้ง</p>`;
    } finally {
      saving = false;
    }
  };

  document.addEventListener("submit", (e) => {
    if (e.target?.id !== "review-form") return;
    e.preventDefault();
    save(e.submitter?.value ?? "save");
  });

  window.addEventListener("beforeunload", (e) => {
    if (!saving && canReview && dirty()) { e.preventDefault(); e.returnValue = ""; }
  });

  document.addEventListener("keydown", (e) => {
    const inForm = form()?.contains(e.target);
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save("confirm"); return; }
    if (e.key.toLowerCase() === "s" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save("save"); return; }
    if (e.altKey && (e.key === "=" || e.key === "+")) { e.preventDefault(); zoomStep(1); return; }
    if (e.altKey && e.key === "-") { e.preventDefault(); zoomStep(-1); return; }
    const row = rowOf(e.target);
    if (e.key === "Enter" && !e.altKey && e.target.classList?.contains("unit-pick")) { e.preventDefault(); pickUnit(e.target); return; }
    if (inForm && e.altKey && canReview) {
      if (e.key === "Insert") { e.preventDefault(); rowOps.add(row); return; }
      if (row && e.key === "Delete") { e.preventDefault(); rowOps.remove(row); return; }
      if (row && e.shiftKey && e.key === "ArrowUp") { e.preventDefault(); rowOps.up(row); return; }
      if (row && e.shiftKey && e.key === "ArrowDown") { e.preventDefault(); rowOps.down(row); return; }
      if (row && e.key === "Enter") { e.preventDefault(); rowOps.split(row); return; }
      if (row && (e.key === "j" || e.key === "J" || e.code === "KeyJ")) { e.preventDefault(); rowOps.merge(row); return; }
    }
    if (e.altKey && e.key === "ArrowDown") { e.preventDefault(); move(1); return; }
    if (e.altKey && e.key === "ArrowUp") { e.preventDefault(); move(-1); return; }
    if (e.key === "PageDown" && !(e.target instanceof HTMLTextAreaElement)) { e.preventDefault(); show(Math.min(current + 1, pages.length ? Number(pages[pages.length - 1].dataset.page) : current)); return; }
    if (e.key === "PageUp" && !(e.target instanceof HTMLTextAreaElement)) { e.preventDefault(); show(Math.max(current - 1, 1)); return; }
    // Enter in a one-line field or a drop-down moves on instead of submitting: checking is a walk through the flagged values.
    if (e.key === "Enter" && !e.altKey && (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) && inForm) { e.preventDefault(); move(1); }
  });
  document.getElementById("prev-page")?.addEventListener("click", () => show(Math.max(current - 1, 1)));
  document.getElementById("next-page")?.addEventListener("click", () => show(current + 1));

  show(current);
  fitAll();
  // A link to a measure or section (from search or compare) focuses it; otherwise the first flagged value.
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  const first = target?.querySelector("[data-field]") ?? flagged()[0] ?? labels()[0];
  if (form() && canReview) control(first)?.focus();
  else target?.scrollIntoView();
})();
