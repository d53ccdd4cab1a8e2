// Shows every script error on the page (and counts it in <body data-errors>), so that a broken
// map says why instead of staying blank, and a headless browser's dumped DOM reports it.
window.addEventListener("error", function (event) {
  var list = document.getElementById("errors");
  var item = document.createElement("li");
  item.textContent = "error: " + (event.message || "unknown") +
    (event.filename ? " (" + event.filename + ":" + event.lineno + ")" : "");
  list.appendChild(item);
  list.hidden = false;
  document.body.dataset.errors = String(list.children.length);
});
