// Shared helpers of MotCua's staff pages: calls to our API on the webapps' session, Vietnamese errors.
(function () {
  'use strict';

  const LOGIN = '/camunda/app/welcome/default/#!/login';

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.message) || ('Lỗi máy chủ (' + status + ')'));
      this.status = status;
      this.errors = (body && body.errors) || [];
    }
  }

  /** Calls our API; the header lets the server trust the webapps' session for changes (CSRF). */
  async function api(path, options) {
    const init = Object.assign({ credentials: 'same-origin' }, options || {});
    init.headers = Object.assign({ 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' }, init.headers || {});
    if (init.json !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(init.json);
      delete init.json;
    }
    const response = await fetch(path, init);
    const text = await response.text();
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch (notJson) { body = null; }
    if (!response.ok) {
      throw new ApiError(response.status, body);
    }
    return body;
  }

  /** Shows an error, or a plain success, in the given live region. */
  function show(region, error, okText) {
    region.hidden = false;
    region.innerHTML = '';
    if (!error) {
      region.className = 'message ok';
      region.textContent = okText;
      return;
    }
    region.className = 'message error';
    const title = document.createElement('p');
    title.style.margin = '0';
    title.textContent = error.status === 401 ? 'Phiên làm việc đã hết. ' : (error.message || String(error));
    region.appendChild(title);
    if (error.status === 401) {
      const link = document.createElement('a');
      link.href = LOGIN;
      link.textContent = 'Đăng nhập lại';
      title.appendChild(link);
    }
    if (error.errors && error.errors.length) {
      const list = document.createElement('ul');
      error.errors.forEach(function (item) {
        const li = document.createElement('li');
        li.textContent = item.message;
        list.appendChild(li);
      });
      region.appendChild(list);
    }
    region.focus();
  }

  /** "dd/MM/yyyy HH:mm" in Vietnam's time zone, the way official papers write dates. */
  function dateTime(iso) {
    if (!iso) { return '—'; }
    const parts = {};
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso))
      .forEach(function (part) { parts[part.type] = part.value; });
    return parts.day + '/' + parts.month + '/' + parts.year + ' ' + parts.hour + ':' + parts.minute;
  }

  function el(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    Object.entries(attributes || {}).forEach(function (entry) { node.setAttribute(entry[0], entry[1]); });
    return node;
  }

  window.MotCua = { api: api, show: show, dateTime: dateTime, el: el, ApiError: ApiError };
})();
