// Public dossier status lookup: POST /api/public/lookup with the code and the last four digits.
(function () {
  'use strict';
  var form = document.getElementById('lookup-form');
  var message = document.getElementById('message');
  var result = document.getElementById('result');
  var params = new URLSearchParams(window.location.search);
  if (params.get('ma')) {
    document.getElementById('code').value = params.get('ma');
    document.getElementById('last-four').focus();
  }

  function when(iso) {
    if (!iso) { return ''; }
    // The server sends Vietnam's offset; show the wall time it names, whatever the phone's zone.
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
    return m ? m[4] + ':' + m[5] + ' ngày ' + m[3] + '/' + m[2] + '/' + m[1] : iso;
  }

  function text(id, value) { document.getElementById(id).textContent = value || ''; }

  function show(view) {
    text('result-title', 'Hồ sơ ' + view.code);
    text('r-procedure', view.procedure);
    text('r-applicant', view.applicant);
    text('r-status', view.status);
    text('r-step', view.currentStep);
    text('r-received', when(view.receivedAt));
    text('r-appointment', view.appointmentAt ? when(view.appointmentAt) : 'Chưa có (hồ sơ đang được kiểm tra)');
    var late = document.getElementById('r-late');
    late.className = view.late ? 'late' : 'ontime';
    late.textContent = view.late ? 'Quá hạn' + (view.lateReason ? ' – ' + view.lateReason : '') : 'Trong hạn';
    text('r-collection', view.collection);
    var body = document.getElementById('r-steps');
    body.textContent = '';
    view.steps.forEach(function (step) {
      var row = document.createElement('tr');
      [step.name, when(step.plannedAt), step.doneAt ? when(step.doneAt) : 'Đang thực hiện'].forEach(function (v) {
        var cell = document.createElement('td');
        cell.textContent = v;
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
    result.hidden = false;
    result.setAttribute('data-state', 'ready');
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    message.textContent = '';
    result.hidden = true;
    var code = document.getElementById('code').value.trim();
    var lastFour = document.getElementById('last-four').value.trim();
    if (!code || !/^[0-9]{4}$/.test(lastFour)) {
      message.textContent = 'Vui lòng nhập mã hồ sơ và đúng 4 chữ số cuối.';
      return;
    }
    fetch('/api/public/lookup', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify({ code: code, lastFour: lastFour })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (answer.ok) { show(answer.body); } else { message.textContent = answer.body.message; }
    }).catch(function () {
      message.textContent = 'Không kết nối được máy chủ. Vui lòng thử lại.';
    });
  });
}());
