/*
 * Quick exit: leave this page at once, for someone who may be watched.
 *
 * A classic script loaded on its own (`<script src="/quick-exit.js" defer>`), apart from the app's
 * bundle, so it works even when the app fails to load. No inline code (the CSP forbids it), no
 * storage, no requests. It works on the static markup in index.html:
 *
 *   <meta name="pathway:exit-url" content="https://…">   where to go (https, or http://localhost for tests)
 *   <meta name="pathway:parent-origin" content="https://…">   embed only: the partner page's origin
 *   <a data-quick-exit href="…" target="_top">              the exit button and the skip link
 *   <div role="status" data-quick-exit-status data-text-…>   counts Shift presses for screen readers
 *
 * Triggers: a click on any [data-quick-exit] link; Shift pressed 3 times, each press within 5 seconds
 * of the one before, as GOV.UK's "Exit this page" counts (counted on key release; the left and the
 * right Shift alike; a Shift released after typing a capital does not count; any other key resets the
 * count; when 5 seconds pass with no press, the count lapses and "Exit this page expired." is
 * announced). Exit: blank the page with a "Loading." overlay, tell the app (`pathway:exit` on window)
 * so it wipes every answer from memory, clear every form field in the page, then `location.replace`
 * the exit page, so Back does not come back here.
 *
 * History: while a page has a back link, the app keeps one extra entry for the browser's Back button
 * (src/ui/history.ts: same URL, state `{ pathway: 'back' }`). Replacing that entry would leave the one
 * under it, a page of this service, one Back press from the exit page. So when the current entry is
 * that extra one, the exit first steps back onto the entry under it (`history.back()`, waiting for
 * its `popstate`, which the app never sees) and replaces that one. Forward from the exit page can
 * at most reach that extra entry again: the service's address, loaded fresh, with no answer.
 *
 * Back/forward cache: when the browser restores this page (`pageshow` with `persisted`), it covers
 * the page and fires a cancelable `pathway:reset` on window. The app calls `event.preventDefault()`
 * once it shows a clean start page; if nothing does, the page reloads from the server.
 *
 * Inside an iframe (embed): it posts `{ type: 'pathway:exit' }` to the partner page at once (origin
 * from the `pathway:parent-origin` meta, never "*"), whose snippet (public/embed.js) replaces that page;
 * clicks also follow the real `target="_top"` link, and keys try `top.location.replace`. If the frame
 * is still here shortly after, it posts again and finally replaces the frame itself.
 *
 * `window.pathwayQuickExit` is the running instance (`exit()`, `destroy()`), and `.create(win, deps)`
 * makes another, with `deps.navigate`, `deps.reload` and `deps.back` standing in for
 * `location.replace`, `location.reload` and `history.back` (tests).
 */
(() => {
  const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
  const PRESSES_TO_EXIT = 3;
  /** How long the count waits for the next Shift press (restarted at each press, as GOV.UK's). */
  const WINDOW_MS = 5000;
  /** How long "Exit this page expired." stays in the live region before it is cleared. */
  const EXPIRED_SHOWN_MS = 5000;
  /** The most the exit waits for the step back off the app's extra history entry. */
  const BACK_WAIT_MS = 500;
  /** The history state of the app's extra entry for Back (SENTINEL_STATE in src/ui/history.ts). */
  const SENTINEL_KEY = 'pathway';
  const SENTINEL_VALUE = 'back';
  /** In an iframe: how long to wait for the top page to leave before the next way out. */
  const FRAME_FALLBACK_MS = 600;

  const TEXT = {
    two: 'Shift, press 2 more times to exit.',
    one: 'Shift, press 1 more time to exit.',
    expired: 'Exit this page expired.',
    leaving: 'Loading.',
  };

  /** https anywhere; plain http only to this machine (tests and local stand-ins). */
  function safeUrl(value) {
    if (!value) return null;
    let url;
    try {
      url = new URL(value);
    } catch {
      return null;
    }
    if (url.protocol === 'https:') return url.href;
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    if (url.protocol === 'http:' && local) return url.href;
    return null;
  }

  function safeOrigin(value) {
    const href = safeUrl(value);
    return href ? new URL(href).origin : null;
  }

  function metaContent(doc, name) {
    const meta = doc.querySelector(`meta[name="${name}"]`);
    return meta ? meta.getAttribute('content') : null;
  }

  function create(win, deps) {
    const doc = win.document;
    const navigate = deps?.navigate || ((url) => win.location.replace(url));
    const reload = deps?.reload || (() => win.location.reload());
    const back = deps?.back || (() => win.history.back());
    const exitUrl = safeUrl(metaContent(doc, 'pathway:exit-url')) || DEFAULT_EXIT_URL;
    const parentOrigin = safeOrigin(metaContent(doc, 'pathway:parent-origin'));

    let inFrame = false;
    try {
      inFrame = win.top !== win.self;
    } catch {
      inFrame = true;
    }

    let presses = 0;
    let windowTimer = null;
    let expiredTimer = null;
    let backTimer = null;
    let onBackDone = null;
    /** A key other than Shift went down while Shift was held: this Shift was for a capital. */
    let shiftModified = false;
    let overlay = null;
    let hiddenByUs = [];
    let leaving = false;
    let frameTimer = null;

    function status() {
      return doc.querySelector('[data-quick-exit-status]');
    }

    function say(key) {
      const region = status();
      if (!region) return;
      region.textContent = key ? region.getAttribute(`data-text-${key}`) || TEXT[key] : '';
    }

    function clearExpired() {
      if (expiredTimer !== null) win.clearTimeout(expiredTimer);
      expiredTimer = null;
    }

    function resetCount() {
      presses = 0;
      if (windowTimer !== null) win.clearTimeout(windowTimer);
      windowTimer = null;
      clearExpired();
      say('');
    }

    /** 5 seconds without a press: the count lapses, and the person hears that it has. */
    function expire() {
      windowTimer = null;
      presses = 0;
      say('expired');
      clearExpired();
      expiredTimer = win.setTimeout(() => {
        expiredTimer = null;
        say('');
      }, EXPIRED_SHOWN_MS);
    }

    function clearFields() {
      for (const field of doc.querySelectorAll('input, textarea, select')) {
        const type = (field.getAttribute('type') || '').toLowerCase();
        if (field.tagName === 'SELECT') field.selectedIndex = -1;
        else if (type === 'checkbox' || type === 'radio') field.checked = false;
        else if (type !== 'submit' && type !== 'button' && type !== 'reset' && type !== 'image')
          field.value = '';
      }
    }

    function cover() {
      const body = doc.body;
      if (!body) return;
      doc.documentElement.classList.add('quick-exit-leaving');
      if (!overlay) {
        overlay = doc.createElement('div');
        overlay.className = 'quick-exit-overlay';
        overlay.setAttribute('role', 'alert');
        const region = status();
        overlay.textContent = region?.getAttribute('data-text-leaving') || TEXT.leaving;
      }
      for (const child of Array.from(body.children)) {
        if (child !== overlay && !child.hidden) {
          child.hidden = true;
          hiddenByUs.push(child);
        }
      }
      if (overlay.parentNode !== body) body.appendChild(overlay);
    }

    function uncover() {
      if (overlay?.parentNode) overlay.parentNode.removeChild(overlay);
      for (const child of hiddenByUs) child.hidden = false;
      hiddenByUs = [];
      doc.documentElement.classList.remove('quick-exit-leaving');
    }

    function tellParent() {
      if (!parentOrigin || !win.parent || win.parent === win) return;
      try {
        win.parent.postMessage({ type: 'pathway:exit' }, parentOrigin);
      } catch {
        // The partner page cannot be told: the frame leaves on its own below.
      }
    }

    /** In a frame, if the top page has not gone: ask the partner page, then leave in the frame. */
    function frameFallbackLater() {
      if (frameTimer !== null) return;
      frameTimer = win.setTimeout(() => {
        frameTimer = null;
        tellParent();
        navigate(exitUrl);
      }, FRAME_FALLBACK_MS);
    }

    function wipe() {
      resetCount();
      cover();
      try {
        win.dispatchEvent(new win.Event('pathway:exit'));
      } catch {
        // The app's own handler failed: the page still leaves, and the overlay hides what it showed.
      }
      clearFields();
    }

    /** Whether the current history entry is the app's extra entry for Back (src/ui/history.ts). */
    function onSentinel() {
      try {
        const state = win.history.state;
        return Boolean(state && typeof state === 'object' && state[SENTINEL_KEY] === SENTINEL_VALUE);
      } catch {
        return false;
      }
    }

    function stopWaitingForBack() {
      if (backTimer !== null) win.clearTimeout(backTimer);
      backTimer = null;
      if (onBackDone) win.removeEventListener('popstate', onBackDone, true);
      onBackDone = null;
    }

    /**
     * Replaces this page with the exit page. From the app's extra history entry, steps back onto the
     * entry under it first (the service's own), so that no entry of the service is left behind: the
     * `popstate` of that step is kept from the app, and if it never comes the page leaves anyway.
     */
    function leaveTab() {
      if (!onSentinel()) {
        navigate(exitUrl);
        return;
      }
      const go = () => {
        stopWaitingForBack();
        navigate(exitUrl);
      };
      onBackDone = (event) => {
        event.stopImmediatePropagation();
        go();
      };
      win.addEventListener('popstate', onBackDone, true);
      backTimer = win.setTimeout(go, BACK_WAIT_MS);
      try {
        back();
      } catch {
        go();
      }
    }

    /**
     * Leaves the page. `byLink` is true when a [data-quick-exit] link was clicked and its own
     * navigation was let through (only in a frame, where it is the way to reach the top page).
     */
    function exit(options) {
      const byLink = Boolean(options?.byLink);
      leaving = true;
      wipe();
      if (!inFrame) {
        leaveTab();
        return;
      }
      // The partner page's snippet replaces its own page, whatever this frame is allowed to do; and
      // the frame tries too, so that the page leaves even where the snippet is missing.
      tellParent();
      if (!byLink) {
        try {
          win.top.location.replace(exitUrl);
        } catch {
          // Not allowed here (a sandbox without top navigation, or no user activation): the message
          // above, then the frame alone below.
        }
      }
      frameFallbackLater();
    }

    /** Any activation of an exit link leaves: a tap, a click, Enter, and a middle or Ctrl click too. */
    function onClick(event) {
      if (event.button !== 0 && event.button !== 1) return;
      const target = event.target;
      const link = target?.closest ? target.closest('a[data-quick-exit]') : null;
      if (!link) return;
      if (inFrame) {
        // Replace the partner's page from here, with this click's user activation, so that it leaves
        // no entry behind: the link's own target="_top" navigation would push the exit page on top of
        // the partner's page (and the tool in it), and raced the snippet's replace. Where the frame may
        // not navigate the top page, the link is let through (it carries the gesture), and the
        // message to the snippet and the frame's own fallback follow in exit().
        let replaced = false;
        try {
          win.top.location.replace(exitUrl);
          replaced = true;
        } catch {
          // A sandbox without top navigation: the link, the snippet, then the frame alone.
        }
        if (replaced) event.preventDefault();
        exit({ byLink: true });
        return;
      }
      event.preventDefault();
      exit();
    }

    function onKeyDown(event) {
      if (event.key === 'Shift') return;
      if (event.shiftKey) shiftModified = true;
      if (presses > 0) resetCount();
    }

    function onKeyUp(event) {
      if (event.key !== 'Shift') {
        if (presses > 0) resetCount();
        return;
      }
      const counts = !shiftModified && !event.isComposing && !leaving;
      // Both Shift keys up: the next press starts clean.
      if (!event.shiftKey) shiftModified = false;
      if (!counts) return;
      presses += 1;
      // The window restarts at every press: slow hands still get there.
      if (windowTimer !== null) win.clearTimeout(windowTimer);
      windowTimer = win.setTimeout(expire, WINDOW_MS);
      clearExpired();
      if (presses >= PRESSES_TO_EXIT) {
        exit();
        return;
      }
      say(PRESSES_TO_EXIT - presses === 2 ? 'two' : 'one');
    }

    function onPageShow(event) {
      if (!event.persisted) return;
      // Restored from the back/forward cache: never show what was on screen before.
      cover();
      clearFields();
      resetCount();
      leaving = false;
      if (frameTimer !== null) win.clearTimeout(frameTimer);
      frameTimer = null;
      stopWaitingForBack();
      const reset = new win.Event('pathway:reset', { cancelable: true });
      try {
        win.dispatchEvent(reset);
      } catch {
        // Treated as not handled: reload below.
      }
      if (reset.defaultPrevented) uncover();
      else reload();
    }

    function syncLinks() {
      for (const link of doc.querySelectorAll('a[data-quick-exit]')) link.setAttribute('href', exitUrl);
    }

    syncLinks();
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('auxclick', onClick, true);
    win.addEventListener('keydown', onKeyDown, true);
    win.addEventListener('keyup', onKeyUp, true);
    win.addEventListener('pageshow', onPageShow);

    return {
      exitUrl,
      exit: () => exit(),
      destroy() {
        resetCount();
        stopWaitingForBack();
        if (frameTimer !== null) win.clearTimeout(frameTimer);
        doc.removeEventListener('click', onClick, true);
        doc.removeEventListener('auxclick', onClick, true);
        win.removeEventListener('keydown', onKeyDown, true);
        win.removeEventListener('keyup', onKeyUp, true);
        win.removeEventListener('pageshow', onPageShow);
      },
    };
  }

  if (window.pathwayQuickExit) return;
  const instance = create(window);
  instance.create = create;
  window.pathwayQuickExit = instance;
})();
