import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { errorCode } from '../errorCode.js';

/** Records the resolved operation name (named or not) and the error codes of the response on the request trace. */
export function requestTracePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.trace.operationName = operationName ?? null;
        },
        async willSendResponse({ contextValue, response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          contextValue.trace.errorCodes = errors.map((e) => errorCode(e, 'INTERNAL_SERVER_ERROR'));
        },
      };
    },
  };
}
