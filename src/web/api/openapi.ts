// The OpenAPI 3.1 description of /api, served at /api/openapi.json. Tests check that every path it documents
// answers, so it cannot drift from the routes in api-routes.ts.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });
const PREFERENCES = ['hide', 'min_factuality', 'hide_unrated_factuality'].map(param);
const PAGE = ['limit', 'offset'].map(param);

function ok(description: string, schema: object, paged = false) {
  return {
    '200': {
      description,
      headers: {
        ETag: { $ref: '#/components/headers/ETag' },
        ...(paged && { Link: { $ref: '#/components/headers/Link' } }),
      },
      content: { 'application/json': { schema } },
    },
    '304': { description: 'Not modified: the If-None-Match header named the current ETag.' },
    '400': { $ref: '#/components/responses/BadRequest' },
  };
}

const NOT_FOUND = { '404': { $ref: '#/components/responses/NotFound' } };

function list(key: string, item: object, extra: Record<string, object> = {}) {
  return {
    type: 'object',
    required: [key, 'limit', 'offset', 'next'],
    properties: {
      ...extra,
      [key]: { type: 'array', items: item },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      next: { ...nullable({ type: 'string' }), description: 'URL of the next page, or null on the last.' },
    },
  };
}

/** The OpenAPI document of the JSON API. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Parallax API',
    version: '1',
    summary: 'News stories from every side: coverage by outlet bias, blindspots, outlets and their raters.',
    description:
      'Read-only JSON. Lists are paged with limit and offset (the next page is in `next` and in a Link header). ' +
      'Answers carry an ETag; send it in If-None-Match to get 304 when nothing changed. Errors are ' +
      '{"error":{"status","message"}} with a 4xx status. Reader preferences apply through the hide, ' +
      'min_factuality and hide_unrated_factuality parameters: hidden outlets leave lists and coverage is recounted.',
    license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/stories': {
      get: {
        operationId: 'listStories',
        summary: 'Stories, newest first (or broadest first)',
        parameters: [
          ...PAGE,
          {
            name: 'order',
            in: 'query',
            schema: { type: 'string', enum: ['recent', 'breadth'], default: 'recent' },
          },
          {
            name: 'since',
            in: 'query',
            description: 'Only stories updated at or after this ISO 8601 time.',
            schema: { type: 'string', format: 'date-time' },
          },
          {
            name: 'blindspot',
            in: 'query',
            description: 'Only blindspots (for one side, or any).',
            schema: { type: 'string', enum: ['any', 'left', 'right'] },
          },
          ...PREFERENCES,
        ],
        responses: ok('A page of stories.', list('stories', ref('StorySummary')), true),
      },
    },
    '/api/stories/{id}': {
      get: {
        operationId: 'getStory',
        summary: 'One story with its key points, frames and articles (and why each joined)',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
          ...PREFERENCES,
        ],
        responses: { ...ok('The story.', ref('StoryDetail')), ...NOT_FOUND },
      },
    },
    '/api/blindspots': {
      get: {
        operationId: 'listBlindspots',
        summary: 'Stories one side barely covered, newest first, with the rule that finds them',
        parameters: [
          ...PAGE,
          {
            name: 'side',
            in: 'query',
            schema: { type: 'string', enum: ['any', 'left', 'right'], default: 'any' },
          },
          ...PREFERENCES,
        ],
        responses: ok(
          'A page of blindspots.',
          list('stories', ref('StorySummary'), {
            rule: {
              type: 'object',
              properties: {
                description: { type: 'string' },
                min_rated_outlets: { type: 'integer' },
                max_share: { type: 'number' },
                min_other_share: { type: 'number' },
              },
            },
          }),
          true,
        ),
      },
    },
    '/api/outlets': {
      get: {
        operationId: 'listOutlets',
        summary: 'Outlets with their blended ratings: those that published here, or the whole registry',
        parameters: [
          ...PAGE,
          {
            name: 'scope',
            in: 'query',
            schema: { type: 'string', enum: ['publishing', 'all'], default: 'publishing' },
          },
        ],
        responses: ok(
          'A page of outlets.',
          list('outlets', ref('OutletListItem'), { total: { type: 'integer' } }),
          true,
        ),
      },
    },
    '/api/outlets/{id}': {
      get: {
        operationId: 'getOutlet',
        summary: 'One outlet: bias, factuality and ownership with every rater value, and its recent stories',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'reuters.com' },
        ],
        responses: { ...ok('The outlet.', ref('Outlet')), ...NOT_FOUND },
      },
    },
    '/api/search': {
      get: {
        operationId: 'search',
        summary: 'Full-text search over stories and articles, matches marked',
        parameters: [
          {
            name: 'q',
            in: 'query',
            required: true,
            description: 'Words (all must match), "phrases", -excluded words, OR, prefix*.',
            schema: { type: 'string', minLength: 1, maxLength: 200 },
            example: 'senate',
          },
          {
            name: 'type',
            in: 'query',
            schema: { type: 'string', enum: ['all', 'stories', 'articles'], default: 'all' },
          },
          ...PAGE,
          ...PREFERENCES,
        ],
        responses: ok('Matching stories and articles.', ref('SearchResult'), true),
      },
    },
    '/api/topics': {
      get: {
        operationId: 'listTopics',
        summary: 'People, places and organisations named by at least two stories, most stories first',
        parameters: [
          ...PAGE,
          { name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' } },
        ],
        responses: ok('A page of topics.', list('topics', ref('Topic')), true),
      },
    },
    '/api/topics/{slug}': {
      get: {
        operationId: 'getTopic',
        summary: 'One topic, its related topics and its stories',
        parameters: [
          { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
          ...PAGE,
          ...PREFERENCES,
        ],
        responses: {
          ...ok(
            'The topic and a page of its stories.',
            list('stories', ref('StorySummary'), {
              topic: ref('Topic'),
              related: { type: 'array', items: ref('Topic') },
            }),
            true,
          ),
          ...NOT_FOUND,
        },
      },
    },
    '/api/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        responses: {
          '200': {
            description: 'OpenAPI 3.1',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      },
    },
  },
  components: {
    parameters: {
      limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
      offset: { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
      hide: {
        name: 'hide',
        in: 'query',
        description: 'Outlet ids to hide, comma-separated (at most 120).',
        schema: { type: 'string' },
        example: 'foxnews.com,cnn.com',
      },
      min_factuality: {
        name: 'min_factuality',
        in: 'query',
        description: 'Hide outlets rated below this factuality.',
        schema: { type: 'string', enum: ['very-high', 'high', 'mostly-factual', 'mixed', 'low', 'very-low'] },
      },
      hide_unrated_factuality: {
        name: 'hide_unrated_factuality',
        in: 'query',
        description: 'With min_factuality: also hide outlets without a factuality rating.',
        schema: { type: 'string', enum: ['0', '1'] },
      },
    },
    headers: {
      ETag: { description: 'Version of the answer, for If-None-Match.', schema: { type: 'string' } },
      Link: { description: 'RFC 8288 links to the next and previous pages.', schema: { type: 'string' } },
    },
    responses: {
      BadRequest: {
        description: 'A parameter is malformed.',
        content: { 'application/json': { schema: ref('Error') } },
      },
      NotFound: {
        description: 'No such resource.',
        content: { 'application/json': { schema: ref('Error') } },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['status', 'message'],
            properties: { status: { type: 'integer' }, message: { type: 'string' } },
          },
        },
      },
      Coverage: {
        type: 'object',
        required: ['left', 'center', 'right', 'unrated', 'rated', 'shares'],
        properties: {
          left: { type: 'integer', description: 'Distinct Left outlets.' },
          center: { type: 'integer' },
          right: { type: 'integer' },
          unrated: { type: 'integer', description: 'Outlets without a bias rating, counted apart.' },
          rated: { type: 'integer' },
          shares: {
            type: 'object',
            description: 'Shares over rated outlets, 0…1.',
            properties: { left: { type: 'number' }, center: { type: 'number' }, right: { type: 'number' } },
          },
          factuality: { type: 'object', additionalProperties: { type: 'integer' } },
          ownership: { type: 'object', additionalProperties: { type: 'integer' } },
        },
      },
      StorySummary: {
        type: 'object',
        required: ['id', 'title', 'article_count', 'outlet_count', 'coverage', 'updated_at', 'version'],
        properties: {
          id: { type: 'integer' },
          title: { type: 'string' },
          summary: { type: 'string' },
          url: { type: 'string' },
          article_count: { type: 'integer' },
          outlet_count: { type: 'integer' },
          coverage: ref('Coverage'),
          blindspot: nullable({ type: 'string', enum: ['left', 'right'] }),
          first_published_at: { type: 'string', format: 'date-time' },
          updated_at: { type: 'string', format: 'date-time' },
          version: { type: 'integer' },
          hidden: {
            type: 'object',
            description: 'Present when preferences hid some of the story.',
            properties: { outlets: { type: 'integer' }, articles: { type: 'integer' } },
          },
        },
      },
      KeyPoint: {
        type: 'object',
        properties: { text: { type: 'string' }, article_ids: { type: 'array', items: { type: 'integer' } } },
      },
      OutletBadge: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          bias: nullable({
            type: 'object',
            properties: { label: { type: 'string' }, bucket: { type: 'string' }, score: { type: 'number' } },
          }),
          factuality: nullable({ type: 'string' }),
          url: { type: 'string' },
        },
      },
      OutletListItem: {
        allOf: [
          ref('OutletBadge'),
          {
            type: 'object',
            properties: { articles: { type: 'integer' }, latest_at: nullable({ type: 'string' }) },
          },
        ],
      },
      Article: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          title: { type: 'string' },
          lead: { type: 'string' },
          url: { type: 'string' },
          published_at: { type: 'string', format: 'date-time' },
          outlet: nullable(ref('OutletBadge')),
          duplicate_of: nullable({ type: 'integer' }),
          explanation: nullable({
            type: 'object',
            description: 'Why the clusterer put the article in this story.',
            properties: {
              opened_story: { type: 'boolean' },
              score: { type: 'number' },
              runner_up: nullable({
                type: 'object',
                properties: { story_id: { type: 'integer' }, score: { type: 'number' } },
              }),
              shared_terms: { type: 'array', items: { type: 'string' } },
              shared_entities: { type: 'array', items: { type: 'string' } },
            },
          }),
        },
      },
      StoryDetail: {
        allOf: [
          ref('StorySummary'),
          {
            type: 'object',
            properties: {
              title_article_ids: {
                type: 'array',
                items: { type: 'integer' },
                description: 'Articles whose headline is the title (the first is its source).',
              },
              summary_article_ids: { type: 'array', items: { type: 'integer' } },
              key_points: { type: 'array', items: ref('KeyPoint') },
              frames: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    side: { type: 'string', enum: ['left', 'center', 'right'] },
                    points: { type: 'array', items: ref('KeyPoint') },
                    terms: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: { term: { type: 'string' }, score: { type: 'number' } },
                      },
                    },
                  },
                },
              },
              entities: { type: 'array', items: { type: 'string' } },
              first_reporter: nullable({
                type: 'object',
                properties: { article_id: { type: 'integer' }, outlet_id: nullable({ type: 'string' }) },
              }),
              articles: { type: 'array', items: ref('Article') },
            },
          },
        ],
      },
      RaterValue: {
        type: 'object',
        properties: {
          rater: { type: 'string' },
          value: { type: 'string', description: "The rater's own value, unchanged." },
          score: nullable({ type: 'number' }),
          as_of: { type: 'string' },
          source: { type: 'string' },
          kind: { type: 'string' },
          dataset: nullable({ type: 'string' }),
          weight: nullable({ type: 'number' }),
          note: nullable({ type: 'string' }),
        },
      },
      Outlet: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          domains: { type: 'array', items: { type: 'string' } },
          bias: nullable({
            type: 'object',
            properties: {
              score: { type: 'number' },
              label: { type: 'string' },
              bucket: { type: 'string' },
              raters: { type: 'array', items: ref('RaterValue') },
            },
          }),
          factuality: nullable({
            type: 'object',
            properties: { label: { type: 'string' }, raters: { type: 'array', items: ref('RaterValue') } },
          }),
          ownership: nullable({
            type: 'object',
            properties: {
              owner: nullable({ type: 'string' }),
              category: nullable({ type: 'string' }),
              raters: { type: 'array', items: ref('RaterValue') },
            },
          }),
          flags: { type: 'array', items: { type: 'string' } },
          raters: { type: 'array', items: ref('RaterValue') },
          articles: { type: 'integer' },
          stories: { type: 'integer' },
          latest_at: nullable({ type: 'string' }),
          recent_stories: { type: 'array', items: ref('StorySummary') },
        },
      },
      Topic: {
        type: 'object',
        properties: {
          slug: { type: 'string' },
          name: { type: 'string' },
          stories: { type: 'integer' },
          latest_at: { type: 'string' },
          url: { type: 'string' },
        },
      },
      SearchResult: {
        type: 'object',
        properties: {
          query: { type: 'string' },
          stories: {
            type: 'object',
            properties: {
              total: { type: 'integer' },
              hits: {
                type: 'array',
                items: {
                  allOf: [
                    ref('StorySummary'),
                    {
                      type: 'object',
                      properties: { title_html: { type: 'string' }, snippet_html: { type: 'string' } },
                    },
                  ],
                },
              },
            },
          },
          articles: {
            type: 'object',
            properties: {
              total: { type: 'integer' },
              hits: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'integer' },
                    title: { type: 'string' },
                    lead: { type: 'string' },
                    url: { type: 'string' },
                    published_at: { type: 'string' },
                    story_id: nullable({ type: 'integer' }),
                    outlet: nullable(ref('OutletBadge')),
                    title_html: { type: 'string', description: 'Escaped HTML, matches in <mark>.' },
                    snippet_html: { type: 'string' },
                  },
                },
              },
            },
          },
          limit: { type: 'integer' },
          offset: { type: 'integer' },
          next: nullable({ type: 'string' }),
        },
      },
    },
  },
} as const;
