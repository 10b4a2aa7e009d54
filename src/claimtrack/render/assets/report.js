// Filters for the HTML report's finding cards. The page is complete without this script:
// the form stays hidden and every card shows.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) {
    return;
  }
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  var status = document.getElementById("shown");
  function words(text) {
    return text.toLowerCase().replace(/\s+/g, " ").trim();
  }
  var texts = cards.map(function (card) {
    return words(card.textContent);
  });
  function apply() {
    var rule = form.elements.rule.value;
    var state = form.elements.state.value;
    var subject = form.elements.subject.value;
    var source = form.elements.source.value;
    var query = words(form.elements.q.value);
    var count = 0;
    cards.forEach(function (card, i) {
      var keep =
        (!rule || card.dataset.rule === rule) &&
        (!state || card.dataset.state === state) &&
        (!subject || card.dataset.subject === subject) &&
        (!source || card.dataset.sources.split(" ").indexOf(source) >= 0) &&
        (!query || texts[i].indexOf(query) >= 0);
      card.hidden = !keep;
      if (keep) {
        count += 1;
      }
    });
    var noun = cards.length === 1 ? "finding" : "findings";
    status.textContent = count + " of " + cards.length + " " + noun + " shown";
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () {
    window.setTimeout(apply, 0);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  form.hidden = false;
  apply();
})();
