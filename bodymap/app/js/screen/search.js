// Search: a symptom ("heel pain", "tennis elbow"), a muscle or a body area, with an autocomplete list. The
// index comes from Python (bodymap/teach/search.py): lower-case name -> [kind, key].
import { h, show } from "./dom.js";
import { fill } from "./text.js";

/** What a query stands for: [kind, key] from the index, else the shortest entry that contains it; or null. */
export function lookupQuery(index, query) {
  const q = String(query || "").trim().toLowerCase();
  if (!q) return null;
  if (index[q]) return index[q];
  const matches = Object.keys(index).filter((k) => k.includes(q)).sort((a, b) => a.length - b.length);
  return matches.length ? index[matches[0]] : null;
}

/** The answer to a search (a patch of the screen state), or null when nothing matches. */
export function searchAnswer(answers, index, query, texts) {
  const target = lookupQuery(index, query);
  if (!target) return null;
  const [kind, key] = target;
  const content = answers.content;
  if (kind === "muscle") return answers.forMuscle(key);
  if (kind === "region") {
    const r = content.regions.indexOf(key);
    return r < 0 ? null : answers.forArea(answers.regionVertices([r]), key);
  }
  const c = content.conditions[key];
  if (!c) return null;
  if (c.regions.length) {
    return answers.forArea(answers.regionVertices(c.regions), fill(texts.left_side_shown, { name: c.name }), c.summary);
  }
  return answers.forSites(c.sites, { kind: "search", title: c.name, note: c.summary });
}

/** The search box with its autocomplete list; `choose(text)` runs a search. */
export class SearchBox {
  constructor({ texts, choose }) {
    this.texts = texts;
    this.choose = choose;
    this.options = [];
    this.index = {};
    this.matches = [];
    this.active = -1;
    this.input = h("input", { type: "search", id: "bm-search", class: "bm-search-input", role: "combobox", autocomplete: "off",
      "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": "bm-suggest",
      "aria-label": texts.search_label, placeholder: texts.search_placeholder });
    this.list = h("ul", { id: "bm-suggest", class: "bm-suggest", role: "listbox", hidden: true });
    this.el = h("div", { class: "bm-search", "data-testid": "search" },
      h("label", { class: "bm-label" }, texts.search_label, this.input), this.list);
    this.input.addEventListener("input", () => this.update());
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    this.input.addEventListener("keydown", (e) => this.key(e));
  }

  /** The names to offer and what they stand for (from the body pack). */
  setIndex(search) {
    this.options = search.options;
    this.index = search.index;
  }

  close() {
    show(this.list, false);
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.active = -1;
  }

  update() {
    const q = this.input.value.trim().toLowerCase();
    this.matches = q.length < 2 ? [] : this.options.filter((o) => o.toLowerCase().includes(q))
      .sort((a, b) => (b.toLowerCase().startsWith(q) - a.toLowerCase().startsWith(q)) || 0).slice(0, 12);
    this.active = -1;
    const kinds = this.texts.search_kinds;
    this.list.replaceChildren(...this.matches.map((m, i) => {
      const t = this.index[m.toLowerCase()];
      return h("li", { id: `bm-opt-${i}`, role: "option", "aria-selected": "false",
        onmousedown: (e) => { e.preventDefault(); this.pick(m); } }, m, h("span", { class: "bm-kind" }, t ? kinds[t[0]] : ""));
    }));
    show(this.list, this.matches.length > 0);
    this.input.setAttribute("aria-expanded", String(this.matches.length > 0));
  }

  mark() {
    [...this.list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === this.active)));
    if (this.active >= 0) {
      this.input.setAttribute("aria-activedescendant", `bm-opt-${this.active}`);
      this.list.children[this.active].scrollIntoView({ block: "nearest" });
    }
  }

  key(e) {
    const n = this.matches.length;
    if (e.key === "ArrowDown" && n) { this.active = (this.active + 1) % n; this.mark(); e.preventDefault(); }
    else if (e.key === "ArrowUp" && n) { this.active = (this.active - 1 + n) % n; this.mark(); e.preventDefault(); }
    else if (e.key === "Escape") this.close();
    else if (e.key === "Enter") {
      e.preventDefault();
      this.pick(this.active >= 0 ? this.matches[this.active] : this.input.value);
    }
  }

  pick(text) {
    this.input.value = text;
    this.close();
    this.choose(text);
  }
}
