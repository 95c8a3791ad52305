/**
 * @apollo/gateway (2.14) starts an OpenTelemetry meter at construction that reports to Apollo's usage endpoint and,
 * to label it, probes cloud metadata services (AWS, GCP, Azure, Alibaba): network calls to hosts this deployment
 * never asked for, and a MetadataLookupWarning from the GCP detector on every machine outside GCP. Its
 * switch is APOLLO_TELEMETRY_DISABLED (read in the ApolloGateway constructor); Kyodo Graph turns it on unless the operator chose otherwise.
 */
export function turnOffApolloTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  if (env.APOLLO_TELEMETRY_DISABLED === undefined || env.APOLLO_TELEMETRY_DISABLED.trim() === '') {
    env.APOLLO_TELEMETRY_DISABLED = 'true';
  }
}
