/*
 * Support Pathway on a partner's page. Paste one tag where the tool should appear:
 *
 *   <script src="https://<this site>/embed.js" data-mode="self-service" data-area="medway"
 *           data-exit-url="https://www.bbc.co.uk/weather" data-title="…" async></script>
 *
 * It writes an <iframe> of <this site>/embed right after the tag (README: "Embed it on your site"),
 * then listens to that frame, and to nothing else:
 *   - a message counts only if it comes from this site's origin AND from that frame's window, and has
 *     one of the shapes of schemas/embed.ts (checked here by hand: no dependencies; the build writes
 *     in the schema's partner areas and its URL check);
 *   - `pathway:height` sets the frame's height (kept within 200–20,000 px): no scroll bar in the frame;
 *   - `pathway:top` brings the frame's top into view when the tool shows a new page;
 *   - `pathway:exit` (the quick exit, when the frame may not leave the page itself) covers this page
 *     and replaces it with the exit page, so Back does not return to it.
 * As this page scrolls, it tells the frame how much of it is out of sight above (`pathway:viewport`),
 * so the frame keeps its quick exit button on screen.
 *
 * Never in the frame's address: anything the person answers. Only the partner's settings go there
 * (mode, area, exit address) and this page's origin, where the frame sends its messages.
 * No cookies, no storage, no other requests. `window.pathwayEmbed.create(script, deps)` makes another
 * instance (tests pass `deps.navigate` in place of `location.replace`).
 */
(() => {
  const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
  const DEFAULT_TITLE = 'Find help with domestic abuse in Kent and Medway';
  /** Why each token is there: README, "Embed it on your site". Nothing else is allowed. */
  const SANDBOX = [
    'allow-scripts',
    'allow-same-origin',
    'allow-forms',
    'allow-popups',
    'allow-popups-to-escape-sandbox',
    'allow-modals',
    'allow-top-navigation-by-user-activation',
  ].join(' ');
  const MIN_HEIGHT = 200;
  const MAX_HEIGHT = 20000;
  const START_HEIGHT = 640;
  const MODES = ['self-service', 'professional'];
  /** schemas/embed.ts PARTNER_AREAS (a Kent district or Medway), written in at build time. */
  const AREAS = /* PARTNER_AREAS */ [];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what we refuse
  const CONTROL = /[\u0000-\u001f\u007f]/;
  /**
   * https anywhere; plain http only to this machine (tests, demos): schemas/embed.ts parseSafeUrl,
   * written in at build time (until then, no address is safe).
   */
  const parseSafeUrl = /* parseSafeUrl */ () => null;
  /** An address of at most 2,000 characters (as ExitUrl in schemas/embed.ts), as a URL if safe. */
  const safeUrl = (value) => (typeof value === 'string' && value.length <= 2000 ? parseSafeUrl(value) : null);

  /** The tag's settings, each checked; a bad one is dropped and named. */
  function readSettings(script) {
    const problems = [];
    const settings = { mode: null, area: null, exit: null, title: DEFAULT_TITLE, problems };
    const attribute = (name) => (script.hasAttribute(name) ? script.getAttribute(name) : null);
    const mode = attribute('data-mode');
    if (mode !== null) {
      if (MODES.includes(mode)) settings.mode = mode;
      else problems.push(`data-mode (use ${MODES.join(' or ')})`);
    }
    const area = attribute('data-area');
    if (area !== null) {
      if (AREAS.includes(area)) settings.area = area;
      else problems.push('data-area (use a Kent district or medway, as in the README)');
    }
    const exit = attribute('data-exit-url');
    if (exit !== null) {
      if (safeUrl(exit)) settings.exit = exit;
      else problems.push('data-exit-url (use an https:// address)');
    }
    const title = attribute('data-title');
    if (title !== null) {
      if (title.length >= 1 && title.length <= 120 && title.trim() === title && !CONTROL.test(title)) {
        settings.title = title;
      } else problems.push('data-title (use one line of 1 to 120 characters)');
    }
    return settings;
  }

  const isRecord = (data) => data !== null && typeof data === 'object' && !Array.isArray(data);
  const keysAre = (data, keys) => {
    const own = Object.keys(data);
    return own.length === keys.length && keys.every((key) => own.includes(key));
  };

  /** A message from the frame, or null. The same shapes as ChildMessage in schemas/embed.ts. */
  function parseMessage(data) {
    if (!isRecord(data)) return null;
    if (data.type === 'pathway:height' && keysAre(data, ['type', 'height'])) {
      const height = data.height;
      if (typeof height !== 'number' || !(height >= 0 && height <= 10000000)) return null;
      return { type: data.type, height };
    }
    if ((data.type === 'pathway:exit' || data.type === 'pathway:top') && keysAre(data, ['type'])) {
      return { type: data.type };
    }
    return null;
  }

  const clampHeight = (height) => Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));

  function create(script, deps) {
    const win = deps?.window || window;
    const doc = win.document;
    const navigate = deps?.navigate || ((url) => win.location.replace(url));
    const source = safeUrl(script.src);
    if (!source || !script.parentNode) return null;
    const appOrigin = source.origin;
    const settings = readSettings(script);
    if (settings.problems.length > 0) {
      win.console.warn(`Support Pathway embed: ignored ${settings.problems.join('; ')}.`);
    }
    const exitUrl = settings.exit || DEFAULT_EXIT_URL;

    const params = new URLSearchParams();
    if (settings.mode) params.set('mode', settings.mode);
    if (settings.area) params.set('area', settings.area);
    if (settings.exit) params.set('exit', settings.exit);
    if (safeUrl(win.location.origin)) params.set('parent', win.location.origin);

    const iframe = doc.createElement('iframe');
    const query = params.toString();
    iframe.src = `${appOrigin}/embed${query ? `?${query}` : ''}`;
    iframe.title = settings.title;
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    iframe.setAttribute('sandbox', SANDBOX);
    // The SAFER summary's "Copy" button writes to the clipboard (nothing is read from it).
    iframe.setAttribute('allow', 'clipboard-write');
    iframe.className = 'pathway-embed';
    // Styles through the CSSOM: allowed by a partner's strict CSP, unlike a style attribute.
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = `${START_HEIGHT}px`;
    script.parentNode.insertBefore(iframe, script.nextSibling);

    let leaving = false;
    let cover = null;
    let lastHidden = -1;
    let scheduled = false;
    /** True once the frame has spoken: before that it may not be the app yet (nothing to tell). */
    let heard = false;

    /** Blank this page at once, then replace it: Back does not come back to it. */
    function leave() {
      if (leaving) return;
      leaving = true;
      if (doc.body) {
        cover = doc.createElement('div');
        cover.setAttribute('role', 'alert');
        cover.textContent = 'Loading.';
        const style = cover.style;
        style.position = 'fixed';
        style.inset = '0';
        style.zIndex = '2147483647';
        style.background = '#fff';
        style.color = '#0b0c0c';
        style.padding = '1rem';
        doc.body.appendChild(cover);
      }
      navigate(exitUrl);
    }

    function sendViewport() {
      scheduled = false;
      const frame = iframe.contentWindow;
      if (!frame || !heard) return;
      const box = iframe.getBoundingClientRect();
      const hidden = Math.max(0, Math.min(Math.round(-box.top), Math.round(box.height)));
      if (hidden === lastHidden) return;
      lastHidden = hidden;
      frame.postMessage({ type: 'pathway:viewport', hidden }, appOrigin);
    }

    function onViewportChange() {
      if (scheduled) return;
      scheduled = true;
      win.requestAnimationFrame(sendViewport);
    }

    function onMessage(event) {
      if (event.origin !== appOrigin || event.source !== iframe.contentWindow) return;
      const message = parseMessage(event.data);
      if (!message) return;
      heard = true;
      if (message.type === 'pathway:height') {
        iframe.style.height = `${clampHeight(message.height)}px`;
        onViewportChange();
      } else if (message.type === 'pathway:top') {
        if (iframe.getBoundingClientRect().top < 0) iframe.scrollIntoView({ block: 'start' });
      } else {
        leave();
      }
    }

    function onLoad() {
      // A new document in the frame: tell it where it stands.
      lastHidden = -1;
      onViewportChange();
    }

    function onPageShow(event) {
      // Back to this page from the back/forward cache: show it again (the frame resets itself).
      if (!event.persisted) return;
      leaving = false;
      cover?.remove();
      cover = null;
    }

    win.addEventListener('message', onMessage);
    win.addEventListener('scroll', onViewportChange, { passive: true });
    win.addEventListener('resize', onViewportChange, { passive: true });
    win.addEventListener('pageshow', onPageShow);
    iframe.addEventListener('load', onLoad);

    return {
      iframe,
      appOrigin,
      exitUrl,
      destroy() {
        win.removeEventListener('message', onMessage);
        win.removeEventListener('scroll', onViewportChange);
        win.removeEventListener('resize', onViewportChange);
        win.removeEventListener('pageshow', onPageShow);
        iframe.removeEventListener('load', onLoad);
      },
    };
  }

  const api = window.pathwayEmbed || { create, parseMessage, readSettings, clampHeight, SANDBOX };
  window.pathwayEmbed = api;
  const script = document.currentScript;
  // Once per tag, even if the same tag's script runs again.
  if (script && !script.hasAttribute('data-pathway-embedded')) {
    script.setAttribute('data-pathway-embedded', '');
    api.create(script);
  }
})();
