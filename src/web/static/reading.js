// Parallax reading history: notes the story this page shows and the articles the reader follows from it, in
// this browser's localStorage only (nothing is sent anywhere). /my-bias reads it back.
(() => {
  const KEY = 'parallax.history.v1';
  const MAX = 500;
  const page = document.querySelector('[data-story-id]');
  if (!page) return;

  const load = () => {
    try {
      const h = JSON.parse(localStorage.getItem(KEY) || 'null');
      if (h && Array.isArray(h.stories) && Array.isArray(h.articles)) return h;
    } catch {
      // A corrupt history starts again rather than breaking the page.
    }
    return { version: 1, stories: [], articles: [] };
  };
  const save = (h) => {
    try {
      localStorage.setItem(KEY, JSON.stringify(h));
    } catch {
      // Storage full or disabled: the page works the same without history.
    }
  };
  const count = (v) => Number(v) || 0;
  const parse = (text) => {
    try {
      return JSON.parse(text || '{}') ?? {};
    } catch {
      return {};
    }
  };

  const storyId = Number(page.dataset.storyId);
  const coverage = document.querySelector('aside.coverage');
  const history = load();
  const earlier = history.stories.find((s) => s.id === storyId);
  history.stories = history.stories.filter((s) => s.id !== storyId);
  history.stories.unshift({
    id: storyId,
    title: page.dataset.storyTitle || '',
    at: new Date().toISOString(),
    visits: (earlier ? earlier.visits || 1 : 0) + 1,
    left: count(coverage?.dataset.left),
    center: count(coverage?.dataset.center),
    right: count(coverage?.dataset.right),
    unrated: count(coverage?.dataset.unrated),
    factuality: parse(coverage?.dataset.factuality),
    outlets: Array.isArray(parse(page.dataset.outlets)) ? parse(page.dataset.outlets) : [],
  });
  history.stories = history.stories.slice(0, MAX);
  save(history);

  const noteArticle = (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.out[data-article-id]') : null;
    if (!link) return;
    const h = load();
    h.articles.unshift({
      id: Number(link.dataset.articleId),
      story: storyId,
      title: link.textContent.trim(),
      outlet: link.dataset.outletId || null,
      outletName: link.dataset.outletName || null,
      side: link.dataset.side || 'unrated',
      factuality: link.dataset.factuality || null,
      at: new Date().toISOString(),
    });
    h.articles = h.articles.slice(0, MAX);
    save(h);
  };
  document.addEventListener('click', noteArticle);
  document.addEventListener('auxclick', noteArticle);
})();
