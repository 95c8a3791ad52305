import { composeServices } from '@apollo/composition';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type ASTNode, type DocumentNode, type GraphQLError, parse, printSchema, Source } from 'graphql';
import { SUBGRAPH_NAMES, defaultSubgraphUrl } from './subgraphs.js';
import { errorCode } from './errorCode.js';

export interface SubgraphSource {
  name: string;
  /** Path shown in messages, relative to the repository root (e.g. schema/funding.graphql). */
  file: string;
  sdl: string;
}

/** One error or hint, located at the subgraph(s) and schema element it concerns. */
export interface CompositionMessage {
  severity: 'error' | 'hint';
  code: string;
  message: string;
  /** e.g. `Organization.awards`, when composition names the element. */
  coordinate?: string;
  /** e.g. `funding (schema/funding.graphql:12:3)`. */
  locations: string[];
}

export type ComposeOutcome =
  | {
      ok: true;
      supergraphSdl: string;
      /** The schema clients see: the supergraph without federation's machinery (join__, link, @key...). */
      apiSdl: string;
      subgraphs: string[];
      hints: CompositionMessage[];
    }
  | { ok: false; subgraphs: string[]; errors: CompositionMessage[]; hints: CompositionMessage[] };

/** Reads schema/<name>.graphql for each known subgraph that exists; missing ones are skipped. */
export function readSubgraphSources(root: string): SubgraphSource[] {
  return SUBGRAPH_NAMES.flatMap((name) => {
    const file = path.join('schema', `${name}.graphql`);
    const absolute = path.join(root, file);
    return existsSync(absolute) ? [{ name, file, sdl: readFileSync(absolute, 'utf8') }] : [];
  });
}

type LocatedNode = ASTNode & { subgraph?: string };

function locations(nodes: readonly LocatedNode[] | undefined, subgraphOfFile: Map<string, string>): string[] {
  return (nodes ?? []).map((node) => {
    const where = node.loc
      ? `${node.loc.source.name}:${node.loc.startToken.line}:${node.loc.startToken.column}`
      : undefined;
    // Some composition errors carry bare AST nodes; the file they were parsed from still names the subgraph.
    const subgraph = node.subgraph ?? (node.loc ? subgraphOfFile.get(node.loc.source.name) : undefined);
    if (subgraph && where) return `${subgraph} (${where})`;
    return subgraph ?? where ?? 'unknown location';
  });
}

/** The schema coordinate (`Type` or `Type.field`) whose definition contains `offset` in `document`. */
function coordinateAt(document: DocumentNode, offset: number): string | undefined {
  const within = (node: ASTNode) =>
    node.loc !== undefined && node.loc.start <= offset && offset < node.loc.end;
  for (const definition of document.definitions) {
    if (!within(definition) || !('name' in definition) || !definition.name) continue;
    const type = definition.name.value;
    const members: readonly ASTNode[] =
      ('fields' in definition && definition.fields) || ('values' in definition && definition.values) || [];
    const member = members.find(within);
    return member && 'name' in member && member.name ? `${type}.${member.name.value}` : type;
  }
  return undefined;
}

function errorMessage(
  error: GraphQLError,
  documents: Map<string, DocumentNode>,
  subgraphOfFile: Map<string, string>,
): CompositionMessage {
  const nodes = error.nodes;
  const located = nodes?.find((n) => n.loc);
  const document = located?.loc ? documents.get(located.loc.source.name) : undefined;
  const coordinate = document && located?.loc ? coordinateAt(document, located.loc.start) : undefined;
  return {
    severity: 'error',
    code: errorCode(error, 'COMPOSITION_ERROR'),
    message: error.message,
    ...(coordinate ? { coordinate } : {}),
    locations: locations(nodes, subgraphOfFile),
  };
}

/**
 * Composes the subgraph SDLs into a supergraph. The URLs recorded in join__graph are the local defaults; the
 * gateway always overrides them from KYODO_SUBGRAPH_<NAME>_URL, so the file does not depend on a deployment.
 */
export function composeSubgraphs(sources: SubgraphSource[]): ComposeOutcome {
  const names = sources.map((s) => s.name);
  const parseErrors: CompositionMessage[] = [];
  const documents = new Map<string, DocumentNode>();
  const subgraphOfFile = new Map(sources.map((s) => [s.file, s.name]));
  const services = sources.flatMap((source) => {
    try {
      // A named Source makes every AST location (and so every message) point at the file.
      const typeDefs = parse(new Source(source.sdl, source.file));
      documents.set(source.file, typeDefs);
      const url = (SUBGRAPH_NAMES as readonly string[]).includes(source.name)
        ? defaultSubgraphUrl(source.name as (typeof SUBGRAPH_NAMES)[number])
        : `http://${source.name}.invalid/graphql`;
      return [{ name: source.name, url, typeDefs }];
    } catch (error) {
      const e = error as GraphQLError;
      const where = e.locations?.[0];
      parseErrors.push({
        severity: 'error',
        code: 'GRAPHQL_PARSE_FAILED',
        message: e.message,
        locations: [`${source.name} (${source.file}${where ? `:${where.line}:${where.column}` : ''})`],
      });
      return [];
    }
  });
  if (parseErrors.length > 0) return { ok: false, subgraphs: names, errors: parseErrors, hints: [] };

  const result = composeServices(services);
  const hints: CompositionMessage[] = (result.hints ?? []).map((hint) => ({
    severity: 'hint',
    code: hint.definition.code,
    message: hint.message,
    ...(hint.coordinate ? { coordinate: hint.coordinate } : {}),
    locations: locations(hint.nodes as readonly LocatedNode[] | undefined, subgraphOfFile),
  }));
  if (result.errors)
    return {
      ok: false,
      subgraphs: names,
      errors: result.errors.map((e) => errorMessage(e, documents, subgraphOfFile)),
      hints,
    };
  return {
    ok: true,
    supergraphSdl: ensureTrailingNewline(result.supergraphSdl),
    apiSdl: ensureTrailingNewline(printSchema(result.schema.toAPISchema().toGraphQLJSSchema())),
    subgraphs: names,
    hints,
  };
}

function ensureTrailingNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

export function formatCompositionMessage(m: CompositionMessage): string {
  const head = `${m.severity} [${m.code}]${m.coordinate ? ` ${m.coordinate}:` : ''} ${m.message}`;
  return [head, ...m.locations.map((l) => `    at ${l}`)].join('\n');
}
