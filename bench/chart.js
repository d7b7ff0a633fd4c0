// The curve as an SVG (bench/results.svg, next to results.json): one small chart per figure, objects on the
// x axis, each series a line through its measured points. Written from the results, no library.

const W = 440;
const H = 270;
const M = { left: 52, right: 26, top: 28, bottom: 90 };
const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A "nice" upper bound and step for an axis from 0 to `max`. */
function niceAxis(max) {
  const rough = (max || 1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough);
  return { top: Math.ceil((max || 1) / step) * step, step };
}

/** One panel at (x0, y0): `series` is [{ name, points: [[objects, value], ...], dashed, color (an index) }]. */
function panel(x0, y0, title, unit, series, xs) {
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const xMax = Math.max(...xs);
  const { top, step } = niceAxis(Math.max(...series.flatMap((s) => s.points.map(([, v]) => v))));
  const px = (x) => x0 + M.left + (x / xMax) * pw;
  const py = (v) => y0 + M.top + ph - (v / top) * ph;
  const out = [`<text x="${x0 + M.left}" y="${y0 + 16}" font-weight="bold">${esc(title)}</text>`];
  for (let v = 0; v <= top + step / 1e6; v += step) {
    const y = py(v).toFixed(1);
    out.push(`<line x1="${px(0)}" x2="${px(xMax)}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    const label = Number.isInteger(v) ? v : v.toFixed(1);
    out.push(`<text x="${px(0) - 4}" y="${y}" dy="4" text-anchor="end">${label}</text>`);
  }
  out.push(
    `<text transform="translate(${x0 + 12},${py(top / 2)}) rotate(-90)" text-anchor="middle">${esc(unit)}</text>`,
  );
  for (const x of xs) {
    out.push(`<line x1="${px(x)}" x2="${px(x)}" y1="${py(0)}" y2="${py(0) + 4}" stroke="#333"/>`);
    out.push(`<text x="${px(x)}" y="${py(0) + 16}" text-anchor="middle">${x}</text>`);
  }
  out.push(`<line x1="${px(0)}" x2="${px(xMax)}" y1="${py(0)}" y2="${py(0)}" stroke="#333"/>`);
  series.forEach((s, i) => {
    const color = COLORS[(s.color ?? i) % COLORS.length];
    const d = s.points.map(([x, v]) => `${px(x).toFixed(1)},${py(v).toFixed(1)}`).join(" ");
    const dash = s.dashed ? ' stroke-dasharray="5,3"' : "";
    out.push(`<polyline points="${d}" fill="none" stroke="${color}" stroke-width="2"${dash}/>`);
    for (const [x, v] of s.points)
      out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(v).toFixed(1)}" r="3" fill="${color}"/>`);
    // The legend, two entries a row under the axis.
    const lx = x0 + M.left + (i % 2) * (pw / 2);
    const ly = y0 + H - M.bottom + 34 + Math.floor(i / 2) * 14;
    out.push(
      `<line x1="${lx}" x2="${lx + 14}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="2"${dash}/>`,
    );
    out.push(`<text x="${lx + 18}" y="${ly}">${esc(s.name)}</text>`);
  });
  return out.join("\n");
}

/** The SVG text for `panels` ([{ title, unit, series }]) laid out two a row, with a caption. */
function chartSvg(panels, xs, caption) {
  const cols = 2;
  const rows = Math.ceil(panels.length / cols);
  const width = W * cols;
  const height = H * rows + 24;
  const body = panels.map((p, i) =>
    panel((i % cols) * W, 24 + Math.floor(i / cols) * H, p.title, p.unit, p.series, xs),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="8" y="16" font-size="12">${esc(caption)}</text>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}

module.exports = { chartSvg };
