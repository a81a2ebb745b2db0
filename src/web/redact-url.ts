// What the public feed-health page may show of a feed's address: a feed URL can carry credentials (a partner's
// "?api_key=…", "https://user:pass@…"), and an error message repeats the URL it failed on.

/** Words of a query parameter's name that make its value a secret ("api_key", "accessToken", "X-Amz-Signature"). */
const SECRET_WORDS = new Set(
  'key apikey token secret password passwd pass pwd sig signature auth authorization session sessionid sid credential credentials jwt'.split(
    ' ',
  ),
);

/** Whether a parameter's name says its value is a secret, word by word ("keyword" is not "key"). */
function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((word) => SECRET_WORDS.has(word));
}
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>]+/gi;

/** The URL without its user and password and with the values of secret-named query parameters as "…". */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  let changed = false;
  if (parsed.username || parsed.password) {
    parsed.username = '';
    parsed.password = '';
    changed = true;
  }
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (!isSecretName(name)) continue;
    parsed.searchParams.set(name, '…');
    changed = true;
  }
  return changed ? parsed.toString().replaceAll('%E2%80%A6', '…') : url;
}

/** `text` with every http(s) URL in it redacted (redactUrl). */
export function redactUrlsIn(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => redactUrl(url));
}
