// Put first in the page under test: collects every script error and console error.
window.jingzhunErrors = [];
window.addEventListener('error', function (e) { window.jingzhunErrors.push('error: ' + e.message); });
window.addEventListener('unhandledrejection', function (e) { window.jingzhunErrors.push('rejection: ' + e.reason); });
(function () {
  var original = console.error;
  console.error = function () {
    window.jingzhunErrors.push('console: ' + Array.prototype.join.call(arguments, ' '));
    original.apply(console, arguments);
  };
})();
