// Settings → Mentoring: "Generate a new secret" makes 32 random bytes in the browser and shows them in the
// field once, to copy into the server's AUTH_JWT_SECRET before saving. The secret is made here, not on
// the server, so no page WordPress sends ever holds it. The words come from the page (translated there).
/* global btoa */
const field = document.getElementById('mentor-match-secret');
const button = document.getElementById('mentor-match-generate');
const status = document.getElementById('mentor-match-generated');

if (field && button && status) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    field.type = 'text';
    field.value = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    field.select();
    status.textContent = status.dataset.message;
  });
}
