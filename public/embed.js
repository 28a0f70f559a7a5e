/*! nk-asylum embed.js — keeps each embedded "North Korean asylum in the UK" frame as tall as
 * its content. Include it once on the page that embeds the story (the embed code does). No
 * dependencies, no cookies, no storage, no requests; it only sets the height of our iframes.
 *
 * A frame is ours when its src is under this script's directory (the app's address). A
 * message is obeyed only when it comes from that frame's own window (event.source), from the
 * app's origin (or, for a frame sandboxed without allow-same-origin, from its opaque origin
 * "null"), and is exactly {type: "nk-asylum:embed-size", height: <whole CSS px>}.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || !window.URL || window.nkAsylumEmbed) return;
  var app = new URL('.', script.src); // the app's directory, e.g. https://example.org/graphics/nk-asylum/
  window.nkAsylumEmbed = { app: app.href }; // a second copy of this script does nothing

  var TYPE = 'nk-asylum:embed-size';
  var MAX_HEIGHT = 100000;

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

  // The iframe's height is its content box; add padding and border when the page's CSS sizes
  // boxes by their border.
  function outerHeight(frame, height) {
    var style = window.getComputedStyle(frame);
    if (style.boxSizing !== 'border-box') return height;
    return height + ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth']
      .reduce(function (sum, key) { return sum + (parseFloat(style[key]) || 0); }, 0);
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
      if (trusted && ours(frame)) frame.style.height = outerHeight(frame, height) + 'px';
      return;
    }
  });
})();
