// A frame drawn out of sight and shown later with one copy: lets the viewer draw a click's answer while the
// button is still held, so that on release only a copy stands between the click and the screen.
//
// Software GL (SwiftShader) needs 15-20 ms to draw the body; a framebuffer blit of the same size takes about
// one. three.js renders into our own framebuffer through its "externally managed framebuffer" hook
// (`setRenderTargetFramebuffer`, made for WebXR); flagging the target as an XR target makes three.js tone-map
// and sRGB-encode exactly as for the canvas, so the same shader programs draw both and the copy is
// pixel-identical to drawing on the canvas directly.
import * as THREE from "three";

export class OffscreenFrame {
  /** renderer: a THREE.WebGLRenderer on a WebGL2 context without multisampling (blit needs that). */
  constructor(renderer) {
    this.renderer = renderer;
    this.gl = renderer.getContext();
    this.width = 0;
    this.height = 0;
    this.framebuffer = null;
    this.buffers = [];
    this.target = null;
    this.size = new THREE.Vector2();
    this.pixel = new Uint8Array(4);
    this.settleTimer = 0;
  }

  /** Whether this browser can do it: WebGL2, and a canvas without multisampling (blit target). */
  static supported(renderer) {
    const gl = renderer.getContext();
    return typeof WebGL2RenderingContext !== "undefined" && gl instanceof WebGL2RenderingContext &&
      !(gl.getContextAttributes()?.antialias);
  }

  allocate(width, height) {
    const gl = this.gl;
    this.release();
    const colour = gl.createRenderbuffer();
    gl.bindRenderbuffer(gl.RENDERBUFFER, colour);
    gl.renderbufferStorage(gl.RENDERBUFFER, gl.RGBA8, width, height);
    const depth = gl.createRenderbuffer();
    gl.bindRenderbuffer(gl.RENDERBUFFER, depth);
    gl.renderbufferStorage(gl.RENDERBUFFER, gl.DEPTH_COMPONENT24, width, height);
    gl.bindRenderbuffer(gl.RENDERBUFFER, null);
    const fb = gl.createFramebuffer();
    const state = this.renderer.state;
    state.bindFramebuffer(gl.FRAMEBUFFER, fb);
    gl.framebufferRenderbuffer(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.RENDERBUFFER, colour);
    gl.framebufferRenderbuffer(gl.FRAMEBUFFER, gl.DEPTH_ATTACHMENT, gl.RENDERBUFFER, depth);
    const complete = gl.checkFramebufferStatus(gl.FRAMEBUFFER) === gl.FRAMEBUFFER_COMPLETE;
    state.bindFramebuffer(gl.FRAMEBUFFER, null);
    this.framebuffer = fb;
    this.buffers = [colour, depth];
    if (!complete) { this.release(); return false; }
    const target = new THREE.WebGLRenderTarget(width, height, { depthBuffer: true });
    target.isXRRenderTarget = true;                // three.js: tone-map and encode as for the canvas
    target.texture.colorSpace = this.renderer.outputColorSpace;
    this.renderer.setRenderTargetFramebuffer(target, fb);
    this.target = target;
    this.width = width;
    this.height = height;
    return true;
  }

  /** Draw `scene` as the canvas would show it, into the hidden framebuffer. Returns false if it could not. */
  render(scene, camera) {
    const r = this.renderer;
    r.getDrawingBufferSize(this.size);
    if (!this.target || this.size.x !== this.width || this.size.y !== this.height) {
      if (!this.allocate(this.size.x, this.size.y)) return false;
    }
    const before = r.getRenderTarget();
    r.setRenderTarget(this.target);
    r.render(scene, camera);
    r.setRenderTarget(before);
    this.gl.flush();
    // Chrome holds back WebGL commands that do not touch the canvas until a frame of the canvas needs them,
    // which would be the frame after the release. Reading one pixel makes the GPU process draw the hidden
    // frame now, while the button is held; the page waits for that (15-20 ms on software GL), so the read
    // happens in a task of its own, after the press's own frame.
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settle(), 0);
    return true;
  }

  settle() {
    if (!this.framebuffer) return;
    const gl = this.gl;
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, this.framebuffer);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, this.pixel);
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, null); // three.js believes the canvas is bound
  }

  /**
   * Copy the hidden frame onto the canvas, all of it or only `rect` ({x, y, w, h} in drawing-buffer pixels
   * from the bottom left; see ChangedArea). The canvas must still be the size it was drawn at.
   * Software GL copies about 75 pixels a microsecond, so copying only what changed matters.
   */
  present(rect = null) {
    const gl = this.gl, r = this.renderer;
    r.getDrawingBufferSize(this.size);
    if (!this.target || this.size.x !== this.width || this.size.y !== this.height) return false;
    const { x, y, w, h } = rect || { x: 0, y: 0, w: this.width, h: this.height };
    r.setScissorTest(false); // a blit obeys the scissor test
    if (w > 0 && h > 0) {
      gl.bindFramebuffer(gl.READ_FRAMEBUFFER, this.framebuffer);
      gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, null);
      gl.blitFramebuffer(x, y, x + w, y + h, x, y, x + w, y + h, gl.COLOR_BUFFER_BIT, gl.NEAREST);
      // leave both bindings as three.js believes them to be (the canvas)
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      r.state.bindFramebuffer(gl.FRAMEBUFFER, null);
    }
    gl.flush();
    return true;
  }

  release() {
    const gl = this.gl;
    clearTimeout(this.settleTimer);
    if (this.target) { this.target.dispose(); this.target = null; }
    if (this.framebuffer) gl.deleteFramebuffer(this.framebuffer);
    for (const b of this.buffers) gl.deleteRenderbuffer(b);
    this.framebuffer = null;
    this.buffers = [];
    this.width = this.height = 0;
  }
}

/**
 * The part of the screen that a change can repaint: the screen rectangle around a set of points, each widened
 * by a margin in cm (a marker's halo, the shading of the triangles around a recoloured vertex). In
 * drawing-buffer pixels from the bottom left, as scissor and blit want it.
 */
export class ChangedArea {
  constructor(camera, width, height) {
    camera.updateMatrixWorld();
    this.camera = camera;
    this.width = width;
    this.height = height;
    // pixels per cm at a depth of 1 cm (perspective camera; vertical field of view)
    this.pxPerCm = height / (2 * Math.tan(THREE.MathUtils.degToRad(camera.fov) / 2));
    this.x0 = Infinity; this.y0 = Infinity; this.x1 = -Infinity; this.y1 = -Infinity;
    this.everything = false;
    this.v = new THREE.Vector3();
  }

  add(x, y, z, marginCm) {
    const v = this.v.set(x, y, z).applyMatrix4(this.camera.matrixWorldInverse);
    const depth = -v.z;
    if (depth <= this.camera.near) { this.everything = true; return; }
    v.applyMatrix4(this.camera.projectionMatrix);
    const px = (v.x + 1) / 2 * this.width, py = (v.y + 1) / 2 * this.height;
    const m = marginCm * this.pxPerCm / depth + 2;
    this.x0 = Math.min(this.x0, px - m); this.x1 = Math.max(this.x1, px + m);
    this.y0 = Math.min(this.y0, py - m); this.y1 = Math.max(this.y1, py + m);
  }

  /** {x, y, w, h} clipped to the screen; null means "all of it". */
  rect() {
    if (this.everything) return null;
    const x0 = Math.max(0, Math.floor(this.x0)), y0 = Math.max(0, Math.floor(this.y0));
    const x1 = Math.min(this.width, Math.ceil(this.x1)), y1 = Math.min(this.height, Math.ceil(this.y1));
    if (x1 <= x0 || y1 <= y0) return { x: 0, y: 0, w: 0, h: 0 };
    return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  }
}
