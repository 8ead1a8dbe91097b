// Keyboard shortcuts and the entity picker. Plain JS, no build step.
(function () {
  "use strict";

  function typing(event) {
    var t = event.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function queuePage() {
    var rows = Array.prototype.slice.call(document.querySelectorAll("#queue tbody tr[data-href]"));
    var current = rows.length ? 0 : -1;
    function select(i) {
      if (!rows.length) return;
      current = Math.max(0, Math.min(rows.length - 1, i));
      rows.forEach(function (r, n) { r.classList.toggle("selected", n === current); });
      rows[current].scrollIntoView({block: "nearest"});
    }
    select(0);
    document.addEventListener("keydown", function (event) {
      if (typing(event) || event.ctrlKey || event.metaKey || event.altKey || current < 0) return;
      var row = rows[current];
      switch (event.key) {
        case "j": select(current + 1); break;
        case "k": select(current - 1); break;
        case "o": case "Enter": window.location = row.dataset.href; break;
        case "a":
          var quick = row.querySelector("form.quick");
          if (quick) quick.submit();
          break;
        case "r": window.location = row.dataset.href + "#reject-form"; break;
        case "e": window.location = row.dataset.href + (row.dataset.href.indexOf("?") < 0 ? "?" : "&") + "edit=1#edit"; break;
        default: return;
      }
      event.preventDefault();
    });
  }

  function recordPage() {
    if (window.location.hash === "#reject-form") focusReject();
    if (window.location.hash === "#edit") focusEdit();
    function go(id) { var a = document.getElementById(id); if (a) window.location = a.href; }
    function focusReject() { var s = document.getElementById("reject-reason"); if (s) s.focus(); }
    function focusEdit() {
      var d = document.getElementById("edit");
      if (!d) return;
      d.open = true;
      var first = d.querySelector("input:not([type=hidden])");
      if (first) first.focus();
    }
    document.addEventListener("keydown", function (event) {
      if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      switch (event.key) {
        case "j": go("next"); break;
        case "k": go("prev"); break;
        case "u": go("to-queue"); break;
        case "a":
          var form = document.getElementById("accept-form");
          if (form) form.submit();
          break;
        case "r": focusReject(); break;
        case "e": focusEdit(); break;
        default: return;
      }
      event.preventDefault();
    });
  }

  function entityPickers() {
    var list = document.getElementById("entity-names");
    if (!list) return;
    var timer = null;
    document.querySelectorAll("input[data-entity-picker]").forEach(function (input) {
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          fetch("/api/entities?q=" + encodeURIComponent(input.value), {credentials: "same-origin"})
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(function (names) {
              list.textContent = "";
              names.forEach(function (name) {
                var option = document.createElement("option");
                option.value = name;  // a property, never HTML
                list.appendChild(option);
              });
            });
        }, 150);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var page = document.body.dataset.page;
    if (page === "queue") queuePage();
    if (page === "record") recordPage();
    entityPickers();
  });
})();
