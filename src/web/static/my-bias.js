// Parallax "My news bias": draws the reading history that reading.js keeps in this browser's localStorage.
// Built with DOM calls only (no HTML strings), so nothing from the history can inject markup.
(() => {
  const KEY = 'parallax.history.v1';
  const SIDES = [
    ['left', 'Left'],
    ['center', 'Center'],
    ['right', 'Right'],
    ['unrated', 'Unrated'],
  ];
  const FACTUALITY = [
    ['very-high', 'Very High'],
    ['high', 'High'],
    ['mostly-factual', 'Mostly Factual'],
    ['mixed', 'Mixed'],
    ['low', 'Low'],
    ['very-low', 'Very Low'],
    ['', 'Not rated'],
  ];
  const SVG = 'http://www.w3.org/2000/svg';
  const root = document.getElementById('my-bias');
  const actions = document.getElementById('my-bias-actions');
  if (!root) return;
  root.hidden = false;

  const load = () => {
    try {
      const h = JSON.parse(localStorage.getItem(KEY) || 'null');
      if (h && Array.isArray(h.stories) && Array.isArray(h.articles)) return h;
    } catch {
      // fall through to an empty history
    }
    return { version: 1, stories: [], articles: [] };
  };

  const el = (tag, props = {}, children = []) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const child of children) node.append(child);
    return node;
  };
  const pct = (n, total) => (total > 0 ? `${Math.round((100 * n) / total)}%` : '0%');

  // A horizontal bar of shares by side, labelled in words as well as colour.
  const bar = (counts, label, { whole = true } = {}) => {
    const total = SIDES.reduce((sum, [key]) => sum + (counts[key] || 0), 0);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'bias-bar');
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '26');
    svg.setAttribute('role', 'img');
    svg.setAttribute(
      'aria-label',
      `${label}: ${SIDES.map(([k, n]) => `${n} ${pct(counts[k] || 0, total)}`).join(', ')}`,
    );
    let x = 0;
    for (const [key, name] of SIDES) {
      const share = total > 0 ? (counts[key] || 0) / total : 0;
      if (share <= 0) continue;
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('class', `seg ${key}`);
      rect.setAttribute('x', `${x * 100}%`);
      rect.setAttribute('y', '0');
      rect.setAttribute('width', `${share * 100}%`);
      rect.setAttribute('height', '100%');
      svg.append(rect);
      if (share >= 0.12) {
        const text = document.createElementNS(SVG, 'text');
        text.setAttribute('class', `seg-label on-${key}`);
        text.setAttribute('x', `${(x + share / 2) * 100}%`);
        text.setAttribute('y', '50%');
        text.setAttribute('dominant-baseline', 'central');
        text.setAttribute('text-anchor', 'middle');
        text.textContent = `${name[0]} ${pct(counts[key], total)}`;
        svg.append(text);
      }
      x += share;
    }
    // Whole counts say "Left 3 (30%)"; averaged shares only "Left 30%".
    const legend = el('p', { class: 'muted' }, [
      SIDES.map(([k, n]) =>
        whole
          ? `${n} ${counts[k] || 0} (${pct(counts[k] || 0, total)})`
          : `${n} ${pct(counts[k] || 0, total)}`,
      ).join(' · '),
    ]);
    return el('div', { class: 'bias' }, [svg, legend]);
  };

  // The 15 most frequent outlets of a map id → { name, side, factuality, n }, as a table linking to each.
  const outletTable = (outlets, unit) => {
    const tbody = el('tbody');
    for (const [id, o] of [...outlets].sort((x, y) => y[1].n - x[1].n).slice(0, 15)) {
      const side = SIDES.find(([k]) => k === o.side);
      const fact = FACTUALITY.find(([k]) => k === (o.factuality || ''));
      tbody.append(
        el('tr', {}, [
          el('th', { scope: 'row' }, [el('a', { href: `/sources/${encodeURIComponent(id)}`, text: o.name })]),
          el('td', {}, [
            el('span', { class: `badge ${side ? side[0] : 'unrated'}`, text: side ? side[1] : 'Unrated' }),
          ]),
          el('td', { text: fact ? fact[1] : 'Not rated' }),
          el('td', { text: String(o.n) }),
        ]),
      );
    }
    const head = el(
      'tr',
      {},
      ['Outlet', 'Side', 'Factuality', unit].map((t) => el('th', { scope: 'col', text: t })),
    );
    return el('div', { class: 'table-wrap' }, [el('table', {}, [el('thead', {}, [head]), tbody])]);
  };

  // A distribution as a list: each label with its count, share and a meter (the figures are always in words too).
  const distribution = (counts, total) => {
    const list = el('ul', { class: 'distribution' });
    for (const [key, name] of FACTUALITY) {
      const n = counts.get(key) || 0;
      if (n <= 0) continue;
      const meter = el('meter', { min: '0', max: String(total), value: String(n), 'aria-hidden': 'true' });
      list.append(
        el('li', {}, [
          el('span', { class: 'dist-name', text: name }),
          el('span', { class: 'dist-count', text: `${n} (${pct(n, total)})` }),
          meter,
        ]),
      );
    }
    return list;
  };

  // Counts one more story or article for an outlet, keeping the outlet's name and rating from its first sighting.
  const tally = (outlets, id, outlet) => {
    const seen = outlets.get(id) || { ...outlet, n: 0 };
    seen.n += 1;
    outlets.set(id, seen);
  };

  const section = (title, ...children) => el('section', {}, [el('h2', { text: title }), ...children]);

  const render = () => {
    const h = load();
    root.replaceChildren();
    root.dataset.state = 'ready';
    if (h.stories.length === 0 && h.articles.length === 0) {
      root.append(el('p', { class: 'empty', text: 'Nothing yet. Open a few stories, then come back here.' }));
      if (actions) actions.hidden = true;
      return;
    }
    if (actions) actions.hidden = false;
    const since = [...h.stories, ...h.articles].map((r) => r.at).sort()[0] || '';
    root.append(
      el('p', {
        class: 'summary',
        text:
          `You opened ${h.stories.length} ${h.stories.length === 1 ? 'story' : 'stories'} and followed ` +
          `${h.articles.length} ${h.articles.length === 1 ? 'link' : 'links'} to articles since ${since.slice(0, 10)}.`,
      }),
    );

    const articleSides = { left: 0, center: 0, right: 0, unrated: 0 };
    for (const a of h.articles) articleSides[a.side in articleSides ? a.side : 'unrated'] += 1;
    root.append(
      section(
        'Sides of the articles you read',
        h.articles.length > 0
          ? bar(articleSides, 'Articles you followed, by the side of their outlet')
          : el('p', { class: 'muted', text: 'Follow a link to an article from a story page to see this.' }),
      ),
    );

    // Each story weighs the same: the mean of its shares of rated outlets (unrated apart).
    const storySides = { left: 0, center: 0, right: 0, unrated: 0 };
    for (const s of h.stories) {
      const rated = s.left + s.center + s.right;
      const all = rated + s.unrated;
      if (all === 0) continue;
      for (const key of ['left', 'center', 'right', 'unrated']) storySides[key] += s[key] / all;
    }
    root.append(
      section(
        'Coverage of the stories you opened',
        bar(storySides, 'Average coverage of the stories you opened', { whole: false }),
        el('p', {
          class: 'muted',
          text: 'Each story counts once: the shares of its outlets by side, averaged over your stories.',
        }),
      ),
    );

    // The outlets of the stories opened: factuality (each story's outlets by label) and the most frequent ones.
    const storyFacts = new Map();
    const storyOutlets = new Map();
    for (const story of h.stories) {
      for (const [label, n] of Object.entries(story.factuality || {})) {
        const key = label === 'unrated' ? '' : label;
        storyFacts.set(key, (storyFacts.get(key) || 0) + (Number(n) || 0));
      }
      for (const o of Array.isArray(story.outlets) ? story.outlets : [])
        tally(storyOutlets, o.id, { name: o.name || o.id, side: o.side, factuality: o.factuality });
    }
    const storyFactTotal = [...storyFacts.values()].reduce((a, b) => a + b, 0);
    const storyFactList = distribution(storyFacts, storyFactTotal);
    root.append(
      section(
        'Factuality of the outlets in the stories you opened',
        storyFactTotal > 0 ? storyFactList : el('p', { class: 'muted', text: 'No rated outlets yet.' }),
      ),
    );

    const facts = new Map();
    for (const a of h.articles) facts.set(a.factuality || '', (facts.get(a.factuality || '') || 0) + 1);
    const factList = distribution(facts, h.articles.length);
    root.append(
      section(
        'Factuality of the outlets you read',
        h.articles.length > 0 ? factList : el('p', { class: 'muted', text: 'No articles followed yet.' }),
      ),
    );

    const outlets = new Map();
    for (const a of h.articles) {
      if (a.outlet)
        tally(outlets, a.outlet, { name: a.outletName || a.outlet, side: a.side, factuality: a.factuality });
    }
    if (outlets.size > 0)
      root.append(section('Outlets whose articles you read most', outletTable(outlets, 'Articles')));
    if (storyOutlets.size > 0)
      root.append(section('Outlets in the stories you opened', outletTable(storyOutlets, 'Stories')));

    const recent = el('ol', { class: 'recent' });
    for (const s of h.stories.slice(0, 10)) {
      recent.append(
        el('li', {}, [el('a', { href: `/stories/${Number(s.id)}`, text: s.title || `Story ${s.id}` })]),
      );
    }
    root.append(section('Stories you opened lately', recent));
  };

  document.getElementById('export-history')?.addEventListener('click', () => {
    const blob = new Blob([JSON.stringify(load(), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = el('a', {
      href: url,
      download: `parallax-history-${new Date().toISOString().slice(0, 10)}.json`,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  document.getElementById('clear-history')?.addEventListener('click', () => {
    if (!window.confirm('Clear your reading history from this browser?')) return;
    localStorage.removeItem(KEY);
    render();
  });
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) render();
  });
  render();
})();
