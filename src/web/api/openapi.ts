// The OpenAPI 3.1 description of /api, served at /api/openapi.json. Tests check that every path it documents
// answers, so it cannot drift from the routes in api-routes.ts.

import { OPENAPI_COMPONENTS } from './openapi-components.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });
const PREFERENCES = ['hide', 'min_factuality', 'hide_unrated_factuality'].map(param);
/** `limit` (with the bounds and default that route enforces, see parseApiPage) and `offset`. */
const page = (fallback: number, maximum: number) => [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum, default: fallback } },
  param('offset'),
];

function ok(description: string, schema: object, paged = false) {
  return {
    '200': {
      description,
      headers: {
        ETag: { $ref: '#/components/headers/ETag' },
        'Last-Modified': { $ref: '#/components/headers/Last-Modified' },
        ...(paged && { Link: { $ref: '#/components/headers/Link' } }),
      },
      content: { 'application/json': { schema } },
    },
    '304': {
      description:
        'Not modified: the If-None-Match header named the current ETag or, without If-None-Match, the If-Modified-Since header was no earlier than the Last-Modified.',
    },
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
      "JSON, read-only but for readers' flags on the clustering (POST /api/stories/{id}/feedback). Lists are paged with limit and offset (the next page is in `next` and in a Link header). " +
      'Answers carry an ETag; send it in If-None-Match to get 304 when nothing changed. Errors are ' +
      '{"error":{"status","message"}} with a 4xx status; a path no route takes is 404 whatever its query; ' +
      'a method a path does not take is 405 with an Allow header, ' +
      'and OPTIONS answers 204 with Allow. Reader preferences apply through the hide, ' +
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
          ...page(50, 200),
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
    '/api/stories/{id}/feedback': {
      post: {
        operationId: 'flagStoryArticle',
        summary:
          'Flag an article of the story as not belonging to it (a wrong merge); operators review the flags',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('FeedbackRequest') } },
        },
        responses: {
          '201': {
            description: 'Recorded: the verdict with its votes so far.',
            content: { 'application/json': { schema: ref('Feedback') } },
          },
          '400': { $ref: '#/components/responses/BadRequest' },
          '404': {
            description: 'No such story, or the article is not in it.',
            content: { 'application/json': { schema: ref('Error') } },
          },
          '413': {
            description: 'The body is larger than 4 KiB.',
            content: { 'application/json': { schema: ref('Error') } },
          },
          '415': {
            description: 'The body is not sent as application/json.',
            content: { 'application/json': { schema: ref('Error') } },
          },
        },
      },
    },
    '/api/blindspots': {
      get: {
        operationId: 'listBlindspots',
        summary: 'Stories one side barely covered, newest first, with the rule that finds them',
        parameters: [
          ...page(50, 200),
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
          ...page(100, 500),
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
            description:
              'Words (all must match), "phrases", -excluded words, OR, prefix*. A word also finds its other spellings (defence/defense, coronavirus/COVID, GOP/Republican).',
            schema: { type: 'string', minLength: 1, maxLength: 200 },
            example: 'senate',
          },
          {
            name: 'type',
            in: 'query',
            description:
              'Which kind to list hits of; both totals count whatever it is, and `next` pages the kinds listed.',
            schema: { type: 'string', enum: ['all', 'stories', 'articles'], default: 'all' },
          },
          ...page(20, 100),
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
          ...page(50, 200),
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
          ...page(20, 100),
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
  components: OPENAPI_COMPONENTS,
} as const;
