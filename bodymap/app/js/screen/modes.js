// What a click, a marker and a drawing mean in each mode. Python declares the modes (bodymap/app/pack.py MODES:
// the viewer's gesture and markers; bodymap/texts.py: label and hint); this says what the screen does. A new
// mode is an entry in those two and one here.

export const MODE_ACTIONS = {
  pick: {
    preview: (screen, v) => screen.answers.forVertex(v),
    clickBody: (screen, v) => screen.apply(screen.answers.forVertex(v)),
    clickMarker: (screen, site) => screen.choose(site),
  },
  paint: {
    clickBody: (screen, v) => screen.paint([v]),
    clickMarker: (screen, site) => screen.choose(site),
  },
  forward: {
    clickBody: (screen, v) => {
      const site = screen.answers.nearestSite(v, screen.config.settings.forward_pick_cm);
      if (site >= 0) MODE_ACTIONS.forward.clickMarker(screen, site);
    },
    clickMarker: (screen, site) => {
      if (screen.store.get().resultSites.includes(site)) { screen.choose(site); return; }
      const d = screen.answers.content.sites[site], m = screen.answers.content.muscles[d.muscle_id];
      screen.apply(screen.answers.forSites(screen.answers.muscleOf(site), { kind: "muscle", title: d.muscle_name,
        note: m ? m.summary : null }));
    },
  },
  tour: {
    preview: (screen, v) => screen.answers.forVertex(v),
    clickBody: (screen, v) => screen.apply(screen.answers.forVertex(v)),
    clickMarker: (screen, site) => screen.choose(site),
  },
  quiz: {
    clickBody: (screen, v) => screen.quiz.click(v),
    clickMarker: () => {},
  },
};
