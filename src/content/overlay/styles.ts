/** Styles of the in-page overlay; they live in its shadow root, so page CSS neither reaches nor leaks. */
export const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; }
.u { position: fixed; pointer-events: none; box-sizing: border-box; border-bottom: 2px solid; }
.u[data-severity="warning"] { border-bottom-color: #dc2626; background: rgba(220, 38, 38, 0.06); }
.u[data-severity="hint"] { border-bottom-color: #2563eb; border-bottom-style: dashed; }
.u.active { background: rgba(37, 99, 235, 0.12); }
.chip { position: fixed; pointer-events: auto; height: 22px; box-sizing: border-box; white-space: nowrap;
  font: 600 12px/1 system-ui, sans-serif; color: #1e293b; background: #fff; border: 1px solid #94a3b8;
  border-radius: 11px; padding: 4px 9px; cursor: pointer; box-shadow: 0 1px 2px rgba(0,0,0,.12); }
.chip[data-level="good"] { border-color: #15803d; }
.chip[data-level="poor"] { border-color: #b91c1c; }
.chip[data-ready="false"] { border-color: #b45309; border-style: dashed; color: #92400e; }
.chip:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.note-toggle { position: fixed; pointer-events: auto; width: 126px; height: 22px; box-sizing: border-box; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font: 600 12px/1 system-ui, sans-serif; color: #713f12;
  background: #fef9c3; border: 1px solid #eab308; border-radius: 10px; padding: 3px 7px; cursor: pointer; }
.note-toggle[aria-pressed="true"] { background: #fde047; }
.card .context { color: #334155; font-size: 12px; background: #f1f5f9; border-radius: 4px; padding: 2px 6px; }
.card { position: fixed; pointer-events: auto; width: 340px; max-width: calc(100vw - 16px); box-sizing: border-box;
  font: 13px/1.4 system-ui, sans-serif; color: #0f172a; background: #fff; border: 1px solid #cbd5e1;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(15,23,42,.18); padding: 10px 12px; }
.card h2 { font-size: 13px; margin: 0 0 4px; display: flex; gap: 6px; align-items: center; }
.card .sev-name { margin-left: auto; font-weight: 400; font-size: 12px; color: #475569; }
.card .sev { width: 8px; height: 8px; border-radius: 50%; display: inline-block; }
.card .sev[data-severity="warning"] { background: #dc2626; }
.card .sev[data-severity="hint"] { background: #2563eb; }
.card p { margin: 0 0 6px; }
.card .why { color: #475569; font-size: 12px; }
.card ul { list-style: none; padding: 0; margin: 6px 0; }
.card li { display: flex; gap: 8px; align-items: flex-start; padding: 4px 0; border-top: 1px solid #f1f5f9; }
.card li .text { flex: 1; }
.card li .note { display: block; color: #475569; font-size: 12px; }
.card button { font: inherit; white-space: nowrap; flex: none; border-radius: 5px; border: 1px solid #cbd5e1; background: #f8fafc; padding: 2px 9px; cursor: pointer; }
.card button.apply { background: #2563eb; border-color: #2563eb; color: #fff; }
.card button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.card .actions { display: flex; flex-wrap: nowrap; gap: 6px; justify-content: flex-end; align-items: center; }
/* #475569 on white is 7.6:1 (WCAG AA needs 4.5:1 for small text). */
.card .hint { color: #475569; font-size: 12px; margin-right: auto; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
/* "From the ticket" and its correction form (TicketSource.tsx). */
.card .context .link { border: 0; background: none; color: #1d4ed8; text-decoration: underline; padding: 0 0 0 6px; font-size: 12px; }
.card .ticket-fix { background: #f1f5f9; border: 0; border-radius: 6px; padding: 6px 8px; margin: 0 0 6px; font-size: 12px; min-width: 0; }
.card .ticket-fix legend { float: left; width: 100%; padding: 0; font-weight: 600; color: #334155; }
.card .ticket-fix label { display: block; font-weight: 600; margin-top: 4px; }
.card .ticket-fix input, .card .ticket-fix textarea { display: block; width: 100%; box-sizing: border-box; font: 12px/1.4 system-ui, sans-serif; border: 1px solid #cbd5e1; border-radius: 4px; padding: 3px 5px; margin-top: 2px; }
.card .ticket-fix .source { display: block; color: #64748b; font-size: 11px; }
.card .ticket-fix p { margin: 4px 0 0; }
.card .ticket-fix .actions { margin-top: 6px; }
`;
