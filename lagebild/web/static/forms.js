// Written for lagebild (MIT). Leaves empty filter fields out of the query string on submit,
// so a filter form gives clean, shareable URLs (?type=REQUEST, not ?q=&from=&to=&type=REQUEST).
document.addEventListener("submit", (event) => {
  for (const field of event.target.querySelectorAll("input[name], select[name]")) {
    if (field.value === "") field.disabled = true;
  }
});
