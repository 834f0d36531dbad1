// KPI page: the plan's indicators, the 766 groups, breakdowns, the official statistics table and
// drill-down, all from /api/kpi (read-only). Charts use ECharts served from our own WebJar.
(function () {
  'use strict';

  const STATUS = { MET: 'Đạt', NOT_MET: 'Chưa đạt', NO_DATA: 'Chưa có dữ liệu' };
  const CHANNEL = { ONLINE: 'Trực tuyến', COUNTER: 'Trực tiếp', POST: 'Bưu chính công ích' };
  const MEASURE = { RESOLVED: 'đã giải quyết', EARLY: 'trước hạn', ON_TIME: 'đúng hạn', LATE: 'quá hạn',
    RECEIVED: 'tiếp nhận', ONLINE: 'nộp trực tuyến', DIGITIZED: 'đã số hóa', NOT_DIGITIZED: 'chưa số hóa',
    WITHDRAWN: 'dừng giải quyết', CANCELLED: 'đã hủy', RESUBMITTED: 'phải nộp lại giấy tờ đã có',
    NOT_IDENTIFIED: 'trực tuyến chưa xác thực định danh điện tử', NOT_CONFORMING: 'chưa đúng quy trình',
    NOT_SATISFIED: 'bị đánh giá không hài lòng', SERVICE_NOT_SATISFIED: 'không hài lòng về thái độ phục vụ' };
  const ENGINE_MEASURES = { 'TTHC-ONTIME': 'LATE', 'DIGITIZED-RESULTS': 'NOT_DIGITIZED', 'ONLINE-INTAKE': 'ONLINE',
    'E-TRANSFER': 'RESOLVED', 'NO-RESUBMIT': 'RESUBMITTED', 'EID-USERS': 'NOT_IDENTIFIED',
    'ISO-PROCEDURES': 'NOT_CONFORMING', 'TTHC-SATISF': 'NOT_SATISFIED', 'SVC-SATISF': 'SERVICE_NOT_SATISFIED' };
  const $ = (id) => document.getElementById(id);
  const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  let query = '';
  let breakdownBy = 'unit';

  function fetchJson(path) {
    return fetch(path, { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' } })
      .then((response) => {
        if (response.status === 401) { throw new Error('Cần đăng nhập để xem chỉ số.'); }
        if (response.status === 403) { throw new Error('Tài khoản của bạn không có quyền xem chỉ số cải cách hành chính.'); }
        return response.json().then((body) => {
          if (!response.ok) { throw new Error(body.message || 'Không tải được dữ liệu.'); }
          return body;
        });
      });
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : text;
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  function drillLink(td, value, measure, extra) {
    td.textContent = '';
    const a = document.createElement('a');
    a.href = '#drill-title';
    a.className = 'drill';
    a.textContent = value;
    a.dataset.measure = measure;
    a.addEventListener('click', () => drill(measure, extra || ''));
    td.appendChild(a);
  }

  function percent(value) {
    return value == null ? '—' : number.format(value) + ' %';
  }

  function targetText(target) {
    return target ? target.text : '—';
  }

  function renderIndicators(body) {
    $('period-label').textContent = body.period.label;
    const tbody = document.querySelector('#indicators tbody');
    tbody.textContent = '';
    body.indicators.forEach((indicator) => {
      const tr = document.createElement('tr');
      tr.dataset.indicator = indicator.id;
      cell(tr, indicator.id);
      cell(tr, indicator.name + ' (mục ' + indicator.planSection + ')');
      cell(tr, targetText(indicator.target));
      cell(tr, targetText(indicator.target2025));
      cell(tr, targetText(indicator.target2030));
      const actual = indicator.actual == null ? 'Chưa có dữ liệu'
        : indicator.unit === '%' ? percent(indicator.actual) : number.format(indicator.actual) + ' ' + indicator.unit;
      const actualCell = cell(tr, actual, 'num actual');
      if (indicator.denominator != null && indicator.actual != null) {
        actualCell.title = indicator.numerator + ' / ' + indicator.denominator + ' hồ sơ';
      }
      const status = cell(tr, '', 'status');
      status.dataset.status = indicator.status;
      const light = document.createElement('span');
      light.className = 'light ' + indicator.status;
      status.append(light, STATUS[indicator.status]);
      const note = cell(tr, indicator.note || '', 'note');
      (indicator.evidence || []).forEach((evidence) => {
        const p = document.createElement('div');
        p.textContent = 'Minh chứng: ' + evidence.evidence + ' — nhập bởi ' + evidence.enteredBy + ' ('
          + evidence.unitId + '), kỳ ' + evidence.periodStart + ' – ' + evidence.periodEnd;
        note.appendChild(p);
      });
      const measure = ENGINE_MEASURES[indicator.id];
      if (measure && indicator.denominator) {
        const p = document.createElement('div');
        const a = document.createElement('a');
        a.href = '#drill-title';
        a.textContent = 'Xem hồ sơ ' + MEASURE[measure];
        a.dataset.measure = measure;
        a.addEventListener('click', () => drill(measure, ''));
        p.appendChild(a);
        note.appendChild(p);
      }
      tbody.appendChild(tr);
    });
    $('indicators').dataset.state = 'ready';
  }

  function renderBreakdown(body) {
    const names = { unit: 'Đơn vị', procedure: 'Thủ tục', field: 'Lĩnh vực', channel: 'Kênh nộp' };
    $('breakdown-key').textContent = names[breakdownBy];
    document.querySelectorAll('.tabs button').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.by === breakdownBy)));
    const tbody = document.querySelector('#breakdown tbody');
    tbody.textContent = '';
    body.rows.forEach((row) => {
      const tr = document.createElement('tr');
      tr.dataset.key = row.key;
      const filter = '&' + breakdownBy + '=' + encodeURIComponent(row.key);
      cell(tr, breakdownBy === 'channel' ? CHANNEL[row.key] || row.key : row.key || 'Chưa xác định');
      drillLink(cell(tr, '', 'num'), row.received, 'RECEIVED', filter);
      drillLink(cell(tr, '', 'num'), row.resolved, 'RESOLVED', filter);
      drillLink(cell(tr, '', 'num'), row.early, 'EARLY', filter);
      drillLink(cell(tr, '', 'num'), row.onTime, 'ON_TIME', filter);
      drillLink(cell(tr, '', 'num'), row.late, 'LATE', filter);
      cell(tr, percent(row.onTimeRate), 'num');
      cell(tr, percent(row.digitizedRate), 'num');
      cell(tr, row.rated ? percent(row.satisfiedRate) + ' (' + row.rated + ' đánh giá)' : 'Chưa có đánh giá', 'num satisfied');
      cell(tr, row.withdrawn + row.cancelled, 'num');
      tbody.appendChild(tr);
    });
    if (breakdownBy === 'procedure') { renderProcedureChart(body.rows); }
  }

  function renderQuality(body) {
    const tbody = document.querySelector('#quality tbody');
    tbody.textContent = '';
    body.groups.forEach((group) => {
      const tr = document.createElement('tr');
      tr.className = 'group';
      const name = cell(tr, group.code + '. ' + group.name);
      name.style.fontWeight = '600';
      cell(tr, '');
      cell(tr, '');
      cell(tr, group.maxPoints, 'num');
      cell(tr, group.points == null ? 'Chưa đủ dữ liệu' : number.format(group.points), 'num');
      cell(tr, '');
      tbody.appendChild(tr);
      group.items.forEach((item) => {
        const line = document.createElement('tr');
        line.dataset.item = item.code;
        cell(line, item.code + ' ' + item.name);
        cell(line, item.value == null ? 'Chưa có dữ liệu' : (item.code === '2.2' ? number.format(item.value) + ' ngày' : percent(item.value)), 'num');
        cell(line, item.threshold || '—');
        cell(line, item.maxPoints == null ? '—' : item.maxPoints, 'num');
        cell(line, item.points == null ? '—' : number.format(item.points), 'num');
        cell(line, item.note, 'note');
        tbody.appendChild(line);
      });
    });
  }

  function renderStatistics(table) {
    const tbody = document.querySelector('#statistics tbody');
    tbody.textContent = '';
    table.lines.concat([Object.assign({ total: true }, table.total)]).forEach((line) => {
      const tr = document.createElement('tr');
      tr.dataset.field = line.total ? 'TOTAL' : line.field;
      const filter = line.total || !line.field ? '' : '&field=' + encodeURIComponent(line.field);
      cell(tr, line.total ? 'Tổng cộng' : line.field || 'Chưa xác định lĩnh vực');
      const received = line.carriedOver + line.newOnline + line.newCounterOrPost;
      const resolved = line.resolvedEarly + line.resolvedOnTime + line.resolvedLate;
      const open = line.inProgressNotDue + line.inProgressOverdue;
      [received, line.newOnline, line.newCounterOrPost, line.carriedOver].forEach((v) => cell(tr, v, 'num'));
      drillLink(cell(tr, '', 'num'), resolved, 'RESOLVED', filter);
      drillLink(cell(tr, '', 'num'), line.resolvedEarly, 'EARLY', filter);
      drillLink(cell(tr, '', 'num'), line.resolvedOnTime, 'ON_TIME', filter);
      drillLink(cell(tr, '', 'num'), line.resolvedLate, 'LATE', filter);
      [open, line.inProgressNotDue, line.inProgressOverdue, line.paused, line.withdrawnOrCancelled].forEach((v) => cell(tr, v, 'num'));
      if (line.total) { tr.style.fontWeight = '600'; }
      tbody.appendChild(tr);
    });
    $('xlsx').href = '/api/kpi/statistics.xlsx?' + query;
    $('csv').href = '/api/kpi/statistics.csv?' + query;
  }

  function chart(id) {
    if (!window.echarts) { return null; }
    const node = $(id);
    return window.echarts.getInstanceByDom(node) || window.echarts.init(node);
  }

  function renderTrend(body) {
    const c = chart('trend-chart');
    if (!c) { return; }
    const months = body.months.map((m) => m.key);
    c.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: ['Đã giải quyết', 'Quá hạn', 'Tỷ lệ đúng hạn (%)'] },
      xAxis: { type: 'category', data: months },
      yAxis: [{ type: 'value', name: 'Hồ sơ' }, { type: 'value', name: '%', min: 0, max: 100 }],
      series: [
        { name: 'Đã giải quyết', type: 'bar', data: body.months.map((m) => m.resolved) },
        { name: 'Quá hạn', type: 'bar', data: body.months.map((m) => m.late) },
        { name: 'Tỷ lệ đúng hạn (%)', type: 'line', yAxisIndex: 1, data: body.months.map((m) => m.onTimeRate) }
      ]
    }, true);
    $('trend-chart').dataset.months = String(months.length);
  }

  function renderProcedureChart(rows) {
    const c = chart('procedure-chart');
    if (!c) { return; }
    c.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: ['Tỷ lệ đúng hạn (%)', 'Tỷ lệ số hóa (%)'] },
      xAxis: { type: 'category', data: rows.map((r) => r.key) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        { name: 'Tỷ lệ đúng hạn (%)', type: 'bar', data: rows.map((r) => r.onTimeRate) },
        { name: 'Tỷ lệ số hóa (%)', type: 'bar', data: rows.map((r) => r.digitizedRate) }
      ]
    }, true);
    $('procedure-chart').dataset.procedures = String(rows.length);
  }

  function drill(measure, filter) {
    fetchJson('/api/kpi/dossiers?measure=' + measure + '&' + query + filter).then((body) => {
      $('drill-caption').textContent = body.dossiers.length + ' hồ sơ ' + MEASURE[measure]
        + (body.truncated ? ' (chỉ hiện 1.000 hồ sơ đầu)' : '');
      const list = $('drill');
      list.textContent = '';
      body.dossiers.forEach((d) => {
        const li = document.createElement('li');
        li.textContent = d.code + ' — ' + d.procedureName;
        list.appendChild(li);
      });
    }).catch(showError);
  }

  function loadBreakdown() {
    return fetchJson('/api/kpi/breakdown?by=' + breakdownBy + '&' + query).then(renderBreakdown);
  }

  function showError(error) {
    $('error').hidden = false;
    $('error').textContent = error.message;
    $('indicators').dataset.state = 'error';
  }

  function load() {
    $('error').hidden = true;
    // One request after the other: each is a few milliseconds, and the webapps' session is then never
    // checked by parallel requests (seen to answer one of six parallel requests with 401).
    fetchJson('/api/kpi/indicators?' + query).then(renderIndicators)
      .then(() => fetchJson('/api/kpi/service-quality?' + query)).then(renderQuality)
      .then(() => fetchJson('/api/kpi/statistics?' + query)).then(renderStatistics)
      .then(() => fetchJson('/api/kpi/trend?' + query)).then(renderTrend)
      .then(() => fetchJson('/api/kpi/breakdown?by=procedure&' + query)).then((body) => renderProcedureChart(body.rows))
      .then(loadBreakdown)
      .catch(showError);
  }

  function fillParts() {
    const kind = $('kind').value;
    const part = $('part');
    part.textContent = '';
    const options = kind === 'half' ? [['H1', '6 tháng đầu năm'], ['H2', '6 tháng cuối năm']]
      : kind === 'quarter' ? [['Q1', 'Quý I'], ['Q2', 'Quý II'], ['Q3', 'Quý III'], ['Q4', 'Quý IV']]
        : kind === 'month' ? Array.from({ length: 12 }, (_, i) => [String(i + 1).padStart(2, '0'), 'Tháng ' + (i + 1)]) : [];
    options.forEach(([value, label]) => part.add(new Option(label, value)));
    part.hidden = options.length === 0;
    $('year').hidden = kind === 'custom';
    $('custom-range').hidden = kind !== 'custom';
  }

  function periodFromForm() {
    const kind = $('kind').value;
    const year = $('year').value;
    if (kind === 'custom') { return 'from=' + $('from').value + '&to=' + $('to').value; }
    if (kind === 'year') { return 'period=' + year; }
    return 'period=' + year + '-' + $('part').value;
  }

  function formFromQuery(params) {
    const period = params.get('ky');
    if (params.get('tu') && params.get('den')) {
      $('kind').value = 'custom';
      $('from').value = params.get('tu');
      $('to').value = params.get('den');
      fillParts();
      return 'from=' + params.get('tu') + '&to=' + params.get('den');
    }
    const value = period || String(new Date().getFullYear());
    const match = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/.exec(value);
    const year = match ? match[1] : String(new Date().getFullYear());
    const part = match && match[2];
    $('kind').value = !part ? 'year' : part[0] === 'Q' ? 'quarter' : part[0] === 'H' ? 'half' : 'month';
    $('year').value = year;
    fillParts();
    if (part) { $('part').value = part; }
    return 'period=' + (match ? value : year);
  }

  document.addEventListener('DOMContentLoaded', () => {
    query = formFromQuery(new URLSearchParams(location.search));
    $('kind').addEventListener('change', fillParts);
    $('period-form').addEventListener('submit', (event) => {
      event.preventDefault();
      query = periodFromForm();
      const params = new URLSearchParams(query);
      const shown = params.has('period') ? '?ky=' + params.get('period') : '?tu=' + params.get('from') + '&den=' + params.get('to');
      history.replaceState(null, '', shown);
      load();
    });
    document.querySelectorAll('.tabs button').forEach((button) => button.addEventListener('click', () => {
      breakdownBy = button.dataset.by;
      loadBreakdown().catch(showError);
    }));
    load();
  });
}());
