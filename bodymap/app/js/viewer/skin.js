// Skin shading of the body and the spillover stipple.
//
// Software GL (SwiftShader, llvmpipe: clinic laptops without a GPU, headless test browsers) shades every
// pixel on the CPU, and a pick must be on screen within a frame or two. There the skin is lit per vertex
// (Gouraud: the 13 380-vertex body is dense enough that it looks the same) and tone-mapped per vertex, so
// the pixel shader only copies a colour. With a GPU the skin is a physically based material.
//
// Spillover zones are drawn as Travell & Simons draw them: a light wash (mixed into the vertex colours by
// the caller) with dots on top. The dots are a second, small mesh over just the spillover triangles, so
// the dot pattern costs pixels only where a spillover zone is, not all over the body.
import * as THREE from "three";

// Lambert lighting from three's own light uniforms (the scene's hemisphere and directional lights), then
// three's "Neutral" tone mapping and the sRGB transfer, all per vertex. The tone mapping is copied from
// three.js (MIT, src/renderers/shaders/ShaderChunk/tonemapping_pars_fragment.glsl.js), which only
// provides it to pixel shaders.
export const LIT_VERTEX = /* glsl */ `
#include <common>
#include <lights_pars_begin>
uniform float uExposure;

vec3 neutralToneMap(vec3 color) {
  const float StartCompression = 0.8 - 0.04;
  const float Desaturation = 0.15;
  color *= uExposure;
  float x = min(color.r, min(color.g, color.b));
  float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
  color -= offset;
  float peak = max(color.r, max(color.g, color.b));
  if (peak < StartCompression) return color;
  float d = 1. - StartCompression;
  float newPeak = 1. - d * d / (peak + d - StartCompression);
  color *= newPeak / peak;
  float g = 1. - 1. / (Desaturation * (peak - newPeak) + 1.);
  return mix(color, vec3(newPeak), g);
}

vec3 toDisplay(vec3 linear) {
  vec3 c = clamp(neutralToneMap(linear), 0.0, 1.0);
  return mix(pow(c, vec3(0.41666)) * 1.055 - vec3(0.055), c * 12.92, vec3(lessThanEqual(c, vec3(0.0031308))));
}

// Lambert: albedo / pi times the irradiance of every light (three's physically based light units)
vec3 litColour(vec3 albedo, vec3 n) {
  vec3 irradiance = ambientLightColor;
#if NUM_HEMI_LIGHTS > 0
  #pragma unroll_loop_start
  for (int i = 0; i < NUM_HEMI_LIGHTS; i++) {
    irradiance += getHemisphereLightIrradiance(hemisphereLights[UNROLLED_LOOP_INDEX], n);
  }
  #pragma unroll_loop_end
#endif
#if NUM_DIR_LIGHTS > 0
  #pragma unroll_loop_start
  for (int i = 0; i < NUM_DIR_LIGHTS; i++) {
    irradiance += max(dot(n, directionalLights[UNROLLED_LOOP_INDEX].direction), 0.0) * directionalLights[UNROLLED_LOOP_INDEX].color;
  }
  #pragma unroll_loop_end
#endif
  return toDisplay(BRDF_Lambert(albedo) * irradiance);
}
`;

export function litUniforms(extra) {
  return THREE.UniformsUtils.merge([THREE.UniformsLib.lights, { uExposure: { value: 1.0 } }, extra || {}]);
}

/** The body's material: per-vertex lit on software GL, physically based with a GPU. Colours come from the
 * geometry's `color` attribute (linear RGB; RGBA bytes or floats). */
export function skinMaterial(softwareGL) {
  if (!softwareGL) return new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.72, metalness: 0.0 });
  const material = new THREE.ShaderMaterial({
    lights: true,
    vertexColors: true,
    uniforms: litUniforms(),
    vertexShader: LIT_VERTEX + /* glsl */ `
      varying vec3 vColour;
      void main() {
        vColour = litColour(color.rgb, normalize(normalMatrix * normal));
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      varying vec3 vColour;
      void main() { gl_FragColor = vec4(vColour, 1.0); }`,
  });
  material.name = "skin-per-vertex";
  return material;
}

/** The spillover dots: drawn over the spillover triangles only, lit like the skin, dots every 7 pixels. */
export function stippleMaterial(spillColour, pixelRatio) {
  const material = new THREE.ShaderMaterial({
    lights: true,
    transparent: true,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -1,
    polygonOffsetUnits: -1,
    uniforms: litUniforms({ uDot: { value: spillColour.clone().multiplyScalar(0.92) },
      uPx: { value: pixelRatio } }),
    vertexShader: LIT_VERTEX + /* glsl */ `
      attribute float stipple;
      uniform vec3 uDot;
      varying vec3 vColour;
      varying float vStipple;
      void main() {
        vStipple = stipple;
        vColour = litColour(uDot, normalize(normalMatrix * normal));
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      uniform float uPx;
      varying vec3 vColour;
      varying float vStipple;
      void main() {
        float sp = 7.0 * uPx;
        vec2 cell = mod(gl_FragCoord.xy, sp) - 0.5 * sp;
        float dotm = (1.0 - smoothstep(1.2 * uPx, 2.2 * uPx, length(cell))) * clamp(vStipple, 0.0, 1.0);
        if (dotm < 0.01) discard;
        gl_FragColor = vec4(vColour, dotm);
      }`,
  });
  material.name = "spillover-dots";
  return material;
}

/** Triangles of `index` with a stippled corner, written into `out` (grown when needed); returns the count
 * of indices written. */
export function stippledTriangles(index, stipple, out) {
  let k = 0;
  for (let t = 0; t + 2 < index.length; t += 3) {
    const a = index[t], b = index[t + 1], c = index[t + 2];
    if (stipple[a] > 0 || stipple[b] > 0 || stipple[c] > 0) {
      out[k] = a; out[k + 1] = b; out[k + 2] = c;
      k += 3;
    }
  }
  return k;
}

/** What this browser's WebGL is, from one throwaway context (so that three.js is never asked for a
 * context it cannot get, which it would log as an error): `{available, software}`, software meaning it
 * runs on the CPU (SwiftShader, llvmpipe, other software rasterisers). */
export function probeWebGL() {
  try {
    const canvas = document.createElement("canvas");
    const gl = canvas.getContext("webgl2") || canvas.getContext("webgl");
    if (!gl) return { available: false, software: false };
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return { available: true, software: /swiftshader|llvmpipe|softpipe|software|mesa offscreen/i.test(String(name)) };
  } catch (err) {
    return { available: false, software: false };
  }
}
