/**
 * Connections the driver keeps at most. Its own module so that config.ts can bound
 * DB_MAX_CONCURRENCY by it without loading the driver.
 */
export const MAX_CONNECTION_POOL_SIZE = 100;
