"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const config = {
    schema: `${__dirname}/../../schema/api.graphql`,
    documents: [`${__dirname}/src/**/*.ts`],
    ignoreNoDocuments: false,
    generates: {
        [`${__dirname}/src/gql/`]: {
            preset: 'client',
            // Documents as typed strings: they are what goes over the wire, with the result and variable types attached.
            config: { documentMode: 'string', scalars: { DateTime: 'string', Date: 'string' }, enumsAsTypes: true },
        },
    },
};
exports.default = config;
//# sourceMappingURL=codegen.js.map