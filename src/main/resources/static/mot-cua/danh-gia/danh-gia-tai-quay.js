// The desk opens the dossier's one-time rating link on the counter tablet (staff session required).
(function () {
  'use strict';
  var form = document.getElementById('desk-form');
  var message = document.getElementById('message');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    message.textContent = '';
    var code = document.getElementById('code').value.trim();
    if (!code) { message.textContent = 'Vui lòng nhập mã hồ sơ.'; return; }
    fetch('/api/citizen/ratings/' + encodeURIComponent(code) + '/link', {
      headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (!answer.ok) { message.textContent = answer.body.message; return; }
      if (answer.body.used) { message.textContent = 'Hồ sơ này đã được người dân đánh giá.'; return; }
      // Same page on this server: keep the tablet on the address it already uses.
      var link = new URL(answer.body.url, window.location.href);
      window.location.href = '/danh-gia/' + link.search;
    }).catch(function () { message.textContent = 'Không kết nối được máy chủ. Vui lòng thử lại.'; });
  });
}());
