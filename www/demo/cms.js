// The mock CMS's own script: it reacts to the <quote-lens> events the way a real CMS might,
// by showing in its toolbar how many quotations lack a speaker.
const lens = document.querySelector("quote-lens");
const state = document.getElementById("check-state");

lens.addEventListener("quotelens:analyzed", (event) => {
  const quotes = event.detail.documents.flatMap((d) => d.quotes);
  const missing = quotes.filter((q) => !q.speaker).length;
  state.textContent = missing
    ? `Quote check: ${missing} of ${quotes.length} quotations have no speaker`
    : `Quote check: all ${quotes.length} quotations attributed`;
});
lens.addEventListener("quotelens:error", (event) => {
  state.textContent = `Quote check: ${event.detail.message}`;
});
