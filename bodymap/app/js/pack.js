// The data packs Python writes for the browser (bodymap/app/pack.py): a container of named typed arrays with
// a JSON header, gzip-compressed. The served app fetches them (the server sends them gzip-encoded, so the
// browser unpacks them itself); the standalone page carries them inline as base64 and unpacks them here.
//
// Layout (bodymap/core/formats.py writes it): 8 bytes of magic, a uint32 (little-endian)
// header length, the UTF-8 JSON header (padded with spaces so the arrays start 8-byte aligned), then the
// arrays back to back, each at the offset its header entry names. The header says each array's dtype and
// shape, so nothing here restates a table layout. An array marked `delta` holds differences from the previous
// element (sorted vertex-id lists gzip to a third that way): a running sum restores it.
import { b64ToBytes } from "./values.js";

const DTYPES = { "<f4": Float32Array, "<f8": Float64Array, "<i4": Int32Array, "<u4": Uint32Array,
  "<i2": Int16Array, "<u2": Uint16Array, "|i1": Int8Array, "|u1": Uint8Array };

async function gunzip(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Parse container bytes (gzip-compressed or not) into {header, arrays: {name: typed array}, content}; `format` is the
 * header's expected `format` (the host has it from Python), so a wrong or stale file fails with a clear error. */
export async function readPack(bytes, format) {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = await gunzip(bytes);
  if (bytes.byteOffset % 8) bytes = bytes.slice(); // typed-array views need aligned offsets
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLength = bytes.byteLength >= 12 ? view.getUint32(8, true) : 0;
  let header = null;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headLength)));
  } catch (err) { /* reported below */ }
  if (!header || header.format !== format.name || header.version !== format.version) {
    throw new Error(`not a ${format.name} version ${format.version} data pack: re-export it with this bodymap`);
  }
  const start = bytes.byteOffset + 12 + headLength;
  const arrays = {};
  for (const [name, spec] of Object.entries(header.arrays || {})) {
    const Ctor = DTYPES[spec.dtype];
    if (!Ctor) throw new Error(`data pack array ${name}: unknown dtype ${spec.dtype}`);
    if (spec.offset + spec.nbytes > bytes.byteLength - 12 - headLength) throw new Error(`data pack array ${name} is truncated`);
    const array = new Ctor(bytes.buffer, start + spec.offset, spec.nbytes / Ctor.BYTES_PER_ELEMENT);
    if (spec.delta) for (let i = 1; i < array.length; i++) array[i] += array[i - 1]; // wraps in its type, as written
    arrays[name] = array;
  }
  return { header, arrays, content: header.content };
}

/** Fetch a pack from the server. */
export async function fetchPack(url, format) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  return readPack(new Uint8Array(await response.arrayBuffer()), format);
}

/** A pack carried inline in the page as base64 text. */
export function inlinePack(base64, format) {
  return readPack(b64ToBytes(base64), format);
}

const covers = new WeakMap(); // pack arrays -> their zone cover

/** (n,) 1 where a trigger point zone (essential or spillover, any site) holds vertex v, else 0: what "not
 * explained by a muscle pattern" leaves out (bodymap.core.drawing.zone_cover). Worked out once per pack. */
export function zoneCover(arrays) {
  let cover = covers.get(arrays);
  if (!cover) {
    const o = arrays.zone_offsets, zv = arrays.zone_vertices;
    cover = new Uint8Array(arrays.positions.length / 3);
    for (let s = 0; 3 * s < o.length - 2; s++) for (let q = o[3 * s]; q < o[3 * s + 2]; q++) cover[zv[q]] = 1;
    covers.set(arrays, cover);
  }
  return cover;
}
