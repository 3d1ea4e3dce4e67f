// The inbox: jobs refreshed every two seconds, needs-review first; uploads by drag and drop or the file picker.
"use strict";
(() => {
  const { digits, escape, time, send, canReview } = window.docingest;
  const rows = document.getElementById("inbox-rows");
  const statusFilter = document.getElementById("status-filter");
  const nameFilter = document.getElementById("name-filter");
  const statusNote = document.getElementById("upload-status");
  const labels = { Queued: "รอคิว", Running: "กำลังอ่าน", Succeeded: "เสร็จแล้ว", NeedsReview: "รอตรวจ", Failed: "ล้มเหลว" };
  const kinds = { memo: "บันทึกข้อความ", order: "คำสั่ง", announcement: "ประกาศ", minutes: "รายงานการประชุม",
    "measure-plan": "แผน/มาตรการ", "ita-analysis": "ผลการวิเคราะห์ ITA", other: "อื่น ๆ" };

  const render = (items) => {
    const needle = nameFilter.value.trim().toLowerCase();
    const shown = items.filter((d) => !needle || d.fileName.toLowerCase().includes(needle)
      || d.documents.some((p) => (p.organization ?? "").toLowerCase().includes(needle) || (p.title ?? "").toLowerCase().includes(needle)));
    if (shown.length === 0) {
      rows.innerHTML = `<tr><td colspan="5" class="muted">ยังไม่มีเอกสาร</td></tr>`;
      return;
    }
    rows.innerHTML = shown.map((d) => {
      const progress = d.status === "Running" || d.status === "Queued"
        ? `<progress max="${d.pageCount || 1}" value="${d.pagesDone}"></progress> ${digits(`${d.pagesDone}/${d.pageCount || "?"}`)} หน้า`
        : `${digits(d.pageCount)} หน้า`;
      const parts = d.documents.map((p) => `<li>${escape(kinds[p.kind] ?? p.kind)}: ${escape(p.title ?? "")} <span class="muted">${escape(p.organization ?? "")} ${p.fiscalYear ? digits(p.fiscalYear) : ""}</span></li>`).join("");
      const error = d.error ? `<div class="error">${escape(d.error)}</div>` : "";
      const open = d.status === "Succeeded" || d.status === "NeedsReview";
      const name = open ? `<a href="/documents/${d.id}" data-testid="open-document">${escape(d.fileName)}</a>` : escape(d.fileName);
      return `<tr class="status-${d.status}" data-status="${d.status}" data-file="${escape(d.fileName)}">
        <td>${name}</td><td><span class="badge ${d.status}">${labels[d.status] ?? d.status}</span>${error}</td>
        <td>${progress}</td><td><ul class="parts">${parts}</ul></td><td>${time(d.createdAt)}</td></tr>`;
    }).join("");
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

  const dropzone = document.getElementById("dropzone");
  const input = document.getElementById("upload-input");
  if (!canReview) { dropzone.hidden = true; return; }
  const upload = async (files) => {
    for (const file of files) {
      statusNote.textContent = `กำลังส่ง ${file.name}…`;
      const form = new FormData();
      form.append("file", file, file.name);
      const response = await send("/api/documents", { method: "POST", body: form });
      const body = await response.json().catch(() => ({}));
      statusNote.textContent = response.ok
        ? `รับ ${file.name} แล้ว (${body.outcome === "Duplicate" ? "ไฟล์ซ้ำ ไม่อ่านซ้ำ" : "เข้าคิว"})`
        : `ส่ง ${file.name} ไม่สำเร็จ: ${body.detail ?? response.status}`;
    }
    refresh();
  };
  input.addEventListener("change", () => upload([...input.files]));
  ["dragenter", "dragover"].forEach((e) => dropzone.addEventListener(e, (ev) => { ev.preventDefault(); dropzone.classList.add("over"); }));
  ["dragleave", "drop"].forEach((e) => dropzone.addEventListener(e, (ev) => { ev.preventDefault(); dropzone.classList.remove("over"); }));
  dropzone.addEventListener("drop", (ev) => upload([...ev.dataTransfer.files]));
})();
