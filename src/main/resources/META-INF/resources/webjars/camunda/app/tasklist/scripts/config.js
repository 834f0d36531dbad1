// MotCua: Vietnamese is the default language; English stays available for browsers that ask for it.
export default {
  // Vietnamese validation messages for Camunda Forms (form-js prints them in English only).
  customScripts: ['scripts/motcua-forms'],
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Chuyển đến bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Mở hộp thoại bắt đầu quy trình'
    }
  }
};
