/**
 * The logging surface the engine needs; a pino logger fits it as is.
 */
export interface Logger {
  debug?(obj: object, msg?: string): void;
  info?(obj: object, msg?: string): void;
  warn?(obj: object, msg?: string): void;
  error?(obj: object, msg?: string): void;
}

export const SILENT_LOGGER: Logger = {};
