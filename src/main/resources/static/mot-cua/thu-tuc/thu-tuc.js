'use strict';
// Danh mục thủ tục: reads GET /api/procedures (the deployed models) and lists it; nothing is hard-coded here.
(function () {
  const list = document.getElementById('ds');
  const status = document.getElementById('trang-thai');
  const count = document.getElementById('dem');
  const filter = document.getElementById('loc');
  let procedures = [];

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([key, value]) => node.setAttribute(key, value));
    (children || []).forEach((child) => node.append(child));
    return node;
  }

  function items(values, render) {
    if (!values.length) {
      return 'Không có';
    }
    return el('ul', {}, values.map((value) => el('li', {}, render(value))));
  }

  function row(label, value) {
    return [el('dt', {}, [label]), el('dd', {}, [value])];
  }

  function card(p) {
    const tags = el('ul', { class: 'tags', 'aria-label': 'Đặc điểm' }, [
      el('li', {}, [p.field]),
      el('li', { class: p.onlineServiceLevel === 'FULL' ? 'online' : '' }, ['Dịch vụ công trực tuyến ' + p.onlineService.toLowerCase()]),
      el('li', {}, [p.interAgency ? 'Liên thông' : 'Không liên thông'])
    ]);
    const details = el('dl', {}, [
      ...row('Thời hạn giải quyết', p.timeLimit),
      ...row('Trường hợp riêng', items(p.caseTimeLimits, (c) => [c.label + ': ' + c.timeLimit])),
      ...row('Thành phần hồ sơ', items(p.papers, (paper) => paper.reusable
        ? [paper.name + ' ', el('span', { class: 'reusable' }, ['(được tái sử dụng)'])] : [paper.name])),
      ...row('Phí, lệ phí', items(p.fees, (fee) => [fee])),
      ...row('Kết quả', p.result),
      ...row('Đơn vị giải quyết', p.unitName),
      ...row('Căn cứ pháp lý', items(p.legalBasis, (basis) => [basis])),
      ...row('Lưu trữ hồ sơ', p.retention),
      ...row('Phiên bản quy trình', p.processKey + ' v' + p.version)
    ]);
    return el('article', { class: 'procedure', 'data-code': p.code }, [
      el('h2', {}, [el('span', { class: 'code' }, [p.code]), p.name]), tags, details
    ]);
  }

  function normalise(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  function render() {
    const query = normalise(filter.value.trim());
    const shown = procedures.filter((p) => !query
      || normalise([p.code, p.name, p.field].join(' ')).includes(query));
    list.replaceChildren(...shown.map(card));
    count.textContent = shown.length + ' / ' + procedures.length + ' thủ tục';
  }

  fetch('/api/procedures', { headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' })
    .then((response) => response.json().then((body) => {
      if (!response.ok) {
        throw new Error(body.message || 'Không tải được danh mục thủ tục');
      }
      return body;
    }))
    .then((body) => {
      procedures = body;
      status.textContent = '';
      status.hidden = true;
      render();
    })
    .catch((error) => {
      status.textContent = error.message || 'Không tải được danh mục thủ tục';
    });
  filter.addEventListener('input', render);
}());
