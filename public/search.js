// Progressive enhancement: pagefind's search box, when its index can be fetched (a web
// server, not file://). Without it the page's A–Z list still works.
window.addEventListener('DOMContentLoaded', () => {
  if (typeof window.PagefindUI !== 'function' || location.protocol === 'file:') return;
  new window.PagefindUI({ element: '#search', showSubResults: true, resetStyles: false });
  // pagefind's input has only a placeholder; give it a visible label for every reader.
  const input = document.querySelector('#search input');
  if (input) {
    input.id = 'search-input';
    const label = document.createElement('label');
    label.htmlFor = 'search-input';
    label.textContent = 'Search people, places, events and articles';
    document.querySelector('#search').prepend(label);
  }
});
