// The served app's answer to a lost server (issue 20: a restart, a crash, one of several processes behind nginx
// going down). Bokeh's document says `connection_lost` when its websocket closes; the Bokeh session is gone
// with the process, so reconnecting that websocket cannot bring it back. Instead the page keeps the body on
// screen (the browser answers clicks and drawings on its own), says so calmly, asks the small `GET healthz`
// (bodymap/app/http.py; it makes no session) with a growing pause, and when a process answers it reloads the
// page at its current URL. The URL holds the pain spot, the trigger point, the view, the body, the mode and
// the layers, and the tab's sessionStorage the drawing (screen/share.js), so the reload shows what was shown.
import { fill } from "../screen/text.js";

// the pause before each try (the last repeats), stretched by up to a fifth at random so that a class of pages
// whose server came back do not all ask, and reload, in the same instant
export const RETRY_MS = [500, 1000, 2000, 4000, 8000, 10000];
const pause = (i) => RETRY_MS[Math.min(i, RETRY_MS.length - 1)] * (1 + Math.random() / 5);

/** One notice element for the connection: polite live region, never an alert box. */
export function connectionNotice() {
  const el = document.createElement("p");
  el.className = "bm-connection";
  el.setAttribute("role", "status");
  el.setAttribute("aria-live", "polite");
  el.setAttribute("data-testid", "connection");
  el.hidden = true;
  return el;
}

/** Watch Bokeh's document `doc`; on a lost connection show `texts` in `notice`, wait for `healthUrl` to answer
 * "ok", then `reload()`. Returns {lost(): start as if the connection dropped, state(): for window.bodymap}. */
export function watchConnection({ doc, notice, texts, healthUrl = "healthz", reload = () => location.reload() }) {
  const status = { lost: false, tries: 0, back: false };
  let timer = null, disposed = false;
  const say = (text) => { notice.textContent = text; notice.hidden = !text; };
  async function answers() {
    try {
      const r = await fetch(healthUrl, { cache: "no-store" });
      return r.ok && (await r.text()).trim() === "ok";
    } catch { return false; } // the server is still away: expected, not an error
  }
  async function attempt() {
    timer = null;
    status.tries += 1;
    if (await answers()) {
      status.back = true;
      say(texts.back);
      reload();
      return;
    }
    const wait = pause(status.tries);
    say(fill(texts.waiting, { seconds: Math.round(wait / 1000) || 1 }));
    timer = setTimeout(attempt, wait);
  }
  function lost() {
    if (status.lost || disposed) return;
    status.lost = true;
    say(texts.lost);
    timer = setTimeout(attempt, pause(0));
  }
  // back online (a laptop woken, a network cable back): try at once instead of waiting out the pause
  const online = () => { if (status.lost && !status.back && timer) { clearTimeout(timer); attempt(); } };
  window.addEventListener("online", online);
  if (doc && typeof doc.on_event === "function") doc.on_event("connection_lost", lost);
  return {
    lost,
    state: () => ({ ...status }),
    dispose() { disposed = true; window.removeEventListener("online", online); if (timer) clearTimeout(timer); },
  };
}
