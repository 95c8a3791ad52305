/**
 * Server parameters for getParameter/setParameter. Only parameters that tools and drivers actually
 * read or set are known (mongoose's test suite sets ttlMonitorSleepSecs; mongosh and Compass read
 * featureCompatibilityVersion; cursorTimeoutMillis sets the idle-cursor timeout, which the engine honours);
 * anything else is refused as MongoDB refuses an unknown parameter.
 */
import type { Document } from 'bson';
import { numericValue } from './commandScope.js';
import { MongoCommandError } from './errors.js';

interface ParameterDefinition {
  initial: unknown;
  /** Validates and normalises a value given to setParameter; absent when read-only. */
  parse?: (value: unknown, name: string) => unknown;
}

function nonNegativeInteger(raw: unknown, name: string): number {
  const value = numericValue(raw);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new MongoCommandError(
      'BadValue',
      `Invalid value for parameter ${name}: expected a non-negative integer`,
    );
  }
  return value;
}

function boolean(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 1) return value === 1;
  throw new MongoCommandError('BadValue', `Invalid value for parameter ${name}: expected a boolean`);
}

const DEFINITIONS: Record<string, ParameterDefinition> = {
  featureCompatibilityVersion: { initial: { version: '7.0' } },
  authenticationMechanisms: { initial: [] },
  ttlMonitorSleepSecs: { initial: 60, parse: nonNegativeInteger },
  ttlMonitorEnabled: { initial: true, parse: boolean },
  cursorTimeoutMillis: { initial: 600_000, parse: nonNegativeInteger },
  logLevel: { initial: 0, parse: nonNegativeInteger },
  requireApiVersion: { initial: false, parse: boolean },
};

export class ServerParameters {
  private readonly values = new Map<string, unknown>(
    Object.entries(DEFINITIONS).map(([name, definition]) => [name, definition.initial]),
  );

  get(name: string): unknown {
    return this.values.get(name);
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  names(): string[] {
    return [...this.values.keys()];
  }

  /** Sets every parameter given, or none when one is refused; returns the previous value of the last one. */
  setAll(entries: [string, unknown][]): unknown {
    const parsed = entries.map(([name, value]) => [name, this.parse(name, value)] as const);
    let was: unknown;
    for (const [name, value] of parsed) {
      was = this.values.get(name);
      this.values.set(name, value);
    }
    return was;
  }

  private parse(name: string, value: unknown): unknown {
    const definition = Object.prototype.hasOwnProperty.call(DEFINITIONS, name)
      ? DEFINITIONS[name]
      : undefined;
    if (!definition) {
      throw new MongoCommandError(
        'InvalidOptions',
        `attempted to set unrecognized parameter [${name}], use help:true to see options `,
      );
    }
    if (!definition.parse) {
      throw new MongoCommandError('IllegalOperation', `not allowed to change [${name}] at runtime`);
    }
    return definition.parse(value, name);
  }

  details(name: string): Document {
    return {
      value: this.values.get(name),
      settableAtRuntime: DEFINITIONS[name]?.parse !== undefined,
      settableAtStartup: true,
    };
  }
}
