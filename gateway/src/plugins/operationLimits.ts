import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  getOperationAST,
  parse,
} from 'graphql';
import type { RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import type { GatewayContext, RequestTrace } from '../context.js';
import { type CostDirectives, NO_COST_DIRECTIVES, readCostDirectives } from '../costDirectives.js';
import { findOversizedInput } from '../inputLimits.js';
import { measureOperation, selectionNesting } from '../limits.js';

/** Deeper documents are refused unmeasured (the walks recurse once per level; a limit is far below). */
const MAX_MEASURED_NESTING = 500;
/** The parsed documents kept for the POST check: clients send the same few query texts again and again. */
const PARSED_DOCUMENTS = { max: 1000, maxQueryCharacters: 1_000_000 };
/**
 * The verdicts on operations, by query text, operation name and variables, whether POSTed or sent by GET or as a
 * persisted query: a verdict depends on nothing else but the supergraph, and a new supergraph clears them.
 * Dashboards and mobile apps send the same few operations again and again, and measuring each one again was ~5 % of
 * the gateway's CPU under staff load.
 */
const VERDICTS = { max: 2000, maxKeyCharacters: 2_000_000 };

export const QUERY_TOO_DEEP = 'QUERY_TOO_DEEP';
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
export const TOO_MANY_ALIASES = 'TOO_MANY_ALIASES';
export const TOO_MANY_ROOT_FIELDS = 'TOO_MANY_ROOT_FIELDS';

export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxRootFields: number;
  maxStringLength: number;
  maxListItems: number;
}

const refusal = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });

/**
 * Refuses, with a 400 and a coded error, an operation over any limit: oversized input values, depth, root
 * fields, aliases, then the estimated cost (measureOperation, from the supergraph's `@cost` and `@listSize`).
 * Checked twice over, both before any subgraph is called:
 * - `httpMiddleware`, on the parsed JSON body before Apollo Server sees it: graphql-js validation of a hostile
 *   document costs far more than measuring it (600 ms for 1,000 aliased root fields, 430 ms for 600 `__schema`),
 *   and an error thrown from a plugin's validation hook becomes a 500, so the refusal happens before validation;
 * - `plugin`, in didResolveOperation, for what the body does not carry (persisted queries, GET).
 * The measure needs no valid document: unknown fields and fragments count as leaves and nothing.
 */
export class OperationLimiter {
  private directives: CostDirectives = NO_COST_DIRECTIVES;
  private schema: GraphQLSchema | null = null;
  /** Query text to its parsed document (read-only: the measures only walk it). */
  private readonly documents = new LRUCache<string, DocumentNode>({
    max: PARSED_DOCUMENTS.max,
    maxSize: PARSED_DOCUMENTS.maxQueryCharacters,
    sizeCalculation: (_document, query) => Math.max(1, query.length),
  });
  /** The refusal (or null: none) each operation earned; see VERDICTS. */
  private readonly verdicts = new LRUCache<string, { refusal: GraphQLError | null }>({
    max: VERDICTS.max,
    maxSize: VERDICTS.maxKeyCharacters,
    sizeCalculation: (_verdict, key) => Math.max(1, key.length),
  });

  constructor(private readonly limits: OperationLimits) {}

  /**
   * The refusal `operation` earns, or null: remembered by `query` (the document's text), operation name and
   * variables (see VERDICTS).
   */
  verdict(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    request: { query: string; operationName?: string | null; variables?: Record<string, unknown> },
  ): GraphQLError | null {
    // Variables come from parsed JSON or a query string, so they stringify back (the key only groups equal requests).
    const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? null)}\u0000${request.query}`;
    const known = this.verdicts.get(key);
    if (known) return known.refusal;
    const refusal = this.check(schema, document, operation, request.variables);
    this.verdicts.set(key, { refusal });
    return refusal;
  }

  /** The refusal `operation` earns, or null, measured. */
  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
  ): GraphQLError | null {
    const limits = this.limits;
    const oversized = findOversizedInput(document, variables, limits);
    if (oversized) {
      const what =
        oversized.kind === 'string'
          ? `a string of ${oversized.size} characters; the most is ${oversized.limit}`
          : `a list of ${oversized.size} items; the most is ${oversized.limit}`;
      return refusal(`Input too large: ${oversized.where} is ${what}`, {
        code: 'BAD_USER_INPUT',
        input: oversized.where,
        ...(oversized.kind === 'string'
          ? { length: oversized.size, maxLength: oversized.limit }
          : { items: oversized.size, maxItems: oversized.limit }),
      });
    }
    // The measure recurses once per level: a document nested far past any limit is refused before it.
    const nesting = selectionNesting(document);
    if (nesting > MAX_MEASURED_NESTING) {
      return refusal(`The query is ${nesting} levels deep; the maximum is ${limits.maxDepth}`, {
        code: QUERY_TOO_DEEP,
        depth: nesting,
        maxDepth: limits.maxDepth,
      });
    }
    const fragments = document.definitions.filter(
      (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
    );
    const measure = measureOperation(schema, operation, fragments, variables ?? {}, {
      directives: this.directives,
      maxCost: limits.maxCost,
    });
    if (measure.depth > limits.maxDepth) {
      return refusal(`The query is ${measure.depth} levels deep; the maximum is ${limits.maxDepth}`, {
        code: QUERY_TOO_DEEP,
        depth: measure.depth,
        maxDepth: limits.maxDepth,
      });
    }
    if (measure.rootFields > limits.maxRootFields) {
      return refusal(
        `The query selects ${measure.rootFields} root fields; the maximum is ${limits.maxRootFields}`,
        { code: TOO_MANY_ROOT_FIELDS, rootFields: measure.rootFields, maxRootFields: limits.maxRootFields },
      );
    }
    if (measure.aliases > limits.maxAliases) {
      return refusal(`The query uses ${measure.aliases} aliases; the maximum is ${limits.maxAliases}`, {
        code: TOO_MANY_ALIASES,
        aliases: measure.aliases,
        maxAliases: limits.maxAliases,
      });
    }
    if (measure.cost > limits.maxCost) {
      const estimate = measure.complete ? `${measure.cost}` : `more than ${limits.maxCost}`;
      return refusal(
        `The query's estimated cost is ${estimate}; the maximum is ${limits.maxCost}. Ask for fewer items (a lower \`first\`), fewer nested lists or fewer expensive fields`,
        {
          code: QUERY_TOO_COMPLEX,
          cost: measure.cost,
          costIsLowerBound: !measure.complete,
          maxCost: limits.maxCost,
        },
      );
    }
    return null;
  }

  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      serverWillStart: async () => ({
        // The gateway hands over the supergraph at start and at each hot swap; its cost directives go with it.
        schemaDidLoadOrUpdate: ({ apiSchema, coreSupergraphSdl }) => {
          this.schema = apiSchema;
          this.directives = coreSupergraphSdl ? readCostDirectives(coreSupergraphSdl) : NO_COST_DIRECTIVES;
          this.verdicts.clear();
        },
      }),
      requestDidStart: async () => ({
        didResolveOperation: async ({ contextValue, document, operation, schema, request, source }) => {
          // A POSTed operation was checked as it is, variables and all, by httpMiddleware.
          if (!operation || contextValue.limitsChecked) return;
          // `source` is the text of a persisted query too, which the request does not carry.
          const error = this.verdict(schema, document, operation, {
            query: source,
            operationName: request.operationName,
            variables: request.variables,
          });
          if (error) throw error;
        },
      }),
    };
  }

  /** Refuses a POSTed operation over a limit before Apollo Server parses and validates it; the rest passes on. */
  httpMiddleware(): RequestHandler {
    return (req, res, next) => {
      const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
      if (!this.schema || !body || typeof body !== 'object' || typeof body.query !== 'string') return next();
      let document = this.documents.get(body.query);
      if (!document) {
        try {
          document = parse(body.query, { noLocation: true });
        } catch {
          return next(); // Apollo Server answers the syntax error.
        }
        this.documents.set(body.query, document);
      }
      const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
      const operation = getOperationAST(document, operationName);
      const variables =
        body.variables && typeof body.variables === 'object' && !Array.isArray(body.variables)
          ? (body.variables as Record<string, unknown>)
          : undefined;
      const error = operation
        ? this.verdict(this.schema, document, operation, { query: body.query, operationName, variables })
        : null;
      if (!error) {
        // Apollo Server runs this very operation (or refuses it); didResolveOperation need not measure it again.
        if (operation) res.locals.limitsChecked = true;
        return next();
      }
      const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
      (res.locals.trace as RequestTrace | undefined)?.errorCodes.push(String(extensions.code));
      const graphqlResponse =
        req.accepts(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON;
      res
        .status(400)
        .type(graphqlResponse ? `${GRAPHQL_RESPONSE_JSON}; charset=utf-8` : 'application/json; charset=utf-8')
        .send(JSON.stringify({ errors: [{ message: error.message, extensions }] }));
    };
  }
}

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
