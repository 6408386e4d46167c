/** The brief's stylesheet, inlined so the file stands alone (mail, print, no server). */
export const BRIEF_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f5f6f8; color: #1b1f24; font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
.page { max-width: 900px; margin: 0 auto; background: #fff; padding: 32px 40px 48px; border-left: 1px solid #e3e7eb; border-right: 1px solid #e3e7eb; }
header.brief { border-bottom: 3px solid #15283f; padding-bottom: 14px; margin-bottom: 8px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: #5b6670; font-weight: 600; margin: 0; }
h1 { font-size: 28px; margin: 4px 0 6px; letter-spacing: -.01em; color: #15283f; }
h2 { font-size: 18px; margin: 28px 0 8px; color: #15283f; border-bottom: 1px solid #d9dee3; padding-bottom: 4px; }
h3 { font-size: 14px; margin: 14px 0 4px; }
.meta { color: #3b4550; margin: 0; font-size: 14px; }
.counts { display: flex; flex-wrap: wrap; gap: 8px 22px; margin: 12px 0 0; padding: 0; list-style: none; font-size: 13px; color: #3b4550; }
.counts strong { font-size: 18px; color: #1b1f24; margin-right: 4px; }
table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
th { text-align: left; font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; color: #3b4550; background: #f0f2f5; padding: 6px 8px; border-bottom: 1px solid #d9dee3; }
td { padding: 6px 8px; border-bottom: 1px solid #eceff2; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; font-weight: 600; }
td.when { white-space: nowrap; }
.q { font-family: Georgia, 'Times New Roman', serif; color: #2a3037; }
.ref { font-size: 11px; color: #174a85; vertical-align: super; margin-left: 2px; text-decoration: none; }
.muted { color: #5b6670; }
.badge { display: inline-block; line-height: 1.6; font-size: 10.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: 0 6px; border-radius: 3px; vertical-align: 1px; }
.badge.planned { background: #fff3d6; color: #6b4500; border: 1px dashed #b7791f; }
.badge.conflict { background: #c62828; color: #fff; }
.badge.change { background: #e3eefa; color: #174a85; }
.badge.agree { background: #e3f3e5; color: #1d5e22; }
.dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; vertical-align: 1px; }
.conflict { border: 1px solid #f1c6c6; border-left: 4px solid #c62828; background: #fff8f8; padding: 10px 14px; margin: 10px 0; border-radius: 4px; page-break-inside: avoid; }
.conflict.change_over_time { border-color: #c9dbf0; border-left-color: #1f5fa8; background: #f5f9fe; }
.conflict.agreement { border-color: #cde6cf; border-left-color: #2f8132; background: #f6fbf6; }
.conflict p { margin: 0 0 6px; }
.conflict ul { margin: 0; padding-left: 18px; }
.event { border-bottom: 1px solid #eceff2; padding: 10px 0; page-break-inside: avoid; }
.event-head { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; }
.event-head .when { font-weight: 600; min-width: 130px; }
.event blockquote { margin: 6px 0 0; padding: 4px 10px; border-left: 3px solid #b7791f; background: #fffaf0; font-family: Georgia, 'Times New Roman', serif; font-size: 14px; }
svg.timeline { display: block; margin: 6px 0; border: 1px solid #e3e7eb; border-radius: 4px; background: #fff; }
.legend { font-size: 12px; color: #3b4550; display: flex; gap: 14px; flex-wrap: wrap; margin: 4px 0 0; }
.key { display: inline-block; width: 14px; height: 9px; border-radius: 2px; margin-right: 5px; vertical-align: 0; background: #1f5fa8; }
.key.hollow { background: #fff; border: 1.5px dashed #1f5fa8; }
.key.diamond { width: 9px; height: 9px; background: #1b1f24; transform: rotate(45deg); border-radius: 0; }
ol.sources { font-size: 13px; padding-left: 26px; }
ol.sources li { margin: 2px 0; overflow-wrap: anywhere; }
footer { margin-top: 32px; font-size: 12px; color: #5b6670; border-top: 1px solid #d9dee3; padding-top: 8px; }
.empty { color: #5b6670; font-style: italic; }
.summary p { margin: 0 0 8px; }
.summary .st-balance { color: #3b4550; }
ul.headline { padding-left: 4px; list-style: none; margin: 0 0 8px; }
ul.headline li { margin: 4px 0; }
.trend { display: inline-block; width: 14px; font-size: 11px; }
.trend.up { color: #2f8132; } .trend.down { color: #c62828; } .trend.unchanged { color: #5b6670; }
details summary { cursor: pointer; color: #174a85; font-size: 13px; margin: 6px 0; }
a { color: #174a85; }
@media (max-width: 640px) { .page { padding: 18px 14px; } h1 { font-size: 22px; } th:nth-child(4), td:nth-child(4) { display: none; } }
@media print {
  body { background: #fff; font-size: 11pt; }
  .page { max-width: none; border: 0; padding: 0; }
  h2 { page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  tr, .event, .conflict { page-break-inside: avoid; }
}
`
