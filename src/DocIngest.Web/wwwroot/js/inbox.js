// The inbox: files refreshed every two seconds, what needs a person first. Rows are updated in place by file, and a
// row holding keyboard focus is left alone until focus leaves it, so the refresh never moves the person's place.
// Uploads by drag and drop, the file picker, or the keyboard (Enter or Space on the upload zone); failed files can be
// read again or removed; a duplicate upload links to the file that holds the same content.
"use strict";
(() => {
  const { digits, escape, time, send, canReview } = window.docingest;
  const rows = document.getElementById("inbox-rows");
  const statusFilter = document.getElementById("status-filter");
  const nameFilter = document.getElementById("name-filter");
  const statusNote = document.getElementById("upload-status");
  const labels = { Queued: "รอคิว", Running: "กำลังอ่าน", Succeeded: "อ่านแล้ว รอยืนยัน", NeedsReview: "รอตรวจ", Failed: "ล้มเหลว", Confirmed: "ยืนยันแล้ว" };
  const kinds = { memo: "บันทึกข้อความ", order: "คำสั่ง", announcement: "ประกาศ", minutes: "รายงานการประชุม",
    "measure-plan": "แผน/มาตรการ", "ita-analysis": "ผลการวิเคราะห์ ITA", other: "อื่น ๆ" };

  const rowHtml = (d) => {
    const progress = d.status === "Running" || d.status === "Queued"
      ? `<progress max="${d.pageCount || 1}" value="${d.pagesDone}"></progress> ${digits(`${d.pagesDone}/${d.pageCount || "?"}`)} หน้า`
      : `${digits(d.pageCount)} หน้า`;
    const parts = d.documents.map((p) => `<li>${escape(kinds[p.kind] ?? p.kind)}: ${escape(p.title ?? "")} <span class="muted">${escape(p.organization ?? "")} ${p.fiscalYear ? digits(p.fiscalYear) : ""}</span>${d.documents.length > 1 ? ` <span class="badge ${p.confirmed ? "Confirmed" : "NeedsReview"}">${p.confirmed ? "ยืนยันแล้ว" : "รอตรวจ"}</span>` : ""}</li>`).join("");
    const failed = d.status === "Failed";
    const error = d.reason ? `<div class="error" data-testid="failure-reason">${escape(d.reason)}</div>` : "";
    const actions = failed && canReview
      ? `<div class="inbox-actions"><button type="button" data-action="retry" data-job="${d.jobId}" data-testid="retry">อ่านใหม่</button><button type="button" data-action="remove" data-job="${d.jobId}" data-testid="remove">ลบออก</button></div>`
      : "";
    const open = d.documents.length > 0 && ["Succeeded", "NeedsReview", "Confirmed"].includes(d.status);
    const name = open ? `<a href="/documents/${d.id}" data-testid="open-document">${escape(d.fileName)}</a>` : escape(d.fileName);
    return `<td>${name}</td><td><span class="badge ${d.status}" data-testid="file-status">${labels[d.status] ?? d.status}</span>${error}${actions}</td>
        <td>${progress}</td><td><ul class="parts">${parts}</ul></td><td>${time(d.createdAt)}</td>`;
  };

  const render = (items) => {
    const needle = nameFilter.value.trim().toLowerCase();
    const shown = items.filter((d) => !needle || d.fileName.toLowerCase().includes(needle)
      || d.documents.some((p) => (p.organization ?? "").toLowerCase().includes(needle) || (p.title ?? "").toLowerCase().includes(needle)));
    const focused = rows.contains(document.activeElement) ? document.activeElement.closest("tr") : null;
    if (shown.length === 0) {
      if (!focused) rows.innerHTML = `<tr class="empty"><td colspan="5" class="muted">ยังไม่มีเอกสาร</td></tr>`;
      return;
    }
    rows.querySelector("tr.empty, tr.loading")?.remove();
    const existing = new Map([...rows.querySelectorAll("tr[data-id]")].map((tr) => [tr.dataset.id, tr]));
    const wanted = shown.map((d) => {
      const key = String(d.id);
      let tr = existing.get(key);
      const html = rowHtml(d);
      if (!tr) { tr = document.createElement("tr"); tr.dataset.id = key; }
      // The focused row keeps its cells: rewriting them would take focus away mid-keystroke.
      if (tr !== focused && tr.dataset.html !== html) { tr.innerHTML = html; tr.dataset.html = html; }
      tr.className = `status-${d.status}`;
      tr.dataset.status = d.status;
      tr.dataset.file = d.fileName;
      existing.delete(key);
      return tr;
    });
    existing.forEach((tr) => { if (tr !== focused) tr.remove(); });
    // Reorder only without focus inside the table: moving a focused row blurs it.
    const order = [...rows.children];
    const same = wanted.length === order.length && wanted.every((tr, i) => order[i] === tr);
    if (!same && !focused) wanted.forEach((tr) => rows.append(tr));
    else if (!same) wanted.filter((tr) => !tr.isConnected).forEach((tr) => rows.append(tr));
  };

  let latest = [];
  const refresh = async () => {
    const status = statusFilter.value ? `&status=${encodeURIComponent(statusFilter.value)}` : "";
    try {
      const response = await fetch(`/api/documents?take=300${status}`, { credentials: "same-origin" });
      if (response.ok) { latest = await response.json(); render(latest); }
    } catch { /* the next tick tries again; the table keeps the last state */ }
  };
  statusFilter.addEventListener("change", refresh);
  nameFilter.addEventListener("input", () => render(latest));
  refresh();
  setInterval(refresh, 2000);

  rows.addEventListener("click", async (e) => {
    const button = e.target.closest("button[data-action]");
    if (!button) return;
    const job = button.dataset.job;
    const row = button.closest("tr");
    const response = button.dataset.action === "retry"
      ? await send(`/api/jobs/${job}/retry`, { method: "POST" })
      : await send(`/api/jobs/${job}`, { method: "DELETE" });
    const body = await response.json().catch(() => ({}));
    statusNote.textContent = response.ok
      ? (button.dataset.action === "retry" ? "ส่งไฟล์เข้าคิวอ่านใหม่แล้ว" : "ลบไฟล์ออกจากกล่องเอกสารแล้ว")
      : `ทำไม่สำเร็จ: ${body.detail ?? body.title ?? response.status}`;
    if (response.ok && button.dataset.action === "remove") {
      // The removed row held focus: hand it to the next row (or the status line) before the row goes.
      const next = row.nextElementSibling?.querySelector("a, button") ?? row.previousElementSibling?.querySelector("a, button");
      if (next) next.focus(); else { statusNote.tabIndex = -1; statusNote.focus(); }
      row.remove();
    }
    await refresh();
  });

  const dropzone = document.getElementById("dropzone");
  const input = document.getElementById("upload-input");
  if (!canReview) { dropzone.hidden = true; return; }
  const upload = async (files) => {
    for (const file of files) {
      statusNote.textContent = `กำลังส่ง ${file.name}…`;
      const form = new FormData();
      form.append("file", file, file.name);
      let response, body = {};
      try {
        response = await send("/api/documents", { method: "POST", body: form });
        body = await response.json().catch(() => ({}));
      } catch {
        statusNote.textContent = `ส่ง ${file.name} ไม่สำเร็จ: เชื่อมต่อเครื่องแม่ข่ายไม่ได้`;
        continue;
      }
      if (!response.ok) {
        statusNote.textContent = `ส่ง ${file.name} ไม่สำเร็จ: ${body.detail ?? (response.status === 413 ? "ไฟล์ใหญ่เกินกำหนด" : `รหัส ${response.status}`)}`;
      } else if (body.outcome === "Duplicate") {
        statusNote.innerHTML = `รับ ${escape(file.name)} แล้ว: ไฟล์ซ้ำกับ `
          + (body.duplicateOfFileId ? `<a href="/documents/${body.duplicateOfFileId}" data-testid="duplicate-of">${escape(body.duplicateOfName ?? "")}</a>` : "ไฟล์ที่มีอยู่")
          + " จึงไม่อ่านซ้ำ";
      } else {
        statusNote.textContent = `รับ ${file.name} แล้ว (เข้าคิว)`;
      }
    }
    input.value = "";
    refresh();
  };
  input.addEventListener("change", () => upload([...input.files]));
  // The zone is a button for the keyboard: the hidden file input cannot take focus itself.
  dropzone.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); }
  });
  // Said once the zone answers the keyboard (the rows may be on the page, rendered by the server, before this runs).
  dropzone.dataset.ready = "true";
  ["dragenter", "dragover"].forEach((e) => dropzone.addEventListener(e, (ev) => { ev.preventDefault(); dropzone.classList.add("over"); }));
  ["dragleave", "drop"].forEach((e) => dropzone.addEventListener(e, (ev) => { ev.preventDefault(); dropzone.classList.remove("over"); }));
  dropzone.addEventListener("drop", (ev) => upload([...ev.dataTransfer.files]));
})();
