// What Panel loads as the screen component's module: a few lines that import the real bundle (the screen,
// the viewer and three.js, ~700 KB) with the browser's own module loader.
//
// Panel hands a component's module to es-module-shims, which reads every byte of it to rewrite imports
// (about 90 ms for 700 KB on a 2-core machine without a GPU) and gives it a blob: URL, so the browser cannot
// keep its compiled code between visits. Imported natively (the Function body is not rewritten by the
// shim), the bundle is compiled while it streams in and its code is cached: the first frame came about
// 80 ms sooner, on first and on later visits (docs/performance.md). Panel serves the bundle
// because the component lists it in `__javascript_modules__`; this file sits beside it in `_bundle`.
const nativeImport = new Function("url", "return import(url)");
const bundle = new URL("../../__javascript_modules__/static/app.bundle.js", import.meta.url).href;
const app = await nativeImport(bundle);
export default app.default;
