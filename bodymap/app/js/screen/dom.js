// Building the screen's DOM from plain data. Every string (annotation text, URL values, search input) goes in
// through text nodes or attributes, never as HTML.

/** An element with attributes (`class`, `style`, `on<event>` handlers, properties, attributes) and children. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "style") el.style.cssText = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k in el && typeof v !== "string") el[k] = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  return append(el, children);
}

/** Append children (nested arrays, strings, numbers, nodes; null and false are skipped). */
export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Replace an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Show or hide an element (the `hidden` attribute; CSS keeps [hidden] hidden). */
export function show(el, visible) {
  el.hidden = !visible;
  return el;
}

/** The visible text of an element, one line per rendered line, blank lines dropped (for parity checks). */
export function visibleText(el) {
  return String(el.innerText || "").split("\n").map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean)
    .join("\n");
}

/** Run `fn` after the next `frames` frames are drawn (a task after that many requestAnimationFrames), so work
 * that those frames do not show does not hold them back: a click's frame shows the highlight, the next one
 * the side panel, and only then go the share URL and the messages to the server. */
export function afterNextFrame(fn, frames = 1) {
  requestAnimationFrame(() => (frames > 1 ? afterNextFrame(fn, frames - 1) : setTimeout(fn, 0)));
}
