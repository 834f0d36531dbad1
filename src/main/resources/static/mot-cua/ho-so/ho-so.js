// One dossier as its readers (DossierReaders) see it from any task: facts, papers, files, official forms and history.
(function () {
  'use strict';

  const { api, show, dateTime, el } = window.MotCua;
  const code = new URLSearchParams(location.search).get('ma');
  const notice = document.getElementById('thong-bao');
  const base = '/api/dossiers/' + encodeURIComponent(code || '');

  function row(body, cells) {
    const tr = el('tr');
    cells.forEach(function (cell) {
      const td = el('td');
      if (cell instanceof Node) { td.appendChild(cell); } else { td.textContent = cell === null || cell === undefined ? '—' : cell; }
      tr.appendChild(td);
    });
    body.appendChild(tr);
  }

  function size(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function renderDossier(d) {
    document.title = 'Hồ sơ ' + d.code + ' – Một cửa';
    document.getElementById('ma').textContent = d.code;
    document.getElementById('trang-thai').textContent = d.statusLabel + (d.statusReason ? ': ' + d.statusReason : '');
    const facts = document.getElementById('thong-tin');
    facts.innerHTML = '';
    [
      ['Thủ tục', d.procedureName + ' (' + d.procedureCode + ')'],
      ['Người nộp', d.applicantName],
      ['Hình thức nộp', d.channelLabel],
      ['Ngày nộp', dateTime(d.receivedAt)],
      ['Ngày tiếp nhận', dateTime(d.acceptedAt)],
      ['Hẹn trả kết quả', dateTime(d.appointmentAt)],
      ['Hẹn lại (phiếu xin lỗi)', d.extendedAppointmentAt ? dateTime(d.extendedAppointmentAt) + ' – ' + d.delayReason : null],
      ['Kết quả giải quyết', d.timelinessLabel ? d.timelinessLabel + ' (' + dateTime(d.finishedAt) + ')' : null],
      ['Số hóa thành phần hồ sơ', d.componentsDigitized ? 'Đã số hóa' : 'Chưa số hóa'],
      ['Chuyển xử lý điện tử', d.transferredElectronically ? 'Có' : 'Chưa']
    ].filter(function (pair) { return pair[1]; }).forEach(function (pair) {
      const tr = el('tr');
      tr.appendChild(el('th', pair[0], { scope: 'row' }));
      tr.appendChild(el('td', pair[1]));
      facts.appendChild(tr);
    });

    const papers = document.getElementById('giay-to');
    const paperSelect = document.getElementById('thuoc-giay-to');
    papers.innerHTML = '';
    d.papers.forEach(function (p) {
      row(papers, [p.name, p.originals, p.copies, p.reused ? 'Có' : 'Không']);
      paperSelect.appendChild(el('option', p.name, { value: p.name }));
    });

    const forms = document.getElementById('mau');
    forms.innerHTML = '';
    d.forms.forEach(function (f) {
      const li = el('li');
      li.appendChild(el('a', 'Mẫu số ' + f.number + ': ' + f.title, { href: base + '/papers/' + f.number, target: '_blank', rel: 'noopener' }));
      forms.appendChild(li);
    });

    const events = document.getElementById('su-kien');
    events.innerHTML = '';
    d.events.forEach(function (e) { row(events, [dateTime(e.at), e.label, e.detail, e.actor]); });
    ['tom-tat', 'thanh-phan', 'phieu', 'lich-su'].forEach(function (id) { document.getElementById(id).hidden = false; });
  }

  function renderFiles(files) {
    const body = document.getElementById('tep');
    body.innerHTML = '';
    if (!files.length) {
      row(body, ['Chưa có tệp đính kèm', '', '', '', '']);
    }
    files.forEach(function (f) {
      const link = el('a', f.fileName, { href: base + '/attachments/' + f.id, target: '_blank', rel: 'noopener' });
      row(body, [link, f.paperName, size(f.sizeBytes), f.uploadedBy, dateTime(f.uploadedAt)]);
    });
    document.getElementById('dinh-kem').hidden = false;
  }

  async function load() {
    if (!code) {
      show(notice, new Error('Thiếu mã hồ sơ trong địa chỉ trang (?ma=...)'));
      return;
    }
    try {
      renderDossier(await api(base));
      renderFiles(await api(base + '/attachments'));
    } catch (error) {
      if (error.status === 404) {
        // Units read only the dossiers they process: the server answers as if others did not exist.
        error.message += '. Bộ phận chuyên môn chỉ xem được hồ sơ của thủ tục do bộ phận mình giải quyết '
          + 'hoặc có bước xử lý được giao cho bộ phận mình.';
      }
      show(notice, error);
    }
  }

  document.getElementById('tai-len').addEventListener('submit', async function (event) {
    event.preventDefault();
    const file = document.getElementById('tep-moi').files[0];
    if (!file) {
      show(notice, new Error('Chưa chọn tệp'));
      return;
    }
    const data = new FormData();
    data.append('file', file);
    const paper = document.getElementById('thuoc-giay-to').value;
    if (paper) { data.append('paperName', paper); }
    try {
      await api(base + '/attachments', { method: 'POST', body: data });
      event.target.reset();
      show(notice, null, 'Đã đính kèm ' + file.name + '.');
      await load();
    } catch (error) {
      show(notice, error);
    }
  });

  load();
})();
