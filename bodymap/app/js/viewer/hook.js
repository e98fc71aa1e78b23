// The viewer's half of the scripting hook `window.bodymap` (tests, tours, benchmarks; the screen adds the rest,
// screen/hook.js). Everything here reads the viewer; nothing here changes state except through the viewer's
// own methods.

export function viewerHook(viewer) {
  const { stage, body, picker } = viewer;
  /** Screen position {x, y} of vertex v, or null when it is off screen or hidden behind the body. */
  function project(v) {
    v = Number(v);
    if (!body.mesh || !body.has(v)) return null;
    stage.camera.updateMatrixWorld();
    const q = body.point(v).project(stage.camera);
    if (q.z < -1 || q.z > 1 || Math.abs(q.x) > 1 || Math.abs(q.y) > 1) return null;
    const rect = viewer.canvas.getBoundingClientRect();
    const x = rect.left + ((q.x + 1) / 2) * rect.width;
    const y = rect.top + ((1 - q.y) / 2) * rect.height;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return null;
    return picker.showsVertex(x, y, v) ? { x, y } : null;
  }
  /** The running pulse as the viewer plays it (the same settings pulse.update() gets). */
  function path() {
    const pulse = viewer.pulse;
    if (!pulse.curve) return null;
    const { speed, playing, toPain } = viewer.pulseSettings();
    return { length_cm: pulse.length, playing, head: pulse.uniforms.uHead.value,
      direction: toPain ? "to_pain" : "to_source", speed };
  }
  const hook = {
    project,
    path,
    setView(name) { viewer.setView(String(name), false); },
    render: () => stage.requestRender(),
    get ready() { return stage.ready; },
    get firstFrameMs() { return stage.firstFrameMs; },
    get renderToFirstFrameMs() { return stage.renderToFirstFrameMs; },
    get frames() { return stage.frames; },
    get partialFrames() { return stage.partialFrames; },
    get guesses() { return { ...picker.guesses }; }, // picks drawn while the button was held, and shown
    get lastFrameTime() { return stage.lastFrameTime; },
    get animating() { return !!(viewer.pulse.curve && viewer.store.get().playing !== false) || !!viewer.rig.tween; },
    get gliding() { return !!viewer.rig.tween; },
    get markerScale() { return Number.isFinite(viewer.markers.zoom) ? viewer.markers.zoom : 1; },
    get view() { return viewer.rig.current; },
    get hoveredLine() { return viewer.lines.hovered || ""; },
    get cameraDistance() { return stage.camera.position.distanceTo(stage.controls.target); }, // cm to the target
    get tip() { return viewer.tipText ? viewer.tipText() : ""; }, // the hover / long-press name shown, or ""
    get linesDrawn() { return viewer.lines.items.length; }, // fascial line tubes drawn (one per line and side)
    get musclesDrawn() { return viewer.muscles.areas.drawn; }, // muscle areas drawn (one per muscle and side)
    get rootsDrawn() { return viewer.roots.areas.drawn; }, // dermatome areas drawn (one per root and side)
    get bonesDrawn() { return viewer.bones.drawn; }, // bony landmark marks drawn (one per landmark and side)
    get muscleLabels() { return viewer.muscles.labels.filter((l) => !l.el.hidden).map((l) => l.el.textContent); },
  };
  Object.defineProperty(hook, "_debug", { enumerable: false,
    value: () => ({ body: body.mesh, scene: stage.scene, camera: stage.camera, renderer: stage.renderer }) });
  return hook;
}
