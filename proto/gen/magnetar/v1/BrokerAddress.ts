// Original file: proto/messaging.proto


/**
 * Where to reach a broker.
 */
export interface BrokerAddress {
  /**
   * The broker's stable id, as registered under /brokers/<id>.
   */
  'brokerId'?: (string);
  /**
   * host:port of the broker's gRPC service (Messaging and Admin), e.g. "10.0.0.7:6650".
   */
  'serviceAddress'?: (string);
  /**
   * host:port of the broker's HTTP endpoint (/metrics, /healthz), e.g. "10.0.0.7:8080".
   */
  'httpAddress'?: (string);
}

/**
 * Where to reach a broker.
 */
export interface BrokerAddress__Output {
  /**
   * The broker's stable id, as registered under /brokers/<id>.
   */
  'brokerId': (string);
  /**
   * host:port of the broker's gRPC service (Messaging and Admin), e.g. "10.0.0.7:6650".
   */
  'serviceAddress': (string);
  /**
   * host:port of the broker's HTTP endpoint (/metrics, /healthz), e.g. "10.0.0.7:8080".
   */
  'httpAddress': (string);
}
