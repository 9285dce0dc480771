// svcat 办事指南: narrows the list of items by search text and filters. No network, no libraries.
(function () {
  "use strict";
  var q = document.getElementById("q");
  var selects = ["department", "type", "level"].map(function (id) { return document.getElementById(id); });
  var items = Array.prototype.slice.call(document.querySelectorAll("#items li"));
  var shown = document.getElementById("shown");

  function apply() {
    var text = q.value.trim().toLowerCase();
    var count = 0;
    items.forEach(function (li) {
      var ok = (!text || li.getAttribute("data-text").indexOf(text) >= 0) &&
        selects.every(function (s) { return !s.value || li.getAttribute("data-" + s.id) === s.value; });
      li.hidden = !ok;
      if (ok) { count++; }
    });
    shown.textContent = String(count);
  }

  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { q.value = params.get("q"); }
  selects.forEach(function (s) { if (params.get(s.id)) { s.value = params.get(s.id); } });
  q.addEventListener("input", apply);
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  apply();
}());
