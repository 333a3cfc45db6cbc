// Unrolled preview: reloads the page after a rebuild and shows build errors over it. Served only by `serve`;
// never part of a built site.
(function () {
  var overlay = null;
  function hide() {
    if (overlay) { overlay.parentNode.removeChild(overlay); overlay = null; }
  }
  function show(problems) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'unrolled-error';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;' +
      'background:rgba(20,22,30,.94);color:#fff;font:14px/1.5 ui-monospace,DejaVu Sans Mono,monospace';
    var heading = document.createElement('div');
    heading.style.cssText = 'font:600 18px/1.4 system-ui,sans-serif;margin-bottom:1rem;color:#ff8a80';
    heading.textContent = 'Build failed: the last good page is shown underneath. Fix the file and save.';
    overlay.appendChild(heading);
    problems.forEach(function (problem) {
      var line = document.createElement('pre');
      line.style.cssText = 'white-space:pre-wrap;margin:0 0 .5rem';
      line.textContent = problem;
      overlay.appendChild(line);
    });
    document.body.appendChild(overlay);
  }
  var source = new EventSource('/__unrolled/events');
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('problems', function (e) { show(JSON.parse(e.data).problems); });
  source.addEventListener('ready', function () { hide(); });
})();
