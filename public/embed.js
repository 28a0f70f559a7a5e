/*! nk-asylum embed.js — keeps each embedded "North Korean asylum in the UK" frame as tall as
 * its content. Include it once on the page that embeds the story (the embed code does). No
 * dependencies, no cookies, no storage, no requests; it only sets the height of our iframes.
 *
 * What it accepts, and nothing else: a `message` event
 * - whose data is exactly {type: "nk-asylum:embed-size", height: H}, H a whole number of CSS px
 *   from 0 to 20000 (a height no layout of the story reaches: anything taller is refused);
 * - from one of our frames: an iframe whose src is under this script's directory (the app's
 *   address), the message coming from that frame's own window (event.source);
 * - from the app's origin or, for a frame sandboxed without allow-same-origin, from its opaque
 *   origin "null".
 * A frame's height is set at most once per animation frame, to the last height it asked for,
 * and not at all when that differs from the current one by less than 1 px.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || !window.URL || window.nkAsylumEmbed) return;
  var app = new URL('.', script.src); // the app's directory, e.g. https://example.org/graphics/nk-asylum/
  window.nkAsylumEmbed = { app: app.href }; // a second copy of this script does nothing

  var TYPE = 'nk-asylum:embed-size';
  var MAX_HEIGHT = 20000; // src/domain/embed.rs MAX_HEIGHT
  var pending = []; // [frame, height]: each frame's last request since the last animation frame
  var scheduled = false;

  function ours(frame) {
    var src = frame.getAttribute('src');
    if (!src) return false;
    try {
      var url = new URL(src, document.baseURI);
      return url.origin === app.origin && url.pathname.indexOf(app.pathname) === 0;
    } catch (e) {
      return false;
    }
  }

  // A frame sandboxed without allow-same-origin runs with an opaque origin: its messages say "null".
  function opaque(frame) {
    var sandbox = frame.getAttribute('sandbox');
    return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
  }

  // The iframe's height is its content box; add padding and border under border-box sizing.
  function outerHeight(frame, height) {
    var style = window.getComputedStyle(frame);
    if (style.boxSizing !== 'border-box') return height;
    return height + ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth']
      .reduce(function (sum, key) { return sum + (parseFloat(style[key]) || 0); }, 0);
  }

  // A frame flooding the page with heights costs one layout per animation frame.
  function apply() {
    scheduled = false;
    var batch = pending;
    pending = [];
    for (var i = 0; i < batch.length; i++) {
      var frame = batch[i][0];
      var height = outerHeight(frame, batch[i][1]);
      var current = parseFloat(frame.style.height);
      if (!(Math.abs(height - current) < 1)) frame.style.height = height + 'px';
    }
  }

  function request(frame, height) {
    for (var i = 0; i < pending.length; i++) {
      if (pending[i][0] === frame) {
        pending[i][1] = height;
        return;
      }
    }
    pending.push([frame, height]);
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(apply);
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || Math.floor(height) !== height || height < 0 || height > MAX_HEIGHT) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var trusted = event.origin === app.origin || (event.origin === 'null' && opaque(frame));
      if (trusted && ours(frame)) request(frame, height);
      return;
    }
  });
})();
