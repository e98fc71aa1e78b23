// The served app's host: the screen inside a Panel component (bodymap/app/screen.py). Panel serves the page
// and the websocket; this host fetches the data packs over HTTP, tells Python what the screen shows (so it can
// answer with exact referral paths and, for browsers without WebGL, pictures), and fetches handouts.
import { fetchPack } from "../pack.js";
import { afterNextFrame } from "../screen/dom.js";
import { Screen } from "../screen/index.js";
import { localize } from "../screen/language.js";
import { keepDrawing, urlParams } from "../screen/share.js";
import { typed } from "../values.js";
import { connectionNotice, watchConnection } from "./connection.js";

/** Browser -> Python: what the screen shows, as the component's parameters (Python checks each). */
function mirrorOf(st) {
  return { pain: st.pain, painted: [...st.painted], highlight: [...st.highlight], result_sites: [...st.resultSites],
    selected: st.selected, view: st.view, closeup: !!st.closeup };
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function render({ model, el, data, view }) {
  // one Bokeh patch for several parameters (Python sees them together)
  const send = (obj) => {
    if (data && typeof data.setv === "function") data.setv(obj);
    else for (const k in obj) model[k] = obj[k];
  };
  const config = model.config, packs = model.packs, caps = model.host || {};
  let mirrorQueued = false, pickWanted = 0, screen = null;
  // Python's mirror of the screen follows every change, one message per burst, after the frames that show it;
  // a request for the exact referral path rides in the same message
  const sendMirror = () => {
    if (mirrorQueued) return;
    mirrorQueued = true;
    afterNextFrame(() => {
      mirrorQueued = false;
      const message = mirrorOf(screen.store.get());
      if (pickWanted) { message.pick = pickWanted; pickWanted = 0; }
      send(message);
    }, 2);
  };
  const host = {
    name: "panel",
    shareIn: "query",
    async loadBody(variant) {
      const pack = await fetchPack(packs[variant].body, config.formats.body);
      if (model.body_name !== variant) send({ body_name: variant });
      return pack;
    },
    loadQuiz: (variant) => fetchPack(packs[variant].quiz, config.formats.quiz),
    loadLanguage: packs.languages ? (lang) => fetchPack(packs.languages[lang], config.formats.language) : null,
    requestPath(n) { pickWanted = n; sendMirror(); },
    onPath(cb) { model.on("answered", () => cb(Number(model.answered), typed(model.path, Float32Array))); },
    onPickRequest(cb) {
      model.on("pick_request", () => { const r = model.pick_request || []; if (r.length === 2) cb(Number(r[0])); });
    },
    reportRejected(list) { send({ rejected: list }); },
    handout: caps.handout_url ? async (request) => {
      const response = await fetch(caps.handout_url, { method: "POST", body: JSON.stringify(request),
        headers: { "Content-Type": "application/json" } });
      if (!response.ok) throw new Error((await response.text()).slice(0, 200) || `HTTP ${response.status}`);
      download(await response.blob(), "bodymap-handout.pdf");
    } : null,
    pictures: caps.pictures ? {
      onPicture(cb) { model.on("picture", () => cb(model.picture)); if (model.picture) cb(model.picture); },
      click(u, v) { send({ picture_click: [u, v] }); },
      noWebGL() { send({ webgl: false }); },
    } : null,
  };
  const root = document.createElement("div"), notice = connectionNotice();
  root.setAttribute("aria-busy", "true");
  el.replaceChildren(root, notice);
  const params = urlParams(location), unsubscribe = [];
  let connection = null, removed = false;
  model.on("remove", () => { removed = true; for (const u of unsubscribe) u(); connection?.dispose(); screen?.dispose(); });
  // the page's language first (screen/language.js): English at once, another one after its small pack
  localize(config, host, params).then(({ config: shown, language }) => {
    if (removed) return;
    screen = new Screen({ root, host, config: shown, body: model.body_name, language });
    unsubscribe.push(screen.store.on(["pain", "painted", "highlight", "resultSites", "selected", "view", "closeup"],
      sendMirror));
    // a dropped websocket: a calm notice, and a reload at the current URL once the server answers again
    connection = watchConnection({ doc: view?.model?.document, notice, texts: shown.texts.connection });
    screen.hook.connection = connection.state;
    return screen.loadBody(model.body_name, params).then(() => unsubscribe.push(keepDrawing(screen, params)));
  }).catch((err) => console.error("bodymap could not start", err));
}

export default { render };
