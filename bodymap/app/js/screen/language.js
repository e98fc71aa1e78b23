// The screen's language (docs/i18n.md): chosen from `?lang=` (part of the share URL), then the browser's
// preferred languages, then English. Another language comes as a language pack (bodymap/app/language_pack.py):
// the interface texts in that language and a patch of the body packs' words, applied to each body pack as it
// loads. The language is fixed for a page: switching writes `lang` into the URL and reloads, and the URL (with
// the drawing in sessionStorage, share.js) brings back everything that was on screen.

/** The language to show: the URL's if the copy has it (or the pseudo-language, for tests), else the first of
 * the browser's preferred languages it has, else English. */
export function chooseLanguage(params, config, preferred = globalThis.navigator?.languages || []) {
  const have = Object.keys(config.languages || { en: "English" });
  const asked = params.get("lang");
  if (asked && (have.includes(asked) || asked === config.pseudo_language)) return asked;
  for (const p of preferred) {
    const base = String(p).toLowerCase().split("-")[0];
    if (have.includes(base)) return base;
  }
  return "en";
}

/** The configuration and language for a page: English as it came, or another language's interface texts (and
 * the patch loadBody applies), from the host's language pack. A pack that cannot be read leaves English. */
export async function localize(config, host, params) {
  const lang = chooseLanguage(params, config);
  if (lang === "en" || !host.loadLanguage) return { config, language: { lang: "en", patch: [] } };
  try {
    const { content } = await host.loadLanguage(lang);
    return { config: { ...config, texts: content.texts },
      language: { lang, patch: content.patch, quiz_patch: content.quiz_patch || [] } };
  } catch (err) {
    console.warn(`bodymap: the ${lang} texts could not be loaded; showing English`, err);
    return { config, language: { lang: "en", patch: [] } };
  }
}

/** Put the language's words into a pack's content (once per pack): `which` names the patch, "patch" for a
 * body pack, "quiz_patch" for a quiz pack. */
export function localizePack(pack, language, which = "patch") {
  if (pack.localized === language.lang) return;
  for (const [path, value] of language[which] || []) {
    let node = pack.content;
    for (const key of path.slice(0, -1)) node = node?.[key];
    if (node && typeof node === "object") node[path[path.length - 1]] = value;
  }
  pack.localized = language.lang;
}
