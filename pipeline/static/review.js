// Keyboard shortcuts, the entity picker, picking evidence for an added record, the
// analyst's time zone. Plain JS, no build step.
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

  // Adding a record from an article: click a sentence, or select words, as evidence.
  function articlePage() {
    var text = document.getElementById("article-text");
    var form = document.getElementById("add-form");
    if (!text || !form) return;
    var start = document.getElementById("add-start"), end = document.getElementById("add-end");
    var pick = document.getElementById("add-sentence"), shown = document.getElementById("add-selection");
    var kind = document.getElementById("add-kind"), details = document.getElementById("add");

    function offsetOf(node, offset) {  // characters from the start of the article text
      var range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(node, offset);
      return range.toString().length;
    }
    function mark(s, e) {
      text.querySelectorAll(".sentence").forEach(function (span) {
        var a = +span.dataset.start, b = +span.dataset.end;
        span.classList.toggle("picked", a < e && b > s);
      });
    }
    function choose(s, e, words) {
      start.value = s; end.value = e;
      shown.hidden = !words;
      shown.textContent = words ? "Selected: \u201c" + words + "\u201d" : "";
      var value = s + ":" + e;
      pick.value = Array.prototype.some.call(pick.options, function (o) { return o.value === value; }) ? value : "";
      mark(s, e);
      details.open = true;
    }
    text.addEventListener("mouseup", function () {
      var selection = window.getSelection();
      if (selection && !selection.isCollapsed && text.contains(selection.anchorNode)
          && text.contains(selection.focusNode)) {
        var range = selection.getRangeAt(0);
        var s = offsetOf(range.startContainer, range.startOffset);
        var e = offsetOf(range.endContainer, range.endOffset);
        var words = range.toString().trim();
        if (e > s && words) { choose(s, e, words); return; }
      }
    });
    text.addEventListener("click", function (event) {
      var selection = window.getSelection();
      if (selection && !selection.isCollapsed) return;  // a selection, handled above
      var span = event.target.closest(".sentence");
      if (span) choose(+span.dataset.start, +span.dataset.end, "");
    });
    pick.addEventListener("change", function () {
      var parts = pick.value.split(":");
      if (parts.length === 2) choose(+parts[0], +parts[1], "");
      else { start.value = ""; end.value = ""; mark(-1, -1); }
    });
    kind.addEventListener("change", function () {
      form.querySelectorAll("fieldset.add-fields").forEach(function (set) {
        var on = set.dataset.kind === kind.value;
        set.disabled = !on; set.hidden = !on;
      });
    });
    if (start.value && end.value) mark(+start.value, +end.value);
  }

  // Times are shown in the browser's zone: tell the server once (the analyst page can change it).
  function rememberZone() {
    if (/(?:^|; )warta_tz=/.test(document.cookie)) return;
    var zone = "";
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return; }
    if (zone && /^[A-Za-z0-9_+\-\/]+$/.test(zone)) {
      document.cookie = "warta_tz=" + zone + "; path=/; max-age=31536000; SameSite=Strict";
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var page = document.body.dataset.page;
    rememberZone();
    if (page === "queue") queuePage();
    if (page === "record") recordPage();
    if (page === "article") articlePage();
    entityPickers();
  });
})();
