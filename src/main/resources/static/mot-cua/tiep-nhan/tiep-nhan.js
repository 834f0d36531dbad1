// The desk's intake page: the applicant, the procedure's papers as a checklist, and their scans.
// The dossier is created first; each scan is then uploaded to it, so a failed upload can be retried
// from the dossier's page without creating a second dossier.
(function () {
  'use strict';

  const { api, show, el } = window.MotCua;
  const form = document.getElementById('tiep-nhan');
  const notice = document.getElementById('thong-bao');
  const procedureSelect = document.getElementById('thu-tuc');
  const papersBody = document.getElementById('giay-to');
  let procedures = [];

  function kind() {
    return form.querySelector('input[name=loai]:checked').value;
  }

  function toggleKind() {
    const citizen = kind() === 'CITIZEN';
    document.getElementById('o-cccd').hidden = !citizen;
    document.getElementById('o-mst').hidden = citizen;
  }

  function renderPapers() {
    const procedure = procedures.find(function (p) { return p.code === procedureSelect.value; });
    document.getElementById('thoi-han').textContent = procedure
      ? 'Mã thủ tục ' + procedure.code + ' · Thời hạn giải quyết: ' + procedure.timeLimit : '';
    papersBody.innerHTML = '';
    if (!procedure) {
      return;
    }
    procedure.papers.forEach(function (paper, index) {
      const row = el('tr');
      row.dataset.paper = paper;
      const check = el('input', null, { type: 'checkbox', id: 'paper-' + index, 'aria-label': 'Đã nộp: ' + paper });
      check.checked = true;
      row.appendChild(el('td')).appendChild(check);
      row.appendChild(el('td')).appendChild(el('label', paper, { for: 'paper-' + index }));
      const originals = el('input', null, { type: 'number', min: '0', max: '99', value: '1', 'aria-label': 'Số bản chính: ' + paper, class: 'originals' });
      const copies = el('input', null, { type: 'number', min: '0', max: '99', value: '0', 'aria-label': 'Số bản sao: ' + paper, class: 'copies' });
      const file = el('input', null, { type: 'file', accept: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png', 'aria-label': 'Tệp đính kèm: ' + paper, class: 'file' });
      row.appendChild(el('td')).appendChild(originals);
      row.appendChild(el('td')).appendChild(copies);
      row.appendChild(el('td')).appendChild(file);
      papersBody.appendChild(row);
    });
  }

  function value(id) {
    const text = document.getElementById(id).value.trim();
    return text === '' ? null : text;
  }

  function request() {
    const papers = [];
    papersBody.querySelectorAll('tr[data-paper]').forEach(function (row) {
      if (row.querySelector('input[type=checkbox]').checked) {
        papers.push({
          name: row.dataset.paper,
          originals: Number(row.querySelector('.originals').value || 0),
          copies: Number(row.querySelector('.copies').value || 0)
        });
      }
    });
    const citizen = kind() === 'CITIZEN';
    return {
      procedureCode: procedureSelect.value || null,
      channel: form.querySelector('input[name=kenh]:checked').value,
      applicant: {
        kind: kind(),
        fullName: value('ho-ten'),
        idNumber: citizen ? value('cccd') : null,
        taxCode: citizen ? null : value('mst'),
        phone: value('dien-thoai'),
        email: value('email'),
        address: value('dia-chi')
      },
      papers: papers
    };
  }

  async function upload(code, row) {
    const file = row.querySelector('.file').files[0];
    if (!file || !row.querySelector('input[type=checkbox]').checked) {
      return null;
    }
    const data = new FormData();
    data.append('file', file);
    data.append('paperName', row.dataset.paper);
    try {
      await api('/api/dossiers/' + encodeURIComponent(code) + '/attachments', { method: 'POST', body: data });
      return null;
    } catch (error) {
      return file.name + ': ' + error.message;
    }
  }

  form.addEventListener('change', function (event) {
    if (event.target.name === 'loai') { toggleKind(); }
    if (event.target === procedureSelect) { renderPapers(); }
  });

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    if (!procedureSelect.value) {
      show(notice, new Error('Chưa chọn thủ tục'));
      return;
    }
    const button = document.getElementById('nop');
    button.disabled = true;
    try {
      const dossier = await api('/api/dossiers', { method: 'POST', json: request() });
      const failures = [];
      for (const row of papersBody.querySelectorAll('tr[data-paper]')) {
        const failure = await upload(dossier.code, row);
        if (failure) { failures.push(failure); }
      }
      form.hidden = true;
      document.getElementById('ma-ho-so').textContent = dossier.code;
      document.getElementById('xem-ho-so').href = '../ho-so/?ma=' + encodeURIComponent(dossier.code);
      document.getElementById('ket-qua').hidden = false;
      if (failures.length) {
        const error = new Error('Hồ sơ đã được tạo, nhưng chưa đính kèm được tệp; hãy đính kèm lại ở trang hồ sơ.');
        error.errors = failures.map(function (message) { return { message: message }; });
        show(notice, error);
      } else {
        show(notice, null, 'Đã tạo hồ sơ ' + dossier.code + '.');
      }
    } catch (error) {
      show(notice, error);
    } finally {
      button.disabled = false;
    }
  });

  api('/api/procedures').then(function (list) {
    procedures = list;
    list.forEach(function (procedure) {
      procedureSelect.appendChild(el('option', procedure.name + ' (' + procedure.code + ')', { value: procedure.code }));
    });
  }).catch(function (error) { show(notice, error); });
  toggleKind();
})();
