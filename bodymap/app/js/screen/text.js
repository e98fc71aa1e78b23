// Texts from Python: templates with {name} placeholders (bodymap/texts.py fills the same templates with
// str.format), and numbers formatted exactly as Python's f"{x:.Nf}" would (so a total or a distance reads the
// same in the browser, in a CSV and on the command line).

/** "{a} and {b}" with values {a, b}; an unknown placeholder stays as it is (a missing text shows, never breaks). */
export function fill(template, values = {}) {
  return String(template ?? "").replace(/\{([a-z_]+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

/** f"{x:.{digits}f}": the exact decimal value of the double, rounded half to even. */
export function fixed(x, digits) {
  x = Number(x);
  if (!Number.isFinite(x)) return String(x);
  const neg = x < 0;
  const s = Math.abs(x).toFixed(100); // the exact decimal expansion of the double (for |x| >= 1e-40)
  const [ip, fp] = s.split(".");
  const kept = ip + fp.slice(0, digits);
  const rest = fp.slice(digits);
  let up = false;
  if (rest[0] > "5") up = true;
  else if (rest[0] === "5") up = /[1-9]/.test(rest.slice(1)) || Number(kept[kept.length - 1]) % 2 === 1;
  let d = kept.split("").map(Number);
  if (up) {
    let i = d.length - 1;
    while (i >= 0) { if (d[i] === 9) { d[i] = 0; i--; } else { d[i]++; break; } }
    if (i < 0) d = [1, ...d];
  }
  const str = d.join("");
  const whole = str.slice(0, str.length - digits).replace(/^0+(?=\d)/, "") || "0";
  const out = digits > 0 ? `${whole}.${str.slice(str.length - digits)}` : whole;
  return neg ? `-${out}` : out; // Python keeps the sign of a negative that rounds to zero ("-0.00")
}

/** round(x, digits) as Python rounds (the exact value, ties to even). */
export function round(x, digits) {
  return Number(fixed(x, digits));
}

/** f"{x:.0%}" */
export function percent(x) {
  return `${fixed(Number(x) * 100, 0)}%`;
}

/** One CSV row as Python's csv.writer writes it (QUOTE_MINIMAL, lineterminator "\n"). */
export function csvRow(fields) {
  return fields.map((f) => {
    const s = String(f);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(",") + "\n";
}
