// Card checkout with Stripe's Payment Element (served from web/static; the page has no inline
// script). The page's form carries the publishable key, the PaymentIntent's client secret and
// the return URL; Stripe.js (https://js.stripe.com/v3/) is loaded before this file.
(() => {
  const form = document.getElementById('checkout');
  if (!form) return;
  const button = document.getElementById('checkout-submit');
  const errorBox = document.getElementById('checkout-error');
  const loading = document.getElementById('checkout-loading');
  const fail = (message) => {
    errorBox.textContent = message;
    errorBox.hidden = false;
  };
  if (typeof window.Stripe !== 'function') {
    // Stripe.js did not load (offline, blocked): say so, and offer no button that cannot work.
    if (loading) loading.hidden = true;
    button.hidden = true;
    fail(form.dataset.unavailable);
    return;
  }
  const stripe = window.Stripe(form.dataset.key, { locale: form.dataset.locale });
  const elements = stripe.elements({ clientSecret: form.dataset.secret });
  const payment = elements.create('payment');
  payment.on('ready', () => {
    if (loading) loading.hidden = true;
    button.disabled = false;
  });
  payment.mount('#payment-element');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    errorBox.hidden = true;
    // On success Stripe redirects to return_url; only an immediate failure comes back here.
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: form.dataset.returnUrl },
    });
    if (error) fail(error.message || form.dataset.unavailable);
    button.disabled = false;
  });
})();
