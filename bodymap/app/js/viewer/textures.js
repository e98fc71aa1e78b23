// Small textures drawn on a canvas in the page (no image files to fetch).
import * as THREE from "three";

/** A disc fading from `inner` at the centre to `outer` at the rim (CSS colours): halos. */
export function radialTexture(inner, outer) {
  const c = document.createElement("canvas");
  c.width = c.height = 128;
  const g = c.getContext("2d");
  const grad = g.createRadialGradient(64, 64, 0, 64, 64, 64);
  grad.addColorStop(0, inner);
  grad.addColorStop(1, outer);
  g.fillStyle = grad;
  g.fillRect(0, 0, 128, 128);
  const t = new THREE.CanvasTexture(c);
  t.colorSpace = THREE.SRGBColorSpace;
  return t;
}

/** A white ring with an outer rim in `rim` (CSS colour): the selected marker's ring. */
export function ringTexture(rim) {
  const c = document.createElement("canvas");
  c.width = c.height = 128;
  const g = c.getContext("2d");
  g.lineWidth = 10;
  g.strokeStyle = "rgba(255,255,255,1)";
  g.beginPath();
  g.arc(64, 64, 50, 0, Math.PI * 2);
  g.stroke();
  g.lineWidth = 4;
  g.strokeStyle = rim;
  g.beginPath();
  g.arc(64, 64, 57, 0, Math.PI * 2);
  g.stroke();
  const t = new THREE.CanvasTexture(c);
  t.colorSpace = THREE.SRGBColorSpace;
  return t;
}
