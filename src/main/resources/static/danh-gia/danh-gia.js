// Rating page opened with the one-time link: GET the criteria, POST the scores once.
(function () {
  'use strict';
  var LEVELS = [[3, 'Rất hài lòng'], [2, 'Hài lòng'], [1, 'Không hài lòng']];
  var token = new URLSearchParams(window.location.search).get('t') || '';
  var form = document.getElementById('rating-form');
  var message = document.getElementById('message');
  var api = '/api/public/ratings/' + encodeURIComponent(token);

  function answer(response) {
    return response.json().then(function (body) { return { ok: response.ok, body: body }; });
  }

  function render(invitation) {
    document.getElementById('dossier-code').textContent = invitation.dossierCode;
    document.getElementById('procedure').textContent = invitation.procedure;
    var box = document.getElementById('criteria');
    Object.keys(invitation.criteria).forEach(function (key) {
      var set = document.createElement('fieldset');
      set.className = 'choices';
      set.setAttribute('data-criterion', key);
      var legend = document.createElement('legend');
      legend.textContent = invitation.criteria[key];
      set.appendChild(legend);
      LEVELS.forEach(function (level) {
        var label = document.createElement('label');
        var input = document.createElement('input');
        input.type = 'radio';
        input.name = key;
        input.value = level[0];
        input.id = key + '-' + level[0];
        label.appendChild(input);
        label.appendChild(document.createTextNode(' ' + level[1]));
        set.appendChild(label);
      });
      box.appendChild(set);
    });
    form.hidden = false;
    form.setAttribute('data-state', 'ready');
  }

  if (!token) {
    message.textContent = 'Thiếu liên kết đánh giá. Vui lòng hỏi cán bộ Bộ phận Một cửa.';
  } else {
    fetch(api).then(answer).then(function (a) {
      if (a.ok) { render(a.body); } else { message.textContent = a.body.message; }
    }).catch(function () { message.textContent = 'Không kết nối được máy chủ. Vui lòng thử lại.'; });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    message.textContent = '';
    var scores = {};
    var missing = [];
    Array.prototype.forEach.call(document.querySelectorAll('fieldset[data-criterion]'), function (set) {
      var key = set.getAttribute('data-criterion');
      var chosen = set.querySelector('input:checked');
      if (chosen) { scores[key] = Number(chosen.value); } else { missing.push(set.querySelector('legend').textContent); }
    });
    if (missing.length) {
      message.textContent = 'Vui lòng chọn mức đánh giá cho: ' + missing.join('; ');
      return;
    }
    fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify({ scores: scores, comment: document.getElementById('comment').value })
    }).then(answer).then(function (a) {
      if (!a.ok) { message.textContent = a.body.message; return; }
      form.hidden = true;
      document.getElementById('thanks-text').textContent = a.body.satisfied
        ? 'Ý kiến của Ông/Bà đã được ghi nhận.'
        : 'Ý kiến của Ông/Bà đã được chuyển đến lãnh đạo để xem xét, khắc phục.';
      var thanks = document.getElementById('thanks');
      thanks.hidden = false;
      thanks.setAttribute('data-state', a.body.satisfied ? 'satisfied' : 'not-satisfied');
    }).catch(function () { message.textContent = 'Không kết nối được máy chủ. Vui lòng thử lại.'; });
  });
}());
