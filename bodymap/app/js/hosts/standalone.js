// The standalone page's host (`bodymap export-site`): the same screen as the served app, run from one file
// opened from disk, with no server. Its data packs sit in the page as base64 blocks (bodymap/app/export_site.py).
// Without a server there are no exact referral paths (the baked path runs to the centre of the main zone), no
// handouts and no server-drawn pictures.
import { inlinePack } from "../pack.js";
import { Screen } from "../screen/index.js";
import { localize } from "../screen/language.js";
import { keepDrawing, urlParams } from "../screen/share.js";

function packText(kind, variant) {
  const block = document.getElementById(`bm-pack-${kind}-${variant}`);
  if (!block) throw new Error(`this copy has no ${variant} body`);
  return block.textContent;
}

function main() {
  const site = JSON.parse(document.getElementById("bm-site").textContent);
  const config = site.config;
  const host = {
    name: "standalone",
    shareIn: "hash",
    loadBody: async (variant) => inlinePack(packText("body", variant), config.formats.body),
    loadQuiz: async (variant) => inlinePack(packText("quiz", variant), config.formats.quiz),
    loadLanguage: async (lang) => inlinePack(packText("lang", lang), config.formats.language),
    requestPath: null, onPath: null, onPickRequest: null, handout: null, pictures: null,
    reportRejected: (list) => console.warn("bodymap: ignored URL parameters", list),
  };
  const params = urlParams(location);
  const body = config.variants.includes(params.get("body")) ? params.get("body") : site.first_body;
  localize(config, host, params).then(({ config: shown, language }) => {
    const screen = new Screen({ root: document.getElementById("bm-root"), host, config: shown, body, language });
    return screen.loadBody(body, params).then(() => keepDrawing(screen, params)); // the drawing survives a reload
  }).catch((err) => console.error("bodymap could not start", err));
}

try {
  main();
} catch (err) {
  console.error("bodymap could not start", err);
  const root = document.getElementById("bm-root");
  if (root) {
    const p = document.createElement("p");
    p.className = "bm-loading";
    p.textContent = `bodymap could not start: ${err && err.message ? err.message : err}`;
    root.replaceChildren(p);
  }
}
