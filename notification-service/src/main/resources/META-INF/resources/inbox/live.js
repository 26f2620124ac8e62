// Live inbox: new messages appear at the top as they arrive, and are announced to screen readers.
// The page works without this script; it only spares a reload.
(function () {
  'use strict';
  var list = document.getElementById('inbox-list');
  if (!list || !window.EventSource) {
    return;
  }
  var live = document.getElementById('inbox-live');
  var source = new EventSource('/inbox/stream');
  source.onmessage = function (event) {
    var message = JSON.parse(event.data);
    var item = document.createElement('li');
    item.className = 'unread';
    var subject = document.createElement('strong');
    subject.textContent = message.subject; // text, never markup
    item.appendChild(subject);
    list.insertBefore(item, list.firstChild);
    if (live) {
      live.textContent = message.subject;
    }
  };
})();
