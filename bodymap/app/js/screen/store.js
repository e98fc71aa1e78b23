// The screen's state: one plain object, changed only through `set`, with subscribers per key.
//
// Each key has one owner that writes it (js/README.md lists them); everyone else reads and subscribes.
// `set` compares values (===, or element-wise for arrays, plain or typed) and notifies only for keys that
// changed, once per call, after all keys are written, so a subscriber always sees a consistent state.

import { sameValues as same } from "../values.js";

export function createStore(initial) {
  const state = { ...initial };
  const subs = []; // [keys Set | null (all), fn]
  let depth = 0;
  let pending = new Set();
  function flush() {
    while (pending.size) {
      const changed = pending;
      pending = new Set();
      for (const [keys, fn] of [...subs]) {
        if (keys && ![...changed].some((k) => keys.has(k))) continue;
        try { fn(state, changed); } catch (err) { console.error("bodymap: a state subscriber failed", err); }
      }
    }
  }
  return {
    get: () => state,
    /** Write several keys; subscribers of the changed keys run once, after the outermost set. */
    set(patch) {
      for (const [k, v] of Object.entries(patch)) {
        if (!(k in state)) throw new Error(`bodymap: unknown state key ${k}`);
        if (!same(state[k], v)) { state[k] = v; pending.add(k); }
      }
      if (depth === 0) {
        depth++;
        try { flush(); } finally { depth--; }
      }
    },
    /** fn(state, changedKeys) whenever one of `keys` (a list, or null for any) changes; returns an unsubscribe. */
    on(keys, fn) {
      const entry = [keys ? new Set(keys) : null, fn];
      subs.push(entry);
      return () => { const i = subs.indexOf(entry); if (i >= 0) subs.splice(i, 1); };
    },
  };
}
