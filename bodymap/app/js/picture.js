// When the browser cannot draw WebGL: show pictures of the body drawn by the server, and report clicks on
// them as fractions of the picture's size (Python casts the ray and answers like any pick).

/** Replace the 3D canvas by server-drawn pictures; `send` patches the component's parameters. */
export function showPictures({ model, wrap, send }) {
  const note = document.createElement("p");
  note.style.cssText = "margin:0;padding:8px 12px;font:14px/1.4 system-ui,sans-serif;color:#333;background:#fff8e1;";
  note.textContent = "This browser cannot draw the 3D body (WebGL is not available), so the server draws " +
    "pictures of it. Click where it hurts; the Front, Back, Left and Right buttons turn the body, and " +
    "\"Closer view\" shows the painful area larger.";
  const img = document.createElement("img");
  img.setAttribute("data-testid", "body-picture");
  img.style.cssText = "display:block;max-width:100%;max-height:calc(100% - 6em);margin:8px auto 0;" +
    "cursor:crosshair;";
  img.tabIndex = 0;
  // a close-up around the pain spot and the selected trigger point (small places such as a heel are easier
  // to point at)
  const closer = document.createElement("button");
  closer.type = "button";
  closer.setAttribute("data-testid", "picture-closeup");
  closer.style.cssText = "margin:6px 12px 0;padding:4px 12px;font:14px system-ui,sans-serif;cursor:pointer;";
  const label = () => { closer.textContent = model.closeup ? "Whole body" : "Closer view"; };
  closer.addEventListener("click", () => send({ closeup: !model.closeup }));
  model.on("closeup", label);
  label();
  wrap.style.overflow = "auto";
  wrap.replaceChildren(note, closer, img);

  const api = {
    picture: true, ready: false, frames: 0, firstFrameMs: null,
    project: () => null,
    click: () => null,
    state: () => ({
      pain: Number(model.pain) >= 0 ? Number(model.pain) : null, view: model.view ?? null,
      selected_site: Number(model.selected ?? -1), body: model.body_name ?? null, picture: true,
    }),
  };
  window.bodymap = api;
  const show = () => {
    const url = String(model.picture || "");
    if (!url.startsWith("data:image/png;base64,")) return; // only our own pictures
    img.alt = `The body seen from the ${model.view || "front"}` + (Number(model.pain) >= 0 ? ", pain spot marked" : "");
    img.src = url;
  };
  img.addEventListener("load", () => {
    api.frames += 1;
    if (!api.ready) { api.ready = true; api.firstFrameMs = performance.now(); }
  });
  img.addEventListener("click", (e) => {
    const r = img.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return;
    const u = Math.min(1, Math.max(0, (e.clientX - r.left) / r.width));
    const v = Math.min(1, Math.max(0, (e.clientY - r.top) / r.height));
    send({ picture_click: [u, v] });
  });
  model.on("picture", show);
  show();
  send({ webgl: false });
}
