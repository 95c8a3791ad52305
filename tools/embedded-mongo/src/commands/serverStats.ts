/**
 * The counters serverStatus reports, kept by the engine as commands arrive and by the wire server
 * as connections open and close. Counting follows MongoDB's opcounters: insert counts documents, update and delete
 * count statements, query counts find commands, getmore getMore commands, and command everything else.
 */
import type { Document } from 'bson';

export interface OpCounters {
  insert: number;
  query: number;
  update: number;
  delete: number;
  getmore: number;
  command: number;
}

export class ServerStats {
  readonly startedAt = Date.now();
  readonly opcounters: OpCounters = { insert: 0, query: 0, update: 0, delete: 0, getmore: 0, command: 0 };
  currentConnections = 0;
  totalConnections = 0;

  countCommand(name: string, command: Document): void {
    const statements = (field: string): number => {
      const list = command[field] as unknown;
      return Array.isArray(list) ? list.length : 0;
    };
    switch (name) {
      case 'insert':
        this.opcounters.insert += statements('documents');
        return;
      case 'update':
        this.opcounters.update += statements('updates');
        return;
      case 'delete':
        this.opcounters.delete += statements('deletes');
        return;
      case 'find':
        this.opcounters.query += 1;
        return;
      case 'getMore':
        this.opcounters.getmore += 1;
        return;
      default:
        this.opcounters.command += 1;
    }
  }

  connectionOpened(): void {
    this.currentConnections += 1;
    this.totalConnections += 1;
  }

  connectionClosed(): void {
    this.currentConnections -= 1;
  }
}
