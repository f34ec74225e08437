// Highlight every piece of the evidence passage named in the URL fragment (#a-START-END).
// Overlapping passages are cut into several <mark> pieces; :target alone would light only the
// first one. Without JavaScript the page still works: :target highlights that first piece.
(function () {
  "use strict";
  function highlight() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var marks = document.querySelectorAll("mark.current");
    for (var i = 0; i < marks.length; i++) marks[i].classList.remove("current");
    if (!/^a-\d+-\d+$/.test(id)) return;
    var pieces = document.querySelectorAll("mark[data-spans]");
    var first = null;
    for (var j = 0; j < pieces.length; j++) {
      if (pieces[j].getAttribute("data-spans").split(" ").indexOf(id) !== -1) {
        pieces[j].classList.add("current");
        if (!first) first = pieces[j];
      }
    }
    if (first) first.scrollIntoView({block: "center"});
  }
  window.addEventListener("hashchange", highlight);
  document.addEventListener("DOMContentLoaded", highlight);
})();
