// MotCua: Cockpit dashboard plugin (7.14+ plugin system) showing the reform plan's targets against
// this year's actuals with traffic lights, from our own /api/kpi, and a link to the full KPI page.
const STATUS = { MET: 'Đạt', NOT_MET: 'Chưa đạt', NO_DATA: 'Chưa có dữ liệu' };
const COLOURS = { MET: '#1b7f3b', NOT_MET: '#c62828', NO_DATA: '#9e9e9e' };

function text(tag, content, style) {
  const element = document.createElement(tag);
  element.textContent = content == null ? '' : content;
  if (style) { element.setAttribute('style', style); }
  return element;
}

function actual(indicator) {
  if (indicator.actual == null) { return 'Chưa có dữ liệu'; }
  return indicator.unit === '%' ? indicator.actual + ' %' : indicator.actual + ' ' + indicator.unit;
}

function render(section, body) {
  section.textContent = '';
  section.dataset.state = 'ready';
  section.appendChild(text('h3', 'Chỉ số cải cách hành chính – ' + body.period.label, 'margin-top:0'));
  const link = text('a', 'Xem đầy đủ trang chỉ số');
  link.href = '/mot-cua/chi-so/?ky=' + body.period.to.substring(0, 4);
  link.id = 'motcua-kpi-link';
  section.appendChild(link);
  const table = document.createElement('table');
  table.className = 'table table-condensed';
  const head = document.createElement('tr');
  ['', 'Chỉ tiêu', 'Mục tiêu', 'Kết quả', 'Đánh giá'].forEach((h) => head.appendChild(text('th', h)));
  table.appendChild(head);
  body.indicators.forEach((indicator) => {
    const row = document.createElement('tr');
    row.dataset.indicator = indicator.id;
    row.dataset.status = indicator.status;
    const light = text('td', '●', 'color:' + COLOURS[indicator.status] + ';font-size:18px');
    light.title = STATUS[indicator.status];
    row.appendChild(light);
    row.appendChild(text('td', indicator.name));
    row.appendChild(text('td', indicator.target ? indicator.target.text : ''));
    row.appendChild(text('td', actual(indicator), 'text-align:right'));
    row.appendChild(text('td', STATUS[indicator.status]));
    table.appendChild(row);
  });
  section.appendChild(table);
}

export default {
  id: 'motcua-kpi-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node) => {
    const section = document.createElement('section');
    section.id = 'motcua-kpi';
    section.dataset.state = 'loading';
    section.textContent = 'Đang tải chỉ số cải cách hành chính…';
    node.appendChild(section);
    // No period: the server's current year (its clock, the commune's zone), not the browser's.
    fetch('/api/kpi/indicators', {
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' }
    }).then((response) => {
      if (!response.ok) {
        throw new Error(response.status === 403 ? 'Tài khoản không có quyền xem chỉ số cải cách hành chính.'
          : 'Không tải được chỉ số cải cách hành chính (mã ' + response.status + ').');
      }
      return response.json();
    }).then((body) => render(section, body)).catch((error) => {
      section.textContent = error.message;
      section.dataset.state = 'error';
    });
  }
};
