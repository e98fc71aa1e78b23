// The scripting hook `window.bodymap` (tests, parity checks, benchmarks, tours scripted from outside): the
// viewer's half (viewer/hook.js) with the screen's state and actions. js/README.md documents every member.
import { visibleText } from "./dom.js";

export function screenHook(screen) {
  const viewer = screen.viewer.hook;
  const hook = Object.create(null);
  for (const key of Object.keys(Object.getOwnPropertyDescriptors(viewer))) {
    Object.defineProperty(hook, key, Object.getOwnPropertyDescriptor(viewer, key));
  }
  if (viewer._debug) Object.defineProperty(hook, "_debug", { value: viewer._debug, enumerable: false });
  const content = () => screen.answers?.content;
  function state() {
    const st = screen.store.get(), c = content();
    const sites = c ? c.sites : [];
    const zones = {};
    for (const x of st.context?.candidates || []) zones[x.site] = x.zone;
    const regionOf = screen.answers?.pack.arrays.region_of_vertex;
    return {
      pain: st.pain >= 0 ? st.pain : null,
      region: st.pain >= 0 && regionOf ? c.regions[regionOf[st.pain]] ?? null : null,
      candidates: st.resultSites.map((s) => {
        const d = sites[s] || {};
        return { muscle_id: d.muscle_id ?? null, muscle_name: d.muscle_name ?? null,
          trigger_point_id: d.trigger_point_id ?? null, side: d.side ?? null, site: s, zone: zones[s] ?? null };
      }),
      selected: st.selected >= 0 ? (sites[st.selected]?.trigger_point_id ?? null) : null,
      selected_site: st.selected, view: viewer.view, body: st.body, mode: st.mode, lang: screen.language.lang, painted: st.painted.length,
      path: viewer.path(), hovered_line: st.hoveredLine || null, lines: [...st.lines], closeup: st.closeup,
      clinic: st.clinic, context: st.context?.kind ?? null, tour: st.tour, quiz: st.quiz,
      pick: st.pick, answered: st.answered, layers: [...st.layers],
      muscles_shown: [...new Set(st.musclesShown.map((i) => c?.muscle_layer[i]?.muscle).filter(Boolean))],
      muscle_sites_shown: st.musclesShown.map((i) => c?.muscle_layer[i]?.key).filter(Boolean),
      nerve_roots: (st.context?.nerve_roots || []).map((r) => r.root),
      record: screen.record.measure(),
    };
  }
  Object.assign(hook, {
    state,
    /** The visible text of the side panel, one line per rendered line (for tests and parity checks). */
    panelText: () => { screen.flushPanel(); return visibleText(screen.panel.el); },
    click(v) { screen.clickBody(Number(v)); screen.viewer.stage?.renderNow(); return state(); },
    /** A paint stroke over `vertices` (into the pain record's current area, or erased). */
    paint(vertices) { screen.paint(Array.from(vertices, Number)); return state(); },
    clickMarker(site) { screen.modeActions().clickMarker(screen, Number(site)); return state(); },
    search: (text) => screen.runSearch(String(text)),
    setMode: (mode) => screen.setMode(String(mode)),
    startTour: (id, step = 0) => screen.tour.start(String(id), Number(step)),
    startQuiz: (id) => screen.quiz.start(String(id)),
    quizNext: () => screen.quiz.next(),
    /** The ranked candidates for pain at `vertices`, as the side panel lists them: [{site, zone, why}]. */
    rank: (vertices) => {
      const vs = [...new Set(Array.from(vertices, Number))];
      return screen.answers.candidates(vs, screen.answers.regionName(vs));
    },
    quizCsv: () => (screen.quiz.round ? screen.quiz.csv() : null),
    setBody: (variant) => screen.setBody(String(variant)),
    setLayer: (name, on = true) => screen.setLayer(String(name), !!on),
  });
  return hook;
}
