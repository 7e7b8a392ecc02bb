// Links to a partner's contact details. The adapter sends them as plain strings (MemberView.contact is
// not validated as an address), so each is checked, then built into a URL with its parts encoded: an
// address that does not look like one, or a phone number with anything but digits and separators,
// stays text.

/** `mailto:` for one plain address (`local@domain.tld`), or undefined. */
export function mailtoHref(email: string): string | undefined {
  const match = /^([^\s@<>()[\]\\,;:"?&=#%]+)@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)$/u.exec(email.trim());
  return match ? `mailto:${encodeURIComponent(match[1]!)}@${encodeURIComponent(match[2]!)}` : undefined;
}

/** `tel:` for a number of 3 to 20 digits with an optional leading `+` and the usual separators, or undefined. */
export function telHref(phone: string): string | undefined {
  const trimmed = phone.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[^\d]/g, '');
  return digits.length >= 3 && digits.length <= 20 ? `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}` : undefined;
}
