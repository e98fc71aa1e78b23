// When the browser cannot draw WebGL: show pictures of the body drawn by the server (the served app's host
// draws them from the state it is sent), and report clicks on them as fractions of the picture's size (Python
// casts the ray and asks for the pick). A host without pictures (the standalone page) says what is missing.

/** Replace the 3D canvas by server-drawn pictures; returns the viewer's half of the scripting hook. */
export function showPictures({ wrap, store, pictures, texts }) {
  const note = document.createElement("p");
  note.className = "bm-picture-note";
  note.style.cssText = "margin:0;padding:8px 12px;font:14px/1.4 system-ui,sans-serif;color:#333;background:#fff8e1;";
  wrap.style.overflow = "auto";
  const shown = { ready: false, frames: 0, firstFrameMs: null }; // pictures shown so far
  const hook = { picture: true, project: () => null, path: () => null, render: () => {},
    setView: (name) => store.set({ view: String(name) }), guesses: { made: 0, shown: 0 }, hoveredLine: "",
    get ready() { return shown.ready; }, get frames() { return shown.frames; },
    get firstFrameMs() { return shown.firstFrameMs; }, get view() { return store.get().view; } };
  if (!pictures) {
    note.textContent = texts.no_webgl;
    wrap.replaceChildren(note);
    return hook;
  }
  note.textContent = texts.picture_note;
  const img = document.createElement("img");
  img.setAttribute("data-testid", "body-picture");
  img.style.cssText = "display:block;max-width:100%;max-height:calc(100% - 6em);margin:8px auto 0;cursor:crosshair;";
  img.tabIndex = 0;
  // a close-up around the pain spot and the selected trigger point (small places such as a heel are easier to
  // point at)
  const closer = document.createElement("button");
  closer.type = "button";
  closer.setAttribute("data-testid", "picture-closeup");
  closer.style.cssText = "margin:6px 12px 0;padding:4px 12px;font:14px system-ui,sans-serif;cursor:pointer;";
  const label = () => { closer.textContent = store.get().closeup ? texts.whole_body : texts.closer_view; };
  closer.addEventListener("click", () => store.set({ closeup: !store.get().closeup }));
  store.on(["closeup"], label);
  label();
  wrap.replaceChildren(note, closer, img);
  pictures.onPicture((url) => {
    if (!String(url).startsWith("data:image/png;base64,")) return; // only our own pictures
    const st = store.get();
    img.alt = `${texts.picture_alt} ${texts.views?.[st.view] || st.view}` + (st.pain >= 0 ? `, ${texts.picture_alt_pain}` : "");
    img.src = url;
  });
  img.addEventListener("load", () => {
    shown.frames += 1;
    if (!shown.ready) { shown.ready = true; shown.firstFrameMs = performance.now(); }
  });
  img.addEventListener("click", (e) => {
    const r = img.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return;
    const u = Math.min(1, Math.max(0, (e.clientX - r.left) / r.width));
    const v = Math.min(1, Math.max(0, (e.clientY - r.top) / r.height));
    pictures.click(u, v);
  });
  pictures.noWebGL();
  return hook;
}
