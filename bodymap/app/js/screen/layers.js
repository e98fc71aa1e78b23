// The layers the body can show over the skin (toolbar toggles, part of the share URL), and which muscles the
// muscle layer draws for a state: the muscle of the selected trigger point; every trigger point's muscle of a
// muscle being explored; and, with the "Muscles" layer on, every superficial muscle (surface anatomy).

/** The layer toggles, in toolbar order; which exist depends on the pack (a layer with no data is left out). */
export const LAYERS = ["muscles", "roots", "bones"];

/** The layers a body pack can draw. */
export function availableLayers(content) {
  return LAYERS.filter((name) => (name === "muscles" ? content.muscle_layer?.length > 0
    : name === "roots" ? content.nerve_roots?.roots?.length > 0
      : name === "bones" ? content.landmarks?.length > 0 : false));
}

/** Muscle sites (indices into content.muscle_layer) to draw for state `st`, as a sorted list. */
export function musclesFor(st, pack) {
  if (!pack) return [];
  const content = pack.content, layer = content.muscle_layer || [], siteMuscle = pack.arrays.site_muscle;
  const out = new Set();
  const selected = st.selected >= 0 ? content.sites[st.selected] : null;
  if (selected && (st.context?.kind === "muscle" || st.mode === "forward")) {
    layer.forEach((m, i) => { if (m.muscle === selected.muscle_id) out.add(i); });
  } else if (selected && siteMuscle && siteMuscle[st.selected] >= 0) {
    out.add(siteMuscle[st.selected]);
  }
  if (st.layers.includes("muscles")) layer.forEach((m, i) => { if (m.layer === "superficial") out.add(i); });
  return [...out].sort((a, b) => a - b);
}
