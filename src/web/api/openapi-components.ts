// The reusable parts of the OpenAPI document (openapi.ts): parameters, headers, responses and schemas.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });

/** The components of the OpenAPI document of /api. */
export const OPENAPI_COMPONENTS = {
  parameters: {
    offset: {
      name: 'offset',
      in: 'query',
      schema: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
    },
    hide: {
      name: 'hide',
      in: 'query',
      description:
        'Outlet ids to hide, comma-separated (at most 120). A story whose every article the preferences hide is left out of its page, so a page can hold fewer than `limit` items and still have a `next`; /search leaves such stories out before paging, so its pages are full and its totals count only what is shown.',
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
    'Last-Modified': {
      description:
        'When the server built this version of the answer (an HTTP-date), for If-Modified-Since; no earlier than the last change of what it shows.',
      schema: { type: 'string' },
    },
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
          description:
            'Present when preferences hid some or all of the story (then its counts and coverage are those of what is shown).',
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
        language: nullable({
          type: 'string',
          description:
            "ISO 639 code of the article's language (from the feed or the detector), null if unknown.",
        }),
        outlet: nullable(ref('OutletBadge')),
        opinion: {
          type: 'boolean',
          description:
            'An opinion or analysis piece, as its link\'s section (/opinion/, /opinions/, /commentisfree/, /columnists/…), a section label in its headline ("OPINION:", "Analysis:") or its outlet\'s name marks it. Key points prefer reports.',
        },
        duplicate_of: nullable({
          type: 'integer',
          description:
            'For a syndicated copy (the same text carried by another outlet): the article it copies.',
        }),
        copies: {
          type: 'array',
          items: { type: 'integer' },
          description: 'The syndicated copies of this article in the story (their duplicate_of is this id).',
        },
        original_reason: nullable({
          type: 'string',
          description:
            'For an article with copies: why it is listed as the original of its text, strongest evidence first ("it is the wire agency’s own report", "the copies credit its agency in their text", "it was published first", …). Null without copies.',
        }),
        explanation: nullable({
          type: 'object',
          description:
            'Why the article is in this story: the clusterer’s record, or an operator’s move (moved_by_operator).',
          properties: {
            opened_story: {
              type: 'boolean',
              description:
                'The article started the story (for a story an operator split off, its earliest moved article).',
            },
            score: { type: 'number' },
            runner_up: nullable({
              type: 'object',
              description: 'The story the article nearly joined, with its join score.',
              properties: {
                story_id: { type: 'integer' },
                title: {
                  ...nullable({ type: 'string' }),
                  description: 'Its title; null when that story is gone.',
                },
                score: { type: 'number' },
              },
            }),
            shared_terms: {
              type: 'array',
              items: { type: 'string' },
              description:
                'Words the article shares with the story, most telling first, then the days of the week both name ("Tuesday").',
            },
            shared_entities: {
              type: 'array',
              items: { type: 'string' },
              description: 'Names the article shares with the story, most telling first.',
            },
            moved_by_operator: {
              type: 'boolean',
              description:
                'An operator moved the article here out of the story the clusterer had put it in (`parallax stories split`, or `parallax feedback apply` acting on readers’ flags): score is then 0, runner_up null and the shared lists empty.',
            },
          },
        }),
        reader_flags: {
          type: 'integer',
          minimum: 0,
          description:
            'In a story: how many times readers flagged the article as not belonging to it (POST /api/stories/{id}/feedback, or the story page); 0 when none.',
        },
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
              properties: {
                article_id: { type: 'integer' },
                outlet_id: nullable({ type: 'string' }),
                same_time_outlet_ids: {
                  type: 'array',
                  items: { type: 'string' },
                  description:
                    'Other outlets whose shown articles were published at the very same time as the first (dates without a time of day tie on the day): "first" is then shared.',
                },
              },
            }),
            articles: { type: 'array', items: ref('Article') },
          },
        },
      ],
    },
    FeedbackRequest: {
      type: 'object',
      required: ['article_id', 'verdict'],
      additionalProperties: false,
      properties: {
        article_id: { type: 'integer', minimum: 1, description: 'An article of the story.' },
        verdict: {
          type: 'string',
          enum: ['not_in_story'],
          description: 'not_in_story: the article does not belong to this story (a wrong merge).',
        },
      },
    },
    Feedback: {
      type: 'object',
      required: ['story_id', 'article_id', 'verdict', 'votes'],
      properties: {
        story_id: { type: 'integer' },
        article_id: { type: 'integer' },
        verdict: { type: 'string', enum: ['not_in_story'] },
        votes: {
          type: 'integer',
          minimum: 1,
          description: 'How many times readers gave this verdict, this one included.',
        },
      },
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
        url: { type: 'string', description: 'The outlet page on this site.' },
        domains: { type: 'array', items: { type: 'string' } },
        homepage: nullable({ type: 'string' }),
        country: nullable({ type: 'string', description: 'ISO 3166 code, as a rater gives it.' }),
        language: nullable({ type: 'string' }),
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
            total: {
              type: 'integer',
              description:
                'Stories matching the query that the preferences show: those whose every article the preferences (hide, min_factuality, hide_unrated_factuality) hide are not counted, as they are not in the hits. Counted with type=articles too, which lists no story.',
            },
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
            total: {
              type: 'integer',
              description:
                'Articles matching the query from the outlets the preferences show. Counted with type=stories too, which lists no article.',
            },
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
                  opinion: {
                    type: 'boolean',
                    description: 'An opinion or analysis piece (see Article.opinion).',
                  },
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
} as const;
