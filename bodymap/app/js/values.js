// Values from Python as the browser receives them: Bokeh ndarrays, typed arrays, lists or base64 strings.
// `typed()` turns any of them into the typed array the viewer needs (no copy when it can).

export function b64ToBytes(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Any array-ish value (bokeh ndarray / typed array / list / base64 string) -> instance of Ctor (no copy if possible). */
export function typed(v, Ctor) {
  if (v == null) return new Ctor(0);
  // bokeh ndarrays are typed-array subclasses (Float32NDArray...) whose constructor breaks subarray();
  // view the same bytes through the plain class (no copy)
  if (v instanceof Ctor) return v.constructor === Ctor ? v : new Ctor(v.buffer, v.byteOffset, v.length);
  if (typeof v === "string") {
    const bytes = b64ToBytes(v);
    return new Ctor(bytes.buffer, 0, Math.floor(bytes.byteLength / Ctor.BYTES_PER_ELEMENT));
  }
  if (v.__ndarray__ !== undefined) {
    const bytes = b64ToBytes(v.__ndarray__);
    const types = { float32: Float32Array, float64: Float64Array, int32: Int32Array, uint32: Uint32Array,
      int16: Int16Array, uint16: Uint16Array, int8: Int8Array, uint8: Uint8Array };
    const Src = types[v.dtype] || Ctor;
    const src = new Src(bytes.buffer, 0, Math.floor(bytes.byteLength / Src.BYTES_PER_ELEMENT));
    return src instanceof Ctor ? src : Ctor.from(src);
  }
  if (ArrayBuffer.isView(v) || Array.isArray(v)) return Ctor.from(v);
  if (v.length !== undefined) return Ctor.from(Array.prototype.slice.call(v));
  return new Ctor(0);
}

/** Run fn when the browser has nothing else to do (or after at most 1.5 s). */
export function whenIdle(fn) {
  if (typeof requestIdleCallback === "function") requestIdleCallback(fn, { timeout: 1500 });
  else setTimeout(fn, 200);
}

/** The same value, or arrays (plain or typed) with the same elements: how the store and the viewer tell
 * whether a value changed. */
export function sameValues(a, b) {
  if (a === b) return true;
  const list = (x) => Array.isArray(x) || ArrayBuffer.isView(x);
  if (!list(a) || !list(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
