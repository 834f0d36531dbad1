// MotCua: Camunda Forms (form-js) in Tasklist print their validation messages in English only.
// Staff read Vietnamese, so the messages are translated where form-js renders them.
const MESSAGES = [
  [/^Field is required\.$/, () => 'Trường này bắt buộc.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Cần ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Tối đa ${n} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Giá trị nhỏ nhất là ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Giá trị lớn nhất là ${n}.`],
  [/^Field must match pattern (.+)\.$/, () => 'Giá trị không đúng định dạng.'],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Số điện thoại không hợp lệ.'],
  [/^Value is not a number\.?$/, () => 'Giá trị phải là số.']
];

export function translate(text) {
  const trimmed = (text || '').trim();
  for (const [pattern, message] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return message(...match.slice(1));
    }
  }
  return null;
}

function translateWithin(root) {
  if (!root.querySelectorAll) {
    return;
  }
  root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error *').forEach((node) => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === Node.TEXT_NODE) {
        const vietnamese = translate(child.nodeValue);
        if (vietnamese) {
          child.nodeValue = vietnamese;
        }
      }
    });
  });
}

new MutationObserver((mutations) => {
  mutations.forEach((mutation) => {
    const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentNode : mutation.target;
    if (target) {
      translateWithin(target.parentNode || target);
    }
  });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

// Loaded by Tasklist as a custom script; it registers no plugin.
export default [];
