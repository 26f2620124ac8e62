// Live inbox: new messages appear at the top as they arrive, and are announced to screen readers.
// Each one is shown as the server renders it in the reader's language (GET /inbox/{id}), so that
// the live item says the same as after a reload. The page works without this script.
(function () {
  'use strict';
  var list = document.getElementById('inbox-list');
  if (!list || !window.EventSource || !window.fetch || !window.DOMParser) {
    return;
  }
  var live = document.getElementById('inbox-live');
  var source = new EventSource('/inbox/stream');
  source.onmessage = function (event) {
    var message = JSON.parse(event.data);
    fetch('/inbox/' + encodeURIComponent(message.id), { credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.text() : Promise.reject(response.status);
      })
      .then(function (html) {
        // Parsed into an inert document, never written as markup into this one.
        var parsed = new DOMParser().parseFromString('<ol>' + html + '</ol>', 'text/html');
        var item = parsed.querySelector('ol > li');
        if (item) {
          list.insertBefore(document.importNode(item, true), list.firstChild);
        }
        if (live) {
          live.textContent = message.subject;
        }
      })
      .catch(function () {
        // A reload shows the message; nothing else to do here.
      });
  };
})();
