import type { Article, Outlet } from '../../domain/index.ts';
import { isOpinionPiece } from '../../text/index.ts';

/** " · Opinion" after an article's source line when it is an opinion or analysis piece: a view, not a report. */
export function OpinionLabel({ article, outlet }: { article: Article; outlet: Outlet | undefined }) {
  if (!isOpinionPiece({ title: article.title, url: article.url, outletName: outlet?.name })) return null;
  return (
    <>
      {' '}
      · <span class="opinion-label">Opinion</span>
    </>
  );
}
