// Second-level labels under which sites register their own names (co.uk, com.au, …): the common ones
// of news sites. A full Public Suffix List would be more exact; this keeps the stage dependency-free.
const SECOND_LEVEL = new Set(
  (
    'co.uk org.uk ac.uk gov.uk me.uk ltd.uk plc.uk com.au net.au org.au gov.au edu.au co.nz org.nz ' +
    'govt.nz co.za org.za gov.za co.in org.in gov.in net.in com.br org.br gov.br com.ar com.mx org.mx ' +
    'gob.mx co.jp or.jp ne.jp go.jp co.kr or.kr com.cn org.cn gov.cn com.tw org.tw com.hk org.hk com.sg ' +
    'org.sg gov.sg com.my com.pk com.ng com.eg com.tr org.tr gov.tr com.ua org.ua com.pl co.il org.il ' +
    'com.ph com.vn co.id or.id com.bd com.np com.lb com.sa com.qa co.ke or.ke co.tz co.ug com.gh com.co ' +
    'com.pe com.ve com.ec com.uy com.py com.bo com.do com.gt com.sv com.ni com.pa com.cu co.th or.th'
  ).split(' '),
);

/**
 * The name a site registered, without "www." or other subdomains: "www.nytimes.com" → "nytimes.com",
 * "feeds.bbci.co.uk" → "bbci.co.uk". IP addresses and single labels come back unchanged.
 */
export function registrableDomain(host: string): string {
  const name = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  if (/^[\d.]+$/.test(name) || name.includes(':')) return name;
  const labels = name.split('.');
  if (labels.length <= 2) return name;
  const lastTwo = labels.slice(-2).join('.');
  return SECOND_LEVEL.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}
