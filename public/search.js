// Progressive enhancement: pagefind's search box, when its index can be fetched (a web
// server, not file://). Without it the page's A–Z list still works.
window.addEventListener('DOMContentLoaded', () => {
  if (typeof window.PagefindUI !== 'function' || location.protocol === 'file:') return;
  new window.PagefindUI({ element: '#search', showSubResults: true, resetStyles: false });
});
