/*
 * Trang lịch làm việc (/lich/): lịch tháng và máy tính hạn trả kết quả.
 * Plain JavaScript, no build step, nothing from the internet: only the public calendar API of this server.
 *   GET /api/calendar/days?from=YYYY-MM-DD&to=YYYY-MM-DD
 *   GET /api/calendar/deadline?start=YYYY-MM-DDTHH:mm&amount=N&unit=...
 * All dates are handled as "YYYY-MM-DD" strings or UTC Date objects, so the browser's own time zone never
 * matters; "today" is computed in Asia/Ho_Chi_Minh.
 */
(function () {
  'use strict';

  var ZONE = 'Asia/Ho_Chi_Minh';
  var API = '../api/calendar';
  var FIRST_YEAR = 1900;
  var LAST_YEAR = 2099;
  var DAY_MS = 86400000;

  /* Indexed by Date.getUTCDay() (0 = Sunday). */
  var WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
  var STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
  var BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];
  var KIND_TEXT = {
    working: 'Ngày làm việc',
    weekend: 'Nghỉ hằng tuần',
    holiday: 'Nghỉ lễ, Tết',
    compensatory: 'Nghỉ bù',
    swapped: 'Nghỉ hoán đổi',
    makeup: 'Ngày làm việc (làm bù)'
  };
  var UNIT_TEXT = {
    WORKING_DAYS: 'ngày làm việc',
    WORKING_HOURS: 'giờ làm việc',
    CALENDAR_DAYS: 'ngày (kể cả ngày nghỉ)',
    SAME_DAY: 'trả trong ngày'
  };
  var ESTIMATED = 'Ước tính — chưa có thông báo chính thức';

  var el = {};
  var state = { year: 0, month: 0, selected: null, token: 0, notice: null };
  var years = {};

  /* ------------------------------------------------------------------ dates */

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function utc(y, m, d) {
    return new Date(Date.UTC(y, m - 1, d));
  }

  function iso(date) {
    return date.getUTCFullYear() + '-' + pad(date.getUTCMonth() + 1) + '-' + pad(date.getUTCDate());
  }

  function parseIso(text) {
    var p = text.split('-');
    return utc(Number(p[0]), Number(p[1]), Number(p[2]));
  }

  function monthKey(y, m) {
    return y + '-' + pad(m);
  }

  /** "thứ Hai, ngày 03/02/2025" */
  function longDate(date) {
    return WEEKDAYS[date.getUTCDay()] + ', ngày ' + pad(date.getUTCDate()) + '/' + pad(date.getUTCMonth() + 1)
        + '/' + date.getUTCFullYear();
  }

  /** "03/02" */
  function shortDate(date) {
    return pad(date.getUTCDate()) + '/' + pad(date.getUTCMonth() + 1);
  }

  function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** Date and time now in Vietnam, whatever the browser's zone. */
  function nowInVietnam() {
    return partsInVietnam(new Date());
  }

  function partsInVietnam(instant) {
    var parts = {};
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(instant).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return {
      date: parts.year + '-' + parts.month + '-' + parts.day,
      hour: Number(parts.hour) % 24,
      minute: parts.minute
    };
  }

  /** "17 giờ 00, thứ Hai, ngày 03/02/2025" for an ISO instant with offset. */
  function moment(text) {
    var p = partsInVietnam(new Date(text));
    return p.hour + ' giờ ' + p.minute + ', ' + longDate(parseIso(p.date));
  }

  /* ------------------------------------------------------------------ lunar */

  function canChi(year) {
    return STEMS[((year - 4) % 10 + 10) % 10] + ' ' + BRANCHES[((year - 4) % 12 + 12) % 12];
  }

  function lunarParts(day) {
    var p = day.lunarDate.split('-');
    return { year: Number(p[0]), month: Number(p[1]), day: Number(p[2]), leap: day.leapMonth };
  }

  function lunarMonthName(month) {
    return month === 1 ? 'Giêng' : month === 12 ? 'Chạp' : String(month);
  }

  /** "mùng 1 tháng Giêng năm Bính Ngọ", "ngày 2 tháng 6 nhuận năm Ất Tỵ" */
  function lunarText(l) {
    return (l.day <= 10 ? 'mùng ' : 'ngày ') + l.day + ' tháng ' + lunarMonthName(l.month)
        + (l.leap ? ' nhuận' : '') + ' năm ' + canChi(l.year);
  }

  /* ------------------------------------------------------------------ API */

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .catch(function () {
          throw new Error('Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.');
        })
        .then(function (response) {
          return response.json().catch(function () {
            return null;
          }).then(function (body) {
            if (!response.ok) {
              throw new Error(body && body.message ? body.message
                  : 'Máy chủ trả lỗi (mã ' + response.status + '). Vui lòng thử lại.');
            }
            return body;
          });
        });
  }

  /** One request per calendar year, kept: it also tells whether the year is official or estimated. */
  function loadYear(year) {
    if (!years[year]) {
      years[year] = getJson(API + '/days?from=' + year + '-01-01&to=' + year + '-12-31').then(function (list) {
        var byDate = {};
        var estimated = false;
        list.forEach(function (day) {
          byDate[day.date] = day;
          estimated = estimated || day.estimated;
        });
        return { days: byDate, estimated: estimated };
      });
      years[year].catch(function () {
        delete years[year];
      });
    }
    return years[year];
  }

  /* ------------------------------------------------------------------ classification */

  /** The API gives working + name; the kind of a named day follows the wording of the official lists. */
  function kindOf(day, date) {
    var weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    if (!day) {
      return weekend ? 'weekend' : 'working';
    }
    if (day.name) {
      if (day.working) {
        return 'makeup';
      }
      if (/^Nghỉ bù/.test(day.name)) {
        return 'compensatory';
      }
      if (/^Nghỉ hoán đổi/.test(day.name)) {
        return 'swapped';
      }
      return 'holiday';
    }
    return day.working ? 'working' : 'weekend';
  }

  /** "Tết Nguyên đán (mùng 1 tháng Giêng)" → ["Tết Nguyên đán", " (mùng 1 tháng Giêng)"] */
  function splitName(name) {
    var prefix = /^(Làm bù|Nghỉ bù|Nghỉ hoán đổi)(.*)$/.exec(name);
    if (prefix) {
      return [prefix[1], prefix[2]];
    }
    var open = name.indexOf(' (');
    return open > 0 ? [name.slice(0, open), name.slice(open)] : [name, ''];
  }

  /* ------------------------------------------------------------------ month grid */

  function node(tag, className, text) {
    var element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (text !== undefined && text !== null) {
      element.textContent = text;
    }
    return element;
  }

  function describe(date, day, kind) {
    var lines = [capitalise(longDate(date))];
    if (day) {
      lines.push('Âm lịch: ' + lunarText(lunarParts(day)));
    }
    if (day && day.name) {
      lines.push(KIND_TEXT[kind] + ': ' + day.name);
      lines.push('Căn cứ: ' + day.source);
      if (day.estimated) {
        lines.push(ESTIMATED);
      }
    } else {
      lines.push(KIND_TEXT[kind]);
    }
    return lines;
  }

  function cell(date, data, today) {
    var key = iso(date);
    var year = data[date.getUTCFullYear()];
    var day = year ? year.days[key] : null;
    var kind = kindOf(day, date);
    var outside = date.getUTCMonth() + 1 !== state.month;

    var td = node('td', 'day kind-' + kind);
    td.setAttribute('data-date', key);
    td.setAttribute('data-kind', kind);
    if (outside) {
      td.classList.add('outside');
    }
    if (day && day.estimated) {
      td.classList.add('estimated');
    }
    if (key === today) {
      td.classList.add('today');
    }
    if (key === state.selected) {
      td.classList.add('selected');
    }

    var button = node('button', 'day-btn');
    button.type = 'button';
    var lines = describe(date, day, kind);
    button.title = lines.join('\n');
    button.setAttribute('aria-label', (key === today ? 'Hôm nay, ' : '') + lines.join('. '));
    if (key === today) {
      button.setAttribute('aria-current', 'date');
    }

    var top = node('span', 'top');
    top.appendChild(node('span', 'solar', String(date.getUTCDate())));
    if (day) {
      var l = lunarParts(day);
      var first = l.day === 1 || date.getUTCDate() === 1;
      var lunar = node('span', 'lunar' + (l.day === 1 ? ' lunar-first' : ''),
          first ? l.day + '/' + l.month : String(l.day));
      if (first && l.leap) {
        lunar.appendChild(node('span', 'leap', ' nhuận'));
      }
      top.appendChild(lunar);
    }
    button.appendChild(top);

    if (day && day.name) {
      day.name.split('; ').forEach(function (name) {
        var parts = splitName(name);
        var label = node('span', 'name', parts[0]);
        if (parts[1]) {
          label.appendChild(node('span', 'name-more', parts[1]));
        }
        button.appendChild(label);
      });
      if (day.estimated) {
        button.appendChild(node('span', 'tag-estimated', 'Ước tính'));
      }
    }
    button.addEventListener('click', function () {
      select(key);
    });
    td.appendChild(button);
    return td;
  }

  function render(year, month, history) {
    if (history === 'push') {
      state.notice = null; // the user has chosen a month: the warning about the address no longer applies
    }
    state.year = year;
    state.month = month;
    var token = ++state.token;
    var key = monthKey(year, month);

    el.title.textContent = 'Tháng ' + month + ' năm ' + year;
    el.jumpMonth.value = String(month);
    el.jumpYear.value = String(year);
    el.prev.disabled = year === FIRST_YEAR && month === 1;
    el.next.disabled = year === LAST_YEAR && month === 12;
    document.title = 'Lịch làm việc tháng ' + month + '/' + year + ' – Một cửa';
    if (history) {
      var url = '?thang=' + key;
      if (history === 'push') {
        window.history.pushState({ thang: key }, '', url);
      } else {
        window.history.replaceState({ thang: key }, '', url);
      }
    }

    var first = utc(year, month, 1);
    var last = utc(year, month + 1, 0);
    var start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * DAY_MS);
    var end = new Date(last.getTime() + ((7 - last.getUTCDay()) % 7) * DAY_MS);
    var needed = [];
    for (var y = start.getUTCFullYear(); y <= end.getUTCFullYear(); y++) {
      if (y >= FIRST_YEAR && y <= LAST_YEAR) {
        needed.push(y);
      }
    }

    el.grid.setAttribute('aria-busy', 'true');
    el.grid.setAttribute('data-state', 'loading');
    Promise.all(needed.map(function (y) {
      return loadYear(y).then(function (data) {
        return [y, data];
      });
    })).then(function (loaded) {
      var data = {};
      loaded.forEach(function (entry) {
        data[entry[0]] = entry[1];
      });
      return { data: data, error: null };
    }, function (error) {
      return { data: {}, error: error };
    }).then(function (result) {
      if (token !== state.token) {
        return; // the user has moved on to another month
      }
      draw(start, end, result.data);
      summarise(first, last, result.data[year], !!result.error);
      showError(el.calendarError, result.error ? 'Không tải được lịch: ' + result.error.message : state.notice);
      var current = result.data[year];
      if (current && current.estimated) {
        el.estimate.textContent = '';
        el.estimate.appendChild(node('strong', null, 'Năm ' + year + ': ' + ESTIMATED + '.'));
        el.estimate.appendChild(document.createTextNode(
            ' Ngày nghỉ lễ, Tết được ước tính theo Bộ luật Lao động 2019 và có thể thay đổi.'));
        el.estimate.hidden = false;
      } else {
        el.estimate.hidden = true;
      }
      el.lunarYear.textContent = lunarYears(first, last, current);
      el.grid.setAttribute('data-month', key);
      el.grid.setAttribute('aria-busy', 'false');
      el.grid.setAttribute('data-state', result.error ? 'error' : 'ready');
      if (state.selected && state.selected.slice(0, 7) === key) {
        showDetail(state.selected);
      }
    });
  }

  function draw(start, end, data) {
    var today = nowInVietnam().date;
    var body = document.createDocumentFragment();
    var row;
    for (var t = start.getTime(); t <= end.getTime(); t += DAY_MS) {
      var date = new Date(t);
      if (date.getUTCDay() === 1) {
        row = node('tr');
        body.appendChild(row);
      }
      row.appendChild(cell(date, data, today));
    }
    el.body.textContent = '';
    el.body.appendChild(body);
    el.loaded = data;
  }

  /** "Âm lịch: tháng Chạp năm Ất Tỵ – tháng Giêng năm Bính Ngọ" */
  function lunarYears(first, last, current) {
    if (!current) {
      return '';
    }
    var a = current.days[iso(first)];
    var b = current.days[iso(last)];
    if (!a || !b) {
      return '';
    }
    var la = lunarParts(a);
    var lb = lunarParts(b);
    var from = 'tháng ' + lunarMonthName(la.month) + (la.leap ? ' nhuận' : '');
    var to = 'tháng ' + lunarMonthName(lb.month) + (lb.leap ? ' nhuận' : '');
    if (la.year === lb.year) {
      return 'Âm lịch: ' + (from === to ? from : from + ' – ' + to) + ' năm ' + canChi(la.year);
    }
    return 'Âm lịch: ' + from + ' năm ' + canChi(la.year) + ' – ' + to + ' năm ' + canChi(lb.year);
  }

  /** The month's named days, consecutive days of one holiday grouped: "16/02 – 20/02 Tết Nguyên đán". */
  function summarise(first, last, yearData, failed) {
    var groups = [];
    for (var t = first.getTime(); yearData && t <= last.getTime(); t += DAY_MS) {
      var date = new Date(t);
      var day = yearData.days[iso(date)];
      if (!day || !day.name) {
        continue;
      }
      var kind = kindOf(day, date);
      var label = splitName(day.name)[0];
      var group = groups[groups.length - 1];
      if (group && group.kind === kind && group.label === label && group.last.getTime() + DAY_MS === t) {
        group.last = date;
        group.names.push(day.name);
      } else {
        groups.push({ kind: kind, label: label, first: date, last: date, names: [day.name], day: day });
      }
    }
    el.summary.textContent = '';
    if (!groups.length) {
      el.summary.appendChild(node('li', 'none', failed ? 'Chưa tải được dữ liệu.'
          : 'Không có ngày nghỉ lễ, nghỉ bù hay làm bù trong tháng này.'));
      return;
    }
    groups.forEach(function (group) {
      var li = node('li', 'kind-' + group.kind);
      var span = group.first.getTime() === group.last.getTime()
          ? shortDate(group.first) + ' (' + WEEKDAYS[group.first.getUTCDay()] + ')'
          : shortDate(group.first) + ' – ' + shortDate(group.last) + ' (' + WEEKDAYS[group.first.getUTCDay()] + ' – '
            + WEEKDAYS[group.last.getUTCDay()] + ')';
      li.appendChild(node('span', 'when', span));
      li.appendChild(node('span', 'what', group.names.length > 1 ? group.label : group.names[0]));
      li.appendChild(node('span', 'badge', KIND_TEXT[group.kind]));
      if (group.day.estimated) {
        li.appendChild(node('span', 'tag-estimated', 'Ước tính'));
      }
      li.title = 'Căn cứ: ' + group.day.source;
      el.summary.appendChild(li);
    });
  }

  /* ------------------------------------------------------------------ day detail */

  function select(key) {
    state.selected = key;
    Array.prototype.forEach.call(el.body.querySelectorAll('td.selected'), function (td) {
      td.classList.remove('selected');
    });
    var td = el.body.querySelector('td[data-date="' + key + '"]');
    if (td) {
      td.classList.add('selected');
    }
    showDetail(key);
  }

  function showDetail(key) {
    var date = parseIso(key);
    var year = el.loaded && el.loaded[date.getUTCFullYear()];
    var day = year ? year.days[key] : null;
    var kind = kindOf(day, date);
    el.detail.textContent = '';
    el.detail.className = 'detail kind-' + kind;
    el.detail.appendChild(node('h3', null, capitalise(longDate(date))));
    if (day) {
      el.detail.appendChild(node('p', null, 'Âm lịch: ' + lunarText(lunarParts(day))));
    }
    var status = node('p', 'status');
    status.appendChild(node('span', 'badge', KIND_TEXT[kind]));
    if (day && day.name) {
      status.appendChild(document.createTextNode(' '));
      status.appendChild(node('strong', null, day.name));
    }
    el.detail.appendChild(status);
    if (day && day.source) {
      el.detail.appendChild(node('p', 'source', 'Căn cứ: ' + day.source));
    }
    if (day && day.estimated) {
      el.detail.appendChild(node('p', 'estimated-note', ESTIMATED));
    }
  }

  function showError(target, message) {
    target.textContent = message || '';
    target.hidden = !message;
  }

  /* ------------------------------------------------------------------ navigation */

  function move(delta) {
    var m = state.month - 1 + delta;
    var y = state.year + Math.floor(m / 12);
    m = ((m % 12) + 12) % 12 + 1;
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      return;
    }
    render(y, m, 'push');
  }

  /** ?thang=YYYY-MM, or null with a message when it is not a month we can show. */
  function monthFromUrl() {
    var value = new URLSearchParams(window.location.search).get('thang');
    if (value === null || value === '') {
      return null;
    }
    var match = /^(\d{4})-(\d{1,2})$/.exec(value.trim());
    if (match) {
      var y = Number(match[1]);
      var m = Number(match[2]);
      if (m >= 1 && m <= 12 && y >= FIRST_YEAR && y <= LAST_YEAR) {
        return { year: y, month: m };
      }
    }
    state.notice = ('Tháng trong địa chỉ không hợp lệ: "' + value + '" (dạng YYYY-MM, từ '
        + FIRST_YEAR + '-01 đến ' + LAST_YEAR + '-12, ví dụ ?thang=2026-02). Đang hiển thị tháng hiện tại.');
    return null;
  }

  function goToday() {
    var today = nowInVietnam().date;
    state.selected = today;
    render(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 'push');
  }

  /* ------------------------------------------------------------------ deadline calculator */

  function updateUnit() {
    var sameDay = el.unit.value === 'SAME_DAY';
    el.amount.disabled = sameDay;
    el.amountHint.textContent = sameDay
        ? 'Trả trong ngày; hồ sơ nhận sau 15 giờ trả trong ngày làm việc tiếp theo.'
        : 'Có thể nhập số lẻ, ví dụ 0,5 ngày.';
  }

  /** The browser shows the field in its own format (maybe mm/dd/yyyy): repeat it the Vietnamese way. */
  function echoStart() {
    var match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(el.start.value);
    el.startEcho.textContent = match
        ? 'Đã chọn: ' + Number(match[2]) + ' giờ ' + match[3] + ', ' + longDate(parseIso(match[1]))
        : 'Chọn ngày và giờ nhận hồ sơ (giờ Việt Nam).';
  }

  function calculate(event) {
    event.preventDefault();
    var start = el.start.value;
    var unit = el.unit.value;
    var amount = el.amount.value.trim().replace(',', '.');
    el.result.textContent = '';
    if (!start) {
      return fail('Vui lòng nhập ngày giờ nhận hồ sơ.', el.start);
    }
    if (unit !== 'SAME_DAY' && !amount) {
      return fail('Vui lòng nhập thời hạn.', el.amount);
    }
    var url = API + '/deadline?start=' + encodeURIComponent(start.slice(0, 16)) + '&unit=' + encodeURIComponent(unit)
        + (unit === 'SAME_DAY' ? '' : '&amount=' + encodeURIComponent(amount));
    el.calculate.disabled = true;
    el.result.setAttribute('data-state', 'loading');
    getJson(url).then(showDeadline, function (error) {
      fail(error.message);
    }).then(function () {
      el.calculate.disabled = false;
    });
  }

  function fail(message, field) {
    el.result.textContent = '';
    el.result.appendChild(node('p', 'message error', message));
    el.result.setAttribute('data-state', 'error');
    if (field) {
      field.focus();
    }
  }

  function showDeadline(deadline) {
    el.result.textContent = '';
    var due = node('p', 'due');
    due.appendChild(document.createTextNode('Hạn trả kết quả: '));
    due.appendChild(node('strong', null, moment(deadline.dueAt)));
    el.result.appendChild(due);

    var limit = deadline.unit === 'SAME_DAY' ? 'trả trong ngày'
        : String(deadline.amount).replace('.', ',') + ' ' + UNIT_TEXT[deadline.unit];
    el.result.appendChild(node('p', 'small', 'Thời hạn: ' + limit + '. Nhận hồ sơ: ' + moment(deadline.start) + '.'));
    if (deadline.countedFrom !== deadline.start) {
      el.result.appendChild(node('p', 'small', 'Hồ sơ nhận ngoài giờ làm việc: thời hạn tính từ '
          + moment(deadline.countedFrom) + '.'));
    }
    if (deadline.estimated) {
      el.result.appendChild(node('p', 'estimated-note', ESTIMATED
          + ' cho năm tính hạn; hạn có thể thay đổi khi có thông báo.'));
    }
    var dueDate = partsInVietnam(new Date(deadline.dueAt)).date;
    var show = node('button', 'link', 'Xem ngày hẹn trên lịch');
    show.type = 'button';
    show.addEventListener('click', function () {
      state.selected = dueDate;
      render(Number(dueDate.slice(0, 4)), Number(dueDate.slice(5, 7)), 'push');
      el.grid.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
    el.result.appendChild(show);
    el.result.setAttribute('data-state', 'ready');
  }

  /* ------------------------------------------------------------------ start */

  function init() {
    function byId(id) {
      return document.getElementById(id);
    }
    el.title = byId('month-title');
    el.lunarYear = byId('lunar-year');
    el.prev = byId('prev');
    el.next = byId('next');
    el.today = byId('today');
    el.jumpMonth = byId('jump-month');
    el.jumpYear = byId('jump-year');
    el.estimate = byId('estimate');
    el.calendarError = byId('calendar-error');
    el.grid = byId('lich');
    el.body = byId('grid-body');
    el.detail = byId('detail');
    el.summary = byId('summary');
    el.todayLine = byId('today-line');
    el.form = byId('deadline-form');
    el.start = byId('start');
    el.startEcho = byId('start-echo');
    el.amount = byId('amount');
    el.amountHint = byId('amount-hint');
    el.unit = byId('unit');
    el.calculate = byId('calculate');
    el.result = byId('deadline-result');

    var now = nowInVietnam();
    el.todayLine.textContent = 'Hôm nay: ' + longDate(parseIso(now.date)) + ' (giờ Việt Nam)';
    el.start.value = now.date + 'T' + pad(now.hour) + ':' + now.minute;

    el.prev.addEventListener('click', function () {
      move(-1);
    });
    el.next.addEventListener('click', function () {
      move(1);
    });
    el.today.addEventListener('click', goToday);
    function jump() {
      var y = Number(el.jumpYear.value);
      if (Math.floor(y) === y && y >= FIRST_YEAR && y <= LAST_YEAR) {
        render(y, Number(el.jumpMonth.value), 'push');
      } else {
        el.jumpYear.value = String(state.year);
      }
    }
    el.jumpMonth.addEventListener('change', jump);
    el.jumpYear.addEventListener('change', jump);
    el.unit.addEventListener('change', updateUnit);
    el.start.addEventListener('input', echoStart);
    el.start.addEventListener('change', echoStart);
    el.form.addEventListener('submit', calculate);
    window.addEventListener('popstate', function () {
      var month = monthFromUrl() || { year: Number(now.date.slice(0, 4)), month: Number(now.date.slice(5, 7)) };
      render(month.year, month.month, null);
    });

    updateUnit();
    echoStart();
    var month = monthFromUrl();
    if (month) {
      render(month.year, month.month, 'replace');
    } else {
      state.selected = now.date;
      render(Number(now.date.slice(0, 4)), Number(now.date.slice(5, 7)), null);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
