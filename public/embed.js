// Opt-Out Atlas embed loader. On your page:
//   <div data-optout-atlas-matrix data-platforms="x,reddit" data-categories="ai-training"></div>
//   <script src="https://SITE/embed.js" async></script>
// Optional attributes: data-region (US, EU, UK), data-theme (light, dark, auto), data-only="shared",
// data-title (the iframe's accessible name). No dependencies, no cookies.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var frames = [];
  var OPTIONS = ['platforms', 'categories', 'region', 'theme', 'only'];

  function mount() {
    var hosts = document.querySelectorAll('[data-optout-atlas-matrix]');
    for (var i = 0; i < hosts.length; i++) {
      var host = hosts[i];
      if (host.getAttribute('data-optout-atlas-mounted')) continue;
      host.setAttribute('data-optout-atlas-mounted', '');
      var url = new URL('/embed/matrix/', origin);
      for (var j = 0; j < OPTIONS.length; j++) {
        var value = host.getAttribute('data-' + OPTIONS[j]);
        if (value) url.searchParams.set(OPTIONS[j], value);
      }
      var frame = document.createElement('iframe');
      frame.src = url.href;
      frame.title = host.getAttribute('data-title') || 'Opt-Out Atlas: who shares what by default';
      frame.loading = 'lazy';
      frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
      frame.style.cssText = 'display:block;width:100%;height:480px;border:0';
      host.appendChild(frame);
      frames.push(frame);
    }
  }

  // Only height messages from one of our frames, sent from the site's origin, are obeyed.
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== 'optout-atlas:height') return;
    var height = Number(event.data.height);
    if (!(height > 0 && height < 100000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
