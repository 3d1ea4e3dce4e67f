// Shared helpers: the antiforgery token for fetch calls, Thai display of digits and dates, HTML escaping.
"use strict";
window.docingest = (() => {
  const token = () => document.querySelector('meta[name="csrf-token"]')?.content ?? "";
  const thaiDigits = document.body.dataset.thaiDigits === "true";
  const months = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
  const digits = (text) => {
    const s = String(text ?? "");
    return thaiDigits ? s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d))) : s;
  };
  const escape = (text) => String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  // Buddhist Era, Bangkok time (UTC+7, no daylight saving).
  const time = (iso) => {
    if (!iso) return "";
    const d = new Date(new Date(iso.endsWith("Z") ? iso : iso + "Z").getTime() + 7 * 3600 * 1000);
    const pad = (n) => String(n).padStart(2, "0");
    return digits(`${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear() + 543} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`);
  };
  const send = (url, options = {}) =>
    fetch(url, { credentials: "same-origin", ...options, headers: { "X-CSRF-TOKEN": token(), ...(options.headers ?? {}) } });
  return { token, digits, escape, time, send, canReview: document.body.dataset.canReview === "true" };
})();
