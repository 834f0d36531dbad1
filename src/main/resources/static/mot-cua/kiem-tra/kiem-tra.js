'use strict';
// The auditor's page: read-only views over /api/iso. Every value is inserted as text, never as markup,
// except the ISO document, which our server renders (Thymeleaf escapes every model value in it).
// Signed in through the Camunda webapps' session; the AJAX header makes a 401 come back to this script
// instead of the browser's own login box.
const AJAX = { 'X-Requested-With': 'XMLHttpRequest' };

const $ = (selector) => document.querySelector(selector);
const api = (path, accept = 'application/json') => fetch('/api/iso' + path, { headers: { ...AJAX, Accept: accept }, credentials: 'same-origin' })
  .then(async (response) => {
    const body = await response.text();
    if (!response.ok) {
      let message = 'Lỗi ' + response.status;
      try { message = JSON.parse(body).message || message; } catch (e) { /* not JSON */ }
      throw new Error(message);
    }
    return body;
  });
const json = (path) => api(path).then((body) => JSON.parse(body));

const dateTime = (iso) => iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }) : '';

function showError(error) {
  const box = $('#error');
  box.textContent = error.message;
  box.hidden = false;
}

function row(cells, className) {
  const tr = document.createElement('tr');
  if (className) tr.className = className;
  cells.forEach((value) => {
    const td = document.createElement('td');
    if (value instanceof Node) td.appendChild(value); else td.textContent = value == null ? '' : value;
    tr.appendChild(td);
  });
  return tr;
}

function option(value, text) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = text;
  return element;
}

function table(headers, rows) {
  const element = document.createElement('table');
  element.className = 'list';
  const head = element.createTHead().insertRow();
  headers.forEach((header) => { const th = document.createElement('th'); th.textContent = header; head.appendChild(th); });
  const body = element.createTBody();
  rows.forEach((cells) => body.appendChild(row(cells)));
  return element;
}

// --- Register -----------------------------------------------------------------------------------
let register = [];

async function loadRegister() {
  const tbody = $('#register tbody');
  register = await json('/register');
  tbody.replaceChildren();
  register.forEach((entry) => {
    const tr = row([entry.code, entry.name, entry.kindLabel, entry.currentVersion,
      dateTime(entry.deployedAt) + ' (' + (entry.deploymentName || entry.deploymentId) + ')', entry.status,
      entry.ownerUnit || '']);
    tr.classList.add('clickable');
    tr.dataset.key = entry.key;
    tr.tabIndex = 0;
    tr.addEventListener('click', () => openProcess(entry.key, entry.definitionId));
    tr.addEventListener('keydown', (event) => { if (event.key === 'Enter') openProcess(entry.key, entry.definitionId); });
    tbody.appendChild(tr);
    $('#conformance-key').appendChild(option(entry.key, entry.code + ' – ' + entry.name));
  });
  $('#register').dataset.state = 'ready';
  const wanted = new URLSearchParams(location.search).get('quy-trinh');
  const entry = register.find((e) => e.key === wanted);
  if (entry) openProcess(entry.key, entry.definitionId);
}

// --- Document and versions ----------------------------------------------------------------------
let versions = [];

async function openProcess(key, definitionId) {
  document.querySelectorAll('#register tbody tr').forEach((tr) => tr.classList.toggle('selected', tr.dataset.key === key));
  history.replaceState(null, '', '?quy-trinh=' + encodeURIComponent(key));
  versions = await json('/processes/' + encodeURIComponent(key) + '/versions');
  const select = $('#version');
  const compare = $('#compare');
  select.replaceChildren();
  compare.replaceChildren(option('', '(chọn phiên bản)'));
  versions.slice().reverse().forEach((version) => {
    const label = 'Lần ' + version.revision + ' – ' + dateTime(version.deployedAt) + ' – ' + version.status;
    select.appendChild(option(version.definitionId, label));
    compare.appendChild(option(version.definitionId, label));
  });
  select.value = definitionId;
  $('#document-section').hidden = false;
  await openDocument(definitionId);
}

async function openDocument(definitionId) {
  const container = $('#document');
  container.dataset.state = 'loading';
  $('#pdf').href = '/api/iso/definitions/' + encodeURIComponent(definitionId) + '/document.pdf';
  $('#diff').hidden = true;
  $('#compare').value = '';
  const html = await api('/definitions/' + encodeURIComponent(definitionId) + '/document', 'text/html')
    .catch((error) => { container.dataset.state = 'error'; throw error; });
  const parsed = new DOMParser().parseFromString(html, 'application/xhtml+xml');
  const body = parsed.querySelector('.iso-document');
  const style = parsed.querySelector('style');
  container.replaceChildren(...[style, body].filter(Boolean).map((node) => document.importNode(node, true)));
  container.dataset.state = 'ready';
  await drawDiagram(container.querySelector('.bpmn-diagram'));
}

/** bpmn-js draws the deployed XML the server hands out for this version. */
async function drawDiagram(element) {
  if (!element) return;
  element.dataset.state = 'loading';
  const xml = await fetch(element.dataset.xml, { headers: AJAX, credentials: 'same-origin' }).then((r) => r.text());
  const viewer = new BpmnJS({ container: element });
  try {
    await viewer.importXML(xml);
    viewer.get('canvas').zoom('fit-viewport');
    element.dataset.state = 'ready';
  } catch (error) {
    element.dataset.state = 'error';
    element.textContent = 'Không vẽ được lưu đồ: ' + error.message;
  }
}

async function showDiff(from, to) {
  const changes = await json('/diff?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to));
  const tbody = $('#diff tbody');
  tbody.replaceChildren();
  if (changes.length === 0) tbody.appendChild(row(['Không có thay đổi', '', '', '']));
  changes.forEach((change) => tbody.appendChild(row([change.label,
    change.stepName ? change.stepName + ' (' + change.subject + ')' : change.subject, change.before, change.after])));
  $('#diff').hidden = false;
}

// --- Audit trail --------------------------------------------------------------------------------
async function showTrail(code) {
  const target = $('#trail');
  target.dataset.state = 'loading';
  const trail = await json('/dossiers/' + encodeURIComponent(code) + '/trail');
  const heading = document.createElement('p');
  heading.textContent = trail.dossierCode + ' – ' + trail.procedureName + ' (' + trail.procedureCode + '), tiếp nhận '
    + dateTime(trail.receivedAt) + ', trạng thái ' + trail.status;
  const verdict = (step) => {
    const span = document.createElement('span');
    if (step.withinBudget === true) { span.className = 'good'; span.textContent = 'Đúng định mức'; }
    if (step.withinBudget === false) { span.className = 'bad'; span.textContent = 'Vượt định mức'; }
    return span;
  };
  const minutes = (m) => (m >= 60 ? Math.floor(m / 60) + ' giờ ' : '') + (m % 60) + ' phút';
  target.replaceChildren(heading,
    title('Các bước xử lý'),
    table(['Bước', 'Đơn vị', 'Người thực hiện', 'Bắt đầu', 'Kết thúc', 'Thời gian xử lý', 'Định mức', 'Hạn', 'Đánh giá'],
      trail.steps.map((s) => [s.name, s.unit, s.actor, dateTime(s.startedAt), dateTime(s.endedAt), minutes(s.minutes),
        s.budget, dateTime(s.dueAt), verdict(s)])),
    title('Thay đổi dữ liệu'),
    table(['Thời điểm', 'Người thực hiện', 'Bước', 'Dữ liệu', 'Giá trị'],
      trail.changes.map((c) => [dateTime(c.at), c.actor, c.step || c.process, c.variable, c.value])),
    title('Sự kiện của hồ sơ'),
    table(['Thời điểm', 'Người thực hiện', 'Sự kiện', 'Chi tiết'],
      trail.events.map((e) => [dateTime(e.at), e.actor, e.type, e.detail])),
    title('Tạm dừng'),
    table(['Tạm dừng lúc', 'Tiếp tục lúc', 'Lý do', 'Người thực hiện', 'Ghi chú'],
      trail.pauses.map((p) => [dateTime(p.pausedAt), dateTime(p.resumedAt), p.reason, p.by, p.note])));
  const csv = $('#trail-csv');
  csv.href = '/api/iso/dossiers/' + encodeURIComponent(code) + '/trail.csv';
  csv.hidden = false;
  target.dataset.state = 'ready';
}

function title(text) {
  const h3 = document.createElement('h3');
  h3.textContent = text;
  return h3;
}

// --- Conformance --------------------------------------------------------------------------------
async function showConformance(key, from, to) {
  const target = $('#conformance');
  target.dataset.state = 'loading';
  const result = await json('/conformance?key=' + encodeURIComponent(key) + '&from=' + from + '&to=' + to);
  const summary = document.createElement('p');
  summary.className = 'summary';
  summary.textContent = result.conforming + '/' + result.total + ' hồ sơ thực hiện đúng quy trình và định mức thời gian.';
  target.replaceChildren(summary, table(['Hồ sơ', 'Phiên bản', 'Trạng thái', 'Sai lệch'],
    result.dossiers.map((d) => [d.code, d.version, d.state, d.deviations.length ? d.deviations.join('; ') : 'Không'])));
  target.dataset.state = 'ready';
}

// --- Wiring -------------------------------------------------------------------------------------
const guarded = (work) => (...args) => work(...args).catch(showError);

document.addEventListener('DOMContentLoaded', () => {
  $('#version').addEventListener('change', guarded((event) => openDocument(event.target.value)));
  $('#compare').addEventListener('change', guarded(async (event) => {
    if (event.target.value) await showDiff(event.target.value, $('#version').value);
  }));
  $('#trail-form').addEventListener('submit', guarded(async (event) => {
    event.preventDefault();
    await showTrail($('#dossier-code').value.trim());
  }));
  $('#conformance-form').addEventListener('submit', guarded(async (event) => {
    event.preventDefault();
    await showConformance($('#conformance-key').value, $('#from').value, $('#to').value);
  }));
  const today = new Date();
  $('#to').value = today.toISOString().slice(0, 10);
  $('#from').value = new Date(today.getFullYear(), 0, 1, 12).toISOString().slice(0, 10);
  guarded(loadRegister)();
});
